package claims

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Organizations the entity list does not know. News about AI money names
// many companies no list keeps up with ("Nvidia agreed to acquire Tessaro
// AI", "SoftBank's purchase of chip designer Ampere Computing"); an
// article shows which of its capitalized names are companies by the way
// it writes them, and those names become entities for that article.
//
// A name counts as a company when the article
//   - ends it with a company word: "Tessaro AI", "Ampere Computing",
//     "Constellation Energy", "Iconiq Capital";
//   - describes it as one: "Tessaro, a San Francisco-based startup",
//     "AI startup Tessaro", "chip designer Ampere", 晶片設計公司Ampere;
//   - has it bought: "acquire Tessaro", "收購Ampere".
//
// A known entity whose name ends in such a word is also written without it
// once the article has named it in full: "Scale AI" … "Scale's valuation".

// companySuffixes end a company's name.
var companySuffixes = map[string]bool{
	"AI": true, "Labs": true, "Lab": true, "Inc": true, "Inc.": true, "Corp": true, "Corp.": true, "Corporation": true,
	"Technologies": true, "Technology": true, "Computing": true, "Systems": true, "Energy": true, "Holdings": true,
	"Group": true, "Industries": true, "Robotics": true, "Semiconductor": true, "Semiconductors": true, "Networks": true,
	"Software": true, "Platforms": true, "Motors": true,
	"Ltd": true, "Ltd.": true, "Limited": true, "Co.": true, "Services": true, "Dynamics": true, "Intelligence": true,
	"Microsystems": true, "Electronics": true, "Therapeutics": true, "Compute": true, "Cloud": true,
}

// notNames end a capitalized run that names an institution or a place,
// not a company: "Securities and Exchange Commission".
var notNames = map[string]bool{"Commission": true, "Department": true, "Ministry": true, "Agency": true, "Bureau": true, "Court": true,
	"Congress": true, "Senate": true, "Parliament": true, "University": true, "Institute": true, "Association": true, "Council": true,
	"Index": true, "Fund": true, "Exchange": true, "Office": true, "Administration": true, "Reserve": true, "Bank": true,
	"NASA": true, "FDA": true, "FTC": true, "SEC": true, "DOJ": true, "EU": true, "IMF": true, "FCC": true, "DARPA": true, "NIH": true,
	"CDC": true, "OPEC": true, "WHO": true, "UN": true, "NATO": true, "Pentagon": true}

// aiNouns after "X AI" make AI an adjective: "Instinct AI accelerators".
var aiNouns = []string{" chip", " accelerator", " model", " server", " processor", " gpu", " system", " infrastructure", " cluster",
	" agent", " assistant", " app", " feature", " tool", " capabilit", " data", " hardware", " software", " product", " business",
	" revenue", " sales", " spending", " boom", " race", " push", " ambitions", " efforts", " division", " unit", " team", " lab", " startup", " start-up", " startups", " company", " companies", " firm", " firms", " unicorn"}

// legalSuffixes are dropped from a discovered company's canonical name.
var legalSuffixes = []string{" Inc.", " Inc", " Corp.", " Corp", " Ltd.", " Ltd", " Co.", " Limited", " Corporation"}

// companyNouns describe a company: "a startup", "chip designer Ampere".
var companyNouns = []string{"startup", "start-up", "company", "firm", "maker", "chipmaker", "developer", "provider", "lab", "unicorn",
	"designer", "operator", "rival", "competitor", "supplier", "manufacturer", "platform", "vendor", "subsidiary", "unit", "investor"}

// notCompanyNouns before a descriptor make the name a source, not a
// subject: "web-traffic firm Similarweb", "research firm SemiAnalysis".
var notCompanyNouns = []string{"research", "data firm", "data provider", "data company", "analytics", "traffic", "consulting", "consultancy", "advisory", "investment", "law",
	"ratings", "brokerage", "analyst", "intelligence", "polling", "market", "media", "news", "pr ", "accounting", "audit", "venture", "private equity",
	"asset", "hedge"}

// buyWords before a name have it bought.
var buyWords = []string{"acquire ", "acquires ", "acquired ", "acquiring ", "acquisition of ", "takeover of ", "purchase of ", "buy ", "buys ", "bought ", "buying "}

// zhCompanyMarks before a Latin name in Chinese text make it a company.
var zhCompanyMarks = []string{"公司", "收购", "收購", "初创", "新创", "新創", "厂商", "廠商", "企业", "企業", "子公司", "独角兽", "獨角獸"}

// nameStop are capitalized words that open no company name.
var nameStop = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "For": true, "But": true, "And": true, "Its": true, "It": true,
	"This": true, "That": true, "These": true, "Those": true, "Chief": true, "CEO": true, "CFO": true, "Executive": true, "President": true,
	"Mr": true, "Ms": true, "Mrs": true, "Dr": true, "As": true, "By": true, "With": true, "From": true, "Under": true, "After": true,
	"Before": true, "If": true, "When": true, "While": true, "Of": true, "To": true, "Read": true, "Related": true, "More": true,
	"US": true, "U.S.": true, "U.S": true, "U.K": true, "UK": true, "China": true, "Chinese": true, "American": true, "European": true, "Japanese": true, "Indian": true,
	"Silicon": true, "Valley": true, "Wall": true, "Street": true, "Nasdaq": true, "New": true, "San": true, "Francisco": true,
	"January": true, "February": true, "March": true, "April": true, "May": true, "June": true, "July": true, "August": true,
	"September": true, "October": true, "November": true, "December": true, "Monday": true, "Tuesday": true, "Wednesday": true,
	"Thursday": true, "Friday": true, "Saturday": true, "Sunday": true, "AI": true, "My": true, "Other": true, "Our": true, "Your": true,
	"Their": true, "His": true, "Her": true, "Some": true, "Many": true, "All": true, "Most": true, "Both": true, "Each": true, "Series": true, "Q1": true, "Q2": true, "Q3": true, "Q4": true,
	// Adverbs opening a sentence: "Separately, the company has outlined…".
	"Software": true, "Chipmaker": true, "Chipmakers": true, "Tech": true,
	"Separately": true, "Meanwhile": true, "However": true, "Still": true, "Overall": true, "Instead": true, "Elsewhere": true,
	"Additionally": true, "Also": true, "Earlier": true, "Later": true, "Previously": true, "Currently": true, "Today": true, "Yesterday": true,
	// Abbreviations of things, not companies: "公司IPO募资", "通用GPU研发".
	"IPO": true, "GPU": true, "GPUs": true, "CPU": true, "ASIC": true, "HBM": true, "ARR": true, "API": true, "NPU": true, "TPU": true,
	"PCB": true, "SaaS": true, "AIGC": true, "LLM": true, "EPS": true, "EBITDA": true, "GAAP": true, "ETF": true, "NRE": true, "HPC": true,
	"CSP": true, "ODM": true, "OEM": true, "IC": true, "PC": true, "AR": true, "VR": true, "XR": true, "B2B": true, "B2C": true,
}

