package claims

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/claims/quantity"
)

// listMarks open the items of a bulleted list.
var listMarks = []string{"- ", "• ", "· ", "* ", "● ", "▪ ", "– "}

func isListItem(s string) bool {
	s = strings.TrimLeft(s, " \t")
	for _, m := range listMarks {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// listIntro returns the sentence that introduces the list sp is an item
// of: "Here's how the company did …:" above "- Revenue: $39.33 billion".
// The items name neither the company nor, often, the measure; the
// introduction does.
func (r *reader) listIntro(sp span) (span, bool) {
	if !isListItem(r.text[sp.start:sp.end]) {
		return span{}, false
	}
	i := sort.Search(len(r.sents), func(i int) bool { return r.sents[i].start >= sp.start })
	for j := i - 1; j >= 0 && j >= i-16; j-- {
		s := r.sents[j]
		t := strings.TrimSpace(r.text[s.start:s.end])
		if isListItem(t) {
			continue
		}
		if strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：") {
			return s, true
		}
		return span{}, false
	}
	return span{}, false
}

// listCompany is the company a list is about: the one its introduction
// names, or the one "the company", "its" in the introduction stand for.
func (r *reader) listCompany(intro span) (mention, bool) {
	for _, m := range r.mentionsIn(intro) {
		if !m.leader && !r.former(m, intro) && !r.markedBefore(m, intro, sourceMarks) {
			return m, true
		}
	}
	if len(r.find(pronounSet, intro)) == 0 {
		return mention{}, false
	}
	var last mention
	found := false
	for _, m := range r.ments {
		if m.start >= intro.start {
			break
		}
		if !m.leader {
			last, found = m, true
		}
	}
	return last, found
}

// listItemClaim fills in what a list item leaves to its introduction: the
// measure ("how its fourth-quarter revenue broke down by segment:") and the
// period.
func (r *reader) listMetric(q quantity.Quantity, intro span, unit string) (string, string) {
	m, w := r.metric(q, intro, intro, unit)
	if w == "" {
		return "", ""
	}
	return string(m), w + " (the list's introduction)"
}

// carryIntoList gives a list item the company of the item before it or of
// the list's introduction.
func (r *reader) carryIntoList(sp, intro span, prev *Explanation) (*Explanation, string, bool) {
	if prev != nil && prev.Claim.Offset >= intro.end && prev.Claim.Offset < sp.start {
		return prev, "carried from " + prev.Figure + " (the item before)", true
	}
	m, ok := r.listCompany(intro)
	if !ok {
		return nil, "", false
	}
	return &Explanation{Claim: claimwatch.Claim{Entity: m.entity, Offset: -1}}, "the company of the list, " + r.text[m.start:m.end], true
}

// uncounted reports whether the noun after a bare figure, past one
// capitalized name, is one no claim counts ("160 million AMD shares").
func (r *reader) uncounted(q quantity.Quantity) bool {
	i := skipBlank(r.norm, q.End)
	if i < len(r.text) && isUpper(r.text[i]) {
		if j := strings.IndexByte(r.norm[i:], ' '); j > 0 && j < 20 {
			i = skipBlank(r.norm, i+j)
		}
	}
	for _, n := range uncountedNouns {
		if strings.HasPrefix(r.norm[i:], n) {
			e := i + len(n)
			if isWordByte(n[0]) && e < len(r.norm) && isWordByte(r.norm[e]) {
				continue
			}
			return true
		}
	}
	return false
}

// segmentMetric are the measures whose words also name business segments
// ("Data center", "Cloud", "Compute").
var segmentMetric = map[claimwatch.Metric]bool{claimwatch.Capex: true, claimwatch.ComputeCost: true, claimwatch.OperatingCost: true, claimwatch.GPUs: true}

// gpuOwner finds who owns chips credited to their maker: another company
// in the sentence, else the one named last before it. The maker's name
// must be written with the chips, after the figure ("200,000 Nvidia
// chips"), so "Nvidia shipped 100,000 GPUs" stays Nvidia's.
func (r *reader) gpuOwner(q quantity.Quantity, sp span, maker string) (mention, string, bool) {
	if !slices.Contains(chipmakers, maker) {
		return mention{}, "", false
	}
	written := false
	for _, m := range r.mentionsIn(span{q.End, min(sp.end, q.End+24)}) {
		if m.entity == maker {
			written = true
		}
	}
	if !written {
		return mention{}, "", false
	}
	for _, m := range r.mentionsIn(sp) {
		// Another chipmaker may own them: "三星將導入逾5萬顆輝達GPU".
		if !m.leader && m.entity != maker && (!slices.Contains(chipmakers, m.entity) || m.end <= q.Start) {
			return m, r.text[m.start:m.end] + " (owns the chips)", true
		}
	}
	k := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].start >= sp.start })
	for k--; k >= 0 && sp.start-r.ments[k].start < 1500; k-- {
		if m := r.ments[k]; !m.leader && !slices.Contains(chipmakers, m.entity) {
			return m, r.text[m.start:m.end] + " (named before; owns the chips)", true
		}
	}
	return mention{}, "", false
}

