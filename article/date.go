package article

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// shanghai is the zone assumed for a Chinese page that gives a time without
// one: mainland, Hong Kong and Taiwan all keep UTC+8, so a fixed zone is
// exact and needs no tzdata on the machine.
var shanghai = time.FixedZone("CST", 8*3600)

// datePattern is one written form of a date. The named groups y, mon, d, H,
// M, S, ampm and z are read by one builder, so adding a form is adding a row.
type datePattern struct {
	name string
	re   string
	// wholeOnly forms are too ambiguous to look for inside running text
	// (a bare 20230815 is as likely an order number as a date).
	wholeOnly bool
	// partial forms lack the day or the year; running text is searched for
	// them only as a last resort (see datesIn).
	partial bool
}

// Sub-patterns shared by the rows below.
const (
	reClock   = `(?P<H>\d{1,2})[:：](?P<M>\d{2})(?:[:：](?P<S>\d{2})(?:\.\d+)?)?`
	reZone    = `(?P<z>Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:[+-]\d{1,2}(?::?\d{2})?)?|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|BST|CET|CEST|HKT|JST|KST|SGT)`
	reMonthEN = `(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`
	// reClockEN is an optional English time after a date: ", 4:55 PM EDT".
	reClockEN = `(?:,?\s*(?:at\s+)?(?P<H>\d{1,2})[:.](?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?(?:\s*` + reZone + `)?)?`
	// reClockZH is an optional Chinese time after a date: " 下午4:55".
	reClockZH = `(?:\s*(?P<ampm>上午|下午|凌晨|晚上|中午)?\s*` + reClock + `)?`
)

// datePatterns lists the forms ParseDate knows, most specific first.
var datePatterns = []datePattern{
	{name: "iso", re: `(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T\s]+` + reClock + `)?(?:\s*` + reZone + `)?`},
	{name: "slashed", re: `(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?:\s+` + reClock + `)?`},
	// 9/17/2004 5:54:13 AM: the US order, as ASP-era portals print it.
	{name: "us-slashed", re: `(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})` + reClockEN},
	{name: "chinese", re: `(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]?` + reClockZH},
	// 2023081516:55: a date and a time run together when a page's spans
	// lose their spacing, as in reposts copied out of apps.
	{name: "glued", re: `(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)\s*` + reClock},
	{name: "compact", re: `(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)`, wholeOnly: true},
	{name: "english-mdy", re: `(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?` + reMonthEN + `\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})` + reClockEN},
	{name: "english-dmy", re: `(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+` + reMonthEN + `\.?,?\s+(?P<y>\d{4})` + reClockEN},
	// 8月15日: the year comes from the reference time.
	{name: "chinese-no-year", re: `(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号號]` + reClockZH, partial: true},
	// 1996年3月号, March 1996 issue: a periodical's issue, which is all
	// the date a reprinted magazine article carries. The day reads as the 1st.
	{name: "issue", re: `(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?:号|號|期|刊)`, partial: true},
	{name: "issue-en", re: reMonthEN + `\.?\s+(?P<y>\d{4})\s+(?:issue|edition)`, partial: true},
}

// compiledDate holds each pattern twice: anchored for ParseDate and loose
// for finding a date inside running text.
type compiledDate struct {
	datePattern
	whole, loose *regexp.Regexp
}

var compiledDates = func() []compiledDate {
	out := make([]compiledDate, len(datePatterns))
	for i, p := range datePatterns {
		out[i] = compiledDate{
			datePattern: p,
			whole:       regexp.MustCompile(`^(?i:` + p.re + `)$`),
			loose:       regexp.MustCompile(`(?i:` + p.re + `)`),
		}
	}
	return out
}()

// zoneOffsets gives the offset of each zone abbreviation a date may carry.
// CST is read as China Standard Time because that is what Chinese pages mean.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "Z": 0,
	"EST": -5, "EDT": -4, "ET": -5, "CDT": -5, "MST": -7, "MDT": -6,
	"PST": -8, "PDT": -7, "PT": -8, "BST": 1, "CET": 1, "CEST": 2,
	"CST": 8, "HKT": 8, "SGT": 8, "JST": 9, "KST": 9,
}

var monthsEN = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