// discovered is a company found in an article: its canonical name and the
// ways the article writes it.
type discovered struct {
	canonical string
	forms     []string
}

// discover finds the companies the texts name that the extractor does not
// know; nil texts are skipped.
func (x *Extractor) discover(texts ...*text) []discovered {
	byName := map[string]*discovered{}
	var order []string
	add := func(full string) {
		full = strings.TrimPrefix(full, "The ")
		canon := full
		for _, s := range legalSuffixes {
			canon = strings.TrimSuffix(canon, s)
		}
		if canon == "" || nameStop[canon] || x.canon[fold(canon)] != "" || outlets[fold(canon)] != "" || len(canon) < 3 {
			return
		}
		// One company may be written in full and shorter: "Tessaro AI" and
		// "Tessaro" are one; the longest form names it.
		for _, k := range order {
			d := byName[k]
			if strings.HasPrefix(canon, d.canonical+" ") && !(isAcronym(d.canonical) && !companySuffixes[canon[len(d.canonical)+1:]]) {
				delete(byName, k)
				d.canonical = canon
				d.forms = append(d.forms, full)
				byName[canon] = d
				order = replace(order, k, canon)
				return
			}
			if strings.HasPrefix(d.canonical, canon+" ") && !(isAcronym(canon) && !companySuffixes[d.canonical[len(canon)+1:]]) || d.canonical == canon {
				d.forms = append(d.forms, full)
				return
			}
		}
		byName[canon] = &discovered{canonical: canon, forms: []string{full}}
		order = append(order, canon)
	}
	// A name an article describes as a company's product is none of its
	// own: "Charlotte AI, the company's generative-AI security assistant".
	products := map[string]bool{}
	names := make([][]span, len(texts))
	for i, t := range texts {
		if t == nil {
			continue
		}
		names[i] = capitalizedNames(t.text)
		for _, n := range names[i] {
			if startsWithAny(t.norm[n.end:min(len(t.norm), n.end+30)], []string{", the company's ", ", the company’s ", ", its ", ", their "}) {
				products[t.text[n.start:n.end]] = true
			}
		}
	}
	for i, t := range texts {
		if t != nil {
			x.discoverIn(t, names[i], products, add)
		}
	}
	for _, t := range texts {
		if t == nil || !hasWide(t.norm) {
			continue
		}
		x.discoverZh(t, func(canon string, forms ...string) {
			if _, ok := byName[canon]; !ok {
				byName[canon] = &discovered{canonical: canon}
				order = append(order, canon)
			}
			byName[canon].forms = append(byName[canon].forms, forms...)
		})
	}
	// A known company named in full may be written without its last word:
	// "Scale AI" … "Scale's valuation".
	for _, t := range texts {
		if t == nil {
			continue
		}
		for _, m := range t.ments {
			sp := strings.LastIndexByte(m.entity, ' ')
			if m.product != "" || m.leader || sp < 0 || !companySuffixes[m.entity[sp+1:]] || m.end-m.start != len(m.entity) || fold(t.text[m.start:m.end]) != fold(m.entity) {
				continue
			}
			short := m.entity[:sp]
			if _, ok := byName[m.entity]; !ok && !x.known(short) {
				byName[m.entity] = &discovered{canonical: m.entity, forms: []string{short}}
				order = append(order, m.entity)
				if d, ok := byName[short]; ok {
					// "Figure, the Sunnyvale start-up" discovered on its own
					// is the known Figure AI.
					byName[m.entity].forms = append(byName[m.entity].forms, d.forms...)
					delete(byName, short)
					order = slices.DeleteFunc(order, func(k string) bool { return k == short })
				}
			}
		}
	}
	for _, t := range texts {
		if t != nil {
			x.shortForms(t, byName, &order)
		}
	}
	out := make([]discovered, 0, len(order))
	for _, k := range order {
		d := byName[k]
		if credited(texts, d.canonical) {
			continue // "according to InfoNation, a … provider of sales data": a source
		}
		// The short form of a name ending in a company word, or of three
		// words or more: "Tessaro", "Red Mesa".
		if w := strings.Fields(d.canonical); len(w) >= 2 && companySuffixes[w[len(w)-1]] || len(w) >= 3 && w[len(w)-2] != "&" {
			d.forms = append(d.forms, strings.Join(w[:len(w)-1], " "))
		}
		slices.Sort(d.forms)
		d.forms = slices.Compact(d.forms)
		d.forms = slices.DeleteFunc(d.forms, x.known)
		out = append(out, *d)
	}
	return out
}

