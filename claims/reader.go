package claims

import (
	"math"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/claims/quantity"
)

// reader holds one text being read: the original, its folded form (same
// offsets), its sentences and the entity names in it.
type reader struct {
	x      *Extractor
	a      claimwatch.Article
	text   string
	norm   string
	sents  []span
	ments  []mention
	qs     []quantity.Quantity // every figure of the text
	source string              // the outlet the whole article credits, if any

	// Per-sentence results, keyed by the sentence's start: a sentence often
	// holds several figures.
	times      map[int][]timeExpr
	sources    map[int][2]string
	metricHits map[int][]hit
}

// sentenceOf returns the sentence holding byte p.
func (r *reader) sentenceOf(p int) span {
	i := sort.Search(len(r.sents), func(i int) bool { return r.sents[i].end > p })
	if i < len(r.sents) && r.sents[i].start <= p {
		return r.sents[i]
	}
	return span{p, p}
}

// claim reads one figure into a claim, or reports false when it is not one.
// prev is the claim just before, for conversions ("70萬美元(約合人民幣508萬)").
func (r *reader) claim(q quantity.Quantity, prev *Explanation, prevQ quantity.Quantity) (Explanation, bool) {
	sp := r.sentenceOf(q.NumStart)
	if r.furniture(sp) {
		return Explanation{}, false
	}
	cl := clauseAround(r.text, sp, q.NumStart)
	if len(notClaimSet.find(r.norm, cl)) > 0 {
		return Explanation{}, false
	}
	e := Explanation{Figure: q.Text}
	c := &e.Claim
	c.ArticleID, c.Offset = r.a.ID, q.NumStart
	c.Value, c.ValueMax, c.Unit = q.Value, q.ValueMax, r.unit(q)
	c.Approx, e.Approx = q.Approx, q.ApproxWord
	c.Quote = strings.TrimSpace(r.text[sp.start:sp.end])
	c.Lang = langOf(c.Quote)

	// A figure in a second currency right after the first restates it.
	if prev != nil && c.Unit != "" && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount && c.Unit != prev.Claim.Unit &&
		prev.Claim.Unit != claimwatch.UnitPercent && prev.Claim.Unit != claimwatch.UnitCount && q.Start-prevQ.End <= 24 && q.Start >= prevQ.End {
		gap := r.text[prevQ.End:q.Start]
		if strings.ContainsAny(gap, "(（") || strings.Contains(q.ApproxWord, "合") || strings.Contains(gap, "合") || strings.Contains(strings.ToLower(gap), "or ") {
			p := prev.Claim
			c.Entity, c.Product, c.Counterparty, c.Metric = p.Entity, p.Product, p.Counterparty, p.Metric
			c.Per, c.Time, c.Modality, c.AttributedTo, c.Change = p.Per, p.Time, p.Modality, p.AttributedTo, p.Change
			e.Entity, e.Metric, e.Time, e.Per, e.Modality, e.Attribution = prev.Entity, prev.Metric, prev.Time, prev.Per, prev.Modality, prev.Attribution
			e.Note = "the same figure in " + c.Unit + ", converted from " + prevQ.Text
			return e, true
		}
	}

	metric, mword := r.metric(q, sp, cl, c.Unit)
	if c.Unit == "" {
		// A bare figure is a claim only as a count of something.
		m, noun, measured := r.countAfter(q)
		switch {
		case noun != "":
			metric, mword = m, noun
		case (q.Scaled || measured) && countMetrics[metric]:
		default:
			return e, false
		}
		c.Unit = claimwatch.UnitCount
	}
	if c.Unit == claimwatch.UnitCount && !countMetrics[metric] {
		return e, false
	}
	c.Metric, e.Metric = metric, mword
	if e.Metric == "" {
		e.Metric = "(no metric word: other)"
	}

	ent, cp, ew, cw, ok := r.entity(q, sp, metric)
	if !ok {
		return e, false
	}
	if strings.Contains(ew, "(receiver)") && metric != claimwatch.Funding {
		// A stake: the share owned is other, the money paid for it funding.
		if c.Unit == claimwatch.UnitPercent {
			metric, mword = claimwatch.Other, "stake"
		} else if c.Unit != claimwatch.UnitCount {
			metric, mword = claimwatch.Funding, mword+" (paid for a stake)"
		}
		c.Metric, e.Metric = metric, mword
	}
	c.Entity, c.Product, c.Counterparty, e.Entity, e.Counterparty = ent.entity, ent.product, cp, ew, cw

	c.Per, e.Per = r.per(q, sp, cl)
	if c.Metric == claimwatch.CashBurn && c.Per == "day" {
		// "burns $700,000 a day" running a product is its operating cost.
		c.Metric = claimwatch.OperatingCost
	}
	if money := c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount; money && (c.Per == "month" || c.Per == "week") && c.Value < 10000 &&
		(c.Metric == claimwatch.OperatingCost || c.Metric == claimwatch.Other) {
		// A small monthly sum is a price ("ChatGPT Plus costs $20 a month"),
		// which CLAIMS.md files under other.
		c.Metric, e.Metric = claimwatch.Other, e.Metric+" (a price)"
	}
	if c.Unit == claimwatch.UnitPercent {
		if sign, w := r.change(q, cl); w != "" {
			c.Change, e.Change = true, w
			c.Value = sign * math.Abs(c.Value)
			if c.ValueMax != 0 {
				c.ValueMax = sign * math.Abs(c.ValueMax)
			}
		}
	} else if q.Negative {
		c.Change, e.Change = true, "minus sign"
	}
	if c.Metric == claimwatch.Funding && c.Counterparty == "" && !strings.Contains(e.Entity, "(receiver)") && investWords[fold(mword)] {
		c.Metric, e.Metric = claimwatch.Capex, mword+" (no company receives it: the investor's spending)"
	}
	c.Time, e.Time = r.time(q, sp)
	c.Modality, e.Modality = r.modality(q, sp, c.Time)
	if c.Modality == claimwatch.Forecast && boundingWords[q.ApproxWord] {
		c.Approx, e.Approx = claimwatch.AtMost, q.ApproxWord+" bounding a forecast"
	}
	c.AttributedTo, e.Attribution = r.attribution(sp)
	return e, true
}

