package claims

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// timeExpr is a time written in a sentence, resolved against the article's
// date: "今年5月" in an article of 2023-08-15 is 2023-05.
type timeExpr struct {
	start, end int
	value      string // 2023, 2023-05, 2023-H1, 2025-Q3, FY2025
	text       string
	base       bool // a comparison base: "較之6月", "from June", "than last year"
	implicit   bool // a quarter or half whose year was not written
	lateMonth  bool // a month without a year, later in the year than the article
	fiscal     bool // "fiscal first quarter": a fiscal period whose year was not written
}

var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// relYears are the words for a year relative to the article's.
var relYears = map[string]int{
	"今年": 0, "去年": -1, "明年": 1, "前年": -2, "本年": 0, "同年": 0, "上年": -1,
	"this year": 0, "last year": -1, "next year": 1, "the end of the year": 0, "the end of this year": 0, "the end of next year": 1, "year-end": 0, "this year's": 0, "last year's": -1, "next year's": 1, "a year ago": -1, "a year earlier": -1,
}

// relativeAfter are the relative times written after the figure they date.
var relativeAfter = map[string]bool{"a year ago": true, "a year earlier": true}

// halves and quarters as written.
var periodWords = map[string]string{
	"上半年": "H1", "下半年": "H2", "first half": "H1", "second half": "H2", "h1": "H1", "h2": "H2",
	"第一季度": "Q1", "第二季度": "Q2", "第三季度": "Q3", "第四季度": "Q4", "一季度": "Q1", "二季度": "Q2", "三季度": "Q3", "四季度": "Q4",
	"第一季": "Q1", "第二季": "Q2", "第三季": "Q3", "第四季": "Q4", "第一财季": "Q1", "第二财季": "Q2", "第三财季": "Q3", "第四财季": "Q4", "q1": "Q1", "q2": "Q2", "q3": "Q3", "q4": "Q4",
	"first quarter": "Q1", "second quarter": "Q2", "third quarter": "Q3", "fourth quarter": "Q4",
	"first-quarter": "Q1", "second-quarter": "Q2", "third-quarter": "Q3", "fourth-quarter": "Q4",
	// The first quarters of a year, a span: 前三季度 is Q1/Q3 (findTimes
	// writes the year on both ends).
	"前三季度": "Q1/Q3", "前三季": "Q1/Q3", "前3季度": "Q1/Q3", "前3季": "Q1/Q3", "前三个季度": "Q1/Q3", "前两季度": "Q1/Q2", "前二季": "Q1/Q2", "前2季": "Q1/Q2",
}

// baseMarks before a time make it the base of a comparison, not the time of
// the figure.
var baseMarks = []string{"从", "较之", "较", "比", "相比", "与", "from", "compared with", "compared to", "than", "since", "versus", "vs", "over",
	"reported in", "reported on", "said in", "said on", "ended on", "ended in", "ended", "ending", "由"}

// timeWords indexes relYears and periodWords by first byte, longest first,
// so timeAt tries only the words that can start where it stands.
var timeWords = func() map[byte][]string {
	m := map[byte][]string{}
	for w := range relYears {
		m[w[0]] = append(m[w[0]], w)
	}
	for w := range periodWords {
		m[w[0]] = append(m[w[0]], w)
	}
	for _, ws := range m {
		sort.Slice(ws, func(i, j int) bool { return len(ws[i]) > len(ws[j]) || len(ws[i]) == len(ws[j]) && ws[i] < ws[j] })
	}
	return m
}()

// timeStarts holds every character a time expression can begin with.
var timeStarts = func() (b runeSet) {
	for _, ws := range timeWords {
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			b.add(r)
		}
	}
	for _, r := range "0123456789fy财一二三四五六七八九十" {
		b.add(r)
	}
	for w := range monthNames {
		b.add(rune(w[0]))
	}
	for w := range relMonths {
		r, _ := utf8.DecodeRuneInString(w)
		b.add(r)
	}
	return b
}()

