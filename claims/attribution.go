package claims

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// genericSources are the words that credit nobody in particular.
var genericSources = map[string]bool{
	"": true, "报道": true, "媒体": true, "外媒": true, "消息": true, "知情人士": true, "消息人士": true, "数据": true, "供应链": true, "业内人士": true, "业界": true, "市场": true, "法人": true, "供应链消息": true,
	"统计": true, "估计": true, "悉": true, "了解": true, "介绍": true, "sources": true, "people familiar": true,
	"a report": true, "reports": true, "the report": true, "analysts": true, "analyst": true, "investors": true, "executives": true, "officials": true, "people": true, "estimates": true, "data": true, "him": true, "her": true, "them": true,
}

// articlePatterns credit the whole article when its text uses them: a
// repost names the foreign report it retells once ("據外媒X報道") and then
// says only "據報道". A plain "據彭博報道" credits its own sentence only.
var articlePatterns = []struct{ open, close string }{{"据外媒", "报道"}, {"据外媒", "报导"}, {"据外媒", "消息"}}

// estimateVerbs after a name make it the original source of a figure;
// companyVerbs after a company make the figure its own announcement.
var (
	estimateVerbs = []string{"估算", "估计", "测算", "指出", "预估", "表示", "称"}
	companyVerbs  = []string{"公布", "宣布", "表示", "披露", "预计", "预估", "预期", "财报显示"}
)

// estimator finds "SemiAnalysis 估算", "The Information 指出" (a Latin
// name before the verb) and "輝達23日公布", "亞馬遜25日宣布" (a company
// before the verb, a date between allowed).
func (r *reader) estimator(sp span) (string, string) {
	seg := r.norm[sp.start:sp.end]
	for _, v := range estimateVerbs {
		k := strings.Index(seg, v)
		if k <= 0 {
			continue
		}
		end := sp.start + strings.LastIndexFunc(seg[:k], func(c rune) bool { return c != ' ' }) + 1
		start := end
		for start > sp.start && r.text[start-1] < utf8.RuneSelf && r.text[start-1] != ',' && r.text[start-1] != '.' {
			start--
		}
		name := strings.TrimSpace(r.text[start:end])
		if name != "" && isUpper(name[0]) && len(name) <= 40 {
			return r.canonicalSource(name), name + " " + v
		}
		// "路透社援引知情人士称": an outlet written in Chinese.
		if o := r.outletBefore(sp.start, end); o != "" {
			return o, r.text[sp.start:end] + v
		}
	}
	if len(r.find(reportedlySet, sp)) > 0 {
		return "", "" // "微软宣布…，多家媒体报道的金额为100亿美元": the media's figure
	}
	for _, m := range r.mentionsIn(sp) {
		if m.leader || m.product != "" {
			continue
		}
		rest := r.norm[m.end:sp.end]
		rest = strings.TrimLeft(rest, " ")
		if strings.HasPrefix(rest, "(") {
			if j := strings.IndexByte(rest, ')'); j > 0 {
				rest = strings.TrimLeft(rest[j+1:], " ")
			}
		}
		n := 0
		for n < len(rest) && isDigitByte(rest[n]) {
			n++
		}
		if n > 0 && strings.HasPrefix(rest[n:], "日") {
			rest = rest[n+len("日"):]
		}
		for _, adv := range []string{"则", "也", "还", "亦", "随后", "近日", "日前", "今日", "昨日", "今天", "昨天", "同日"} {
			rest = strings.TrimPrefix(rest, adv) // "英伟达则宣布"
		}
		for _, v := range companyVerbs {
			if strings.HasPrefix(rest, v) {
				if strings.HasSuffix(r.norm[sp.start:m.start], "在") {
					break // "DeepSeek周六在知乎披露": the platform, not the source
				}
				return m.entity, r.text[m.start:m.end] + " " + v
			}
		}
	}
	return "", ""
}

// outletBefore is the outlet a Chinese clause ending at end opens with:
// "路透社援引知情人士", "彭博社".
func (r *reader) outletBefore(start, end int) string {
	if k := strings.LastIndexAny(r.text[start:end], "，,。；;：:"); k >= 0 {
		start += k + 1
		for start < end && r.text[start] >= utf8.RuneSelf && !utf8.RuneStart(r.text[start]) {
			start++
		}
	}
	f := fold(strings.TrimSpace(r.text[start:end]))
	for _, c := range []string{"援引", "引述", "引用"} {
		if k := strings.Index(f, c); k > 0 {
			f = f[:k]
		}
	}
	return outlets[strings.TrimPrefix(f, "据")]
}