// unit maps the quantity's unit to the claim's; 元 and ¥ follow the text.
func (r *reader) unit(q quantity.Quantity) string {
	u := q.Unit
	switch q.Symbol {
	case "元":
		// 元 is the yuan in a mainland text, the New Taiwan dollar in a
		// Taiwanese one.
		if strings.Contains(r.norm, "新台币") || strings.Contains(r.norm, "台湾") && r.a.Script == "Hant" {
			return "TWD"
		}
	case "¥", "￥":
		if strings.Contains(r.norm, "日本") || strings.Contains(r.norm, "japan") || strings.Contains(r.norm, "日元") || strings.Contains(r.norm, " yen") || strings.Contains(r.norm, "softbank") || strings.Contains(r.norm, "软银") {
			return "JPY"
		}
		return "CNY"
	}
	return u
}

// metric picks the metric word nearest the figure, preferring its clause and
// longer phrases, among those that fit the unit (money is never users).
func (r *reader) metric(q quantity.Quantity, sp, cl span, unit string) (claimwatch.Metric, string) {
	best, bestWord, bestScore := claimwatch.Other, "", math.MaxInt
	money := unit != "" && unit != claimwatch.UnitPercent && unit != claimwatch.UnitCount
	if unit == claimwatch.UnitPercent {
		cl := clauseAround(r.text, sp, q.NumStart)
		for _, h := range shareSet.find(r.norm, span{cl.start, q.Start}) {
			return claimwatch.Other, "share: " + r.text[h.start:h.end]
		}
		if k := strings.TrimLeft(r.norm[q.End:min(len(r.norm), q.End+6)], " "); strings.HasPrefix(k, "of ") || strings.HasPrefix(k, "的") {
			// "20% of revenue" is a share, not a revenue figure.
			if !strings.HasPrefix(k, "的用户") {
				return claimwatch.Other, "share: " + strings.TrimSpace(k)
			}
		}
	}
	hits, ok := r.metricHits[sp.start]
	if !ok {
		hits = metricSet.find(r.norm, sp)
		r.metricHits[sp.start] = hits
	}
	{
		for _, h := range hits {
			m := metricOf[h.word]
			mm := m
			if money && countMetrics[m] {
				if m != claimwatch.GPUs {
					continue
				}
				mm = claimwatch.Capex // money spent on chips
			}
			if h.start < q.End && h.end > q.Start {
				continue // inside the figure ("$ 5.4bn" has no words, but 日耗 may abut)
			}
			// Distances and lengths count characters, so a Chinese word is
			// not three times as far or as long as an English one.
			var d int
			if h.end <= q.Start {
				d = utf8.RuneCountInString(r.norm[h.end:q.Start])
			} else {
				d = utf8.RuneCountInString(r.norm[q.End:h.start]) + 8
			}
			if h.start < cl.start || h.end > cl.end {
				d += 40
			}
			score := d - utf8.RuneCountInString(h.word)
			if weakMetricWords[h.word] {
				score += 15
			}
			if score < bestScore {
				best, bestWord, bestScore = mm, r.text[h.start:h.end], score
			}
		}
	}
	return best, bestWord
}

