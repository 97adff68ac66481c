// Package claims finds numeric claims in article text: every figure about a
// named organization's money or operations, in English and Chinese
// (Traditional and Simplified), as the records of shared/CLAIMS.md.
//
// Figures are read by package quantity; this package decides which of them
// are claims and fills in entity, metric, time, qualifiers and attribution
// from the words around them. All vocabularies are tables (lexicon.go,
// entities.go), and texts are folded to lower-case Simplified with every byte
// offset kept, so one table serves both scripts.
package claims

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/claims/quantity"
)

// Extractor finds claims. Build it once with New; it is safe for concurrent
// use because nothing in it changes after New.
type Extractor struct {
	first   runeSet // first runes of the names, to skip the rest fast
	names   []name
	byFirst map[string][]int // first rune (ASCII: first byte) of a folded name → names, longest first
	// byFirst again, indexed without hashing a string: by first byte for
	// ASCII, by first rune otherwise.
	asciiFirst [utf8.RuneSelf][]int
	// asciiPair narrows asciiFirst by the second byte: the names starting
	// with those two bytes, then those whose second byte is not ASCII or
	// that are one byte long (asciiLoose), each longest first.
	asciiPair  [][]int // indexed by the two bytes: no hashing on the hot path
	asciiLoose [utf8.RuneSelf][]int
	runeFirst  map[rune][]int
	canon      map[string]string
	// longOf maps a company name that opens exactly one other company's
	// name to it ("Samsung" → "Samsung Electronics"); shortOf is the reverse.
	longOf, shortOf map[string]string
}

// name is one way an entity is written, folded.
type name struct {
	text    string
	entity  string
	product string // set when the name is a product
	leader  bool   // a person standing for the company
}

// New returns an Extractor for entities merged with Default(): a configured
// entity with a default's canonical name adds its aliases and products.
func New(entities []claimwatch.Entity) *Extractor {
	loadT2S()
	x := &Extractor{byFirst: map[string][]int{}, runeFirst: map[rune][]int{}, canon: map[string]string{}}
	all := append(Default(), entities...)
	seen := map[string]bool{}
	add := func(text, entity, product string, leader bool) {
		f := fold(strings.TrimSpace(text))
		if f == "" || seen[f] {
			return
		}
		seen[f] = true
		x.names = append(x.names, name{text: f, entity: entity, product: product, leader: leader})
	}
	for _, e := range all {
		x.canon[fold(e.Name)] = e.Name
		add(e.Name, e.Name, "", false)
		for _, a := range e.Aliases {
			add(a, e.Name, "", false)
		}
		for _, p := range e.Products {
			add(p, e.Name, p, false)
		}
	}
	for n, e := range leaders {
		add(n, e, "", true)
	}
	x.longOf, x.shortOf = map[string]string{}, map[string]string{}
	for _, a := range all {
		n := 0
		var long string
		for _, b := range all {
			if strings.HasPrefix(b.Name, a.Name+" ") {
				n, long = n+1, b.Name
			}
		}
		if n == 1 {
			x.longOf[a.Name], x.shortOf[long] = long, a.Name
		}
	}
	sort.SliceStable(x.names, func(i, j int) bool { return len(x.names[i].text) > len(x.names[j].text) })
	for i, n := range x.names {
		k := firstKey(n.text, 0)
		x.byFirst[k] = append(x.byFirst[k], i)
		r, _ := utf8.DecodeRuneInString(n.text)
		x.first.add(r)
	}
	x.asciiPair = make([][]int, 1<<14) // both bytes are ASCII: 7 bits each
	for k, l := range x.byFirst {
		if k[0] < utf8.RuneSelf {
			x.asciiFirst[k[0]] = l
			for _, i := range l {
				t := x.names[i].text
				if len(t) >= 2 && t[1] < utf8.RuneSelf {
					key := uint16(t[0])<<7 | uint16(t[1])
					x.asciiPair[key] = append(x.asciiPair[key], i)
				} else {
					x.asciiLoose[t[0]] = append(x.asciiLoose[t[0]], i)
				}
			}
		} else {
			r, _ := decode(k, 0)
			x.runeFirst[r] = l
		}
	}
	return x
}

func firstKey(s string, i int) string {
	if s[i] < utf8.RuneSelf {
		return s[i : i+1]
	}
	_, w := decode(s, i)
	return s[i : i+w]
}