// relMonths are the words for a month relative to the article's: "last
// month" in an article of 2025-07-03 is 2025-06.
var relMonths = map[string]int{"this month": 0, "earlier this month": 0, "later this month": 0, "last month": -1, "next month": 1,
	"本月": 0, "当月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}

var cnMonth = map[string]int{"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}

// findTimes returns the times written in norm[sp], a folded sentence; orig is
// the original text (English month names need their capital: "May").
func findTimes(norm, orig string, sp span, pub time.Time) []timeExpr {
	var out []timeExpr
	defer func() {
		earlierThanOther(out)
		defer func() {
			for i := range out {
				if v := out[i].value; len(v) > 4 && strings.HasPrefix(v[4:], "-Q1/Q") {
					out[i].value = v[:7] + "/" + v[:4] + "-" + v[8:] // 2025-Q1/Q3 → 2025-Q1/2025-Q3
				}
			}
		}()
		// "valued at $2 billion in December", written in June: a month
		// without a year that is still to come is last year's, unless the
		// sentence looks ahead.
		for i := range out {
			// "the fourth quarter", written in February: last year's, unless
			// the clause looks ahead.
			if out[i].implicit && !out[i].fiscal && !pub.IsZero() && periodStartMonth(out[i].value) > int(pub.Month()) &&
				len(forecastSet.find(norm, clauseOf(norm, sp, out[i].start))) == 0 {
				out[i].value = strconv.Itoa(pub.Year()-1) + out[i].value[4:]
			}
			if out[i].lateMonth && len(forecastSet.find(norm, clauseOf(norm, sp, out[i].start))) == 0 {
				if y, err := strconv.Atoi(out[i].value[:4]); err == nil {
					out[i].value = strconv.Itoa(y-1) + out[i].value[4:]
				}
			}
		}
	}()
	year := pub.Year()
	hasPub := !pub.IsZero()
	for i := sp.start; i < sp.end; {
		r, w := decode(norm, i)
		t, ok := timeExpr{}, false
		if timeStarts.has(r) {
			t, ok = timeAt(norm, orig, i, sp.end, year, int(pub.Month()), hasPub)
		}
		if ok {
			t.text = orig[t.start:t.end]
			for _, m := range baseMarks {
				k := strings.TrimRight(norm[max(sp.start, t.start-16):t.start], " 在的了")
				k = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(k, "last"), "this"), "next")
				if k = strings.TrimRight(k, " "); strings.HasSuffix(k, m) {
					t.base = true
					break
				}
			}
			out = append(out, t)
			i = t.end
			continue
		}
		if isWordByte(norm[i]) {
			for i < sp.end && isWordByte(norm[i]) {
				i++
			}
			continue
		}
		i += w
	}
	return out
}