// ParseDate reads a date written in one of the English or Chinese forms
// claimwatch knows: 2023-08-15, 2023-08-15T16:55:00+08:00, 2023/8/15,
// 2023年8月15日 16:55, 2023081516:55, Aug 15, 2023, 15 August 2023, and
// 8月15日 (year taken from ref, or the year before when that would put the
// date after ref). A time without a zone is read in ref's location, so the
// caller decides what "no zone" means (UTC+8 for a Chinese page). The whole
// of s, trimmed, must be the date.
func ParseDate(s string, ref time.Time) (time.Time, bool) {
	s = strings.TrimSpace(narrowDigits(s))
	if s == "" || len(s) > 200 {
		return time.Time{}, false
	}
	for _, p := range compiledDates {
		m := p.whole.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		if t, ok := buildDate(p.whole, m, ref); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// findDate returns the first date written anywhere in text, by position.
func findDate(text string, ref time.Time) (time.Time, bool) {
	ds := datesIn(text, ref)
	if len(ds) == 0 {
		return time.Time{}, false
	}
	return ds[0].t, true
}

// findLastDate returns the last date written in text, the one closest to
// what follows it.
func findLastDate(text string, ref time.Time) (time.Time, bool) {
	ds := datesIn(text, ref)
	if len(ds) == 0 {
		return time.Time{}, false
	}
	return ds[len(ds)-1].t, true
}

type datedAt struct {
	at, end int // byte offsets in the text after narrowDigits
	t       time.Time
}

// datesIn returns the dates written in text in order of position, leaving
// out the forms too ambiguous for running text, and the forms without a
// year: in running text "8月15日" is as often an event mentioned in passing
// as the article's own date. Where two forms match at one place the row
// listed first in datePatterns wins.
func datesIn(text string, ref time.Time) []datedAt {
	return datesOf(text, ref, func(p datePattern) bool { return !p.wholeOnly && !p.partial })
}

// issueDate returns the first periodical issue (1996年3月号) in text; old
// magazine reprints state no other date.
func issueDate(text string, ref time.Time) (time.Time, bool) {
	ds := datesOf(text, ref, func(p datePattern) bool { return strings.HasPrefix(p.name, "issue") })
	if len(ds) == 0 {
		return time.Time{}, false
	}
	return ds[0].t, true
}

// notPubWords label a date as something other than the publication time:
// when a blog or an account was created, a founding, a deadline.
var notPubWords = []string{"建立于", "建立於", "注册", "註冊", "加入于", "加入於", "成立于", "成立於", "创建于", "創建於",
	"生日", "出生", "截止", "有效期", "Joined", "Member since", "Registered", "Founded", "Established", "Last login", "上次登录", "最后登录"}

func datesOf(text string, ref time.Time, use func(datePattern) bool) []datedAt {
	text = narrowDigits(text)
	var out []datedAt
	taken := map[int]bool{}
	for _, p := range compiledDates {
		if !use(p.datePattern) {
			continue
		}
		for _, loc := range p.loose.FindAllStringSubmatchIndex(text, -1) {
			if taken[loc[0]] || !standsAlone(text, loc[0], loc[1]) {
				continue
			}
			m := make([]string, len(loc)/2)
			for i := range m {
				if loc[2*i] >= 0 {
					m[i] = text[loc[2*i]:loc[2*i+1]]
				}
			}
			before := text[max(0, loc[0]-16):loc[0]]
			if slices.ContainsFunc(notPubWords, func(w string) bool { return strings.Contains(before, w) }) {
				continue
			}
			if t, ok := buildDate(p.loose, m, ref); ok {
				taken[loc[0]] = true
				out = append(out, datedAt{loc[0], loc[1], t})
			}
		}
	}
	slices.SortFunc(out, func(a, b datedAt) int { return a.at - b.at })
	return out
}

// pubWords label a date as the publication time when they sit just before
// it ("发布时间 2005/03/15") or just after it ("于2005年8月12日…发表").
var (
	pubWordsBefore = []string{"发布时间", "發布時間", "發佈時間", "发表时间", "發表時間", "发表于", "發表於",
		"发布于", "發布於", "发布日期", "發布日期", "更新时间", "時間", "时间", "日期", "Published", "Posted", "Date"}
	pubWordsAfter = []string{"发表", "發表", "发布", "發布", "發佈"}
)

// findLabelledDate returns the first date in text that a publication word
// labels; forum pages and old portals state the date that way, anywhere.
func findLabelledDate(text string, ref time.Time) (time.Time, bool) {
	text = narrowDigits(text)
	for _, d := range datesIn(text, ref) {
		before := text[max(0, d.at-40):d.at]
		after := text[d.end:min(len(text), d.end+90)]
		for _, w := range pubWordsBefore {
			if strings.Contains(before, w) {
				return d.t, true
			}
		}
		for _, w := range pubWordsAfter {
			if strings.Contains(after, w) {
				return d.t, true
			}
		}
	}
	return time.Time{}, false
}

// standsAlone reports whether text[i:j] is not part of a longer run of
// digits or Latin letters, so "12023-08-15" or "May 5, 20234" do not match.
func standsAlone(text string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if isASCIIAlnum(r) {
			return false
		}
	}
	if j < len(text) {
		r, _ := utf8.DecodeRuneInString(text[j:])
		if r >= '0' && r <= '9' {
			return false
		}
		// 2004年12月11-12日, 3月5日至7日: the first day of a span is an
		// event's date, not the page's.
		rest := text[j:]
		for _, dash := range []string{"-", "~", "～", "至", "到", "—"} {
			if after, ok := strings.CutPrefix(rest, dash); ok && after != "" && after[0] >= '0' && after[0] <= '9' {
				return false
			}
		}
	}
	return true
}

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// buildDate turns the submatches of one pattern into a time, checking that
// every field is in range.
func buildDate(re *regexp.Regexp, m []string, ref time.Time) (time.Time, bool) {
	get := func(name string) string {
		for i, n := range re.SubexpNames() {
			if n == name && m[i] != "" {
				return m[i]
			}
		}
		return ""
	}
	num := func(name string) int {
		n, _ := strconv.Atoi(get(name))
		return n
	}
	year, month, day := num("y"), num("m"), num("d")
	if get("d") == "" {
		day = 1 // a periodical's issue: the month is all there is
	}
	if mon := get("mon"); mon != "" {
		month = int(monthsEN[strings.ToLower(mon[:3])])
	}
	yearless := get("y") == ""
	if yearless {
		if ref.IsZero() {
			return time.Time{}, false
		}
		year = ref.Year()
	}
	hour, minute, sec := num("H"), num("M"), num("S")
	hour = hour24(hour, get("ampm"))
	if year < 1970 || year > 2100 || month < 1 || month > 12 || day < 1 ||
		day > daysIn(time.Month(month), year) || hour > 23 || minute > 59 || sec > 60 {
		return time.Time{}, false
	}
	loc := ref.Location()
	if z := get("z"); z != "" {
		zl, ok := parseZone(z)
		if !ok {
			return time.Time{}, false
		}
		loc = zl
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, 0, loc)
	// A month and day without a year, read after the reference, is last
	// year's: an article of 2 January mentioning 12月30日 means December past.
	if yearless && t.After(ref.AddDate(0, 0, 1)) {
		t = t.AddDate(-1, 0, 0)
	}
	return t, true
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseZone reads "Z", "+08:00", "+0800", "UTC+8" or an abbreviation.
func parseZone(z string) (*time.Location, bool) {
	u := strings.ToUpper(z)
	if off, ok := zoneOffsets[u]; ok {
		if off == 0 {
			return time.UTC, true
		}
		return time.FixedZone(u, off*3600), true
	}
	u = strings.TrimPrefix(strings.TrimPrefix(u, "UTC"), "GMT")
	if len(u) < 2 || (u[0] != '+' && u[0] != '-') {
		return nil, false
	}
	sign := 1
	if u[0] == '-' {
		sign = -1
	}
	digits := strings.ReplaceAll(u[1:], ":", "")
	var h, mm int
	switch len(digits) {
	case 1, 2:
		h, _ = strconv.Atoi(digits)
	case 3, 4:
		h, _ = strconv.Atoi(digits[:len(digits)-2])
		mm, _ = strconv.Atoi(digits[len(digits)-2:])
	default:
		return nil, false
	}
	if h > 14 || mm > 59 {
		return nil, false
	}
	off := sign * (h*3600 + mm*60)
	if off == 0 {
		return time.UTC, true
	}
	return time.FixedZone("", off), true
}

// narrowDigits maps full-width digits, colons and slashes to ASCII, which
// Chinese pages use freely in dates.
func narrowDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= '０' && r <= '９' || r == '／' || r == '－' }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '０' && r <= '９':
			return '0' + (r - '０')
		case r == '／':
			return '/'
		case r == '－':
			return '-'
		}
		return r
	}, s)
}