// countAfter reads the noun a bare figure counts: "15億用戶", "上萬塊 GPU",
// "10,000 GPUs".
func (r *reader) countAfter(q quantity.Quantity) (claimwatch.Metric, string, bool) {
	i := skipBlank(r.norm, q.End)
	measured := false
	for _, m := range measureWords {
		if strings.HasPrefix(r.norm[i:], m) {
			i = skipBlank(r.norm, i+len(m))
			measured = true
			break
		}
	}
	for _, skip := range []string{"的", "名", "个", "多", "more ", "new ", "of "} {
		if strings.HasPrefix(r.norm[i:], skip) {
			i = skipBlank(r.norm, i+len(skip))
		}
	}
	best, bw := claimwatch.Metric(""), ""
	for n, m := range countNouns {
		if strings.HasPrefix(r.norm[i:], n) && len(n) > len(bw) {
			e := i + len(n)
			if isWordByte(n[len(n)-1]) && e < len(r.norm) && isWordByte(r.norm[e]) && r.norm[e] != 's' {
				continue
			}
			best, bw = m, r.text[i:e]
		}
	}
	return best, bw, measured
}

func skipBlank(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// entity decides whose figure it is: a company named before the figure in
// its sentence; else a pronoun's company; else a leader standing for one;
// else a company named after it. A company marked as the other side ("从英伟达
// 处购入", "from Microsoft") becomes the counterparty instead.
func (r *reader) entity(q quantity.Quantity, sp span, metric claimwatch.Metric) (name, string, string, string, bool) {
	var before, after, leadersIn []mention
	var sources, targets, investors, credited []mention
	for _, m := range r.mentionsIn(sp) {
		if m.end > sp.end {
			continue
		}
		if m.leader {
			leadersIn = append(leadersIn, m)
			continue
		}
		switch {
		case r.markedBefore(m, sp, targetMarks):
			targets = append(targets, m)
		case r.markedBefore(m, sp, sourceMarks):
			sources = append(sources, m)
			continue
		case r.markedBefore(m, sp, creditMarks) || r.markedAfter(m, sp, saidMarks) && m.end <= q.NumStart && r.hasLaterMention(m, q, sp):
			// The source of the figure, its subject only if nobody else
			// is: "根據台積電公布的數據，第三季營收…" is TSMC's own figure.
			credited = append(credited, m)
			continue
		}
		if r.markedAfter(m, sp, investorMarks) {
			investors = append(investors, m)
		}
		if m.end <= q.NumStart {
			before = append(before, m)
		} else if m.start >= q.End {
			after = append(after, m)
		}
	}
	counterparty, cw := "", ""
	if len(sources) > 0 {
		counterparty, cw = sources[0].entity, r.text[sources[0].start:sources[0].end]+" (other side)"
	}
	if (metric == claimwatch.Funding || len(stakeWords.find(r.norm, clauseAround(r.text, sp, q.NumStart))) > 0) && len(targets) > 0 {
		t := targets[0]
		for _, m := range append(investors, append(before, after...)...) {
			if m.entity != t.entity {
				counterparty, cw = m.entity, r.text[m.start:m.end]+" (investor)"
				break
			}
		}
		return t.name, counterparty, r.text[t.start:t.end] + " (receiver)", cw, true
	}
	pick := func(m mention, why string) (name, string, string, string, bool) {
		if counterparty == m.entity {
			counterparty, cw = "", ""
		}
		if metric == claimwatch.Funding && counterparty == "" {
			for _, o := range append(before, after...) {
				if o.entity != m.entity {
					counterparty, cw = o.entity, r.text[o.start:o.end]
					break
				}
			}
		}
		return m.name, counterparty, r.text[m.start:m.end] + why, cw, true
	}
	if len(before) > 0 {
		// The subject opens the figure's clause ("OpenAI pays Microsoft 20%
		// of its revenue"); without one in the clause, take the nearest.
		cl := clauseAround(r.text, sp, q.NumStart)
		for _, m := range before {
			if m.start >= cl.start {
				return pick(m, "")
			}
		}
		return pick(before[len(before)-1], "")
	}
	if m, pw, ok := r.pronoun(q, sp); ok {
		return pick(m, " (via "+pw+")")
	}
	for _, l := range leadersIn {
		if l.end <= q.NumStart {
			return pick(l, " (leader)")
		}
	}
	if len(after) > 0 {
		return pick(after[0], "")
	}
	if len(leadersIn) > 0 {
		return pick(leadersIn[0], " (leader)")
	}
	if len(credited) > 0 {
		return pick(credited[0], " (its own figure)")
	}
	return name{}, "", "", "", false
}

// markedBefore reports whether one of marks is written just before m.
func (r *reader) markedBefore(m mention, sp span, marks []string) bool {
	pre := strings.TrimRight(r.norm[max(sp.start, m.start-12):m.start], " ")
	for _, w := range marks {
		if strings.HasSuffix(pre, w) {
			k := len(pre) - len(w)
			if isWordByte(w[0]) && k > 0 && isWordByte(pre[k-1]) {
				continue
			}
			return true
		}
	}
	return false
}

// markedAfter reports whether one of marks is written just after m.
func (r *reader) markedAfter(m mention, sp span, marks []string) bool {
	post := strings.TrimLeft(r.norm[m.end:min(sp.end, m.end+16)], " ")
	for _, w := range marks {
		if strings.HasPrefix(post, w) {
			return true
		}
	}
	return false
}

// pronoun finds "其", "該公司", "its", "the company" before the figure in its
// sentence and returns the company named last before it (within a few
// sentences).
func (r *reader) pronoun(q quantity.Quantity, sp span) (mention, string, bool) {
	pre := span{sp.start, q.NumStart}
	hits := pronounSet.find(r.norm, pre)
	p := -1
	pw := ""
	for _, h := range hits {
		if h.word == "其" {
			nx, _ := utf8.DecodeRuneInString(r.norm[h.end:])
			pv, _ := utf8.DecodeLastRuneInString(r.norm[:h.start])
			if strings.ContainsRune(notPronounAfter, nx) || strings.ContainsRune(notPronounBefore, pv) {
				continue
			}
		}
		if h.start > p {
			p, pw = h.start, r.text[h.start:h.end]
		}
	}
	if p < 0 {
		return mention{}, "", false
	}
	limit := max(0, p-1500)
	last := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].start >= p })
	for i := last - 1; i >= 0; i-- {
		m := r.ments[i]
		if m.end > p || m.leader {
			continue
		}
		if m.start < limit {
			break
		}
		s := r.sentenceOf(m.start)
		if r.markedBefore(m, s, sourceMarks) {
			continue
		}
		return m, pw, true
	}
	return mention{}, "", false
}