// describers end a Chinese description before a Latin name: 网络分析公司
// SimilarWeb, 研究机构 SemiAnalysis.
var describers = []string{"公司", "机构", "媒体", "网站", "平台", "研究院", "咨询", "外媒", "美媒"}

// sourceSuffixes are stripped from a source's name ("台積電公布的數據"
// credits TSMC).
var sourceSuffixes = []string{"公布", "发布", "披露", "最新", "提供", "率先", "独家", "日前", "近日", "稍早"}

// sourcePrefixes are stripped from a source's name ("外媒Analytics India
// Magazine" credits Analytics India Magazine).
var sourcePrefixes = []string{"外媒", "美媒", "英媒", "日媒", "科技媒体", "媒体", "市场研究机构", "研究机构", "调研机构", "分析机构", "市场调研公司", "数据公司", "网站分析公司", "分析公司", "美国", "英国"}

// selfSource stands, while a sentence is read, for "the company said": the
// figure is the announcement of the company the claim is about.
const selfSource = "\x00self"

// selfWords credit the company the sentence is about with its own figure.
var selfWords = []string{"the company said", "the company says", "the company announced", "the company reported", "the company disclosed",
	"the company told", "the company expects", "the company forecast", "the company's filing", "the company's earnings", "the firm said",
	"the startup said", "the group said", "the companies said", "the two companies said", "company officials said", "in a statement", "in a blog post", "in a regulatory filing",
	"公司表示", "公司称", "公司宣布", "公司公告", "公司披露", "公司公布", "财报显示", "财报称", "财报指出", "公司在财报中", "官方宣布", "官方公布", "官方表示"}

// reportWords lean on a report the article named before: "the report
// said" is The Information's when the article credited it earlier.
var reportWords = []string{"the report said", "the report says", "the report added", "according to the report", "the newspaper said",
	"the newspaper reported", "the outlet said", "the publication said", "the report also said", "报道称", "报道指出", "报道还称",
	"报道说", "该报道", "报导称", "该报称", "该媒体称", "报道援引"}

// attribution finds who the sentence credits; a sentence saying only "據報道"
// (or nothing) takes the source the article credits as a whole.
func (r *reader) attribution(sp span, entity string) (string, string) {
	found, ok := r.sources[sp.start]
	if !ok {
		found[0], found[1] = r.sourceIn(sp)
		r.sources[sp.start] = found
	}
	if found[0] == selfSource || slices.Contains([]string{"He", "She", "They", "We", "I"}, found[0]) {
		// "He said in September that the company had cut": a person the
		// story quotes, its executive.
		return entity, found[1] + " (the company's own figure)"
	}
	if found[0] != "" {
		return found[0], found[1]
	}
	if r.source != "" {
		return r.source, r.source + " (credited by the article)"
	}
	return "", ""
}

// reportedlySet are the words of a sentence that leans on a report, so a
// company named in it is not announcing the figure itself.
var reportedlySet = newWordSet([]string{"报道", "报导", "据悉", "媒体", "reportedly", "the report"})

// articleSource is the first outlet the article credits with 據外媒…報道 or
// "according to".
func (r *reader) articleSource() string {
	for _, sp := range r.sents {
		for _, p := range articlePatterns {
			if s := r.sourceBetween(sp, p.open, p.close); s != "" {
				return s
			}
		}
	}
	return ""
}