// discoverIn adds to byName the companies one text names.
func (x *Extractor) discoverIn(t *text, names []span, products map[string]bool, add func(string)) {
	text, norm, known := t.text, t.norm, t.ments
	isKnown := func(s, e int) bool {
		i := sort.Search(len(known), func(i int) bool { return known[i].end > s })
		return i < len(known) && known[i].start < e
	}
	// Family names: the last word of a two-word run whose first word opens
	// no company name ("Sean Parker").
	var family map[string]bool
	for _, n := range names {
		t := text[n.start:n.end]
		k := strings.IndexByte(t, ' ')
		if k < 2 || strings.IndexByte(t[k+1:], ' ') >= 0 {
			continue
		}
		if f := t[:k]; isUpper(f[0]) && !isUpper(f[1]) && !strings.Contains(f, ".") && !nameStop[f] && !placeWords[f] {
			if family == nil {
				family = map[string]bool{}
			}
			family[t[k+1:]] = true
		}
	}
	for _, n := range names {
		if t := text[n.start:n.end]; strings.Contains(t, "-b") {
			if k := strings.IndexByte(t, ' '); k > 0 && (strings.HasSuffix(t[:k], "-based") || strings.HasSuffix(t[:k], "-backed")) {
				n.start += k + 1 // "Austin-based Apptronik": the place is no part of the name
			}
		}
		if isKnown(n.start, n.end) || products[text[n.start:n.end]] {
			continue
		}
		name := text[n.start:n.end]
		words := strings.Fields(name)
		pre := strings.TrimRight(norm[max(0, n.start-40):n.start], " ")
		post := norm[n.end:min(len(norm), n.end+80)]
		last := words[len(words)-1]
		if nameStop[words[0]] || notNames[last] || placeNames[name] || len(words) == 1 && placeWords[name] || personVerb(post) || partOfKnown(norm[:n.start], known) || ofName(text[:n.start]) {
			continue
		}
		if last == "AI" && aiNounAfter(post) {
			continue // "Instinct AI accelerators"
		}
		if _, ok := outlets[strings.ToLower(name)]; ok {
			continue // "Forbes reported last year": a source, no subject
		}
		if len(words) == 1 && family[name] {
			continue // "Parker will become the company's executive chair" after "Sean Parker"
		}
		if len(words) >= 2 && (placeWords[strings.Join(words[:len(words)-1], " ")] || segmentNames[name] || measureOpeners[words[0]] ||
			len(words) == 2 && last == "AI" && endsWithAny(words[0], []string{"ish", "ese", "ian", "ean"})) {
			continue // "Canadian AI", "Abu Dhabi AI", Microsoft's "Intelligent Cloud"
		}
		switch {
		case len(words) >= 2 && companySuffixes[last] && !divisionAfter(post):
			add(name)
		case describedAfter(post) || describedBefore(pre) || boughtBefore(pre) && !strings.HasPrefix(post, "'s") && !strings.HasPrefix(post, "’s"):
			add(name)
		case tickerAfter(post):
			add(name) // "Cerebras Systems (NASDAQ: CBRS)": a listed company
		case companyEvidence(post) && (strings.Count(text, name) >= 2 || len(words) == 2 && strings.Count(text, words[0]) >= 3) && !nameStop[name] && monthNames[strings.ToLower(name)] == 0 && !isTitleWord(name):
			// "CrowdStrike's chief executive", "JPMorgan reported", named
			// twice; "JPMorgan Chase's headquarters", its first word
			// written often.
			add(name)
		case raisedAfter(post) && (n.start == 0 || strings.ContainsAny(text[max(0, n.start-2):n.start], ".\n")):
			add(name) // "Jasper, which writes marketing copy, raised $125 million"
		}
	}
}

func replace(l []string, old, new string) []string {
	for i, s := range l {
		if s == old {
			l[i] = new
		}
	}
	return l
}

// capitalizedNames returns the runs of one to four capitalized words of
// text, Latin letters only: "Tessaro AI", "Ampere Computing".
func capitalizedNames(text string) []span {
	var out []span
	i := 0
	for i < len(text) {
		c := text[i]
		if !isUpper(c) || i > 0 && (isWordByte(text[i-1]) || text[i-1] == '-' || text[i-1] == '.' || text[i-1] == '\'') {
			i++
			continue
		}
		start, end, n := i, i, 0
		for j := i; j < len(text) && n < 4; {
			k := j
			for k < len(text) && (isWordByte(text[k]) || text[k] == '&' || text[k] == '-' || text[k] == '.' && k+1 < len(text) && isWordByte(text[k+1])) {
				k++
			}
			if k < len(text) && text[k] == '.' && k-j <= 4 && (text[j:k] == "Inc" || text[j:k] == "Corp" || text[j:k] == "Co" || text[j:k] == "Ltd") {
				k++
			}
			if k == j || !isUpper(text[j]) && !(text[j] >= '0' && text[j] <= '9' && n > 0) {
				break
			}
			end, n = k, n+1
			if k+1 < len(text) && text[k] == ' ' && isUpper(text[k+1]) {
				j = k + 1
				continue
			}
			if k+3 < len(text) && text[k:k+3] == " & " && isUpper(text[k+3]) {
				j = k + 3 // "Pacific Gas & Electric Co."
				continue
			}
			break
		}
		if end > start {
			out = append(out, span{start, end})
			i = end
		} else {
			i++
		}
	}
	return out
}

// describedAfter reports whether the words after a name describe a
// company: ", a San Francisco-based startup", ", the chip designer".
func describedAfter(post string) bool {
	post = strings.TrimPrefix(post, "'s")
	rest, ok := strings.CutPrefix(post, ", ")
	if !ok {
		return false
	}
	if !strings.HasPrefix(rest, "a ") && !strings.HasPrefix(rest, "an ") && !strings.HasPrefix(rest, "the ") {
		return false
	}
	if k := strings.IndexAny(rest, ",.;"); k >= 0 {
		rest = rest[:k]
	}
	// The description's head comes before any second phrase: "Guangzhou,
	// the first time the Chinese … company" describes no company.
	sp := strings.IndexByte(rest, ' ')
	for _, w := range []string{" the ", " of ", " that ", " which ", " who ", " when ", " since ", " to ", " in "} {
		if k := strings.Index(rest[sp:], w); k >= 0 {
			rest = rest[:sp+k]
		}
	}
	if len(rest) > 60 {
		rest = rest[:60]
	}
	for _, p := range []string{"the company ", "the firm ", "the startup ", "the start-up ", "the group "} {
		if strings.HasPrefix(rest, p) && startsWithAny(rest[len(p):], []string{"has ", "have ", "had ", "is ", "was ", "will ", "would ", "also ", "said", "says", "plans", "expects", "reported", "announced", "outlined", "could ", "may ", "can "}) {
			return false // "Separately, the company has outlined plans": a new clause's subject
		}
	}
	for _, v := range []string{" said", " says", " told", " reported", " announced", " added", " noted", " wrote"} {
		if strings.Contains(rest, v) {
			return false // "in India, the company said on Tuesday,"
		}
	}
	return companyNounIn(rest)
}

// raiseVerbs after a sentence's first name make it a company raising money.
var raiseVerbs = []string{" raised ", " raises ", " has raised ", " had raised ", " is raising ", " closed a ", " secured ", " has secured "}