// per finds the period of a rate: "每天", "a day", "日耗".
func (r *reader) per(q quantity.Quantity, sp, cl span) (string, string) {
	win := span{max(cl.start, q.Start-40), min(cl.end, q.End+24)}
	best, bw, bd := "", "", math.MaxInt
	for _, h := range perSet.find(r.norm, win) {
		if rest := strings.TrimLeft(r.norm[h.end:min(len(r.norm), h.end+10)], " "); strings.HasPrefix(rest, "ago") || strings.HasPrefix(rest, "earlier") || strings.HasPrefix(rest, "before") {
			continue // "a year ago" is a comparison, not a rate
		}
		d := abs(h.start - q.Start)
		if d < bd {
			best, bw, bd = perWords[h.word], r.text[h.start:h.end], d
		}
	}
	if best == "" {
		// A heading sentence may hold the rate word before the clause.
		for _, h := range perFallback.find(r.norm, span{sp.start, q.Start}) {
			best, bw = perWords[h.word], r.text[h.start:h.end]
		}
	}
	return best, bw
}

// change reads a percentage's direction from the verb before it: "下降了約12%"
// is -12, "rose 5%" is 5.
func (r *reader) change(q quantity.Quantity, cl span) (float64, string) {
	win := span{max(cl.start, q.Start-30), min(cl.end, q.End+12)}
	best, bw, bd := 0.0, "", math.MaxInt
	for _, h := range changeSet.find(r.norm, win) {
		d := q.Start - h.end
		if h.start >= q.End {
			d = h.start - q.End + 10
		}
		if d < 0 {
			continue
		}
		if d < bd || d == bd && len(h.word) > len(bw) {
			best, bw, bd = changeWords[h.word], r.text[h.start:h.end], d
		}
	}
	return best, bw
}