// comparisonWords join a figure to the one before it that it is compared
// with.
var comparisonWords = []string{"up from", "down from", "compared with", "compared to", "versus", "vs.", "vs", "from", "ahead of", "shy of",
	"above", "below", "short of", "beating", "topping", "missing", "an earlier forecast of", "a previous forecast of", "earlier forecast of",
	"previous estimate of", "a year earlier", "较", "比", "高于", "低于", "超过预期的", "从"}

// comparedWith reports whether q is the base or benchmark of the claim
// just before it in the sentence: same unit, and only comparison words,
// articles and a few adjectives between them.
func (r *reader) comparedWith(q quantity.Quantity, prev *Explanation, prevQ quantity.Quantity, sp span) (string, bool) {
	if prev == nil || prev.Claim.Offset < sp.start || prevQ.End > q.Start || q.Start-prevQ.End > 60 {
		return "", false
	}
	if prev.Claim.Unit != "" && prev.Claim.Unit == claimwatch.UnitPercent != (q.Unit == claimwatch.UnitPercent) {
		return "", false
	}
	gap := strings.TrimSpace(r.norm[prevQ.End:q.Start])
	gap = strings.TrimLeft(gap, ",，; ")
	for _, w := range []string{" the", " an", " a", " its", " analysts'"} {
		gap = strings.TrimSuffix(gap, w)
	}
	// drop what dates the level: "in June, up from"
	for _, sep := range []string{",", "，"} {
		if k := strings.LastIndex(gap, sep); k >= 0 {
			gap = strings.TrimSpace(gap[k+len(sep):])
		}
	}
	for _, w := range comparisonWords {
		if gap == w || strings.HasPrefix(gap, w+" ") && len(strings.Fields(gap)) <= 6 {
			return w, true
		}
	}
	if comparisonBase(gap) {
		return "较…的", true // "较今年3月E轮融资时的615亿美元"
	}
	return "", false
}