// timeAt reads one time expression at i.
func timeAt(s, orig string, i, end, year, pubMonth int, hasPub bool) (timeExpr, bool) {
	t := timeExpr{start: i}
	rest := s[i:end]
	// Fiscal years: FY2025, FY25, fiscal 2025, 2025财年, 财年2025.
	for _, p := range []string{"fy", "fiscal year ", "fiscal ", "财年"} {
		if strings.HasPrefix(rest, p) && (i == 0 || !isWordByte(s[i-1])) {
			if y, n := readYear(rest[len(p):], true); n > 0 {
				t.end = i + len(p) + n
				t.value = "FY" + strconv.Itoa(y)
				if q, n2 := quarterAfter(s[t.end:end]); n2 > 0 {
					t.value += "-" + q
					t.end += n2
				}
				return t, true
			}
		}
	}
	// Relative months: "last month", 上個月.
	for w, d := range relMonths {
		if strings.HasPrefix(rest, w) && (!isWordByte(w[0]) || i == 0 || !isWordByte(s[i-1])) && (!isWordByte(w[len(w)-1]) || len(rest) == len(w) || !isWordByte(rest[len(w)])) {
			if !hasPub {
				return t, false
			}
			m := pubMonth + d
			y := year
			if m < 1 {
				m, y = m+12, y-1
			} else if m > 12 {
				m, y = m-12, y+1
			}
			t.end = i + len(w)
			t.value = strconv.Itoa(y) + "-" + twoDigits(m)
			return t, true
		}
	}
	// Relative years, optionally with a month, half or quarter.
	for _, w := range timeWords[s[i]] {
		if !strings.HasPrefix(rest, w) {
			continue
		}
		d, ok := relYears[w]
		if ok && (!isWordByte(w[0]) || i == 0 || !isWordByte(s[i-1])) {
			if !hasPub {
				return t, false
			}
			y := year + d
			t.end = i + len(w)
			t.value = strconv.Itoa(y)
			tail := s[t.end:end]
			if m, n := firstMonths(tail); n > 0 {
				// 今年前10月: the first ten months, a span.
				t.value = strconv.Itoa(y) + "-01/" + strconv.Itoa(y) + "-" + twoDigits(m)
				t.end += n
			} else if m, n := monthAfter(tail); n > 0 {
				t.value = strconv.Itoa(y) + "-" + twoDigits(m)
				t.end += n
			} else if p, n := periodAt(tail); n > 0 {
				t.value += "-" + p
				t.end += n
			}
			return t, true
		}
	}
	// 2023年5月, 2023年上半年, 2023年, May 2023 (below), 2023.
	if y, n := readYear(rest, false); n > 0 && (i == 0 || !isWordByte(s[i-1]) || s[i-1] == 'y') {
		if strings.HasPrefix(rest[n:], "财年") || strings.HasPrefix(rest[n:], "会计年度") {
			w := "财年"
			if !strings.HasPrefix(rest[n:], w) {
				w = "会计年度"
			}
			t.end = i + n + len(w)
			t.value = "FY" + strconv.Itoa(y)
			if p, n2 := periodAt(s[t.end:end]); n2 > 0 && p[0] == 'Q' {
				t.value += "-" + p // 2023财年第四季度
				t.end += n2
			}
			return t, true
		}
		k := n
		if strings.HasPrefix(rest[k:], " 年") {
			k++ // "字节 2024 年的资本开支": a space around the digits
		}
		if strings.HasPrefix(rest[k:], "年") {
			k += len("年")
			t.end = i + k
			t.value = strconv.Itoa(y)
			if m, n2 := monthAfter(rest[k:]); n2 > 0 {
				t.value += "-" + twoDigits(m)
				t.end += n2
			} else if p, n2 := periodAt(rest[k:]); n2 > 0 {
				t.value += "-" + p
				t.end += n2
			}
			return t, true
		}
		// A bare English year needs a preposition before it ("in 2024") or
		// a measure after it ("its 2025 capex forecast").
		if post := strings.TrimLeft(rest[n:], " "); len(post) < len(rest[n:]) {
			for _, w := range []string{"capex", "capital", "revenue", "revenues", "sales", "spending", "budget", "guidance", "loss", "losses", "profit", "earnings"} {
				if strings.HasPrefix(post, w) && (len(post) == len(w) || !isWordByte(post[len(w)])) {
					t.end = i + n
					t.value = strconv.Itoa(y)
					return t, true
				}
			}
		}
		pre := strings.TrimRight(s[max(0, i-8):i], " ")
		for _, p := range []string{"in", "of", "for", "during", "by", "since", "through", "until", "from", "to", "fiscal", "year", "end", "early", "late", "mid", "mid-"} {
			if strings.HasSuffix(pre, p) {
				t.end = i + n
				t.value = strconv.Itoa(y)
				return t, true
			}
		}
	}
	// A month alone: 7月, 6月份, 五月 resolve to the article's year.
	if m, n := monthAfter(rest); n > 0 && hasPub {
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); r == '个' || r == '第' || isDigitByte(byte(r)) && r < 0x80 {
				return t, false
			}
		}
		t.end = i + n
		t.value = strconv.Itoa(year) + "-" + twoDigits(m)
		t.lateMonth = m > pubMonth
		return t, true
	}
	// English months, with an optional year: "May 2023", "in July".
	if isWordByte(s[i]) && (i == 0 || !isWordByte(s[i-1])) {
		j := i
		for j < end && isWordByte(s[j]) {
			j++
		}
		if m, ok := monthNames[s[i:j]]; ok && (orig[i] >= 'A' && orig[i] <= 'Z') {
			k := j
			for k < end && s[k] == ' ' {
				k++
			}
			if y, n := readYear(s[k:end], false); n > 0 {
				t.end = k + n
				t.value = strconv.Itoa(y) + "-" + twoDigits(m)
				return t, true
			}
			if q, n := monthQuarter(s[max(0, i-20):end], i-max(0, i-20), j-max(0, i-20), m); q > 0 && hasPub {
				// "the July-September quarter", "the three months to September".
				t.start, t.end = i-n, j
				y := year
				if tail := strings.TrimPrefix(s[j:end], " "); len(tail) > 0 {
					if yy, n2 := readYear(tail, false); n2 > 0 {
						y, t.end = yy, end-len(tail)+n2
					}
				}
				if y == year && 3*q-2 > pubMonth {
					y-- // a quarter not begun yet is last year's
				}
				t.value = strconv.Itoa(y) + "-Q" + strconv.Itoa(q)
				return t, true
			}
			if hasPub {
				t.end = j
				y := year
				if strings.HasSuffix(strings.TrimRight(s[max(0, i-6):i], " "), "last") && m >= pubMonth {
					y-- // "last November" in September is the year before
				}
				t.value = strconv.Itoa(y) + "-" + twoDigits(m)
				t.lateMonth = y == year && m > pubMonth
				return t, true
			}
		}
	}
	// Halves and quarters alone: 上半年, Q3, Q3 2025, the third quarter of 2025.
	if p, n := periodAt(rest); n > 0 && (!isWordByte(rest[0]) || i == 0 || !isWordByte(s[i-1])) {
		t.end = i + n
		tail := strings.TrimLeft(s[t.end:end], " ")
		tail = strings.TrimPrefix(tail, "of ")
		tail = strings.TrimPrefix(strings.TrimPrefix(tail, "its "), "the ")
		if y, n2 := readYear(tail, false); n2 > 0 && strings.HasPrefix(tail[n2:], " fiscal year") {
			t.end = end - len(tail) + n2 + len(" fiscal year")
			t.value = "FY" + strconv.Itoa(y) + "-" + p // the second quarter of its 2024 fiscal year
			return t, true
		}
		fiscal := ""
		for _, f := range []string{"fiscal year ", "fiscal ", "fy"} {
			if strings.HasPrefix(tail, f) {
				tail, fiscal = tail[len(f):], "FY"
				break
			}
		}
		if y, n2 := readYear(tail, fiscal != ""); n2 > 0 {
			if pre := strings.TrimRight(s[max(0, i-8):i], " -"); strings.HasSuffix(pre, "fiscal") || strings.HasSuffix(pre, "财年") {
				fiscal = "FY" // "the fiscal fourth quarter of 2025"
			}
			t.end = end - len(tail) + n2
			t.value = fiscal + strconv.Itoa(y) + "-" + p
			return t, true
		}
		if !hasPub {
			return t, false
		}
		t.value = strconv.Itoa(year) + "-" + p
		t.implicit = true
		pre := strings.TrimRight(s[max(0, i-8):i], " -")
		t.fiscal = strings.HasSuffix(pre, "fiscal") || strings.HasSuffix(pre, "财年") || strings.Contains(s[i:t.end], "财季")
		return t, true
	}
	return t, false
}