// time picks the time of the figure: one written right before it ("6月的17億")
// binds to it; otherwise the nearest in the sentence that is neither bound to
// another figure nor a comparison base ("較之6月").
func (r *reader) time(q quantity.Quantity, sp span) (string, string) {
	ts, ok := r.times[sp.start]
	if !ok {
		ts = findTimes(r.norm, r.text, sp, r.a.Published)
		r.times[sp.start] = ts
	}
	if len(ts) == 0 {
		return "", ""
	}
	bound := func(t timeExpr) (int, bool) {
		for _, f := range r.figuresIn(sp) {
			s := f.Start
			if s < sp.start || s >= sp.end || f.DateLike || f.Attached || s < t.end {
				continue
			}
			gap := strings.TrimSpace(r.norm[t.end:s])
			if gap == "" || gap == "的" || gap == "in" || gap == "of" || gap == "为" || gap == "达" {
				return s, true
			}
			break
		}
		return 0, false
	}
	// "up from $18 billion a year ago": a relative time right after a
	// figure is that figure's own.
	boundBefore := func(t timeExpr) (int, bool) {
		if !relativeAfter[fold(t.text)] {
			return 0, false
		}
		for _, f := range r.figuresIn(sp) {
			if f.End <= t.start && strings.TrimSpace(r.norm[f.End:t.start]) == "" {
				return f.Start, true
			}
		}
		return 0, false
	}
	var cands []timeExpr
	for _, t := range ts {
		if s, ok := boundBefore(t); ok {
			if s == q.Start {
				return t.value, t.text + " (written after the figure)"
			}
			continue
		}
		if s, ok := bound(t); ok {
			if s == q.Start {
				return t.value, t.text + " (written with the figure)"
			}
			continue
		}
		if !t.base {
			cands = append(cands, t)
		}
	}
	// Prefer the figure's own clause ("up from $1.6 billion late last
	// year"), then the sentence; before the figure, then after it.
	cl := clauseAround(r.text, sp, q.NumStart)
	var bestT *timeExpr
	for _, within := range []span{cl, sp} {
		for i := range cands {
			t := &cands[i]
			if t.end <= q.Start && t.start >= within.start {
				bestT = t
			}
		}
		if bestT == nil {
			for i := range cands {
				if cands[i].start >= q.End && cands[i].end <= within.end {
					bestT = &cands[i]
					break
				}
			}
		}
		if bestT != nil {
			break
		}
	}
	if bestT == nil {
		return "", ""
	}
	return bestT.value, bestT.text
}