// raisedAfter reports whether a name is the subject of raising money:
// right before the verb, or before a clause set off by commas ("Jasper,
// which uses OpenAI's technology, raised $125 million").
func raisedAfter(post string) bool {
	if strings.HasPrefix(post, ", which ") || strings.HasPrefix(post, ", whose ") {
		k := strings.Index(post[2:], ",")
		if k < 0 || k > 80 {
			return false
		}
		post = post[2+k+1:]
	}
	for _, v := range raiseVerbs {
		if rest, ok := strings.CutPrefix(post, v); ok {
			return strings.ContainsAny(rest[:min(len(rest), 20)], "$€£0123456789") || strings.HasPrefix(rest, "a ")
		}
	}
	return false
}

// describedBefore reports whether a name follows a company noun: "AI
// startup Tessaro", "chip designer Ampere", "晶片設計公司".
func describedBefore(pre string) bool {
	if pre != "" && pre[len(pre)-1] >= utf8.RuneSelf {
		for _, m := range zhCompanyMarks {
			if strings.HasSuffix(pre, m) {
				return true
			}
		}
	}
	k := strings.LastIndexAny(pre, ",.;:")
	seg := pre[k+1:]
	w := strings.LastIndexByte(seg, ' ')
	if last := seg[w+1:]; companyNounSet[last] || companyNounSet[strings.TrimSuffix(last, "s")] {
		return companyNounIn(seg)
	}
	return false
}

// companyNounSet holds companyNouns, for looking one word up.
var companyNounSet = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range companyNouns {
		m[n] = true
	}
	return m
}()

// companyNounIn reports whether s holds a company noun, and no word that
// makes it a source.
func companyNounIn(s string) bool {
	for _, n := range notCompanyNouns {
		if strings.Contains(s, n) {
			return false
		}
	}
	for _, n := range companyNouns {
		if k := strings.Index(s, n); k >= 0 && !strings.HasPrefix(s[k+len(n):], "'s") && !strings.HasPrefix(s[k+len(n):], "’s") {
			return true // not "the company's newest AI chip"
		}
	}
	return false
}

// boughtBefore reports whether a buying word comes right before a name.
func boughtBefore(pre string) bool {
	for _, w := range buyWords {
		if strings.HasSuffix(pre, w[:len(w)-1]) {
			return true
		}
	}
	return false
}

