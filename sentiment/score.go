package sentiment

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strings"
)

// Tuning constants; each says how a rule weighs, none is fitted to one case.
const (
	// alpha squashes the raw sum into (-1, 1): raw/sqrt(raw²+alpha), so one
	// ordinary word (weight 1) scores about 0.45 and evidence adds up with
	// diminishing returns.
	alpha = 4.0
	// Threshold is where a score stops being neutral; see Label.
	Threshold = 0.2
	// pairGain scales a quantity moving in a direction: "losses doubled" is
	// stronger evidence than either word on its own.
	pairGain = 1.5
	// negFlip is what a negation multiplies by: "not strong" is weaker than
	// "weak", so the flip is not complete.
	negFlip = -0.8
	// priorContrast weighs the clauses before a "but": the writer's point
	// comes after it.
	priorContrast = 0.5
)

// window is how far, in units, one entry reaches for another.
type window struct {
	back, fwd int // a direction word to its quantity, before and after it
	negate    int // a negation to what it negates, after it
	intBack   int // an intensifier to what it modifies, before it ("rose sharply"); -1 for never
	intFwd    int // and after it ("sharply higher", 大幅增加)
	nominal   int // a direction word right before another acts as a noun ("增长放缓")
}

var (
	englishWindow = window{back: 6, fwd: 4, negate: 3, intBack: 1, intFwd: 3, nominal: 0}
	// Chinese adverbs stand before the verb (大幅增加), so no backward reach.
	chineseWindow = window{back: 10, fwd: 6, negate: 8, intBack: -1, intFwd: 4, nominal: 0}
)

// Reason is one entry that moved a score: the words as written, how much they
// added to the raw sum before squashing, and the rules that shaped it.
type Reason struct {
	Text   string   `json:"text"`
	Effect float64  `json:"effect"`
	Rules  []string `json:"rules,omitempty"`
}

// head is a scoring entry and what has happened to it.
type head struct {
	match
	seg       int
	value     float64
	nominal   bool // a direction word read as a noun
	qualifier bool // a quantity that only qualifies the next ("debt" in "debt rating")
	boundTo   int  // for a quantity: the direction word paired with it, or -1
	pairedTo  int  // for a direction word: its quantity, or -1
	reasonTxt []string
}

func (h *head) note(explain bool, format string, args ...any) {
	if explain {
		h.reasonTxt = append(h.reasonTxt, fmt.Sprintf(format, args...))
	}
}

// prepositions after an English direction noun point to its quantity.
var prepositions = map[string]bool{"in": true, "of": true}

var directionNames = map[kind]string{kUp: "up", kDown: "down"}

func isQuantity(k kind) bool  { return k == kGood || k == kBad || k == kThing }
func isDirection(k kind) bool { return k == kUp || k == kDown }
func isHead(k kind) bool      { return k == kWord || isQuantity(k) || isDirection(k) }

// polarity is +1 for a quantity an investor wants higher, -1 for one wanted
// lower and 0 for one with no side.
func (h *head) polarity() float64 {
	switch {
	case h.nominal && h.kind == kUp, h.kind == kGood:
		return 1
	case h.nominal && h.kind == kDown, h.kind == kBad:
		return -1
	}
	return 0
}

func (h *head) direction() float64 {
	if h.kind == kUp {
		return 1
	}
	return -1
}