// modality is forecast when a forecast word precedes the figure in its
// sentence, or the figure's time is after the article's date.
func (r *reader) modality(q quantity.Quantity, sp span, t string) (string, string) {
	// Look back no further than the figure before: its forecast word is its own.
	from := max(sp.start, q.Start-90)
	for _, o := range r.figuresIn(sp) {
		if o.End <= q.Start && o.End > from && !o.DateLike && !o.Attached {
			from = o.End
		}
	}
	win := span{from, q.Start}
	for _, h := range forecastSet.find(r.norm, win) {
		w := r.text[h.start:h.end]
		if h.word == "将" && strings.HasPrefix(r.norm[h.start:], "将近") {
			continue
		}
		if h.word == "may" && w[0] == 'M' {
			continue // the month
		}
		return claimwatch.Forecast, w
	}
	cl := clauseAround(r.text, sp, q.NumStart)
	for _, h := range forecastAfter.find(r.norm, span{q.End, cl.end}) {
		return claimwatch.Forecast, r.text[h.start:h.end]
	}
	if t != "" && !strings.HasPrefix(t, "FY") && !r.a.Published.IsZero() && after(t, r.a.Published) {
		// Fiscal years run ahead of the calendar, so FY2025 in 2024 may be past.
		return claimwatch.Forecast, t + " is after the article's date"
	}
	return claimwatch.Reported, ""
}

// after reports whether a time value begins after the article's date.
func after(t string, pub time.Time) bool {
	t = strings.TrimPrefix(t, "FY")
	if len(t) < 4 {
		return false
	}
	y := 0
	for _, c := range t[:4] {
		if c < '0' || c > '9' {
			return false
		}
		y = y*10 + int(c-'0')
	}
	if y != pub.Year() {
		return y > pub.Year()
	}
	if len(t) >= 7 && t[4] == '-' && t[5] >= '0' && t[5] <= '9' {
		m := int(t[5]-'0')*10 + int(t[6]-'0')
		return m > int(pub.Month())
	}
	return false
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// furniture reports whether a sentence is page furniture (a subscription
// banner, a related-articles line) whose figures are no claims.
func (r *reader) furniture(sp span) bool {
	return len(furnitureSet.find(r.norm, sp)) > 0
}

// mentionsIn returns the entity names that start in sp.
func (r *reader) mentionsIn(sp span) []mention {
	a := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].start >= sp.start })
	b := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].start >= sp.end })
	return r.ments[a:b]
}

// figuresIn returns the figures that start in sp.
func (r *reader) figuresIn(sp span) []quantity.Quantity {
	a := sort.Search(len(r.qs), func(i int) bool { return r.qs[i].Start >= sp.start })
	b := sort.Search(len(r.qs), func(i int) bool { return r.qs[i].Start >= sp.end })
	return r.qs[a:b]
}

// hasLaterMention reports whether another company is named between m and the
// figure, so "Microsoft said OpenAI's revenue…" is about OpenAI while
// "Nvidia said revenue…" stays about Nvidia.
func (r *reader) hasLaterMention(m mention, q quantity.Quantity, sp span) bool {
	for _, o := range r.mentionsIn(span{m.end, q.NumStart}) {
		if !o.leader && o.entity != m.entity {
			return true
		}
	}
	return false
}