// sourceIn finds a source named in one sentence.
func (r *reader) sourceIn(sp span) (string, string) {
	// A chain credits its original source: "據外媒 AI Ledger 報道，研究機構
	// SemiAnalysis 估算" is SemiAnalysis's figure.
	if s, why := r.estimator(sp); s != "" {
		return s, why
	}
	if len(r.find(attribOpenSet, sp)) > 0 {
		for _, p := range attributionPatterns {
			if s := r.sourceBetween(sp, p.open, p.close); s != "" {
				return s, strings.TrimSpace(p.open) + " " + s + " " + p.close
			}
		}
	}
	// "The Information reported", "SimilarWeb estimates".
	verbs := reportedBy
	if len(r.find(reportedBySet, sp)) == 0 {
		verbs = nil
	}
	for _, v := range verbs {
		k := strings.Index(r.norm[sp.start:sp.end], v)
		if k < 0 {
			continue
		}
		if e := sp.start + k + len(v); e < sp.end && isWordByte(r.norm[e]) && r.norm[e] != 's' {
			continue // "founded" is not "found"
		}
		end := sp.start + k
		if w := trimWhen(r.text[sp.start:end]); len(w) < end-sp.start {
			end = sp.start + len(strings.TrimRight(w, " ,")) // "Microsoft on Wednesday reported"
		}
		if title, n, ok := execTitleBefore(r.text[sp.start:end]); ok {
			// "Chief Financial Officer Colette Kress said": the officer,
			// by name.
			return n, title + " " + n + v
		}
		start := end
		for start > sp.start {
			j := strings.LastIndexByte(r.text[sp.start:start-1], ' ')
			ws := sp.start + j + 1
			if j < 0 {
				ws = sp.start
			}
			w := r.text[ws : start-boolInt(start != end)]
			if w == "" || !(isUpper(w[0]) || w == "of" || w == "the" || w == "&" || r.knownName(w)) || strings.ContainsAny(w, ",;:") {
				break
			}
			start = ws
			if ws == sp.start {
				break
			}
		}
		if name := strings.TrimSpace(r.text[start:end]); name != "" && (isUpper(name[0]) || r.knownName(name)) && !genericSources[fold(name)] {
			if strings.HasSuffix(strings.TrimRight(r.norm[sp.start:start], " "), "在") {
				return selfSource, "在" + name + v // "DeepSeek周六在知乎披露": where the company said it
			}
			return r.canonicalSource(name), name + v
		}
	}
	for _, h := range r.find(selfSet, sp) {
		return selfSource, h.word
	}
	for _, h := range r.find(reportSet, sp) {
		if s := r.earlierSource(sp); s != "" {
			return s, h.word + " (" + s + ", named before)"
		}
	}
	return "", ""
}