// analyze scores one text in one language; with explain it also says why.
// With names, only the clauses that name one of them count, and mentioned
// says whether any did.
func analyze(s string, zh bool, explain bool, names []string) (raw float64, reasons []Reason, mentioned bool) {
	tb := loadTables()
	var t text
	var lx *lexicon
	w := englishWindow
	if zh {
		t, lx, w = splitChinese(s, tb), &tb.zh, chineseWindow
	} else {
		t, lx = splitEnglish(s), &tb.en
	}
	var hits []int // units where one of names starts
	if names != nil {
		if hits = mentions(&t, tb, zh, names); len(hits) == 0 {
			return 0, nil, false
		}
	}
	var buf [32]match
	ms := find(&t, lx, !zh, buf[:0])
	if len(ms) == 0 {
		return 0, nil, true
	}

	// Segments: a break starts a new one.
	segOf := make([]int, len(t.units)+1)
	seg := 0
	for i, u := range t.units {
		if u.brk {
			seg++
		}
		segOf[i] = seg
	}
	segOf[len(t.units)] = seg + 1

	heads := make([]head, 0, len(ms))
	for _, m := range ms {
		if isHead(m.kind) {
			heads = append(heads, head{match: m, seg: segOf[m.from], boundTo: -1, pairedTo: -1})
		}
	}
	words := func(m match) string { return t.orig[t.units[m.from].ostart:t.units[m.to-1].oend] }
	gap := func(a, b match) int { return b.from - a.to } // units between a (left) and b (right)

	// A direction word right before another is read as a noun: in "增长放缓"
	// and "the decline accelerated" the first names the movement the second
	// changes.
	for i := 0; i+1 < len(heads); i++ {
		a, b := &heads[i], &heads[i+1]
		if isDirection(a.kind) && isDirection(b.kind) && a.seg == b.seg && gap(a.match, b.match) <= w.nominal {
			a.nominal = true
		}
	}

	// In "debt rating" and 債務評級 the first noun only qualifies the second,
	// which is the quantity that moves.
	for i := 0; i+1 < len(heads); i++ {
		a, b := &heads[i], &heads[i+1]
		if isQuantity(a.kind) && isQuantity(b.kind) && a.seg == b.seg && gap(a.match, b.match) == 0 {
			a.qualifier = true
		}
	}

	// Pair each direction word with the nearest quantity in its segment,
	// preferring one no other direction word has taken: in "margins widened
	// as chip costs declined" each verb has its own noun.
	for i := range heads {
		d := &heads[i]
		if !isDirection(d.kind) || d.nominal {
			continue
		}
		back := nearest(heads, i, -1, w.back, gap)
		fwd := nearest(heads, i, +1, w.fwd, gap)
		first, second := back, fwd
		switch {
		case !zh && attributive(firstWord(words(d.match))):
			first, second = fwd, back
		case !zh && fwd >= 0 && d.to < len(t.units) && prepositions[string(t.norm[t.units[d.to].start:t.units[d.to].end])]:
			// "a decline in revenue", "the risk of a drop in sales".
			first, second = fwd, back
		case zh && fwd >= 0 && gap(d.match, heads[fwd].match) <= 1:
			// A Chinese verb with its object right after it: 降低了成本.
			first, second = fwd, back
		}
		if first < 0 || (heads[first].boundTo >= 0 && second >= 0 && heads[second].boundTo < 0) {
			first = second
		}
		if first >= 0 {
			d.pairedTo = first
			if heads[first].boundTo < 0 {
				heads[first].boundTo = i
			}
		}
	}

	// Base values.
	for i := range heads {
		h := &heads[i]
		switch {
		case h.kind == kWord:
			h.value = h.weight
		case h.nominal || isQuantity(h.kind):
			if h.boundTo < 0 && !h.nominal {
				h.value = h.weight
			}
		case h.pairedTo >= 0:
			q := &heads[h.pairedTo]
			h.value = h.direction() * q.polarity() * h.weight * pairGain
			h.note(explain, "direction: %s %s", words(q.match), directionNames[h.kind])
		default:
			h.value = h.alone
		}
	}
	// carrier is the head whose value a modifier of heads[i] changes: a
	// quantity paired with a direction word carries no value of its own.
	carrier := func(i int) int {
		if heads[i].boundTo >= 0 {
			return heads[i].boundTo
		}
		return i
	}

	// Modifiers, in text order. next is the first head after a modifier;
	// modifiers come in order, so it only moves forward.
	nh := 0
	next := func(m match) int {
		for nh < len(heads) && heads[nh].from < m.to {
			nh++
		}
		return nh
	}
	hedged := -1 // the segment a hedge has already damped
	contrastAt, contrastWeight, contrastWord := -1, 1.0, ""
	var concessions []concession
	for _, m := range ms {
		seg := segOf[m.from]
		n := next(m)
		switch m.kind {
		case kNeg:
			for j := n; j < len(heads) && heads[j].seg == seg && gap(m, heads[j].match) <= w.negate; j++ {
				if heads[j].value != 0 || isQuantity(heads[j].kind) || isDirection(heads[j].kind) {
					c := carrier(j)
					heads[c].value *= negFlip
					heads[c].note(explain, "negation: %s", words(m))
					break
				}
			}
		case kInt:
			target := -1
			if p := n - 1; p >= 0 && heads[p].to <= m.from && heads[p].seg == seg && gap(heads[p].match, m) <= w.intBack {
				target = carrier(p)
			}
			for j := n; target < 0 && j < len(heads) && heads[j].seg == seg && gap(m, heads[j].match) <= w.intFwd; j++ {
				if heads[j].value != 0 || isDirection(heads[j].kind) || isQuantity(heads[j].kind) {
					target = carrier(j)
				}
			}
			if target >= 0 {
				heads[target].value *= m.weight
				heads[target].note(explain, "intensity ×%.1f: %s", m.weight, words(m))
			}
		case kHedge:
			// Two hedges in one segment ("may possibly") hedge once.
			if hedged != seg {
				hedged = seg
				for j := n; j < len(heads) && heads[j].seg == seg; j++ {
					heads[j].value *= m.weight
					heads[j].note(explain, "hedge ×%.1f: %s", m.weight, words(m))
				}
			}
		case kBut:
			contrastAt, contrastWeight, contrastWord = m.from, m.weight, words(m)
		case kThough:
			concessions = append(concessions, concession{m, n})
		}
	}
	for _, c := range concessions {
		seg := segOf[c.from]
		for j := c.next; j < len(heads) && heads[j].seg == seg; j++ {
			heads[j].value *= c.weight
			heads[j].note(explain, "concession ×%.1f: %s", c.weight, words(c.match))
		}
	}
	// A negation that carries its own weight ("failed to") counts once its
	// target is settled, so it never negates itself.
	for _, m := range ms {
		if m.kind == kNeg && m.weight != 0 {
			heads = append(heads, head{match: m, seg: segOf[m.from], value: m.weight, boundTo: -1, pairedTo: -1})
		}
	}
	if contrastAt >= 0 {
		word := contrastWord
		for j := range heads {
			if heads[j].from < contrastAt {
				heads[j].value *= priorContrast
				heads[j].note(explain, "before contrast ×%.1f: %s", priorContrast, word)
			} else {
				heads[j].value *= contrastWeight
				heads[j].note(explain, "after contrast ×%.1f: %s", contrastWeight, word)
			}
		}
	}

	var inClause []bool // by clause: does it name the entity
	var clause []int
	if names != nil {
		clause = clauses(&t, ms, hits)
		inClause = make([]bool, clause[len(t.units)]+1)
		for _, u := range hits {
			inClause[clause[u]] = true
		}
	}
	for i := range heads {
		h := &heads[i]
		if inClause != nil && !inClause[clause[h.from]] {
			continue
		}
		raw += h.value
		if explain && h.value != 0 {
			reasons = append(reasons, Reason{Text: words(h.match), Effect: round(h.value), Rules: h.reasonTxt})
		}
	}
	return raw, reasons, true
}