// mention is a name found in the text.
type mention struct {
	start, end int
	name
}

// mentions finds every entity name in norm, longest first at each position;
// ASCII names must stand as whole words.
func (x *Extractor) mentions(norm string) []mention {
	var out []mention
	for i := 0; i < len(norm); {
		c := norm[i]
		r, w := rune(c), 1
		if c >= utf8.RuneSelf {
			r, w = decode(norm, i)
		} else if !isWordByte(c) || i > 0 && isWordByte(norm[i-1]) {
			i++
			continue
		}
		if !x.first.has(r) {
			i = x.skip(norm, i, w)
			continue
		}
		var ks, loose []int
		if w == 1 && c < utf8.RuneSelf {
			if i+1 < len(norm) && norm[i+1] < utf8.RuneSelf {
				ks = x.asciiPair[uint16(c)<<7|uint16(norm[i+1])]
			}
			loose = x.asciiLoose[c]
		} else {
			ks = x.runeFirst[r]
		}
		found := false
		for j := 0; j < len(ks)+len(loose); j++ {
			k := 0
			if j < len(ks) {
				k = ks[j]
			} else {
				k = loose[j-len(ks)]
			}
			n := x.names[k]
			if !strings.HasPrefix(norm[i:], n.text) {
				continue
			}
			e := i + len(n.text)
			if isWordByte(n.text[len(n.text)-1]) && e < len(norm) && isWordByte(norm[e]) {
				continue
			}
			if e+1 < len(norm) && norm[e] == '\'' && isWordByte(norm[e+1]) && norm[e+1] != 's' {
				continue // "Dell'Oro Group" is not Dell
			}
			if isDigitByte(n.text[len(n.text)-1]) && e+1 < len(norm) && (norm[e] == '.' || norm[e] == '-') && isWordByte(norm[e+1]) {
				continue // GPT-4.5 is not GPT-4
			}
			out = append(out, mention{i, e, n})
			i, found = e, true
			break
		}
		if !found {
			i = x.skip(norm, i, w)
		}
	}
	return out
}

// skip moves past the character at i, w bytes long, and past the rest of
// its ASCII word: no ASCII name starts inside a word.
func (x *Extractor) skip(norm string, i, w int) int {
	if norm[i] >= utf8.RuneSelf {
		return i + w
	}
	for i++; i < len(norm) && isWordByte(norm[i]); i++ {
	}
	return i
}

// Explanation gives, for one claim, the words that decided each field, so a
// reader can see why (claimwatch extract --explain prints it).
type Explanation struct {
	Claim        claimwatch.Claim
	Figure       string // the figure as written
	Entity       string // the name or pronoun the entity came from
	Counterparty string
	Metric       string // the word that chose the metric, or "(none: other)"
	Time         string
	Per          string
	Change       string
	Approx       string
	Modality     string
	Attribution  string
	Note         string // how the claim relates to others (a currency conversion)
}

// Extract returns the claims of a, in order of appearance. Sentiment is left
// zero for the caller to fill. A headline figure the body repeats is
// returned once, from the body.
func (x *Extractor) Extract(a claimwatch.Article) []claimwatch.Claim {
	ex := x.Explain(a)
	out := make([]claimwatch.Claim, len(ex))
	for i, e := range ex {
		out[i] = e.Claim
	}
	return out
}

// Explain is Extract with the reasons for every field.
func (x *Extractor) Explain(a claimwatch.Article) []Explanation {
	bodyValues := quantity.Find(a.Text)
	body := x.read(a.Text, bodyValues)
	readTitle := a.Title != "" && !strings.HasPrefix(strings.TrimSpace(a.Text), strings.TrimSpace(a.Title))
	var title *text
	if readTitle {
		title = x.read(a.Title, quantity.Find(a.Title))
	}
	if body == nil && title == nil {
		return nil
	}
	// A short name the article also writes in full is the full name's:
	// "Samsung Electronics said … Samsung's chip unit" is one company.
	x.fullNames(body, title)
	// Companies the entity list does not know, from the whole article.
	found := x.discover(body, title)
	var out []Explanation
	if body != nil {
		out = x.extract(a, body, 0, found)
	}
	if title == nil {
		return out
	}
	// The headline is read on its own; its figures count only when the body
	// does not state them (the same figure in both is one claim).
	for _, h := range x.extract(a, title, -1, found) {
		dup := false
		for _, q := range bodyValues {
			if near(q.Value, h.Claim.Value) || q.ValueMax != 0 && near(q.ValueMax, h.Claim.Value) {
				dup = true
				break
			}
		}
		if !dup {
			out = append([]Explanation{h}, out...)
		}
	}
	return out
}