// plausibleOffset reports whether d could be a time zone's offset from UTC:
// whole or half hours from -12h to +14h. Quarter-hour zones (Nepal) are
// left out, as a minute that happens to line up is likelier a coincidence.
func plausibleOffset(d time.Duration) bool {
	return d >= -12*time.Hour && d <= 14*time.Hour && d%(30*time.Minute) == 0
}

// inZone returns t in the fixed zone of offset d, or t itself when it
// already keeps that offset (so a named zone keeps its name).
func inZone(t time.Time, d time.Duration) time.Time {
	if _, off := t.Zone(); time.Duration(off)*time.Second == d {
		return t
	}
	if d == 0 {
		return t.UTC()
	}
	return t.In(time.FixedZone("", int(d/time.Second)))
}

// shownClock matches the clock in a displayed date: "13:48", "9:23:57 PM",
// "下午4:55".
var shownClock = regexp.MustCompile(`(?:(上午|下午|凌晨|晚上|中午)\s*)?(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?\s*([AaPp]\.?[Mm]\.?)?`)

var digitRun = regexp.MustCompile(`\d+`)

// zoneOfClock returns t in the zone whose wall clock is the one shown, when
// the shown clock differs from t by a plausible zone offset. The date in
// shown is not parsed, as its order (06/02/2022) is ambiguous; instead the
// day, and the year when one is written, must be among its numbers, which
// also decides between two offsets a day apart.
func zoneOfClock(t time.Time, shown string) (time.Time, bool) {
	shown = narrowDigits(shown)
	loc := shownClock.FindStringSubmatchIndex(shown)
	if loc == nil || !standsAlone(shown, loc[0], loc[1]) {
		return time.Time{}, false
	}
	part := func(i int) string {
		if loc[2*i] < 0 {
			return ""
		}
		return shown[loc[2*i]:loc[2*i+1]]
	}
	hour, _ := strconv.Atoi(part(2))
	minute, _ := strconv.Atoi(part(3))
	hour = hour24(hour, part(1)+part(5))
	if hour > 23 || minute > 59 {
		return time.Time{}, false
	}
	u := t.UTC()
	if s := part(4); s != "" {
		if sec, _ := strconv.Atoi(s); sec != u.Second() {
			return time.Time{}, false
		}
	}
	var days, years []int
	for _, n := range digitRun.FindAllString(shown[:loc[0]]+" "+shown[loc[1]:], -1) {
		v, _ := strconv.Atoi(n)
		if len(n) == 4 {
			years = append(years, v)
		} else {
			days = append(days, v)
		}
	}
	diff := time.Duration((hour*60+minute)-(u.Hour()*60+u.Minute())) * time.Minute
	var found time.Time
	for _, d := range []time.Duration{diff - 24*time.Hour, diff, diff + 24*time.Hour} {
		if !plausibleOffset(d) {
			continue
		}
		local := u.Add(d)
		if len(days) > 0 && !slices.Contains(days, local.Day()) || len(years) > 0 && !slices.Contains(years, local.Year()) {
			continue
		}
		if !found.IsZero() {
			return time.Time{}, false // two offsets fit: the date does not say which
		}
		found = inZone(t, d)
	}
	return found, !found.IsZero()
}