// monthQuarter reads a calendar quarter told by its months around the month
// m written at s[i:j]: "July-September quarter" (m the first month, read
// from i), "three months to September" (m the last). It returns the quarter
// and how many bytes before i the expression starts (0 when it starts at i).
func monthQuarter(s string, i, j, m int) (int, int) {
	rest := s[j:]
	if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, " to ") || strings.HasPrefix(rest, " through ") {
		k := 1
		if rest[0] == ' ' {
			k = strings.IndexByte(rest[1:], ' ') + 2
		}
		for k < len(rest) && rest[k] == ' ' {
			k++
		}
		e := k
		for e < len(rest) && isWordByte(rest[e]) {
			e++
		}
		m2, ok := monthNames[rest[k:e]]
		tail := strings.TrimLeft(rest[e:], " ")
		if ok && m%3 == 1 && m2 == m+2 && (strings.HasPrefix(tail, "quarter") || strings.HasPrefix(tail, "period")) {
			return (m + 2) / 3, 0
		}
		return 0, 0
	}
	if m%3 != 0 {
		return 0, 0
	}
	pre := s[:i]
	for _, w := range []string{"three months to ", "three months ended ", "three months ending ", "three months through ", "quarter to "} {
		if strings.HasSuffix(pre, w) {
			return m / 3, len(w)
		}
	}
	return 0, 0
}

// readYear reads a four-digit year (1990-2100) not followed by another
// digit; short allows FY25.
func readYear(s string, short bool) (int, int) {
	n := 0
	for n < len(s) && isDigitByte(s[n]) {
		n++
	}
	switch {
	case n == 4:
		y, _ := strconv.Atoi(s[:4])
		if y >= 1990 && y <= 2100 {
			return y, 4
		}
	case n == 2 && short:
		y, _ := strconv.Atoi(s[:2])
		return 2000 + y, 2
	}
	return 0, 0
}