// clauses numbers the clauses of t by unit: a contrast or concession word or
// a semicolon starts a new one. A clause is the reach of an entity's mention.
// A contrast word standing right after the name ("OpenAI, however, may run
// out of cash") is an aside inside the name's clause, not a new clause.
func clauses(t *text, ms []match, hits []int) []int {
	starts := make(map[int]bool)
	for _, m := range ms {
		if m.kind != kBut && m.kind != kThough {
			continue
		}
		aside := false
		for _, h := range hits {
			if d := m.from - h; d > 0 && d <= 3 {
				aside = true
			}
		}
		if !aside {
			starts[m.from] = true
		}
	}
	out := make([]int, len(t.units)+1)
	c := 0
	for i, u := range t.units {
		if starts[i] || (u.brk && t.norm[u.start] == ';') {
			c++
		}
		out[i] = c
	}
	out[len(t.units)] = c
	return out
}

// mentions returns the units of t where one of names starts. Names are normalized as the text
// is, so "OpenAI's" finds OpenAI and 微軟 finds 微软.
func mentions(t *text, tb *tables, zh bool, names []string) []int {
	var hits []int // units where a name starts
	for _, name := range names {
		var nt text
		if zh {
			nt = splitChinese(name, tb)
		} else {
			nt = splitEnglish(name)
		}
		key := nt.norm
		if len(key) == 0 {
			continue
		}
		for off := 0; ; {
			i := bytes.Index(t.norm[off:], key)
			if i < 0 {
				break
			}
			at, end := off+i, off+i+len(key)
			off = at + 1
			if at > 0 && isASCIIWord(rune(t.norm[at-1])) || end < len(t.norm) && isASCIIWord(rune(t.norm[end])) {
				continue // "AI" inside "OpenAI"
			}
			u := sort.Search(len(t.units), func(k int) bool { return t.units[k].end > at })
			hits = append(hits, u)
		}
	}
	return hits
}

// concession is a though-entry and the first head after it.
type concession struct {
	match
	next int
}

// nearest finds the quantity a direction word heads[i] pairs with, looking in
// one direction (step -1 or +1) within reach units and its segment; an
// unpaired quantity wins over a nearer paired one. It returns -1 for none.
func nearest(heads []head, i, step, reach int, gap func(a, b match) int) int {
	d := &heads[i]
	found := -1
	for j := i + step; j >= 0 && j < len(heads); j += step {
		q := &heads[j]
		a, b := q.match, d.match
		if step > 0 {
			a, b = b, a
		}
		if q.seg != d.seg || gap(a, b) > reach {
			break
		}
		if (!isQuantity(q.kind) && !q.nominal) || q.qualifier {
			continue
		}
		if q.boundTo < 0 {
			return j
		}
		if found < 0 {
			found = j
		}
	}
	return found
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " -"); i >= 0 {
		return strings.ToLower(s[:i])
	}
	return strings.ToLower(s)
}

// squash maps a raw sum to (-1, 1).
func squash(raw float64) float64 {
	if raw == 0 || math.IsNaN(raw) {
		return 0
	}
	return raw / math.Sqrt(raw*raw+alpha)
}

func round(x float64) float64 { return math.Round(x*1000) / 1000 }
