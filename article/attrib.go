package article

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// knownOutlets are outlets whose bare name is enough to call a phrase a
// credit ("Bloomberg reported"); for any other name the phrase itself must
// say it is a report ("according to a report by ...").
var knownOutlets = []string{
	"Reuters", "Bloomberg", "The Information", "CNBC", "The Wall Street Journal", "WSJ",
	"Financial Times", "FT", "The New York Times", "New York Times", "TechCrunch",
	"The Verge", "Axios", "Business Insider", "Insider", "Forbes", "Fortune",
	"Associated Press", "AP", "Semafor", "The Guardian", "BBC", "Nikkei", "Nikkei Asia",
	"South China Morning Post", "SCMP", "CNN", "Wired", "The Economist", "Barron's",
	"MarketWatch", "Yahoo Finance", "VentureBeat", "Ars Technica", "Puck",
	"PitchBook", "Crunchbase", "The Washington Post", "Washington Post", "Politico",
	"Engadget", "ZDNet", "Caixin", "Yicai", "36Kr",
}

// outletSuffixes mark a capitalised name as an outlet's even when the table
// above does not know it ("Analytics India Magazine reported").
var outletSuffixes = []string{"News", "Times", "Journal", "Post", "Magazine", "Daily",
	"Wire", "Review", "Herald", "Tribune", "Telegraph", "Insider", "Media", "Week",
	"Weekly", "Digest", "Street", "Register", "Chronicle", "Gazette"}

// attributionRule is one phrase that credits a source; group 1 is the name.
// outletOnly rules fire only when the name is a known outlet or ends like one,
// because the same words also introduce people and companies ("X reported
// revenue of ...").
type attributionRule struct {
	name       string
	re         *regexp.Regexp
	outletOnly bool
}

// reName is a run of up to six capitalised words, allowing "of", "the", "&".
// Dots are left out of words so a name never runs across a full stop.
// Words are joined by spaces only, never across a line break.
const reName = `((?:The +)?[A-Z][\w'&-]*(?: +(?:of +|& +|the +)?[A-Z0-9][\w'&-]*){0,5})`

// reZhName is a Chinese or Latin outlet name between a credit's opening and
// closing words.
const reZhName = `\s*([^\n，,。；;：:「」“”《》、]{2,40}?)\s*`

var attributionRules = []attributionRule{
	{name: "according to a report by", re: regexp.MustCompile(`(?i:according\s+to\s+(?:an?\s+|the\s+)?(?:new\s+|recent\s+|latest\s+)?(?:report|story|article|analysis|data|survey|estimates?|figures)\s+(?:by|from|in|of))\s+` + reName)},
	{name: "reported by", re: regexp.MustCompile(`(?i:(?:first\s+)?reported\s+by|(?:a|the)\s+report\s+(?:by|from|in))\s+` + reName)},
	{name: "according to", re: regexp.MustCompile(`(?i:according\s+to)\s+` + reName), outletOnly: true},
	{name: "told", re: regexp.MustCompile(`(?i:told|in\s+an\s+interview\s+with)\s+` + reName), outletOnly: true},
	{name: "X reported", re: regexp.MustCompile(reName + `\s+(?:reported|reports|first\s+reported|has\s+reported|said\s+in\s+a\s+report)\b`), outletOnly: true},
	{name: "dateline", re: regexp.MustCompile(`\((Reuters|AP|AFP|Bloomberg|Xinhua)\)`)},
	{name: "source line", re: regexp.MustCompile(`(?m)^(?:Source|Sources|Via):\s*` + reName + `\s*$`)},
	// 據外媒Analytics India Magazine報道, 据彭博社报道, 據路透社消息.
	{name: "據…報道", re: regexp.MustCompile(`(?:據|据|援引|根據|根据)(?:外媒|美媒|英媒|日媒|韓媒|韩媒|港媒|台媒|媒體|媒体|科技媒體|科技媒体)?` + reZhName + `(?:的)?(?:最新|最近|近日|日前)?(?:報道|报道|報導|报导|消息|援引|披露|爆料)`)},
	// 根據SimilarWeb的數據, 根据Investopedia最近的一份报告.
	{name: "根據…的數據", re: regexp.MustCompile(`(?:根據|根据|據|据|引述|援引)` + reZhName + `(?:最近|最新|近日|日前|發布|发布)?的(?:一份|最新|最近)?(?:數據|数据|報告|报告|統計|统计|調查|调查|分析|研究|估計|估计|文章)`)},
	// 來源：36氪 and 来源:新浪科技 at the start of a line.
	{name: "來源", re: regexp.MustCompile(`(?m)^\s*(?:來源|来源|出處|出处|文章來源|文章来源)[:：]` + reZhName + `$`)},
	// -51CTO- closing a text: reposts sign off with the outlet they copied from.
	{name: "sign-off", re: regexp.MustCompile(`(?m)[-—]\s*([\p{Han}A-Za-z0-9 .]{2,20}?)\s*[-—]\s*$`)},
}