// monthAfter reads "5月", "6月份", "十二月" at the start of s.
func monthAfter(s string) (int, int) {
	n := 0
	for n < len(s) && isDigitByte(s[n]) {
		n++
	}
	m := 0
	if n > 0 && n <= 2 {
		m, _ = strconv.Atoi(s[:n])
	} else if n == 0 {
		for _, w := range []string{"十二", "十一", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"} {
			if strings.HasPrefix(s, w) {
				m, n = cnMonth[w], len(w)
				break
			}
		}
	} else {
		return 0, 0
	}
	if m < 1 || m > 12 || !strings.HasPrefix(s[n:], "月") {
		return 0, 0
	}
	n += len("月")
	if strings.HasPrefix(s[n:], "份") {
		n += len("份")
	}
	return m, n
}

// periodAt reads a half or a quarter at the start of s.
func periodAt(s string) (string, int) {
	if s == "" {
		return "", 0
	}
	for _, w := range timeWords[s[0]] {
		p, ok := periodWords[w]
		if !ok || !strings.HasPrefix(s, w) {
			continue
		}
		if isWordByte(w[len(w)-1]) && len(s) > len(w) && isWordByte(s[len(w)]) {
			continue
		}
		return p, len(w)
	}
	return "", 0
}

// quarterAfter reads the quarter after a fiscal year: "FY2026 Q1", "FY2026-Q1".
func quarterAfter(s string) (string, int) {
	t := strings.TrimLeft(s, " -")
	if p, n := periodAt(t); n > 0 && p[0] == 'Q' {
		return p, len(s) - len(t) + n
	}
	return "", 0
}

func twoDigits(m int) string {
	if m < 10 {
		return "0" + strconv.Itoa(m)
	}
	return strconv.Itoa(m)
}

// earlierThanOther dates "a year earlier" from the other year of its
// sentence ("revenue in 2023 was $3.7 billion, up from $1 billion a year
// earlier" is 2022), not from the article's.
func earlierThanOther(ts []timeExpr) {
	for i := range ts {
		if strings.ToLower(ts[i].text) != "a year earlier" {
			continue
		}
		for _, o := range ts {
			if o.text != ts[i].text && len(o.value) == 4 {
				if y, err := strconv.Atoi(o.value); err == nil {
					ts[i].value = strconv.Itoa(y - 1)
				}
			}
		}
	}
}

// firstMonths reads 前10月, 前10个月, 前三季 is not read: the months from
// January to the one named.
func firstMonths(s string) (int, int) {
	if !strings.HasPrefix(s, "前") {
		return 0, 0
	}
	rest := s[len("前"):]
	n := 0
	for n < len(rest) && isDigitByte(rest[n]) {
		n++
	}
	if n == 0 || n > 2 {
		return 0, 0
	}
	m, _ := strconv.Atoi(rest[:n])
	k := n
	if strings.HasPrefix(rest[k:], "个") {
		k += len("个")
	}
	if m < 1 || m > 12 || !strings.HasPrefix(rest[k:], "月") {
		return 0, 0
	}
	return m, len("前") + k + len("月")
}

// clauseOf is the part of sentence sp around p between commas, semicolons
// and dashes: "which was valued at $500 billion in October, expects to end
// this year" holds a past clause and a forward-looking one.
func clauseOf(norm string, sp span, p int) span {
	a, b := sp.start, sp.end
	for _, sep := range []string{",", ";", "，", "；", " - ", " — "} {
		if k := strings.LastIndex(norm[sp.start:p], sep); k >= 0 && sp.start+k+len(sep) > a {
			a = sp.start + k + len(sep)
		}
		if k := strings.Index(norm[p:sp.end], sep); k >= 0 && p+k < b {
			b = p + k
		}
	}
	return span{a, b}
}

// periodStartMonth is the first month of a period written "2025-Q3" or
// "2025-H2", or 0.
func periodStartMonth(v string) int {
	if len(v) != 7 || v[4] != '-' {
		return 0
	}
	n := int(v[6] - '0')
	switch v[5] {
	case 'Q':
		return 3*(n-1) + 1
	case 'H':
		return 6*(n-1) + 1
	}
	return 0
}