// divisionAfter reports whether a name is described as part of another
// company: "Reality Labs, the division building headsets".
func divisionAfter(post string) bool {
	rest, ok := strings.CutPrefix(post, ", ")
	if !ok {
		for _, w := range []string{" index", " division", " unit", " segment", " business", " arm"} {
			if strings.HasPrefix(post, w) {
				return true
			}
		}
		return false
	}
	for _, w := range []string{"the division", "its division", "a division", "the unit", "its unit", "the segment", "the arm", "its arm"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// discoveredMentions finds where text writes the discovered companies, as
// written (case matters: "Scale" is the company, "scale" a word), outside
// the known mentions; it returns known and these, in order.
func discoveredMentions(text string, known []mention, found []discovered) []mention {
	if len(found) == 0 {
		return known
	}
	var extra []mention
	for _, d := range found {
		for _, f := range d.forms {
			for off := 0; ; {
				k := strings.Index(text[off:], f)
				if k < 0 {
					break
				}
				s, e := off+k, off+k+len(f)
				off = e
				if s > 0 && isASCIIWord(text[s-1]) || e < len(text) && isASCIIWord(text[e]) {
					continue
				}
				extra = append(extra, mention{start: s, end: e, name: name{text: fold(f), entity: d.canonical}})
			}
		}
	}
	if len(extra) == 0 {
		return known
	}
	sort.Slice(extra, func(i, j int) bool {
		if extra[i].start != extra[j].start {
			return extra[i].start < extra[j].start
		}
		return extra[i].end > extra[j].end
	})
	out := make([]mention, 0, len(known)+len(extra))
	i, last := 0, -1
	for _, m := range extra {
		for i < len(known) && known[i].start < m.start {
			out = append(out, known[i])
			last = max(last, known[i].end)
			i++
		}
		if m.start < last || i < len(known) && known[i].start < m.end {
			continue // inside a known name, or overlapping the next one
		}
		out = append(out, m)
		last = m.end
	}
	return append(out, known[i:]...)
}

// isASCIIWord reports whether c is a Latin letter or digit: a name in
// Chinese text abuts Chinese characters ("Ampere現有").
func isASCIIWord(c byte) bool {
	return c < 0x80 && isWordByte(c)
}

// known reports whether s is a name of a known entity.
func (x *Extractor) known(s string) bool {
	f := fold(s)
	ms := x.mentions(f)
	return len(ms) == 1 && ms[0].start == 0 && ms[0].end == len(f)
}

// personVerb reports whether a verb after a name makes it a person's:
// "the San Francisco start-up Murati founded".
func personVerb(post string) bool {
	for _, v := range []string{" founded", " co-founded", " started", " launched in", " joined", " left", " was born"} {
		if strings.HasPrefix(post, v) {
			return true
		}
	}
	return false
}

// aiNounAfter reports whether a noun AI modifies follows: " accelerators".
func aiNounAfter(post string) bool {
	for _, n := range aiNouns {
		if strings.HasPrefix(post, n) {
			return true
		}
	}
	return false
}

// partOfKnown reports whether a name follows a known company's possessive
// or "its", so names a part of it: "Alibaba's Cloud Intelligence Group",
// "its Reality Labs".
func partOfKnown(pre string, known []mention) bool {
	pre = strings.TrimRight(pre, " ")
	if strings.HasSuffix(pre, " its") || strings.HasSuffix(pre, " their") || pre == "its" {
		return true
	}
	p, ok := strings.CutSuffix(pre, "'s")
	if !ok {
		if p, ok = strings.CutSuffix(pre, "’s"); !ok {
			return false
		}
	}
	i := sort.Search(len(known), func(i int) bool { return known[i].end >= len(p) })
	return i < len(known) && known[i].end == len(p)
}

// ofName reports whether a name continues one joined by "of":
// "Department of Social Services".
func ofName(pre string) bool {
	p, ok := strings.CutSuffix(pre, " of ")
	if !ok {
		return false
	}
	w := p[strings.LastIndexByte(p, ' ')+1:]
	return w != "" && isUpper(w[0])
}

// credited reports whether a text credits name as a source: "according to
// InfoNation".
func credited(texts []*text, name string) bool {
	f := "according to " + fold(name)
	for _, t := range texts {
		if t != nil && strings.Contains(t.norm, f) {
			return true
		}
	}
	return false
}

// Chinese names. A company the list lacks, written in Chinese script, ends
// in a company word (星衡智能, 雲策智能, 宇树科技) and follows a word that
// marks a company (初创公司, 新創) or a clause's start. Such a name counts
// only when the article writes it twice, or writes it once in full and its
// head again ("雲策智能 … 雲策目前"): one mention of an unknown word is too
// weak a sign.

// zhNameEnds end a Chinese company name (folded to Simplified).
var zhNameEnds = []string{"智能", "科技", "数据", "信息", "资讯", "网络", "技术", "机器人", "半导体", "电子", "微电子", "集团", "能源", "智造", "软件", "动力", "实验室", "智算", "算力", "光电", "通信", "精密", "新材", "材料", "控股", "芯片", "视觉", "智联", "创投", "医疗", "医药", "生物", "制药", "智慧", "传媒"}

// zhNameEndFirst holds the first characters of zhNameEnds.
var zhNameEndFirst = firstRunes(zhNameEnds)

// firstRunes marks the first character of each word, for a fast test of
// whether a word of the list can start at a character.
func firstRunes(words []string) *[0x10000]bool {
	var m [0x10000]bool
	for _, e := range words {
		r, _ := utf8.DecodeRuneInString(e)
		if r < 0x10000 {
			m[r] = true
		}
	}
	return &m
}

// zhNameOpens stand right before a name: marks of a company, and the words
// that open a clause.
var zhNameOpens = []string{"公司", "新创", "初创", "企业", "厂商", "独角兽", "创企", "明星", "龙头", "子公司", "据", "由", "与", "和", "及", "对", "向", "为", "是", "让", "把", "被", "将", "在", "称", "而", "但", "且", "、", "》", "“", "」", "今年", "去年", "此前", "目前", "近日", "日前", "其中", "包括", "同时", "旗下", "收购", "的"}

// zhNotHeads are the heads that make a common noun, not a name: 人工智能,
// 生成式科技.
var zhNotHeads = []string{"人工", "生成式", "通用", "工业", "产业", "行业", "国内", "全球", "中国", "美国", "台湾", "该", "这家", "其", "一家", "多家", "机器", "具身", "具身智", "科技", "智能", "数据", "信息", "网络", "技术", "电子", "消费", "汽车", "医疗", "教育", "金融", "人形", "服务", "工业机器", "半导", "数字", "云端", "先进", "创新", "未来", "相关", "新兴", "整体", "主要", "大型", "核心", "关键", "前沿", "领先", "平台", "商汤", "科大", "智谱", "中芯", "国产", "推理", "训练", "算力", "自研", "高端", "存储", "国产算力", "利益", "社会", "任何", "报名", "所有", "各种", "相应", "个人", "财报", "公告", "统计", "调研", "研究", "市场", "官方", "最新", "第三方", "行业数据", "海外", "境外", "海内外", "国际", "智慧", "人工智慧", "精准", "互联网", "移动", "影像", "传统", "现代", "中医", "西医", "基础", "合成", "分子", "细胞", "科学", "学术", "公共", "政府", "开放", "降价", "涨价", "价格", "期内", "本期", "当期", "同期", "季内", "年内", "集团内"}

// zhNotInNames are characters no company head holds: function words and
// common verbs ("报告还指出技术…" names nobody).
const zhNotInNames = "的了在是和与及为将对向等个这那其该于从到以并也都还就被把让给说指表称认已曾因而或但如若则所之此各每某本些"

// discoverZh adds the Chinese-script companies a text names.
func (x *Extractor) discoverZh(t *text, add func(canonical string, forms ...string)) {
	norm, text := t.norm, t.text
	counts := map[string]int{}
	type cand struct{ name, head, orig, origHead string }
	var cands []cand
	// One pass over the text finds every ending word and every bracket.
	var brackets, marked []int // brackets; ends of company-kind marks
	for i := 0; i < len(norm); {
		if norm[i] < utf8.RuneSelf {
			if norm[i] == '(' {
				brackets = append(brackets, i)
			}
			i++
			continue
		}
		if norm[i] == 0xEF && strings.HasPrefix(norm[i:], "（") {
			brackets = append(brackets, i)
		}
		c, w := decode(norm, i)
		if c < 0x10000 && zhMarkFirst[c] {
			for _, mk := range zhMarksByFirst[c] {
				if strings.HasPrefix(norm[i:], mk) {
					marked = append(marked, i+len(mk))
					break
				}
			}
		}
		i += w
		if c < 0x4e00 || c >= 0x10000 || !zhNameEndFirst[c] {
			continue
		}
		for _, end := range zhEndsByFirst[c] {
			if !strings.HasPrefix(norm[i-w:], end) {
				continue
			}
			e := i - w + len(end)
			off := e
			// The head: two to four Han characters before the ending word,
			// after a word that opens a name.
			s := off - len(end)
			hs := hanStartsBefore(norm, s, 4)
			start := -1
			for i := len(hs) - 1; i >= 1; i-- { // the longest head whose left edge is an opening
				h := hs[i]
				if startsWithOpen(norm[h:s]) {
					continue // "初创公司星衡": the mark is not the name
				}
				if h == 0 || opensName(norm[:h]) {
					start = h
					break
				}
			}
			if start < 0 {
				continue
			}
			head := norm[start:s]
			if r0, _ := utf8.DecodeRuneInString(head); strings.ContainsRune("一二三四五六七八九十两几多", r0) || slices.Contains(zhNotHeads, head) || strings.ContainsAny(head, zhNotInNames) || x.known(text[start:e]) || len(x.mentions(norm[start:e])) > 0 {
				continue
			}
			counts[norm[start:e]]++
			cands = append(cands, cand{norm[start:e], head, text[start:e], text[start:s]})
		}
	}
	// A name with its stock code: "信驊(5274)", "中际旭创（300308.SZ）",
	// "世芯-KY(3661)" — a listed company, whatever its name ends with.
	for _, at := range brackets {
		w := 1
		if norm[at] != '(' {
			w = len("（")
		}
		i := at + w
		if i >= len(norm) || norm[i] < '0' || norm[i] > '9' || !stockCode(norm[i:min(len(norm), i+16)]) {
			continue
		}
		e := at
		if strings.HasSuffix(norm[:e], "-ky") {
			e -= len("-ky")
		}
		hs := hanStartsBefore(norm, e, 6)
		for j := len(hs) - 1; j >= 1; j-- {
			h := hs[j]
			if startsWithOpen(norm[h:e]) || !(h == 0 || opensName(norm[:h])) {
				continue
			}
			// "散熱大廠奇鋐(3017)": the name after its description.
			for _, d := range []string{"大厂", "龙头", "厂商", "公司", "企业", "业者", "供应商", "概念股", "代工厂", "新创"} {
				if k := strings.LastIndex(norm[h:e], d); k >= 0 && h+k+len(d) < e {
					h += k + len(d)
				}
			}
			if utf8.RuneCountInString(norm[h:e]) < 2 {
				break
			}
			name := text[h:e]
			if strings.ContainsAny(norm[h:e], zhNotInNames) || x.known(name) || len(x.mentions(norm[h:e])) > 0 {
				break
			}
			add(name, name)
			break
		}
	}
	// A name right after a mark of its kind, with no company word of its
	// own, written again at a clause's opening: "興櫃散熱廠昱晟熱傳…。昱晟熱傳
	// 董事會". Marks: 厂, 公司, 新创, 业者.
	for _, at := range marked {
		{
			var ends []int
			for n, p := 0, at; n < 4 && p < len(norm); n++ {
				r, w := utf8.DecodeRuneInString(norm[p:])
				if !unicode.Is(unicode.Han, r) || strings.ContainsRune(zhNotInNames, r) {
					break
				}
				p += w
				ends = append(ends, p)
			}
			if len(ends) > 0 && containsAny(norm[at:ends[len(ends)-1]], zhNotNameWords) {
				continue // "该公司经调整纯利": a measure, not a name
			}
			for j := len(ends) - 1; j >= 1; j-- { // the longest name, two characters at least
				nm := norm[at:ends[j]]
				if containsAny(nm, zhNotNameWords) || x.known(text[at:ends[j]]) || len(x.mentions(nm)) > 0 || slices.Contains(zhNotHeads, nm) ||
					slices.ContainsFunc(cands, func(c cand) bool { return strings.HasPrefix(c.name, nm) || strings.HasPrefix(nm, c.name) }) {
					continue // a company word's name found above: "雲策智能", written "雲策"
				}
				again := false
				for o := ends[j]; !again; {
					i := strings.Index(norm[o:], nm)
					if i < 0 {
						break
					}
					again = opensName(norm[:o+i]) && !endsWithAny(norm[:o+i], zhKindMarks)
					o += i + len(nm)
				}
				if again {
					add(text[at:ends[j]], text[at:ends[j]])
					break
				}
			}
		}
	}
	seen := map[string]bool{}
	for _, c := range cands {
		if seen[c.name] {
			continue
		}
		seen[c.name] = true
		// The head written again without its ending, as a name: "，雲策目前自建".
		headAgain := false
		for off := 0; !headAgain; {
			k := strings.Index(norm[off:], c.head)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(c.head)
			headAgain = !strings.HasPrefix(norm[off:], strings.TrimPrefix(c.name, c.head)) && (at == 0 || opensName(norm[:at]))
		}
		if counts[c.name] < 2 && !headAgain {
			continue
		}
		if headAgain {
			add(c.orig, c.orig, c.origHead)
		} else {
			add(c.orig, c.orig)
		}
	}
}

// opensName reports whether pre ends with a word after which a name may
// begin, or with punctuation.
func opensName(pre string) bool {
	r, _ := utf8.DecodeLastRuneInString(pre)
	if !unicode.Is(unicode.Han, r) {
		return true
	}
	for _, o := range zhOpensByLast[r] {
		if strings.HasSuffix(pre, o) {
			return true
		}
	}
	return false
}

// startsWithOpen reports whether s opens with one of zhNameOpens.
func startsWithOpen(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	for _, o := range zhOpensByFirst[r] {
		if strings.HasPrefix(s, o) {
			return true
		}
	}
	return false
}

// zhOpensByFirst and zhOpensByLast index zhNameOpens by their first and
// last characters.
var zhOpensByFirst, zhOpensByLast = byFirstRune(zhNameOpens), byRune(zhNameOpens, utf8.DecodeLastRuneInString)

// stockCode reports whether s opens with a listing code and its closing
// bracket: "5274)", "300308.SZ）", "0700.HK)", "688256）".
func stockCode(s string) bool {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n < 4 || n > 6 {
		return false
	}
	if y, _ := strconv.Atoi(s[:n]); n == 4 && y >= 1900 && y <= 2035 {
		return false // "(2024)": a year (listed codes there are few, none in AI)
	}
	rest := s[n:]
	for _, x := range []string{".hk", ".sz", ".sh", ".tw", ".two", ".ss", "-tw", ".bj"} {
		rest = strings.TrimPrefix(rest, x)
	}
	return strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, "）")
}

// tickerAfter reports whether a name is followed by its exchange and ticker:
// " (NASDAQ: CBRS)", " (NYSE:SNOW)", " (TSX: X)".
func tickerAfter(post string) bool {
	post = strings.TrimLeft(post, " ")
	if !strings.HasPrefix(post, "(") {
		return false
	}
	return startsWithAny(post[1:], []string{"nasdaq:", "nyse:", "nasdaq ", "nyse ", "tsx:", "lse:", "tse:", "hkex:", "krx:", "amex:", "otc:", "euronext:", "asx:", "nse:", "bse:", "twse:", "sgx:"})
}

// placeWords before a company word make a phrase, not a name: "Canadian AI
// companies", "Abu Dhabi AI investments".
var placeWords = map[string]bool{"Canadian": true, "American": true, "US": true, "U.S.": true, "Chinese": true, "European": true, "French": true,
	"German": true, "Dutch": true, "Swiss": true, "Mexican": true, "African": true, "British": true, "UK": true, "Japanese": true, "Korean": true, "Indian": true, "Saudi": true, "Emirati": true, "Gulf": true,
	"Abu Dhabi": true, "Dubai": true, "Qatari": true, "Israeli": true, "Taiwanese": true, "Asian": true, "Global": true, "Sovereign": true,
	"Finnish": true, "Swedish": true, "Norwegian": true, "Danish": true, "Italian": true, "Spanish": true, "Portuguese": true, "Brazilian": true,
	"Australian": true, "Singaporean": true, "Vietnamese": true, "Indonesian": true, "Malaysian": true, "Thai": true, "Polish": true, "Irish": true,
	"Belgian": true, "Austrian": true, "Turkish": true, "Russian": true, "Ukrainian": true, "Estonian": true, "Czech": true, "Hungarian": true,
	"Chilean": true, "Argentine": true, "Nigerian": true, "Kenyan": true, "Egyptian": true, "Pakistani": true, "Filipino": true, "Scottish": true,
	"South Korean": true, "Hong Kong": true, "Emirates": true,
	"Silicon Valley": true, "Combined": true, "Total": true, "Annual": true, "Quarterly": true, "Adjusted": true, "Open": true, "Generative": true, "Enterprise": true, "Physical": true, "Agentic": true, "Responsible": true}

// segmentNames are reporting segments, parts of their company.
var segmentNames = map[string]bool{"Intelligent Cloud": true, "Productivity and Business Processes": true, "More Personal Computing": true,
	"Microsoft Cloud": true, "Google Services": true, "Google Cloud": true, "Other Bets": true, "Reality Labs": true, "Family of Apps": true,
	"Cloud Intelligence": true, "Data Center": true, "Compute and Networking": true}

// zhNotNameWords make a run of characters after a company mark no name: a
// time, a measure or a verb ("公司今年營收", "公司目前").
var zhNotNameWords = []string{"项目", "发电", "一定", "任何", "材料", "产品", "技术", "服务", "平台", "系统", "方案", "设备", "数据", "上半", "下半", "估值", "调整", "公司", "净利", "纯利", "毛利", "亏损", "融资", "募资", "上市", "投资", "研发",
	"市场", "行业", "全球", "中国", "美国", "台湾", "营运", "营业", "本身", "自身", "此次", "本次", "近期", "日前", "同期", "年", "月", "季", "营收", "收入", "利润", "员工", "目前", "今年", "去年", "计划", "预计", "宣布", "发布",
	"董事", "股东", "股价", "市值", "总部", "旗下", "内部", "方面", "高管", "创始", "首席", "执行", "财务", "业务", "产品", "客户", "订单"}

// measureOpeners open a measure's name, not a company's: "Combined Data
// Cloud and AI ARR".
var measureOpeners = map[string]bool{"Combined": true, "Total": true, "Annual": true, "Quarterly": true, "Adjusted": true, "Net": true, "Gross": true}

// zhKindMarks name a company's kind right before its name: "散熱廠昱晟熱傳".
var zhKindMarks = []string{"散热厂", "代工厂", "封测厂", "大厂", "厂商", "新创", "初创公司", "初创企业", "业者", "智能公司", "科技公司", "芯片公司", "机器人公司", "模型公司", "软件公司", "创业公司", "独角兽", "具身智能企业"}

// zhMarkFirst holds the first characters of zhKindMarks.
var zhMarkFirst = firstRunes(zhKindMarks)

// hanStartsBefore returns the starts of up to n Han characters written
// right before p, nearest first: the candidate left edges of a name.
func hanStartsBefore(norm string, p, n int) []int {
	var hs []int
	for len(hs) < n && p > 0 {
		r, w := utf8.DecodeLastRuneInString(norm[:p])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		p -= w
		hs = append(hs, p)
	}
	return hs
}

// zhMarksByFirst and zhEndsByFirst index zhKindMarks and zhNameEnds by
// their first character.
var (
	zhMarksByFirst = byFirstRune(zhKindMarks)
	zhEndsByFirst  = byFirstRune(zhNameEnds)
)

// byFirstRune groups words by their first character, in list order.
func byFirstRune(words []string) map[rune][]string {
	return byRune(words, utf8.DecodeRuneInString)
}

// byRune groups words by the character at gives, in list order.
func byRune(words []string, at func(string) (rune, int)) map[rune][]string {
	m := map[rune][]string{}
	for _, e := range words {
		r, _ := at(e)
		m[r] = append(m[r], e)
	}
	return m
}

// companyEvidence reports whether the words after a name show a company:
// its revenue, shares or chief executive, or results it reported ("…'s
// quarterly revenue", " reported third-quarter", " agreed to acquire").
// A person's name is followed by none of these.
func companyEvidence(post string) bool {
	if p, ok := strings.CutPrefix(post, "'s "); ok || strings.HasPrefix(post, "’s ") {
		if !ok {
			p = strings.TrimPrefix(post, "’s ")
		}
		return startsWithAny(p, []string{"revenue", "sales", "profit", "net income", "earnings", "shares", "stock", "valuation", "market value",
			"market capitalization", "customers", "board", "quarterly", "annual", "fiscal", "operating", "chief executive", "ceo", "chief financial",
			"cfo", "president", "founder", "co-founder", "workforce", "employees", "headcount", "backlog", "bookings", "capital expenditure", "capex",
			"spending", "cloud", "data center", "data-center", "ai ", "subscribers", "users", "guidance", "outlook", "forecast", "stake", "investment",
			"headquarters", "new headquarters", "internal", "budget", "tech budget", "technology budget", "$", "€", "£"})
	}
	return startsWithAny(post, []string{" reported ", " posted ", " said in a statement", " said in a filing", " said in a regulatory filing",
		" said in a securities filing", " disclosed in a filing", " announced its ", " will report", " reports earnings", " reported earnings", " shares rose", " shares fell", " shares jumped", " shares slid", " stock rose", " stock fell",
		" agreed to buy", " agreed to acquire", " acquired ", " employs ", " now employs ", " forecast ", " raised its forecast", " cut its forecast", " beat ",
		" expects to spend", " plans to spend", " will spend", " spent ", " spends ", " shares were", " shares closed", " stock closed",
		" inc.", " inc ", " corp.", " corp ", " ltd", " plc", " (nasdaq", " (nyse"})
}

// isTitleWord reports a capitalized word that names a role, not a company.
func isTitleWord(name string) bool {
	switch name {
	case "Chief", "CEO", "CFO", "President", "Chairman", "Analysts", "Investors", "Shares", "Revenue", "Sales", "The Company", "Company":
		return true
	}
	return false
}

// isAcronym reports whether s is two to five capital letters: "AEP".
func isAcronym(s string) bool {
	if len(s) < 2 || len(s) > 5 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isUpper(s[i]) {
			return false
		}
	}
	return true
}