// earlierSource is the last outlet credited before the sentence: not a
// company crediting itself.
func (r *reader) earlierSource(sp span) string {
	for i := len(r.sents) - 1; i >= 0; i-- {
		o := r.sents[i]
		if o.start >= sp.start {
			continue
		}
		found, ok := r.sources[o.start]
		if !ok {
			found[0], found[1] = r.sourceIn(o)
			r.sources[o.start] = found
		}
		if found[0] == "" || found[0] == selfSource {
			continue
		}
		if _, company := r.x.canon[fold(found[0])]; !company {
			return found[0]
		}
	}
	return r.source
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// sourceBetween returns the name between open and close in the sentence; an
// empty close ends an English name at its last capitalized word and a Chinese
// one at a clause mark.
func (r *reader) sourceBetween(sp span, open, close string) string {
	seg := r.norm[sp.start:sp.end]
	k := strings.Index(seg, open)
	for k >= 0 {
		a := sp.start + k + len(open)
		if isWordByte(open[0]) && k > 0 && isWordByte(seg[k-1]) || open == "per " && rateBefore(seg[:k]) {
			// "$1.30 per A100 GPU-hour" is a rate, not a source.
			k = nextIndex(seg, open, k)
			continue
		}
		var b int
		if close != "" {
			j := strings.Index(r.norm[a:sp.end], close)
			if j < 0 || j > 60 {
				k = nextIndex(seg, open, k)
				continue
			}
			b = a + j
		} else if isWordByte(open[0]) {
			// "according to an estimate by the chip research firm
			// SemiAnalysis": the name is the first capitalized run.
			for n := 0; n < 8 && a < sp.end && r.text[a] >= 'a' && r.text[a] <= 'z'; n++ {
				j := strings.IndexAny(r.text[a:sp.end], " ,.;")
				if j < 0 || r.text[a+j] != ' ' {
					break
				}
				a += j + 1
			}
			b = capitalizedEnd(r.text, a, sp.end)
		} else {
			b = a
			for b < sp.end && b-a < 40 {
				c, w := utf8.DecodeRuneInString(r.text[b:])
				if strings.ContainsRune("，,。：:；的称表示指出", c) {
					break
				}
				b += w
			}
		}
		name := strings.TrimSpace(r.text[a:b])
		name = strings.TrimSpace(strings.TrimSuffix(name, "的"))
		if k := strings.Index(name, "《"); k >= 0 {
			// 英国《金融时报》: the title in book marks is the outlet.
			if j := strings.Index(name[k:], "》"); j > 0 {
				name = name[k+len("《") : k+j]
			}
		}
		// "网络分析公司SimilarWeb": a description, then the name.
		if f := fold(name); f != "" && f[0] >= utf8.RuneSelf {
			for _, d := range describers {
				if k := strings.Index(f, d); k >= 0 && k+len(d) < len(f) && f[k+len(d)] < utf8.RuneSelf {
					name = strings.TrimSpace(name[k+len(d):])
					break
				}
			}
		}
		for _, p := range sourcePrefixes {
			if n := strings.TrimSpace(trimFoldedPrefix(name, p)); n != name && n != "" {
				name = n
			}
		}
		for _, p := range sourceSuffixes {
			if f := fold(name); strings.HasSuffix(f, p) && len(f) > len(p) {
				name = strings.TrimSpace(name[:len(name)-len(p)])
			}
		}
		if !genericSources[fold(name)] && len(name) <= 60 && !strings.ContainsAny(name, "年月") && strings.Trim(name, "0123456789 ") != "" {
			return r.canonicalSource(name)
		}
		k = nextIndex(seg, open, k)
	}
	return ""
}

func nextIndex(seg, w string, k int) int {
	j := strings.Index(seg[k+len(w):], w)
	if j < 0 {
		return -1
	}
	return k + len(w) + j
}

func trimFoldedPrefix(name, p string) string {
	if strings.HasPrefix(fold(name), p) {
		return name[len(p):]
	}
	return name
}

// capitalizedEnd returns where a run of capitalized words starting at a ends
// ("The Information", "Analytics India Magazine", "Bank of America").
func capitalizedEnd(s string, a, limit int) int {
	end, i, words := a, a, 0
	for i < limit && words < 6 {
		j := i
		for j < limit && s[j] != ' ' && s[j] != ',' && s[j] != '.' && s[j] != ';' && s[j] != ':' && s[j] != '\'' {
			j++
		}
		w := s[i:j]
		if w == "" {
			break
		}
		if isUpper(w[0]) || w[0] >= utf8.RuneSelf {
			end = j
		} else if !(w == "of" || w == "the" || w == "and" || w == "&") {
			break
		}
		words++
		if j >= limit || s[j] != ' ' {
			break
		}
		i = j + 1
	}
	return end
}

// canonicalSource gives an outlet its usual English name; a company crediting
// itself is named canonically.
func (r *reader) canonicalSource(name string) string {
	for _, conj := range []string{"And ", "But ", "So ", "Yet ", "Meanwhile, ", "Also, "} {
		name = strings.TrimPrefix(name, conj) // "And the Financial Times reported"
	}
	for _, l := range legalSuffixes {
		name = strings.TrimSuffix(name, l) // "Oracle Corp. said"
	}
	if _, month := monthNames[strings.ToLower(name)]; slices.Contains(weekdays, name) || month && len(name) > 3 {
		return "" // "per a filing on Thursday" names a day, not a source
	}
	c, _ := r.knownSource(name)
	return c
}

// knownSource is canonicalSource, reporting whether the name is an outlet's
// or a company's.
func (r *reader) knownSource(name string) (string, bool) {
	f := fold(name)
	if f == "" {
		return name, false
	}
	if o, ok := outlets[f]; ok {
		return o, true
	}
	if o, ok := outlets[strings.TrimPrefix(f, "the ")]; ok {
		return o, true
	}
	if selfNames[f] {
		return selfSource, true // "It guided to…", "The company said"
	}
	// 路透社援引知情人士: the outlet, citing people it does not name.
	for _, c := range []string{"援引", "引述", "引用", "引据"} {
		if k := strings.Index(f, c); k > 0 {
			if o, ok := outlets[f[:k]]; ok {
				return o, true
			}
		}
	}
	if c, ok := r.x.canon[f]; ok {
		return c, true
	}
	for _, d := range r.companies {
		if fold(d.canonical) == f || slices.ContainsFunc(d.forms, func(s string) bool { return fold(s) == f }) {
			return d.canonical, true // "Talen said" credits Talen Energy
		}
	}
	for _, n := range r.x.names {
		// A company credits itself; a leader written in Chinese speaks
		// for the company (黃仁勳表示 is Nvidia's), one written in English
		// is credited by name ("Sam Altman said"), as annotators of both
		// languages do.
		if n.text == f && n.product == "" && (!n.leader || f[0] >= utf8.RuneSelf) {
			return n.entity, true
		}
	}
	// "Paris-based Mistral AI said", "Rival Advanced Micro Devices said":
	// a description before a company's name.
	if ws := strings.Fields(name); len(ws) > 1 && f[0] < utf8.RuneSelf {
		for i := 1; i < len(ws); i++ {
			if c, ok := r.knownSource(strings.Join(ws[i:], " ")); ok && c != selfSource {
				return c, true
			}
		}
	}
	return name, false
}

// selfNames, as the name before "said", are the company the claim is about.
var selfNames = map[string]bool{"it": true, "the company": true, "the firm": true, "the startup": true, "the start-up": true, "the group": true,
	"该公司": true, "公司": true, "the chipmaker": true, "the lab": true}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// trimWhen drops a day written between a name and its verb: "Microsoft on
// Wednesday", "Nvidia late Tuesday", "OpenAI last week".
func trimWhen(s string) string {
	t := strings.TrimRight(s, " ")
	for _, d := range append(weekdays, "week", "month", "yesterday", "today") {
		if !strings.HasSuffix(t, d) {
			continue
		}
		u := strings.TrimRight(strings.TrimSuffix(t, d), " ")
		for _, p := range []string{"on", "late", "early", "last", "this", "earlier this", "on late"} {
			if strings.HasSuffix(u, " "+p) {
				return strings.TrimSuffix(u, " "+p)
			}
		}
		return u
	}
	return s
}

// execTitles name a company's officers; what they say is the company's.
var execTitles = []string{"chief executive officer", "chief executive", "chief financial officer", "chief operating officer", "ceo", "cfo", "coo",
	"president", "chairman", "chairwoman", "founder", "co-founder", "cofounder", "finance chief", "boss"}

// execTitleBefore finds an officer's title written before the name that
// ends pre: "Chief Financial Officer Colette Kress", "chief executive Sam
// Altman", "CEO Jensen Huang".
func execTitleBefore(pre string) (string, string, bool) {
	ws := strings.Fields(pre)
	for n := 1; n <= 3 && n < len(ws); n++ {
		name := ws[len(ws)-n:]
		capital := true
		for _, w := range name {
			if w == "" || !isUpper(w[0]) && w[0] < 0x80 {
				capital = false
			}
		}
		if !capital {
			break
		}
		head := strings.ToLower(strings.TrimRight(strings.Join(ws[:len(ws)-n], " "), ","))
		for _, t := range execTitles {
			if strings.HasSuffix(head, t) {
				return t, strings.Join(name, " "), true
			}
		}
	}
	return "", "", false
}

// rateBefore reports whether text ends with a figure or a unit, making a
// "per" after it a rate.
func rateBefore(text string) bool {
	t := strings.TrimRight(text, " ")
	ws := strings.Fields(t[max(0, len(t)-24):])
	if len(ws) == 0 {
		return false
	}
	last := ws[len(ws)-1]
	for _, c := range last {
		if c >= '0' && c <= '9' {
			return true
		}
	}
	switch last {
	case "million", "billion", "trillion", "thousand", "cents", "dollars", "yuan", "euros", "hundred", "%":
		return true
	}
	return false
}

// The word sets that tell whether a sentence can credit anyone at all, so
// most sentences skip the pattern-by-pattern search.
var (
	attribOpenSet = newWordSet(patternOpens())
	reportedBySet = newWordSet(trimmed(reportedBy))
	selfSet       = newWordSet(selfWords)
	reportSet     = newWordSet(reportWords)
)

func patternOpens() []string {
	var out []string
	for _, p := range attributionPatterns {
		out = append(out, strings.TrimSpace(p.open))
	}
	return out
}

func trimmed(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.TrimSpace(w)
	}
	return out
}

// knownName reports a company name written with a small first letter:
// "xAI said".
func (r *reader) knownName(w string) bool {
	_, ok := r.x.canon[fold(w)]
	return ok
}