// zoneOfWall returns t in the zone where it reads as wall's date and clock,
// when wall, a date read from the page, is t seen from another zone. A wall
// without seconds is compared to the minute. A wall that was written with
// its own zone (its location is not def, the zone assumed for the page)
// must be t itself: "7:45 am PST" beside a meta time three hours away is a
// contradiction, not a UTC-3 clock.
func zoneOfWall(t, wall time.Time, def *time.Location) (time.Time, bool) {
	if t.IsZero() || wall.IsZero() || isMidnight(wall) {
		return time.Time{}, false
	}
	u := t.UTC()
	if wall.Second() == 0 {
		u = u.Truncate(time.Minute)
	}
	if wall.Location() != def {
		if !wall.Equal(u) {
			return time.Time{}, false
		}
		_, off := wall.Zone()
		return inZone(t, time.Duration(off)*time.Second), true
	}
	w := time.Date(wall.Year(), wall.Month(), wall.Day(), wall.Hour(), wall.Minute(), wall.Second(), 0, time.UTC)
	d := w.Sub(u)
	if !plausibleOffset(d) {
		return time.Time{}, false
	}
	return inZone(t, d), true
}

// hour24 turns a 12-hour clock's hour into a 24-hour one by its marker
// ("PM", "p.m.", 下午, 晚上, "AM", 上午, 凌晨); without one the hour stands.
func hour24(hour int, marker string) int {
	switch strings.ToLower(strings.ReplaceAll(marker, ".", "")) {
	case "pm", "下午", "晚上":
		if hour < 12 {
			return hour + 12
		}
	case "am", "上午", "凌晨":
		if hour == 12 {
			return 0
		}
	}
	return hour
}