// initials returns the first letters of a name's words: "American
// Electric Power" is AEP.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if w != "&" {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// shortForms finds the short names an article gives its companies: a name
// in brackets right after the full one ("Preferred Networks（PFN）",
// "American Electric Power (AEP)"), and a discovered acronym whose full
// name the article spells out elsewhere ("American Electric Power's
// headquarters … AEP reported"). The short form joins the full name's
// entity; a full name no list knows becomes a company when its initials
// are the short form or it ends in a company word.
func (x *Extractor) shortForms(t *text, byName map[string]*discovered, order *[]string) {
	text := t.text
	// addForm gives canon the short form, with the forms of a company
	// discovered under the short name.
	addForm := func(canon, form string) {
		forms := []string{form}
		if d, ok := byName[form]; ok && form != canon {
			forms = append(forms, d.forms...)
			delete(byName, form)
			*order = slices.DeleteFunc(*order, func(k string) bool { return k == form })
		}
		if d, ok := byName[canon]; ok {
			d.forms = append(d.forms, forms...)
			return
		}
		byName[canon] = &discovered{canonical: canon, forms: append(forms, canon)}
		*order = append(*order, canon)
	}
	ownerOf := func(form string) string {
		for _, k := range *order {
			d := byName[k]
			if d.canonical == form || slices.Contains(d.forms, form) {
				return k
			}
		}
		return ""
	}
	for i := 0; i < len(text); i++ {
		open := 1
		switch {
		case text[i] == '(':
		case strings.HasPrefix(text[i:], "（"):
			open = len("（")
		default:
			continue
		}
		rest := text[i+open : min(len(text), i+open+14)]
		k := strings.IndexAny(rest, ")）")
		if k < 2 {
			continue
		}
		abbr := rest[:k]
		if !shortName(abbr) || nameStop[abbr] || outlets[fold(abbr)] != "" || x.known(abbr) || ownerOf(abbr) != "" && ownerOf(abbr) != abbr {
			continue
		}
		before := strings.TrimRight(text[:i], " ")
		// A known company right before the bracket.
		owner := ""
		for _, m := range t.ments {
			if m.end == len(before) && m.product == "" && !m.leader {
				owner = m.entity
			}
		}
		if owner == "" {
			for _, k := range *order {
				d := byName[k]
				for _, f := range append([]string{d.canonical}, d.forms...) {
					if strings.HasSuffix(before, f) && (len(before) == len(f) || !isASCIIWord(before[len(before)-len(f)-1])) {
						owner = k
					}
				}
			}
		}
		if owner == "" {
			// A capitalized name no list knows: "American Electric Power".
			names := capitalizedNames(before[max(0, len(before)-80):])
			if len(names) == 0 {
				continue
			}
			n := names[len(names)-1]
			full := before[max(0, len(before)-80):][n.start:n.end]
			if n.end != len(before[max(0, len(before)-80):]) {
				continue
			}
			words := strings.Fields(full)
			last := words[len(words)-1]
			if len(words) < 2 || !(companySuffixes[last] || initials(full) == abbr && corporateWords[last]) || notNames[last] {
				continue
			}
			for _, s := range legalSuffixes {
				full = strings.TrimSuffix(full, s)
			}
			owner = full
		}
		addForm(owner, abbr)
	}
	// A discovered acronym spelled out elsewhere in the article.
	for _, k := range slices.Clone(*order) {
		d := byName[k]
		if !isAcronym(d.canonical) {
			continue
		}
	runs:
		for _, n := range capitalizedNames(text) {
			words := strings.Fields(text[n.start:n.end])
			j := len(words) - len(d.canonical) // "Inside American Electric Power"
			if j < 0 || notNames[words[len(words)-1]] {
				continue
			}
			full := strings.Join(words[j:], " ")
			if initials(full) == d.canonical && !x.known(full) {
				addForm(full, k)
				break runs
			}
		}
	}
}