// outletDescriptors are the nouns Chinese puts before an outlet's Latin
// name ("网络分析公司SimilarWeb").
var outletDescriptors = []string{"媒體", "媒体", "公司", "機構", "机构", "網站", "网站", "雜誌", "杂志",
	"報紙", "报纸", "通訊社", "通讯社", "平台", "平臺"}

// notOutlets are words the Chinese rules capture when a phrase credits nobody
// in particular (據報道, 根據分析).
var notOutlets = map[string]bool{
	"報道": true, "报道": true, "報導": true, "消息": true, "分析": true, "數據": true, "数据": true,
	"統計": true, "统计": true, "知情人士": true, "有關": true, "有关": true, "相關": true,
	"相关": true, "官方": true, "公司": true, "該公司": true, "该公司": true, "此前": true,
	"介紹": true, "介绍": true, "了解": true, "悉": true, "稱": true, "称": true,
}

// Attributions returns the outlets text credits, in order of first mention,
// without duplicates.
func Attributions(text string) []string {
	type hit struct {
		at   int
		name string
	}
	var hits []hit
	for _, rule := range attributionRules {
		for _, m := range rule.re.FindAllStringSubmatchIndex(text, -1) {
			if partOfWord(text, m[0]) {
				continue
			}
			name := cleanOutlet(text[m[2]:m[3]])
			if name == "" || notOutlets[name] || !strings.ContainsFunc(name, unicode.IsLetter) {
				continue
			}
			if rule.outletOnly && !looksLikeOutlet(name) {
				continue
			}
			hits = append(hits, hit{m[2], name})
		}
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return a.at - b.at })
	var out []string
	for _, h := range hits {
		if !slices.ContainsFunc(out, func(s string) bool { return strings.EqualFold(s, h.name) }) {
			out = append(out, h.name)
		}
	}
	return out
}

// cleanOutlet trims what the patterns drag along: a leading "the" (kept when
// it is part of the name, as in The Information), trailing punctuation, and
// Chinese time words between a name and its verb.
func cleanOutlet(s string) string {
	s = strings.TrimSpace(strings.Trim(s, ".,;:'\" "))
	for _, w := range []string{"最近", "最新", "近日", "日前", "發布", "发布", "的"} {
		s = strings.TrimSuffix(s, w)
	}
	// 美国科技媒体The Information: a Chinese description before a Latin
	// name is not part of the name.
	for _, d := range outletDescriptors {
		if i := strings.LastIndex(s, d); i >= 0 {
			if rest := strings.TrimSpace(s[i+len(d):]); rest != "" && rest[0] < utf8.RuneSelf {
				s = rest
			}
		}
	}
	if t, ok := strings.CutPrefix(s, "the "); ok {
		s = t
	}
	if strings.HasPrefix(s, "The ") && !isKnownOutlet(s) && isKnownOutlet(s[4:]) {
		s = s[4:]
	}
	return strings.TrimSpace(s)
}

// partOfWord reports whether the match at i starts inside a longer word:
// 據 in 數據 (data) or 证据 (evidence) does not open a credit.
func partOfWord(text string, i int) bool {
	if !strings.HasPrefix(text[i:], "據") && !strings.HasPrefix(text[i:], "据") {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return strings.ContainsRune("數数證证依佔占收單单", r)
}

func isKnownOutlet(s string) bool {
	return slices.ContainsFunc(knownOutlets, func(o string) bool { return strings.EqualFold(o, s) })
}

func looksLikeOutlet(name string) bool {
	if isKnownOutlet(name) {
		return true
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	return strings.Contains(name, " ") && slices.Contains(outletSuffixes, last)
}