// text is a text with figures that might be claims, folded, with the
// entity names in it.
type text struct {
	text, norm string
	qs         []quantity.Quantity
	ments      []mention
	n          int // how many figures might be claims
}

// read prepares s for extraction, or returns nil when none of its figures
// qs can be a claim: most figures are not, and folding and scanning the
// text is then wasted.
func (x *Extractor) read(s string, qs []quantity.Quantity) *text {
	n := 0
	for _, q := range qs {
		if candidate(s, q) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	norm := fold(s)
	ms := x.mentions(norm)
	// Names that are also common words count only capitalized: "Arm", not
	// "its venture arm"; "Runway", not "a cash runway".
	ms = slices.DeleteFunc(ms, func(m mention) bool {
		return capitalOnly[m.text] && m.end-m.start == len(m.text) && !isUpper(s[m.start]) ||
			// "The SoftBank-owned chip designer", "the Microsoft-backed
			// startup": the name describes another company, never the subject.
			ownerModifier(norm[m.end:min(len(norm), m.end+12)]) ||
			// 字节 short for ByteDance, not the byte of 字节数, 字节码.
			m.text == "字节" && startsWithAny(norm[m.end:], []string{"数", "码", "序", "长", "级", "流", "为单位"})
	})
	return &text{text: s, norm: norm, qs: qs, ments: surnames(s, norm, ms), n: n}
}

// surnames adds the family name of every leader the text names in full,
// written alone later: "Mira Murati" … "Murati was seeking".
func surnames(s, norm string, ms []mention) []mention {
	var add []mention
	seen := map[string]bool{}
	for _, m := range ms {
		if !m.leader || m.text[0] >= utf8.RuneSelf {
			continue
		}
		k := strings.LastIndexByte(m.text, ' ')
		if k < 0 || seen[m.text] {
			continue
		}
		seen[m.text] = true
		last := m.text[k+1:]
		for off := m.end; ; {
			i := strings.Index(norm[off:], last)
			if i < 0 {
				break
			}
			i += off
			off = i + len(last)
			if i > 0 && isWordByte(norm[i-1]) || off < len(norm) && isWordByte(norm[off]) || !isUpper(s[i]) {
				continue
			}
			add = append(add, mention{start: i, end: off, name: m.name})
		}
	}
	if len(add) == 0 {
		return ms
	}
	out := append(slices.Clone(ms), add...)
	slices.SortStableFunc(out, func(a, b mention) int { return a.start - b.start })
	// A surname inside a longer name already found is that name's.
	return slices.DeleteFunc(out, func(m mention) bool {
		if !m.leader {
			return false
		}
		for _, o := range ms {
			if o.start <= m.start && m.end <= o.end && (o.start != m.start || o.end != m.end) {
				return true
			}
		}
		return false
	})
}

// ownerModifier reports whether the text after a name makes the name part
// of a description of another company: "-owned", "-backed".
func ownerModifier(after string) bool {
	for _, w := range []string{"-owned", "-backed", "-funded", "-controlled", "-affiliated", "-supported"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// fullNames renames the mentions of a known company whose name opens
// another known company's name ("Samsung", "Samsung Electronics") to the
// longer one, when the article writes it.
func (x *Extractor) fullNames(ts ...*text) {
	full := map[string]bool{}
	for _, t := range ts {
		if t == nil {
			continue
		}
		for _, m := range t.ments {
			if x.shortOf[m.entity] != "" && !m.leader && m.product == "" {
				full[m.entity] = true
			}
		}
	}
	if len(full) == 0 {
		return
	}
	for _, t := range ts {
		if t == nil {
			continue
		}
		for i, m := range t.ments {
			if l := x.longOf[m.entity]; l != "" && full[l] {
				t.ments[i].entity = l
			}
		}
	}
}

// capitalOnly are the folded names that must be written with a capital.
var capitalOnly = map[string]bool{"arm": true, "runway": true}

func near(a, b float64) bool {
	a, b = math.Abs(a), math.Abs(b)
	if a == 0 || b == 0 {
		return a == b
	}
	return math.Abs(a-b) <= 0.01*math.Max(a, b)
}

// extract reads the claims of t; offset -1 marks text that is not the
// article body (the headline), whose claims carry Offset -1.
func (x *Extractor) extract(a claimwatch.Article, t *text, offset int, found []discovered) []Explanation {
	text, norm, qs, n := t.text, t.norm, t.qs, t.n
	r := &reader{x: x, a: a, text: text, norm: norm, sents: sentences(text), ments: discoveredMentions(text, t.ments, found), qs: qs,
		times: map[int][]timeExpr{}, sources: map[int][2]string{}, metricHits: map[int][]hit{}, made: map[int]*Explanation{},
		asideSpans: map[int][]span{}, furnished: map[int]bool{}, companies: found}
	r.source = r.articleSource()
	// At most n claims: out never grows, so pointers into it stay put.
	out := make([]Explanation, 0, n)
	var prev *Explanation
	var prevQ quantity.Quantity
	for _, q := range qs {
		if !candidate(text, q) {
			continue
		}
		e, ok := r.claim(q, prev, prevQ)
		if !ok {
			continue
		}
		if offset < 0 {
			e.Claim.Offset = -1
		}
		out = append(out, e)
		prev, prevQ = &out[len(out)-1], q
		r.made[q.Start] = prev
	}
	out = dedupe(out)
	reportPeriod(out)
	for i := range out {
		complete(&out[i])
	}
	return out
}

// reportPeriod dates the untimed figures of a results story: when a
// company's reported figures name one fiscal quarter ("the first quarter of
// fiscal 2026"), its other reported results in the story are that quarter's
// ("Revenue rose 12 per cent to $14.9bn").
func reportPeriod(out []Explanation) {
	periods := map[string]map[string]int{}
	for _, e := range out {
		c := e.Claim
		if c.Modality != claimwatch.Reported || !strings.HasPrefix(c.Time, "FY") || !strings.Contains(c.Time, "-Q") {
			continue
		}
		if periods[c.Entity] == nil {
			periods[c.Entity] = map[string]int{}
		}
		periods[c.Entity][c.Time]++
	}
	for i := range out {
		c := &out[i].Claim
		if c.Time != "" || c.Modality != claimwatch.Reported || !resultMetrics[c.Metric] ||
			containsAny(fold(c.Quote), []string{"buyback", "repurchase", "回购", "authoriz", "approved"}) {
			continue // a buyback a board approves is no quarter's result
		}
		best, n := "", 0
		for t, k := range periods[c.Entity] {
			if k > n || k == n && t > best {
				best, n = t, k
			}
		}
		if n >= 2 {
			c.Time, out[i].Time = best, best+" (the quarter the story reports)"
		}
	}
}

// resultMetrics are the measures a results story reports for its quarter.
var resultMetrics = map[claimwatch.Metric]bool{claimwatch.Revenue: true, claimwatch.Profit: true, claimwatch.Loss: true,
	claimwatch.Other: true, claimwatch.Capex: true, claimwatch.OperatingCost: true, claimwatch.CashBurn: true}

// complete gives every field of a claim a reason, the defaults included,
// so --explain never leaves a reader guessing why a field is what it is.
func complete(e *Explanation) {
	c := e.Claim
	or := func(s *string, v string) {
		if *s == "" {
			*s = v
		}
	}
	if c.Counterparty != "" {
		or(&e.Counterparty, c.Counterparty)
	}
	if c.Time == "" {
		or(&e.Time, "(no time written)")
	}
	if c.Per != "" {
		or(&e.Per, c.Per)
	}
	if c.Change {
		or(&e.Change, "(a change)")
	}
	or(&e.Approx, "(no approximator: exact)")
	if c.Modality == claimwatch.Forecast {
		or(&e.Modality, "(forecast)")
	}
	or(&e.Modality, "(no forecast word: reported)")
	if c.AttributedTo == "" {
		or(&e.Attribution, "(no source named)")
	}
}

// candidate rules out what is never a claim: vague amounts, names and
// versions (GPT-4), dates, ordinals, bare small numbers.
func candidate(text string, q quantity.Quantity) bool {
	if q.DateLike && !countedYear(text, q) {
		return false
	}
	if q.Vague || q.Attached || q.Ordinal {
		return false
	}
	if q.Unit == "" && !q.Scaled && q.Value < 10 {
		return false
	}
	return true
}

// countedYear reports whether a figure that looks like a year (2000) is a
// count instead: followed by a classifier (2000名員工) or a count noun with
// no preposition before it (2000 employees, but not "in 2024 users").
func countedYear(text string, q quantity.Quantity) bool {
	if q.Unit != "" || q.End-q.NumStart != 4 {
		return false
	}
	rest := text[q.End:]
	r, _ := utf8.DecodeRuneInString(rest)
	if strings.ContainsRune("名位人个個家台张張块塊颗顆", r) {
		return true
	}
	pre := strings.ToLower(strings.TrimRight(text[max(0, q.NumStart-8):q.NumStart], " "))
	for _, p := range []string{"in", "of", "since", "by", "from", "to", "until", "during", "for", "and", "year", "fy"} {
		if strings.HasSuffix(pre, p) {
			return false
		}
	}
	rest = strings.TrimLeft(rest, " ")
	if rest == "" || !isWordByte(rest[0]) {
		return false
	}
	rest = strings.ToLower(rest[:min(len(rest), 16)])
	for n := range countNouns {
		if isWordByte(n[0]) && strings.HasPrefix(rest, n) {
			return true
		}
	}
	return false
}

// dedupe keeps one claim per figure: the same entity, metric, unit, value
// and period repeated (a subheading restating the body) is one claim.
func dedupe(in []Explanation) []Explanation {
	if len(in) == 0 {
		return nil
	}
	// Filtered in place: out is never longer than the part of in read.
	out := in[:0]
	for _, e := range in {
		dup := false
		for i, o := range out {
			c, d := e.Claim, o.Claim
			// A subheading restating a body figure without its period is the
			// same figure.
			// An actual and the forecast it beat are two figures.
			same := c.Entity == d.Entity && c.Metric == d.Metric && c.Unit == d.Unit && c.Modality == d.Modality && near(c.Value, d.Value) &&
				near(c.ValueMax, d.ValueMax) && c.Per == d.Per && (c.Time == d.Time || c.Time == "" && heading(c.Quote) || d.Time == "" && heading(d.Quote))
			if c.Value != d.Value && c.Quote == d.Quote && c.Offset >= 0 && d.Offset >= 0 {
				// "收入2,364.5億元…遜於市場預期的2,373億元": two figures one sentence
				// sets side by side are two claims, however close.
				same = false
			}
			// A table or a subheading restating a figure under another
			// heading ("annualized revenue … $3.4 billion" and a Revenue
			// column with $3.4 billion) is still one figure.
			restated := c.Entity == d.Entity && c.Unit == d.Unit && c.Unit != claimwatch.UnitPercent && math.Abs(c.Value) >= 1000 &&
				math.Abs(c.Value-d.Value) <= 0.001*math.Abs(d.Value) && c.ValueMax == d.ValueMax && c.Per == d.Per && (c.Time == d.Time || c.Time == "" || d.Time == "")
			if same || restated && (e.Claim.Offset < 0 || heading(e.Claim.Quote) || strings.Contains(e.Metric, "column heading") || strings.Contains(o.Metric, "column heading")) {
				if restated && !same {
					dup = true
					break
				}
				dup = true
				if filled(c) > filled(d) {
					out[i] = e
				}
				break
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	return out
}

func filled(c claimwatch.Claim) int {
	n := 0
	for _, s := range []string{c.Product, c.Counterparty, c.Per, c.Time, c.AttributedTo} {
		if s != "" {
			n++
		}
	}
	return n
}

// heading reports whether a quote is a heading or subheading rather than a
// sentence: short, with no sentence end ("原标题：百度智能云营收增长11%").
func heading(q string) bool {
	q = strings.TrimSpace(q)
	if strings.HasPrefix(q, "- ") || strings.HasPrefix(q, "• ") || strings.HasPrefix(q, "* ") {
		return true // a key-points bullet restating the body
	}
	if utf8.RuneCountInString(q) > 40 {
		return false
	}
	return !strings.HasSuffix(q, ".") && !strings.HasSuffix(q, "。") && !strings.HasSuffix(q, "!") && !strings.HasSuffix(q, "！")
}