// figureNamed reports a figure written as the name of one given before:
// "the 100 million figure", "that $5 billion number".
func (r *reader) figureNamed(q quantity.Quantity) bool {
	rest := r.norm[skipBlank(r.norm, q.End):]
	pre := strings.TrimRight(r.norm[max(0, q.Start-6):q.Start], " ")
	if !(strings.HasSuffix(pre, "the") || strings.HasSuffix(pre, "that") || strings.HasSuffix(pre, "this")) {
		return false
	}
	for _, h := range []string{"-a-day", "-a-month", "-a-year", "-per-day", "-a-week"} {
		rest = strings.TrimLeft(strings.TrimPrefix(rest, h), " ") // "the $700,000-a-day figure"
	}
	for _, w := range []string{"figure", "number", "mark", "estimate"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	// "how much of the $10 billion would go to the chipmaker": a part of a
	// sum already given, with nothing new about it.
	if strings.HasSuffix(strings.TrimRight(r.norm[max(0, q.Start-12):q.Start], " "), "of the") {
		for _, f := range r.qs {
			if f.End <= q.Start && f.Unit == q.Unit && f.Value == q.Value && f.ValueMax == q.ValueMax {
				return true
			}
		}
	}
	return false
}

// fundedAfter finds the company an amount goes to, written right after it
// ("$4 billion to Anthropic", "$2 billion in xAI"), and the company giving
// it, the last named before the figure in its clause.
func (r *reader) fundedAfter(q quantity.Quantity, cl span) (to, from mention, ok bool) {
	rest := r.norm[q.End:cl.end]
	trimmed := strings.TrimLeft(rest, " ")
	k := q.End + len(rest) - len(trimmed)
	for _, p := range []string{"to ", "in ", "into "} {
		if !strings.HasPrefix(trimmed, p) {
			continue
		}
		at := r.pastPossessive(k+len(p), cl.end) // "in Elon Musk's xAI", "in Abu Dhabi's G42"
		for _, m := range r.mentionsIn(span{at, min(cl.end, at+1)}) {
			if m.leader || p == "to " && !slices.Contains(startups, m.entity) {
				continue
			}
			to, ok = m, true
		}
	}
	if !ok {
		return to, from, false
	}
	for _, m := range r.mentionsIn(span{cl.start, q.Start}) {
		if !m.leader && m.entity != to.entity {
			from = m
		}
	}
	return to, from, true
}

// valueAt reports whether pre, the words before a figure, end with "value
// <name> at" (an approximator may follow): "could value CoreWeave at more
// than".
func valueAt(pre string) bool {
	pre = strings.TrimRight(pre, " ")
	for _, a := range []string{"more than", "about", "around", "roughly", "nearly", "up to", "as much as", "at least", "over", "some"} {
		pre = strings.TrimRight(strings.TrimSuffix(pre, a), " ")
	}
	if !strings.HasSuffix(pre, " at") {
		return false
	}
	ws := strings.Fields(strings.TrimSuffix(pre, " at"))
	for n := 1; n <= 3 && n < len(ws); n++ {
		switch ws[len(ws)-1-n] {
		case "value", "values", "valuing", "valued":
			return true
		}
	}
	return false
}

// expectation reports a sentence that gives what analysts expected:
// "Analysts had expected 33.9 billion yuan", "Wall Street was looking for".
func (r *reader) expectation(sp span) bool {
	if containsAny(r.norm[sp.start:sp.end], []string{"consensus forecast", "consensus estimate", "consensus of analysts", "analysts' consensus", "analysts’ consensus"}) {
		return true // "well above the W10.1tn consensus forecast compiled by LSEG"
	}
	s := r.norm[sp.start:min(sp.end, sp.start+60)]
	for _, w := range []string{"analysts had expected", "analysts expected", "analysts on average", "analysts had on average", "had estimated", "had projected", "analysts projected", "analysts had projected", "analysts, on average", "analysts on average had", "on average expected", "analysts had been expecting", "smartestimate", "analysts’ average estimate", "analysts' average estimate", "consensus of", "had expected", "were expecting", "analysts estimated", "analysts had forecast", "analysts polled", "analysts surveyed",
		"wall street had expected", "wall street expected", "wall street was expecting", "the consensus", "consensus estimate", "分析师预期", "市场预期"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// shareOf finds the company whose money a percentage is a share of: "75%
// of OpenAI's profits", "49% of the startup's profits".
func (r *reader) shareOf(q quantity.Quantity, sp span) (mention, string, bool) {
	if m, w, ok := r.zhShareOf(q, sp); ok {
		return m, w, true
	}
	rest := r.norm[q.End:min(sp.end, q.End+60)]
	if !strings.HasPrefix(rest, " of ") {
		return mention{}, "", false
	}
	// "Alphabet, which owns about 14% of Anthropic": a stake.
	pre := r.norm[max(sp.start, q.Start-24):q.Start]
	for _, v := range []string{"owns", "holds", "owning", "holding", "owned", "held", "hold", "own"} {
		if strings.Contains(pre, v+" ") {
			for _, m := range r.mentionsIn(span{q.End + 4, min(sp.end, q.End+5)}) {
				if !m.leader {
					return m, r.text[m.start:m.end] + " (owned)", true
				}
			}
		}
	}
	k := strings.IndexAny(rest[4:], "'’")
	if k < 0 || k > 30 {
		return mention{}, "", false
	}
	tail := strings.TrimLeft(rest[4+k:], "'’s ")
	money := false
	for _, w := range []string{"profit", "revenue", "sales", "earnings", "income", "losses", "loss"} {
		if strings.HasPrefix(tail, w) {
			money = true
		}
	}
	if !money {
		return mention{}, "", false
	}
	at := q.End + 4
	for _, m := range r.mentionsIn(span{at, at + k + 1}) {
		if !m.leader {
			return m, r.text[m.start:m.end] + "'s", true
		}
	}
	if kinds, ok := descriptors[rest[4:4+k]]; ok {
		i := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].start >= at })
		for i--; i >= 0 && at-r.ments[i].start < 1500; i-- {
			if m := r.ments[i]; !m.leader && slices.Contains(kinds, m.entity) {
				return m, rest[4:4+k] + "'s", true
			}
		}
	}
	return mention{}, "", false
}