// shortName reports whether s can be a company's short name: two to ten
// Latin letters, digits, dots or hyphens, opening with a capital, not all
// digits: "PFN", "AEP", "T-Systems".
func shortName(s string) bool {
	if len(s) < 2 || len(s) > 10 || !isUpper(s[0]) {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(isUpper(c) || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '&') {
			return false
		}
	}
	return true
}

// corporateWords end the full names of companies that are not tech firms:
// "American Electric Power (AEP)", "Pacific Investment Management".
var corporateWords = map[string]bool{"Power": true, "Electric": true, "Capital": true, "Partners": true, "Communications": true, "Pharmaceuticals": true,
	"Manufacturing": true, "Financial": true, "Telecom": true, "Media": true, "Airlines": true, "Management": true, "Investments": true, "Bancorp": true}

// placeNames are places a sentence may make look like companies: "South
// Dakota spends $449,000".
var placeNames = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split("Alabama,Alaska,Arizona,Arkansas,California,Colorado,Connecticut,Delaware,Florida,Georgia,Hawaii,Idaho,Illinois,Indiana,Iowa,Kansas,"+
		"Kentucky,Louisiana,Maine,Maryland,Massachusetts,Michigan,Minnesota,Mississippi,Missouri,Montana,Nebraska,Nevada,New Hampshire,New Jersey,New Mexico,New York,"+
		"North Carolina,North Dakota,Ohio,Oklahoma,Oregon,Pennsylvania,Rhode Island,South Carolina,South Dakota,Tennessee,Texas,Utah,Vermont,Virginia,Washington,"+
		"West Virginia,Wisconsin,Wyoming,Beijing,Shanghai,Shenzhen,Guangzhou,Hangzhou,Wuhan,Chengdu,Tokyo,Seoul,Singapore,London,Paris,Berlin,Dubai,Riyadh,"+
		"Taipei,Hsinchu,Taiwan,Japan,Korea,India,France,Germany,Britain,Europe,Asia,Africa,Canada,Mexico,Brazil,Australia,Israel,Qatar,Texas,Virginia,Arizona", ",") {
		m[p] = true
	}
	return m
}()