// clouds are the companies whose computing others rent.
var clouds = []string{"Amazon", "Microsoft", "Google", "Oracle", "CoreWeave", "Alibaba"}

// cloudAfter finds a cloud named right after a figure spent on it: "$2.7
// billion on AWS", "$30 billion on Azure compute capacity".
func (r *reader) cloudAfter(q quantity.Quantity, sp span) (mention, bool) {
	rest := r.norm[q.End:min(sp.end, q.End+8)]
	k := strings.Index(rest, " on ")
	if k != 0 {
		return mention{}, false
	}
	at := q.End + len(" on ")
	for _, m := range r.mentionsIn(span{at, min(sp.end, at+1)}) {
		if !m.leader && slices.Contains(clouds, m.entity) {
			return m, true
		}
	}
	return mention{}, false
}

// spendVerb reports a form of "spend" before q in its clause.
func (r *reader) spendVerb(q quantity.Quantity, cl span) bool {
	pre := r.norm[cl.start:q.Start]
	for _, w := range []string{"spend ", "spent ", "spending ", "to invest ", "will invest "} {
		if strings.Contains(pre, w) {
			return true
		}
	}
	return false
}

// lastSpending is the last claim of spending read in the few sentences
// before sp.
func (r *reader) lastSpending(sp span) *Explanation {
	var best *Explanation
	for _, o := range r.made {
		switch o.Claim.Metric {
		case claimwatch.Capex, claimwatch.ComputeCost, claimwatch.TrainingCost, claimwatch.OperatingCost, claimwatch.StaffCost:
		default:
			continue
		}
		if o.Claim.Offset < 0 || o.Claim.Offset >= sp.start || sp.start-o.Claim.Offset > 600 {
			continue
		}
		if best == nil || o.Claim.Offset > best.Claim.Offset {
			best = o
		}
	}
	return best
}

var outlookWords = []string{"its forecast", "its outlook", "its guidance", "its estimate", "its target", "its projection", "the forecast", "the outlook", "its spending plan"}

// raisedOutlook reports "raised its forecast" in pre.
func raisedOutlook(pre string) bool {
	if !strings.Contains(pre, "its ") && !strings.Contains(pre, "the ") {
		return false
	}
	for _, v := range []string{"raised ", "lifted ", "raises ", "cut ", "lowered ", "trimmed "} {
		for _, w := range outlookWords {
			if strings.Contains(pre, v+w) {
				return true
			}
		}
	}
	return false
}

// outlook reports a clause that revises an outlook before q.
func (r *reader) outlook(q quantity.Quantity, cl span) bool {
	return raisedOutlook(r.norm[cl.start:q.Start])
}

// levelOfSize picks, among the claims of q's sentence in q's unit, the
// one nearest before q whose size is like q's (within a factor of 20):
// prev itself unless prev is of another order ("75 cents per share"
// between "$1.24 billion" and "$771 million").
func (r *reader) levelOfSize(q quantity.Quantity, prev *Explanation, sp span) *Explanation {
	like := func(a, b float64) bool {
		a, b = math.Abs(a), math.Abs(b)
		return a > 0 && b > 0 && a/b < 20 && b/a < 20
	}
	if like(prev.Claim.Value, q.Value) || q.Unit == claimwatch.UnitPercent {
		return prev
	}
	best := prev
	for _, o := range r.made {
		if o.Claim.Offset < sp.start || o.Claim.Offset >= q.Start || o.Claim.Unit != prev.Claim.Unit || !like(o.Claim.Value, q.Value) {
			continue
		}
		if best == prev || o.Claim.Offset > best.Claim.Offset {
			best = o
		}
	}
	return best
}

// segmentRevenue reports a sentence about a business segment's revenue.
func (r *reader) segmentRevenue(sp span) bool {
	s := r.norm[sp.start:sp.end]
	if !strings.Contains(s, " segment") && !strings.Contains(s, " division") && !strings.Contains(s, " unit ") && !strings.Contains(s, " business ") {
		return false
	}
	return strings.Contains(s, "revenue") || strings.Contains(s, "sales")
}

// groupSubjects open a sentence about many companies at once.
var groupSubjects = []string{"venture capital investment", "venture investment", "venture funding", "vc funding", "ai startups", "ai start-ups",
	"startups", "start-ups", "investors", "the industry", "hyperscalers", "big tech", "tech giants", "the sector", "the market for"}

// groupSubject reports a sentence whose subject is a group, not a
// company, and whose clause names no company: such figures are about no
// named organization.
func (r *reader) groupSubject(sp, cl span) bool {
	head := strings.TrimPrefix(r.norm[sp.start:min(sp.end, sp.start+40)], "the ")
	group := false
	for _, g := range groupSubjects {
		if strings.HasPrefix(head, g) {
			group = true
		}
	}
	if !group {
		return false
	}
	for _, m := range r.mentionsIn(sp) {
		if !m.leader {
			return false
		}
	}
	return true
}

// perShare reports whether the text after a sum makes it a sum per share.
func perShare(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, p := range []string{"in adjusted earnings ", "in earnings ", "in adjusted profit ", "of adjusted earnings ", "in adjusted ", "adjusted "} {
		rest = strings.TrimPrefix(rest, p) // "$7.20 in adjusted earnings per share"
	}
	return strings.HasPrefix(rest, "a share") || strings.HasPrefix(rest, "per share") || strings.HasPrefix(rest, "per diluted share")
}

// unitPrice reports a figure priced per unit of something other than
// time: "per A100 GPU-hour", "per million tokens", "a unit".
func unitPrice(rest string) (string, bool) {
	rest = strings.TrimLeft(rest, " ")
	w, ok := strings.CutPrefix(rest, "per ")
	if !ok {
		return "", false
	}
	for _, t := range []string{"day", "week", "month", "quarter", "year", "annum", "hour", "person", "user", "seat", "employee", "share", "cent"} {
		if strings.HasPrefix(w, t) {
			return "", false
		}
	}
	if k := strings.IndexAny(w, ",.;"); k >= 0 {
		w = w[:k]
	}
	return "per " + w, true
}

// zhShareOf reads a share of another company's money written the Chinese
// way: "微軟可分得OpenAI營收的百分之二十" is OpenAI's figure.
func (r *reader) zhShareOf(q quantity.Quantity, sp span) (mention, string, bool) {
	pre := r.norm[max(sp.start, q.Start-30):q.Start]
	for _, w := range []string{"营收的", "收入的", "利润的", "盈利的", "净利的"} {
		k := strings.LastIndex(pre, w)
		if k < 0 || strings.ContainsAny(pre[k+len(w):], "，,。；") {
			continue
		}
		at := max(sp.start, q.Start-30) + k
		for _, m := range r.mentionsIn(span{max(sp.start, at-24), at}) {
			if m.end == at && !m.leader {
				return m, r.text[m.start:m.end] + w, true
			}
		}
	}
	return mention{}, "", false
}

// pastPossessive skips a capitalized possessive at byte k ("Elon Musk's ",
// "Abu Dhabi's ") and returns where the name it qualifies begins.
func (r *reader) pastPossessive(k, end int) int {
	if k >= len(r.text) || !isUpper(r.text[k]) {
		return k
	}
	if j := strings.Index(r.norm[k:min(end, k+24)], "'s "); j > 0 && !strings.ContainsAny(r.norm[k:k+j], ",.;") {
		return k + j + len("'s ")
	}
	return k
}

// stakeValued reports whether the clause before a figure values a stake,
// not the company: "its stake in OpenAI is valued at", "a holding worth".
func stakeValued(pre string) bool {
	k := max(strings.LastIndex(pre, "stake"), strings.LastIndex(pre, "holding"))
	if k < 0 {
		return false
	}
	rest := pre[k:]
	return (strings.Contains(rest, " valued") || strings.Contains(rest, " worth")) &&
		!containsAny(rest, []string{" valued the ", " valued it ", " valuing ", " valuation", "the company at", "the startup at"})
}
