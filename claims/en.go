package claims

import (
	"slices"
	"strings"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/claims/quantity"
)

// How English money news is written, rule by rule: share prices and
// targets (no claims, though "Oracle lost 3.9%" reads like a loss), jobs
// cut, what a sum is worth, debt carried or raised, rounds and loans shared
// among investors, prices for a product, acquisitions, stakes, and the
// counts an earnings story gives. zh.go holds the Chinese counterparts.

// moveVerbs are the verbs of a price move, written right before its size.
var moveVerbs = []string{"fell", "rose", "risen", "fallen", "slipped", "lost", "shed", "gained", "jumped", "climbed", "dropped", "tumbled", "surged",
	"soared", "rallied", "sank", "slid", "plunged", "plummeted", "added", "advanced", "declined", "retreated", "dipped", "popped",
	"edged up", "edged down", "edged higher", "edged lower", "was down", "was up", "were down", "were up", "is down", "is up",
	"are down", "are up", "closed down", "closed up", "ended down", "ended up", "finished down", "finished up", "traded down", "traded up"}

// stockSubjects, written right before a move verb, make the mover a share
// or an index rather than a measure.
var stockSubjects = []string{"stock", "stocks", "shares", "share", "index", "benchmark", "adrs", "etf"}

// stockWords in a sentence make a small unscaled sum in it a share price.
var stockWords = []string{"stock", "shares", "price target", "price targets", "peak of", "high of", "low of", "record high", "all-time high",
	"trading", "traded", "index"}

// stockMove reports whether figure q in clause cl sizes a share-price or
// index move, or is a share price: "Nvidia slipped 2.3% to $193.40",
// "Broadcom shed 1.7%", "the Philadelphia SE Semiconductor index was down
// 2.1%", "JPMorgan lowering its target to $130 from $155".
func (r *reader) stockMove(q quantity.Quantity, sp, cl span) bool {
	if hasWide(r.norm[cl.start:cl.end]) {
		return false // Chinese share prices are read in zh.go
	}
	if t := strings.TrimLeft(r.norm[q.End:min(sp.end, q.End+12)], " "); strings.HasPrefix(t, "off") && (len(t) == 3 || !isWordByte(t[3])) ||
		q.Unit == claimwatch.UnitPercent && strings.HasPrefix(t, "discount") {
		return true // "35% Off Dell Alienware", "$200 off the regular rate", "a 25% discount"
	}
	switch q.Unit {
	case claimwatch.UnitPercent:
		return r.movedBy(q.Start, cl)
	case "", claimwatch.UnitCount:
		return false
	}
	if q.Scaled || q.Value >= 5000 || q.Negative {
		return false
	}
	sent := r.norm[sp.start:sp.end]
	if strings.Contains(sent, "target") && (strings.Contains(sent, "price") || strings.Contains(sent, "analyst") || strings.Contains(sent, "brokerage")) {
		return true
	}
	pre := strings.TrimRight(r.norm[cl.start:q.Start], " ")
	if strings.HasSuffix(pre, " to") || strings.HasSuffix(pre, " at") || strings.HasSuffix(pre, " from") {
		// "slipped 2.3% to $193.40": the price after the move.
		for _, f := range r.figuresIn(cl) {
			if f.Unit == claimwatch.UnitPercent && f.Start < q.Start && r.movedBy(f.Start, cl) {
				return true
			}
		}
	}
	if perShare(r.norm[q.End:min(sp.end, q.End+40)]) {
		return false // earnings per share
	}
	for _, w := range stockWords {
		if strings.Contains(sent, w) && len(r.metricWordsIn(cl, q)) == 0 {
			return true
		}
	}
	return false
}

// movedBy reports whether the figure at p follows a move verb whose
// subject is a company, its stock or an index: "Oracle lost 3.9%".
func (r *reader) movedBy(p int, cl span) bool {
	pre := trimApprox(r.norm[cl.start:p])
	verb := ""
	for _, v := range moveVerbs {
		if strings.HasSuffix(pre, " "+v) {
			verb = v
			break
		}
	}
	if verb == "" {
		return false
	}
	subj := strings.TrimRight(pre[:len(pre)-len(verb)], " ")
	if s := strings.TrimSpace(stockSubject(subj)); s == "" || s == "which" || s == "that" {
		// The clause's subject stands before it: "Its shares, which have
		// gained 25% this year, fell 1.2%".
		before := strings.TrimRight(r.norm[max(0, cl.start-80):cl.start], " ,")
		if s == "" {
			before = stockSubject(before + ",")
		}
		for _, w := range stockSubjects {
			if strings.HasSuffix(before, " "+w) {
				return true
			}
		}
	}
	for _, w := range stockSubjects {
		if s := stockSubject(subj); strings.HasSuffix(s, " "+w) || strings.TrimSpace(s) == w {
			return true
		}
	}
	end := cl.start + len(subj)
	from := cl.start // the subject's own words, after any earlier mover
	for _, sep := range []string{" and ", "%", ","} {
		if k := strings.LastIndex(subj, sep); k >= 0 {
			from = max(from, cl.start+k+len(sep))
		}
	}
	if len(r.find(metricSet, span{from, end})) > 0 {
		return false // "Net income attributable to Baidu rose 14%"
	}
	// The company itself moving: "Broadcom shed 1.7%", "Advanced Micro
	// Devices fell 2.8%"; its revenue falling names the measure instead.
	for _, m := range r.mentionsIn(span{cl.start, end}) {
		if m.end == end && m.product == "" && !m.leader {
			return true
		}
	}
	// One of a list of movers: "Oracle lost 3.9% and Broadcom shed 1.7%".
	w := cl.start + strings.LastIndexByte(subj, ' ') + 1
	if before := strings.TrimRight(r.norm[max(0, w-8):w], " "); strings.HasSuffix(before, " and") || strings.HasSuffix(before, ",") {
		if c := r.text[w]; c >= 'A' && c <= 'Z' {
			return true
		}
	}
	return false
}

// stockSubject strips what stands between a mover and its verb: an
// auxiliary ("shares have gained"), a which-clause before it ("Its shares,
// which have gained 25% this year, fell 1.2%") or one it opens.
func stockSubject(subj string) string {
	for _, adv := range []string{" already", " also", " now", " since", " so far"} {
		subj = strings.TrimSuffix(subj, adv) // "Intel's stock had already fallen about 40%"
	}
	for _, aux := range []string{" have", " has", " had", " were", " was", " are", " is"} {
		if strings.HasSuffix(subj, aux) {
			subj = strings.TrimRight(subj[:len(subj)-len(aux)], " ")
			break
		}
	}
	for _, rel := range []string{", which", ", that"} {
		if strings.HasSuffix(subj, rel) {
			return subj[:len(subj)-len(rel)]
		}
		if k := strings.LastIndex(subj, rel+" "); k >= 0 && strings.HasSuffix(subj, ",") {
			return subj[:k]
		}
	}
	return subj
}

// layoffWords cut jobs.
var layoffWords = []string{"laying off", "lay off", "lays off", "laid off", "cut ", "cuts ", "cutting", "eliminat", "slash", "axe ", "axing",
	"shed ", "sheds ", "shedding", "lay-offs", "layoffs", "job cuts", "裁员", "裁員", "裁减", "裁減", "裁撤", "裁掉", "精简", "精簡", "再裁", "又裁", "将裁", "拟裁", "宣布裁", "计划裁", "裁约"}

// layoff returns the word that makes a headcount figure jobs cut: a layoff
// word before it in its sentence, within about 80 characters.
func (r *reader) layoff(q quantity.Quantity, sp span) string {
	pre := r.norm[max(sp.start, q.Start-80):q.Start]
	best, at := "", -1
	for _, w := range layoffWords {
		if k := strings.LastIndex(pre, w); k > at {
			best, at = strings.TrimSpace(w), k
		}
	}
	if best == "" {
		// "通知約600名員工將遭裁員": the cut told after the people it hits.
		post := r.norm[q.End:min(sp.end, q.End+48)]
		for _, w := range []string{"遭裁", "被裁", "将被裁", "裁员", "解雇", "终止其合约", "终止合约", "终止其合同", "被解雇", "离职"} {
			if strings.Contains(post, w) && strings.Contains(pre, "通知") {
				return w
			}
		}
		return ""
	}
	// "It employed 77,114 people after lay-offs": a level after the cut
	// is stated has its own verb in between.
	between := pre[at:]
	if endsWithAny(trimApprox(pre), []string{" of its", " of the company's", " of their", " from", " with"}) {
		return "" // "laid off about 10% of its roughly 200 employees": the total
	}
	if strings.HasPrefix(between[len(best):], "前") {
		return "" // "裁員前約有1500名成員": the headcount before the cuts
	}
	for _, w := range []string{"employs", "employed", "has ", "had ", "have ", "now ", "to about", "to roughly", " to ", "现有", "現有",
		" leave ", " leaves ", " leaving ", " left ", "前约有", "前有", "前共有", "降至", "剩下", "仅剩"} {
		if strings.Contains(between[len(best):], w) {
			return ""
		}
	}
	return best
}

// workforceAfter reports whether a percentage is a share of a workforce:
// "5% of its staff".
func workforceAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	rest, ok := strings.CutPrefix(rest, "of ")
	if !ok {
		return false
	}
	for _, p := range []string{"its ", "the company's ", "their ", "the ", "his ", "her "} {
		rest = strings.TrimPrefix(rest, p)
	}
	for _, a := range []string{"roughly ", "about ", "some ", "nearly ", "around ", "approximately ", "more than "} {
		rest = strings.TrimPrefix(rest, a)
	}
	if n := strings.IndexFunc(rest, func(c rune) bool { return !(c >= '0' && c <= '9' || c == ',' || c == '.') }); n > 0 && rest[n] == ' ' {
		rest = rest[n+1:] // "of its roughly 200 employees": the total before the noun
	}
	rest = strings.TrimPrefix(rest, "global ")
	rest = strings.TrimPrefix(rest, "total ")
	rest = strings.TrimPrefix(rest, "corporate ")
	for _, w := range []string{"workforce", "staff", "employees", "headcount", "work force", "jobs"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// objectVerbs, written right before a company, make it the company bought
// or paid.
var objectVerbs = []string{"acquire", "acquires", "acquired", "acquiring", "buy", "buys", "bought", "buying", "pay", "pays", "paid",
	"paying", "purchase of", "acquisition of", "takeover of", "收购", "并购"}

// objectOfVerb reports whether mention m is the object of a buying or
// paying verb.
func (r *reader) objectOfVerb(m mention) bool {
	pre := strings.TrimRight(r.norm[max(0, m.start-48):m.start], " ")
	// "buy cloud-security firm Wiz": a description of the company between.
	if w := strings.Fields(pre); len(w) >= 2 && companyNounSet[strings.TrimSuffix(w[len(w)-1], "s")] {
		for n := 2; n <= 4 && n <= len(w); n++ {
			if slices.Contains([]string{"buy", "buys", "bought", "buying", "acquire", "acquires", "acquired", "acquiring"}, w[len(w)-n]) {
				return true
			}
		}
	}
	for _, v := range objectVerbs {
		if strings.HasSuffix(pre, v) && (len(pre) == len(v) || !isWordByte(pre[len(pre)-len(v)-1])) {
			return true
		}
	}
	return false
}

// worthOf reads what a "worth" figure is worth from the words before it:
// a pay package is staff cost, a compute deal capex, an order other.
func worthOf(pre string) (claimwatch.Metric, string) {
	k := max(strings.LastIndex(pre, "worth"), strings.LastIndex(pre, "valued"), strings.LastIndex(pre, "valuing"))
	if k < 0 {
		return "", ""
	}
	pre = pre[:k]
	if j := strings.LastIndexAny(pre, ".;"); j >= 0 {
		pre = pre[j+1:]
	}
	for _, g := range []struct {
		m     claimwatch.Metric
		words []string
	}{
		{claimwatch.StaffCost, []string{"pay package", "compensation", "salary", "pay deal", "pay offer", "packages", "lured with a package", "offered a package", "signing bonus"}},
		{claimwatch.Other, []string{"order", "shares", "stake", "stock"}},
		{claimwatch.Capex, []string{"deal", "contract", "agreement", "pact", "capacity", "computing power", "compute", "commitment", "chips", "gpus"}},
	} {
		for _, w := range g.words {
			if strings.Contains(pre, w) {
				return g.m, w
			}
		}
	}
	return "", ""
}

// heldDebt reports whether the debt a clause sizes is carried, not raised:
// "Oracle carries more than $100 billion of debt".
func heldDebt(pre string) bool {
	pre = trimApprox(strings.TrimRight(pre, " $"))
	for _, v := range []string{" carries", " carry", " carried", " carrying", " has", " had", " have", " holds", " owes", " owed", " with", " total", " totaling"} {
		if strings.HasSuffix(pre, v) {
			return true
		}
	}
	return false
}

// industryWide reports whether an English sentence that names no company
// sizes a whole industry: "consumer spending on AI apps overall will top
// $10 billion".
func industryWide(sent string) bool {
	if hasWide(sent) {
		return false
	}
	for _, w := range []string{" overall", "industry", "sector", "across ai", "on ai apps", "market for", "worldwide", "global ", "globally",
		"market is", "market will", "market could", "market size", "market to reach"} {
		if strings.Contains(sent, w) {
			return true
		}
	}
	return false
}

// respectively pairs the figures of a sentence with the companies it lists,
// in order: "月之暗面、MiniMax分别以33亿美元和25亿美元估值完成融资", "Wistron
// and Inventec reported revenue growth of 80% and 20%, respectively".
func (r *reader) respectively(q quantity.Quantity, sp span) (mention, bool) {
	seg := r.norm[sp.start:sp.end]
	k := strings.Index(seg, "分别")
	en := false
	if k < 0 {
		if k = strings.Index(seg, "respectively"); k < 0 {
			return mention{}, false
		}
		en = true
	}
	at := sp.start + k
	var names []mention
	var figs []quantity.Quantity
	if en {
		// The companies before the figures, the word after them.
		for _, f := range r.figuresIn(sp) {
			if f.End <= at && !f.DateLike && !f.Attached && sameKind(f, q) {
				figs = append(figs, f)
			}
		}
		if len(figs) < 2 {
			return mention{}, false
		}
		for _, m := range r.mentionsIn(span{sp.start, figs[0].Start}) {
			if !m.leader && (len(names) == 0 || names[len(names)-1].entity != m.entity) {
				names = append(names, m)
			}
		}
	} else {
		// The companies listed before 分别 in its clause, the figures after.
		cs := strings.LastIndexAny(seg[:k], "，,；;：:")
		for _, m := range r.mentionsIn(span{sp.start + cs + 1, at}) {
			if !m.leader && (len(names) == 0 || names[len(names)-1].entity != m.entity) {
				names = append(names, m)
			}
		}
		end := strings.IndexAny(seg[k:], "，,；;。")
		if end < 0 {
			end = len(seg) - k
		}
		for _, f := range r.figuresIn(span{at, at + end}) {
			if !f.DateLike && !f.Attached && sameKind(f, q) {
				figs = append(figs, f)
			}
		}
	}
	for len(names) > len(figs) && len(figs) >= 2 && r.speaker(names[0]) {
		names = names[1:] // "Anthropic宣布微软和英伟达将分别向其投资…": the speaker is not listed
	}
	if len(names) < 2 || len(names) != len(figs) {
		return mention{}, false
	}
	for i, f := range figs {
		if f.Start == q.Start {
			return names[i], true
		}
	}
	return mention{}, false
}

// sameKind reports whether two figures are both percentages or both not.
func sameKind(a, b quantity.Quantity) bool {
	return (a.Unit == claimwatch.UnitPercent) == (b.Unit == claimwatch.UnitPercent)
}

// ownerBefore finds the company that owns a stake, written right before
// its verb: "Alphabet, which owns about 14% of the company", "Google holds
// a 14% stake".
func (r *reader) ownerBefore(q quantity.Quantity, before []mention) (mention, bool) {
	if len(before) == 0 {
		return mention{}, false
	}
	m := before[len(before)-1]
	if m.end > q.Start {
		return mention{}, false
	}
	gap := strings.TrimSpace(r.norm[m.end:q.Start])
	gap = strings.TrimPrefix(gap, ", which")
	gap = strings.TrimPrefix(gap, ", that")
	gap = strings.TrimSpace(gap)
	for _, v := range []string{"owns", "holds", "has", "controls", "already owns", "now owns", "will own", "will hold", "would own", "would hold"} {
		if rest, ok := strings.CutPrefix(gap, v); ok && len(rest) < 24 && !strings.ContainsAny(rest, ",;") {
			return m, true
		}
	}
	return mention{}, false
}

// retailPrice reports whether q, in English, is a small sum with no period,
// unit or share it is per: the price of a thing, which CLAIMS.md counts only
// as a rate ("$20 a month") or a unit price ("$15 per million tokens").
func (r *reader) retailPrice(q quantity.Quantity, sp span, per string) bool {
	if per != "" || q.Scaled || q.Value >= 10000 || q.Value <= -10000 || q.Unit == claimwatch.UnitPercent || q.Unit == "" || q.Unit == claimwatch.UnitCount {
		return false
	}
	if hasWide(r.norm[sp.start:sp.end]) {
		return false
	}
	sent := r.norm[sp.start:sp.end]
	for _, w := range []string{"share", "eps", "dividend", "a month", "per month", "a year", "per year", "monthly", "annual", "subscription", "token", "per hour", "an hour", "each ", "per query", "per request"} {
		if strings.Contains(sent, w) {
			return false // "Earnings per share: $2.87 vs. $2.33 expected"
		}
	}
	if containsAny(sent, []string{"raise that price", "raise the price", "raise its price", "raise it to", "raising the price", "price increase", "price hike"}) {
		return false // "will raise it to $44 over the next five years": a company's own pricing plan
	}
	rest := r.norm[q.End:min(sp.end, q.End+40)]
	if _, ok := unitPrice(rest); ok {
		return false
	}
	t := strings.TrimLeft(rest, " ")
	for _, w := range []string{"per ", "a ", "an ", "each", "apiece", "/", "-a-", "a-"} {
		if strings.HasPrefix(t, w) {
			return false // "$3,000 per work", "$20 a seat"
		}
	}
	return true
}

// cloudProviders sell compute: their cloud figures are sales.
var cloudProviders = map[string]bool{"Microsoft": true, "Google": true, "Amazon": true, "Oracle": true, "Alibaba": true, "CoreWeave": true,
	"Tencent": true, "Baidu": true, "Huawei": true, "ByteDance": true, "Nebius": true, "Lambda": true, "Crusoe": true, "Nscale": true}

// spendWords make a compute figure money spent on it.
var spendWords = []string{"spend", "spent", "pay", "paid", "cost", "bill", "rent", "buy", "bought", "purchas", "commit", "lease",
	"支出", "花费", "花掉", "成本", "采购", "租用", "购买", "开支", "投入", "投资"}

// spendingIn reports whether sp says money is spent.
func (r *reader) spendingIn(sp span) bool {
	seg := r.norm[sp.start:sp.end]
	for _, w := range spendWords {
		if strings.Contains(seg, w) {
			return true
		}
	}
	return false
}

// shareOfRound reports whether an English figure is what one investor
// puts into a round told before: "Nvidia is investing €800 million, while
// Bpifrance is contributing €250 million" — no receiver written after it.
func (r *reader) shareOfRound(q quantity.Quantity, cl span) bool {
	rest := strings.TrimLeft(r.norm[q.End:cl.end], " ")
	for _, t := range []string{"in ", "into ", "to "} {
		if strings.HasPrefix(rest, t) && !strings.HasPrefix(rest[len(t):], "the round") && !strings.HasPrefix(rest[len(t):], "the funding") {
			return false // "investing $500 million in data centers"
		}
	}
	return true
}

// roundInUnit returns the round told in the sentences before sp, in the
// same currency as a share of it and larger: "closed a €2 billion ($2.34
// billion) funding round … Nvidia is investing €800 million".
func (r *reader) roundInUnit(q quantity.Quantity, sp span, unit string, v float64) *Explanation {
	from := r.sents[max(0, r.sentenceIndex(sp)-3)].start // "The money will arrive in stages." may stand between
	fs := r.figuresIn(span{from, q.Start})
	for k := len(fs) - 1; k >= 0; k-- {
		if o, ok := r.made[fs[k].Start]; ok && o.Claim.Metric == claimwatch.Funding && o.Claim.Unit == unit && o.Claim.Value > v && r.round(r.sentenceOf(fs[k].Start)) {
			return o
		}
	}
	return nil
}

// genericSubject reports whether English words before a figure make a
// kind of company its subject, not one: "start-ups building AI agents
// raised more than $12 billion", "the tech giants plan to spend".
func genericSubject(pre string) bool {
	if hasWide(pre) {
		return false
	}
	for _, w := range []string{"start-ups ", "startups ", "companies ", "firms ", "investors ", "venture capitalists ", "hyperscalers ",
		"tech giants ", "big tech ", "ai labs ", "chipmakers ", "cloud providers ", "labs ", "developers "} {
		if strings.Contains(pre, w) {
			return true
		}
	}
	return false
}

// hired reports whether a bare figure counts people hired: "to hire 500
// more", "招聘500人".
func hired(pre, post string) bool {
	pre = trimApprox(pre)
	for _, v := range []string{" hire", " hiring", " hires", " hired", " recruit", " recruiting", " add", " adding", "招聘", "招募", "新增"} {
		if strings.HasSuffix(pre, v) {
			return post == "" || strings.HasPrefix(post, " more") || strings.HasPrefix(post, " new") || strings.HasPrefix(post, ".") || strings.HasPrefix(post, ",") || strings.HasPrefix(post, " by") || strings.HasPrefix(post, " this") || strings.HasPrefix(post, " next")
		}
	}
	return false
}

// dealBefore reports whether "valued at" sizes a deal, not a company: "in a
// deal valued at $45 billion".
func dealBefore(pre string) bool {
	for _, w := range []string{"deal valued", "contract valued", "agreement valued", "order valued", "pact valued", "transaction valued", "deal, valued", "contract, valued"} {
		if strings.Contains(pre, w) {
			return true
		}
	}
	return false
}

// countedMaker reports whether m names the maker of things counted right
// before it: "800,000 AMD Instinct accelerators".
func (r *reader) countedMaker(m mention) bool {
	pre := strings.TrimRight(r.norm[max(0, m.start-12):m.start], " ")
	return pre != "" && isDigitByte(pre[len(pre)-1]) && m.product == ""
}

// lastMeasure returns the last claim of the two sentences before sentence
// i that is no deal or stake: the measure a text is reporting.
func (r *reader) lastMeasure(sp span, i int) *Explanation {
	from := r.sents[max(0, i-2)].start
	fs := r.figuresIn(span{from, sp.start})
	for k := len(fs) - 1; k >= 0; k-- {
		if o, ok := r.made[fs[k].Start]; ok && o.Claim.Metric != claimwatch.Other && o.Claim.Entity != "" {
			return o
		}
	}
	return nil
}

// byActor reports whether "by" before m names who acts, after a noun
// ("compute commitments by Anthropic, whose annualized revenue reached"),
// not who reported, led or estimated ("led by Iconiq", "reported by").
func (r *reader) byActor(m mention) bool {
	pre := strings.TrimRight(r.norm[max(0, m.start-40):m.start], " ")
	p, ok := strings.CutSuffix(pre, " by")
	if !ok {
		return false
	}
	w := p[strings.LastIndexByte(p, ' ')+1:]
	if w == "" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, ",") {
		return false
	}
	switch w {
	case "led", "run", "held", "made", "built", "owned", "backed", "founded", "written", "done", "taken", "given", "paid", "sold", "bought", "cited", "followed", "joined", "funded", "hit", "driven", "and", "or":
		return false
	}
	return true
}

// speaker reports whether m is followed by a verb of saying: "Anthropic宣布".
func (r *reader) speaker(m mention) bool {
	post := strings.TrimLeft(r.norm[m.end:min(len(r.norm), m.end+15)], " ")
	for _, c := range []string{"并", "也", "则", "还", "亦", "今", "日前", "近日"} {
		post = strings.TrimPrefix(post, c) // "三星並宣布"
	}
	for _, v := range []string{"宣布", "表示", "称", "披露", "said", "says", "announced"} {
		if strings.HasPrefix(post, v) {
			return true
		}
	}
	return false
}

// investorFirms invest in companies; in a funding figure they are the
// other side.
var investorFirms = map[string]bool{"Blackstone": true, "KKR": true, "Brookfield": true, "Blue Owl": true, "MGX": true, "Thrive Capital": true,
	"Andreessen Horowitz": true, "Sequoia Capital": true, "Lightspeed Venture Partners": true, "General Catalyst": true, "Iconiq": true,
	"HongShan": true, "Matrix Partners China": true, "Hillhouse": true, "Qiming Venture Partners": true, "Mubadala": true,
	"Public Investment Fund": true, "Temasek": true, "BlackRock": true, "Tiger Global": true, "Accel": true, "Founders Fund": true,
	"Khosla Ventures": true, "Greenoaks": true, "Coatue": true, "Fidelity": true, "T. Rowe Price": true}

// customer reports whether m is named as a customer: "a single customer,
// Abu Dhabi's G42, accounted for 87% of revenue".
func (r *reader) customer(m mention) bool {
	if post := r.norm[m.end:min(len(r.norm), m.end+30)]; strings.HasPrefix(post, ", its biggest customer") || strings.HasPrefix(post, ", its largest customer") ||
		strings.HasPrefix(post, ", its top customer") || strings.HasPrefix(post, ", a customer") {
		return true // "Microsoft, its biggest customer, accounted for 62% of revenue"
	}
	if post := r.norm[m.end:min(len(r.norm), m.end+40)]; (strings.HasPrefix(post, " accounted for ") || strings.HasPrefix(post, " made up ") ||
		strings.HasPrefix(post, " represented ")) && strings.Contains(post, "% of its revenue") {
		return true // "Microsoft accounted for 62% of its revenue": a customer's share
	}
	if post := r.norm[m.end:min(len(r.norm), m.end+24)]; strings.Contains(post, "等客户") || strings.HasPrefix(post, "(amd)等客户") {
		return true // "台積電為因應輝達、超微(AMD)等客戶需求"
	}
	if pre := r.norm[max(0, m.start-6):m.start]; strings.HasSuffix(pre, "、") && strings.Contains(r.norm[m.end:min(len(r.norm), m.end+40)], "等客户") {
		return true
	}
	pre := r.norm[max(0, m.start-32):m.start]
	k := strings.LastIndex(pre, "customer")
	if k < 0 {
		k = strings.LastIndex(pre, "client")
	}
	return k >= 0 && !strings.ContainsAny(pre[k:], ".;") && strings.Contains(pre[k:], ",")
}

// opsNounAfter returns the operations noun a bare figure counts, written
// right after it: "40 million messages", "1.5 billion API calls".
func opsNounAfter(rest string) string {
	// Up to two describing words may stand first: "20 billion facial
	// images", "500 trillion AI tokens".
	return nounAfterWords(rest, opsNouns, 2)
}

// nounAfterWords returns the noun of nouns that opens rest, past at most
// skip describing words (not link words, "of" or "in"), or "".
func nounAfterWords(rest string, nouns []string, skip int) string {
	rest = strings.TrimLeft(rest, " ")
	for n := 0; n <= skip; n++ {
		for _, w := range nouns {
			if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isWordByte(rest[len(w)])) {
				return w
			}
		}
		k := strings.IndexByte(rest, ' ')
		if k <= 0 || !isWordByte(rest[0]) || linkWords[rest[:k]] || rest[:k] == "of" || rest[:k] == "in" {
			break
		}
		rest = rest[k+1:]
	}
	return ""
}

// opsNouns are the operations a company counts.
var opsNouns = []string{"messages", "queries", "requests", "api calls", "prompts", "searches", "conversations", "tokens", "rides", "orders",
	"images", "photos", "videos", "downloads", "times", "transactions", "deliveries", "trips", "contractors", "works", "calls", "sessions",
	"lines of code", "pages", "documents", "chats", "interactions", "installs", "shipments"}

// priceFor finds the company a price is for, written after it: "$19.99 a
// month for Google's Gemini".
func (r *reader) priceFor(q quantity.Quantity, sp span) (mention, bool) {
	rest := r.norm[q.End:min(sp.end, q.End+40)]
	k := -1
	for _, p := range []string{" a month for ", " per month for ", " a year for ", " per year for ", " per user for ", " a seat for "} {
		if strings.HasPrefix(rest, p) {
			k = q.End + len(p)
			break
		}
	}
	if k < 0 && q.Unit != claimwatch.UnitPercent && q.Unit != "" && !q.Scaled {
		// "compared with $1.25 and $10 for OpenAI's GPT-5": prices listed
		// before the product they are for.
		if j := strings.Index(rest, " for "); j >= 0 && priceListGap(rest[:j]) {
			k = q.End + j + len(" for ")
		}
	}
	if k < 0 {
		return mention{}, false
	}
	if strings.HasPrefix(r.norm[k:], "the ") {
		k += len("the ")
	}
	ms := r.mentionsIn(span{k, k + 1})
	if len(ms) == 0 || ms[0].leader {
		return mention{}, false
	}
	// "OpenAI's ChatGPT Plus": the product named after its maker.
	if p := ms[0].end + len("'s "); p < len(r.norm) && strings.HasPrefix(r.norm[ms[0].end:], "'s ") {
		if ps := r.mentionsIn(span{p, p + 1}); len(ps) > 0 && ps[0].entity == ms[0].entity && ps[0].product != "" {
			return ps[0], true
		}
	}
	return ms[0], true
}

// inWhichRound finds the company whose round an investor's figure is in,
// and the investor: "Mistral was valued at €11.7 billion in a funding round
// led by ASML, in which the chipmaker invested €1.3 billion".
func (r *reader) inWhichRound(q quantity.Quantity, sp span) (mention, mention, bool) {
	pre := r.norm[sp.start:q.Start]
	k := strings.LastIndex(pre, "in which")
	if k < 0 || !strings.Contains(pre[:k], "round") {
		return mention{}, mention{}, false
	}
	var ms []mention
	for _, m := range r.mentionsIn(span{sp.start, q.Start}) {
		if !m.leader {
			ms = append(ms, m)
		}
	}
	if len(ms) < 2 || ms[0].entity == ms[len(ms)-1].entity {
		return mention{}, mention{}, false
	}
	return ms[0], ms[len(ms)-1], true
}

// committedIn reports whether words before a figure commit to spending it.
func committedIn(pre string) bool {
	return containsAny(pre, []string{"agreed to pay", "agreed to spend", "agreed to buy", "committed to", "commitment", "signed", "contract", "promised to spend", "pledged to spend"})
}

// headcountTo reports whether a bare figure is the headcount a company
// grows to: "plans to double its headcount to about 170".
func headcountTo(pre string) bool {
	pre = trimApprox(pre)
	for _, w := range []string{"headcount to", "workforce to", "staff to", "employees to", "team to", "headcount stood at", "headcount was", "headcount of",
		"headcount reached", "headcount rose to", "headcount fell to", "headcount grew to", "workforce of", "workforce stood at", "employees stood at", "employee count was", "employee count of",
		"headcount stands at", "headcount is", "workforce stands at", "headcount totaled", "headcount totalled"} {
		if strings.HasSuffix(pre, w) {
			return true
		}
	}
	// "Meta's headcount rose 7 per cent from a year earlier to 75,945": the
	// level a moving headcount reached.
	if k := strings.LastIndex(pre, "headcount "); k >= 0 && strings.HasSuffix(pre, " to") && !strings.ContainsAny(pre[k:], ",;") {
		return true
	}
	return false
}

// opsNearer reports whether an operations word is written nearer before a
// bare figure than its metric word.
func (r *reader) opsNearer(q quantity.Quantity, cl span, mword string) bool {
	w := r.otherCount(q, cl)
	if w == "" || mword == "" {
		return false
	}
	pre := r.norm[cl.start:q.Start]
	kw := strings.LastIndex(pre, fold(w))
	return kw >= 0 && kw > strings.LastIndex(pre, fold(mword))
}

// shareVerbIn reports whether a sentence tells a share of a whole.
func shareVerbIn(sent string) bool {
	return containsAny(sent, []string{"accounted for", "account for", "accounts for", "made up", "make up", "makes up", "of revenue", "of sales", "占"})
}

// lendVerb reports whether words before a figure put money into a deal:
// "is expected to commit", "will provide", "is lending".
func lendVerb(pre string) bool {
	pre = trimApprox(pre)
	for _, v := range []string{" commit", " commits", " committed", " provide", " provides", " providing", " lend", " lends", " lending", " contribute", " contributes", " contributing", " put in", " chip in"} {
		if strings.HasSuffix(pre, v) {
			return true
		}
	}
	return false
}

// priceListGap reports whether the words between a price and "for" are
// only more prices of a list: " and $10", " per million input tokens".
func priceListGap(gap string) bool {
	for _, f := range strings.Fields(gap) {
		switch strings.Trim(f, ",") {
		case "and", "or", "a", "an", "per", "month", "year", "user", "seat", "million", "input", "output", "tokens", "token", "respectively":
			continue
		}
		if strings.ContainsAny(f, "0123456789") {
			continue
		}
		return false
	}
	return true
}

// personWorth reports whether "worth" sizes a person's fortune: a leader
// or a capitalized name is the subject of "is worth".
func (r *reader) personWorth(q quantity.Quantity, cl span) bool {
	pre := r.norm[cl.start:q.Start]
	k := strings.LastIndex(pre, " is worth")
	if k < 0 {
		k = strings.LastIndex(pre, " was worth")
	}
	if k < 0 {
		return false
	}
	for _, m := range r.mentionsIn(span{max(cl.start, cl.start+k-30), cl.start + k}) {
		if m.leader {
			return true
		}
	}
	return strings.Contains(pre[:k], "chief executive") || strings.Contains(pre[:k], "founder") || strings.Contains(pre[:k], "ceo")
}

// labelBefore returns the count noun labelling a figure after a colon:
// "employees: about 2,000".
func labelBefore(pre string) string {
	k := strings.LastIndex(pre, ":")
	if k < 0 {
		return ""
	}
	rest := strings.TrimSpace(pre[k+1:])
	for _, a := range []string{"about", "roughly", "nearly", "more than", "over", "around", "some", "at least", "up to"} {
		rest = strings.TrimSpace(strings.TrimPrefix(rest, a))
	}
	if rest != "" {
		return ""
	}
	label := strings.TrimSpace(pre[:k])
	if j := strings.LastIndexAny(label, ";,.(—-"); j >= 0 {
		label = strings.TrimSpace(label[j+1:])
	}
	if m, ok := countNouns[label]; ok && m != "" {
		return label
	}
	return ""
}

// companyBought reports whether the sentence buys a company before the
// figure: "agreed to buy Quillmark", "agreed to buy cloud-security firm
// Wiz for $32 billion".
func (r *reader) companyBought(sp span, q quantity.Quantity) bool {
	if containsAny(r.norm[sp.start:q.Start], []string{"buy the startup", "acquire the startup", "buy the company", "acquire the company", "buy the start-up", "acquire the start-up", "buy the firm", "acquire the firm"}) {
		return true // "OpenAI had agreed to buy the startup for about $3 billion"
	}
	for _, m := range r.mentionsIn(span{sp.start, q.Start}) {
		if m.leader || m.product != "" {
			continue
		}
		if r.objectOfVerb(m) {
			return true
		}
		pre := strings.TrimRight(r.norm[max(sp.start, m.start-40):m.start], " ")
		for _, v := range []string{"buy ", "acquire ", "bought ", "acquired ", "acquisition of "} {
			if k := strings.LastIndex(pre+" ", v); k >= 0 {
				if between := strings.Fields(pre[k+len(v):]); len(between) <= 3 && len(between) > 0 && companyNounSet[strings.TrimSuffix(between[len(between)-1], "s")] {
					return true // "buy cloud-security firm Wiz"
				}
			}
		}
	}
	return false
}

// boughtAfter finds the company an English figure buys when the deal is
// named after it: "the $665 million purchase of Finnish startup Silo AI",
// "its $32 billion takeover of Wiz".
func (r *reader) boughtAfter(q quantity.Quantity, cl span) (mention, bool) {
	post := r.norm[q.End:cl.end]
	for _, p := range []string{" in cash and stock", " in cash and shares", " in stock and cash", " in cash", " in stock"} {
		post = strings.TrimPrefix(post, p) // "spent more than $900 million in cash and stock to hire Enfabrica"
	}
	paid := endsWithAny(trimApprox(r.norm[cl.start:q.Start]), []string{" paid", " pay", " pays", " paying", " spent"})
	for _, p := range []string{" purchase of ", " acquisition of ", " takeover of ", " buyout of ", " all-stock acquisition of ", " all-cash acquisition of ", " deal to buy ", " deal to acquire ", " bid for ",
		" to hire ", " to acquire ", " to buy ", " for "} {
		if !strings.HasPrefix(post, p) || p == " for " && !paid {
			continue // " for " only after paying: "Thomson Reuters paid $650 million for Casetext"
		}
		at := cl.end - len(post) + len(p)
		for _, m := range r.mentionsIn(span{at, min(cl.end, at+48)}) {
			// A description may stand between: "Finnish startup", "chip designer".
			if between := strings.Fields(r.norm[at:m.start]); !m.leader && m.product == "" && len(between) <= 3 &&
				(len(between) == 0 || companyNounSet[strings.TrimSuffix(between[len(between)-1], "s")]) &&
				!startsWithAny(strings.TrimPrefix(strings.TrimPrefix(r.norm[m.end:min(cl.end, m.end+16)], "'s"), "’s"), []string{" chips", " gpus", " shares", " stock", " servers", " processors", " stake", " products", " hardware"}) {
				return m, true // not "to buy Nvidia chips"
			}
			break
		}
		// A company the article names nowhere else: "to hire Enfabrica CEO
		// Rochan Sankar", "to acquire Wiz".
		if t := r.text[at:cl.end]; len(t) > 1 && isUpper(t[0]) && !isUpper(t[1]) && len(r.mentionsIn(span{at, at + 1})) == 0 {
			e := 0
			for e < len(t) && isWordByte(t[e]) {
				e++
			}
			if w := t[:e]; !nameStop[w] && !placeWords[w] && monthNames[strings.ToLower(w)] == 0 {
				return mention{start: at, end: at + e, name: name{entity: w}}, true
			}
		}
	}
	return mention{}, false
}

// bidFrom finds the bidder of an offer told after its price: "walked away
// from a $23 billion takeover offer from Google".
func (r *reader) bidFrom(q quantity.Quantity, cl span) (mention, bool) {
	post := r.norm[q.End:cl.end]
	for _, p := range []string{" takeover offer from ", " takeover bid from ", " acquisition offer from ", " buyout offer from ", " offer from ", " bid from "} {
		if strings.HasPrefix(post, p) {
			at := q.End + len(p)
			for _, m := range r.mentionsIn(span{at, min(cl.end, at+1)}) {
				if !m.leader {
					return m, true
				}
			}
		}
	}
	return mention{}, false
}

// soldTo finds a sale told before its price: "sold their startup Adallom to
// Microsoft Corp. for about $320 million" (buyer Microsoft, target Adallom).
func (r *reader) soldTo(q quantity.Quantity, cl span) (buyer, target mention, ok bool) {
	pre := trimApprox(r.norm[cl.start:q.Start])
	if !strings.HasSuffix(pre, " for") {
		return mention{}, mention{}, false
	}
	k := strings.LastIndex(pre, "sold ")
	if k < 0 {
		return mention{}, mention{}, false
	}
	ms := r.mentionsIn(span{cl.start + k, q.Start})
	for i := 0; i+1 < len(ms); i++ {
		if t, b := ms[i], ms[i+1]; !t.leader && !b.leader && t.entity != b.entity && strings.HasSuffix(strings.TrimRight(r.norm[t.end:b.start], " "), " to") {
			return b, t, true
		}
	}
	return mention{}, mention{}, false
}

// approxSuffixes are approximators written between a verb and its figure.
var approxSuffixes = []string{" about", " roughly", " nearly", " almost", " around", " some", " more than", " over", " up to", " as much as",
	" another", " a further", " an additional", " at least", " $", " €", " £"}

// trimApprox strips trailing blanks and approximators from the words before
// a figure, so "is expected to commit about" ends with its verb.
func trimApprox(pre string) string {
	pre = strings.TrimRight(pre, " ")
	for changed := true; changed; {
		changed = false
		for _, a := range approxSuffixes {
			if t, ok := strings.CutSuffix(pre, a); ok {
				pre, changed = strings.TrimRight(t, " "), true
			}
		}
	}
	return pre
}

// containsAny reports whether s holds one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// startsWithAny reports whether s begins with one of words.
func startsWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// startsWithWord returns the word of words that s starts with, whole.
func startsWithWord(s string, words []string) string {
	for _, w := range words {
		if strings.HasPrefix(s, w) && (len(s) == len(w) || !isWordByte(s[len(w)])) {
			return w
		}
	}
	return ""
}

// endsWithAny reports whether s ends with one of words.
func endsWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// moneyMoves are the verbs that make a sum after "by" a change: "would cut
// revenue in the second quarter by about $8 billion".
var moneyMoves = map[string]float64{
	"cut": -1, "cuts": -1, "reduce": -1, "reduced": -1, "reduces": -1, "lower": -1, "lowered": -1, "lowers": -1, "fell": -1, "fall": -1,
	"falls": -1, "decreased": -1, "declined": -1, "dropped": -1, "shrank": -1, "narrowed": -1, "trim": -1, "trimmed": -1, "slashed": -1,
	"rose": 1, "rise": 1, "rises": 1, "grew": 1, "grow": 1, "increased": 1, "increase": 1, "boosted": 1, "boost": 1, "jumped": 1, "widened": 1,
}

// zhMoneyMoves written right before a sum make it a change: "营收减少约80亿美元".
var zhMoneyMoves = map[string]float64{"减少": -1, "下降": -1, "下滑": -1, "缩水": -1, "减": -1, "降低": -1, "增加": 1, "增长": 1, "多出": 1}

// moneyChange reads a sum that is a change of a level, not the level:
// "reduced first-quarter revenue by $2.5 billion" is -2.5 billion, as is
// "使其第二财季营收减少约80亿美元".
func (r *reader) moneyChange(q quantity.Quantity, cl span) (float64, string) {
	pre := trimApprox(r.norm[cl.start:q.Start])
	if p, ok := strings.CutSuffix(pre, " by"); ok {
		ws := strings.Fields(p)
		for i := len(ws) - 1; i >= 0 && i >= len(ws)-8; i-- {
			w := strings.Trim(ws[i], ",")
			if s, ok := moneyMoves[w]; ok {
				return s, w + " … by"
			}
			if w == "by" || strings.HasSuffix(ws[i], ",") {
				break
			}
		}
		return 0, ""
	}
	pre = strings.TrimSuffix(strings.TrimSuffix(pre, "了"), "约")
	pre = strings.TrimSuffix(strings.TrimSuffix(pre, "了"), "同比")
	for w, s := range zhMoneyMoves {
		if strings.HasSuffix(pre, w) && !strings.HasSuffix(pre, "增"+w) {
			return s, w
		}
	}
	return 0, ""
}

// marketNouns after a sum make it the size of a market, no company's claim:
// "the $50 billion Chinese market for AI accelerators".
var marketNouns = []string{"market", "markets", "opportunity", "addressable market", "industry", "sector"}

// kindPlurals, after "into" or "in", are kinds of companies, not one:
// "poured more than $200 billion into AI startups".
var kindPlurals = []string{"startups", "start-ups", "companies", "firms", "businesses", "unicorns", "ventures", "labs"}

// wholeMarket reports whether an English sum sizes a market or what a kind
// of company took in, not any company's figure.
func (r *reader) wholeMarket(q quantity.Quantity, sp span) bool {
	if q.Unit == "" || q.Unit == claimwatch.UnitPercent || q.Unit == claimwatch.UnitCount || hasWide(r.norm[sp.start:sp.end]) {
		return false
	}
	if endsWithAny(trimApprox(r.norm[sp.start:q.Start]), []string{"each spending", "each paying", "each generating", "each worth"}) {
		return true // "500 customers each spending over $1 million a year": a threshold
	}
	pre := r.norm[r.clauseAround(sp, q.NumStart).start:q.Start]
	if containsAny(pre, []string{"the industry ", "the sector ", "the market "}) {
		return true // "the industry could soon see models that cost $10 billion to train"
	}
	if containsAny(pre, industrySpending) {
		return true // "global spending on AI infrastructure could reach $3 trillion"
	}
	if k := strings.LastIndex(pre, " market "); k >= 0 && startsWithAny(pre[k+len(" market "):], marketVerbs) && !strings.Contains(pre[k:], "share") {
		return true // "the HBM market to grow to about $30 billion", "the … accelerator market could be worth $150 billion"
	}
	ws := strings.Fields(r.norm[q.End:min(sp.end, q.End+60)])
	for i := 0; i < len(ws) && i < 4; i++ {
		w := strings.TrimRight(ws[i], ",.;:")
		if i == 0 && (w == "into" || w == "in") {
			for j := 1; j < len(ws) && j < 4; j++ {
				if slices.Contains(kindPlurals, strings.TrimRight(ws[j], ",.;:")) {
					return true
				}
				if strings.ContainsAny(ws[j], ",.;:") {
					break // "$2.1 billion in cash, the companies said"
				}
			}
			return false
		}
		if slices.Contains(marketNouns, w) {
			next := ""
			if i+1 < len(ws) {
				next = ws[i+1]
			}
			return next != "value" && next != "cap" && next != "capitalization" && next != "capitalisation" && next != "share"
		}
		if w != ws[i] || w == "of" || w == "in" || w == "a" || w == "and" || w == "to" || w == "for" || w == "from" || w == "by" || w == "on" {
			return false // the figure's noun phrase ended
		}
	}
	return false
}

// revenueOf reports whether pre ends in a revenue word and a preposition
// tying the next noun to it: "revenue from the", "sales of its".
func revenueOf(pre string) bool {
	pre = strings.TrimRight(pre, " ")
	for _, d := range []string{" the", " its", " their", " his", " her"} {
		pre = strings.TrimSuffix(pre, d)
	}
	for _, p := range []string{" from", " of", " at", " in"} {
		if t, ok := strings.CutSuffix(pre, p); ok {
			return endsWithAny(t, []string{"revenue", "revenues", "sales", "income"})
		}
	}
	return false
}

// businessWords name a part of a company whose growth is its sales.
var businessWords = []string{"business", "unit", "segment", "division", "业务", "部门", "板块"}

// growVerbs before a percentage make it growth.
var growVerbs = []string{"grow", "grew", "grown", "growth of", "growing", "增长", "成长"}

// businessGrowth reports the words that make a bare percentage the growth
// of a business's sales: a business or a cloud product growing ("expects
// Azure to grow 31%", "The business had grown 33%").
func (r *reader) businessGrowth(q quantity.Quantity, cl span) string {
	pre := r.norm[cl.start:q.Start]
	if !containsAny(pre, growVerbs) {
		return ""
	}
	for _, w := range businessWords {
		if strings.Contains(pre, w) {
			return w
		}
	}
	for _, m := range r.mentionsIn(span{cl.start, q.Start}) {
		if m.product != "" && slices.Contains(cloudProducts, m.product) {
			return r.text[m.start:m.end]
		}
	}
	return ""
}

// cloudProducts are the products whose growth the news reports as sales.
var cloudProducts = []string{"Azure", "AWS", "Google Cloud", "Oracle Cloud Infrastructure", "OCI", "阿里云", "阿里雲", "腾讯云", "騰訊雲", "百度智能云", "Alibaba Cloud"}

// siteNouns after a plain count make it a count of the company's sites or
// markets, an operations figure even unscaled: "operated 32 data centers".
var siteNouns = []string{"data centers", "data centres", "cities", "offices", "factories", "plants", "regions", "stores", "campuses", "fabs", "sites", "locations"}

func siteNounAfter(rest string) string {
	rest = strings.TrimLeft(rest, " ")
	for _, n := range siteNouns {
		if strings.HasPrefix(rest, n) {
			return n
		}
	}
	return ""
}

// warrantShares finds the company whose shares a warrant grants, written
// between the figure and "shares": "warrants for up to 160 million AMD
// shares".
func (r *reader) warrantShares(q quantity.Quantity, cl span) (mention, bool) {
	if !strings.Contains(r.norm[cl.start:q.Start], "warrant") {
		// "AMD向OpenAI發出認股權證，容許後者認購最多1.6億股AMD股份": the
		// warrant named earlier in the sentence.
		sp := r.sentenceOf(q.NumStart)
		if !strings.Contains(r.norm[sp.start:q.Start], "认股权证") {
			return mention{}, false
		}
	}
	rest := r.norm[q.End:min(cl.end, q.End+40)]
	k := strings.Index(rest, "shares")
	if k < 0 {
		k = strings.Index(rest, "股份")
	}
	if k < 0 {
		return mention{}, false
	}
	for _, m := range r.mentionsIn(span{q.End, q.End + k}) {
		if !m.leader {
			return m, true
		}
	}
	return mention{}, false
}

// usedTimes reports whether "N times" counts uses: "downloaded more than 30
// million times".
func usedTimes(pre, post string) bool {
	return strings.HasPrefix(strings.TrimLeft(post, " "), "times") && containsAny(pre, []string{"download", "viewed", "played", "installed", "called", "accessed", "used"})
}

// soldWorth reports a sum of goods sold: "sold $650 million worth of the
// chips" is revenue.
func soldWorth(pre, post string) bool {
	return strings.HasSuffix(trimApprox(pre), " sold") && strings.HasPrefix(strings.TrimLeft(post, " "), "worth of")
}

// stakeHeld finds the company whose stake a sentence sells or holds, named
// right before "stake": "SoftBank sold its remaining Nvidia stake".
func (r *reader) stakeHeld(cl span) (mention, bool) {
	for _, m := range r.mentionsIn(cl) {
		if !m.leader && m.end < cl.end && strings.HasPrefix(strings.TrimLeft(r.norm[m.end:min(cl.end, m.end+10)], " "), "stake") {
			return m, true
		}
	}
	return mention{}, false
}

// industrySpending names what a whole industry or region spends.
var industrySpending = []string{"global spending", "worldwide spending", "global investment in", "global ai spending", "global capex",
	"spending on ai in ", "spending on artificial intelligence in ", "ai spending in ", "total spending on ai", "industry spending",
	"industrywide spending", "spending on ai infrastructure globally", "global data center spending", "global data centre spending"}

// marketVerbs follow a market whose size a figure gives.
var marketVerbs = []string{"to ", "could ", "will ", "would ", "is expected", "is projected", "is forecast", "may ", "might ",
	"should ", "was worth", "is worth", "grew ", "reached ", "size"}

// promoLine reports whether a line is a sponsor's banner, an archive entry
// of a newsletter or a post with its counters: "SPONSORED — on-demand H100s
// from $2.49/hour", "#110: Why Nvidia's China hit was only $4.5bn", "Why
// Nvidia's 75% margins won't last · 190 likes".
func promoLine(line string) bool {
	if startsWithAny(line, []string{"sponsored", "promoted", "paid post", "partner content", "ad:", "ad —", "ad -", "广告：", "廣告："}) {
		return true
	}
	if len(line) > 2 && line[0] == '#' && line[1] >= '0' && line[1] <= '9' {
		i := 1
		for i < len(line) && line[i] >= '0' && line[i] <= '9' {
			i++
		}
		if i < len(line) && (line[i] == ':' || line[i] == ' ') {
			return true
		}
	}
	// The counter closes the line: "… · 1.2k likes". Look at its end only.
	end := line[max(0, len(line)-40):]
	if k := strings.LastIndex(end, "·"); k >= 0 {
		tail := strings.TrimSpace(end[k+len("·"):])
		for _, c := range []string{" likes", " like", " comments", " comment", " shares", " views", " reads"} {
			if n, ok := strings.CutSuffix(tail, c); ok && n != "" && strings.Trim(n, "0123456789,.k") == "" {
				return true
			}
		}
	}
	return false
}

// describedTarget reads a startup described, not named, right after an
// invested sum: "in the San Francisco lab", "into the young AI company".
func describedTarget(rest string) (string, bool) {
	rest = strings.TrimLeft(rest, " ")
	var t string
	for _, p := range []string{"in the ", "into the "} {
		if strings.HasPrefix(rest, p) {
			t = rest[len(p):]
		}
	}
	if t == "" {
		return "", false
	}
	ws := strings.Fields(t)
	for i := 0; i < len(ws) && i < 4; i++ {
		w := strings.TrimRight(ws[i], ",.;:")
		switch w {
		case "lab", "startup", "start-up", "company", "firm", "developer", "maker":
			return strings.Join(ws[:i+1], " "), i > 0
		}
		if w != ws[i] || w == "and" || w == "of" {
			break
		}
	}
	return "", false
}

// hasWord reports whether w stands in s as a word of its own, not inside
// another ("eps" is not in "deepseek").
func hasWord(s, w string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], w)
		if k < 0 {
			return false
		}
		a, b := off+k, off+k+len(w)
		if (a == 0 || !isWordByte(s[a-1])) && (b == len(s) || !isWordByte(s[b])) {
			return true
		}
		off = b
	}
}

// tokensServed reports whether tokens counted are work a company did:
// "Foundry processed over 500 trillion tokens", not a model's training data.
func tokensServed(pre, post string) bool {
	return strings.HasPrefix(strings.TrimLeft(post, " "), "tokens") && !strings.HasSuffix(strings.TrimRight(pre, " "), "per") &&
		containsAny(pre, []string{"processed", "processes", "processing", "served", "serves", "handled", "handles", "generated", "generates"})
}

// firstPerson reports whether a sentence speaks as "we": a company's own
// people talking.
func firstPerson(s string) bool {
	return hasWord(s, "we") || hasWord(s, "our") || hasWord(s, "we're") || hasWord(s, "we've") || strings.Contains(s, "我们") || strings.Contains(s, "我们的")
}

// heldNouns are things a company counts that are neither users nor staff:
// "more than 100,000 models and 10,000 datasets", "18,500 Agentforce deals".
var heldNouns = []string{"wafers", "dram wafers", "models", "datasets", "deals", "contracts", "apps", "agents", "patents", "humanoids", "robots", "vehicles", "robotaxis", "cars"}

// heldNounAfter returns the held noun right after a count, past one name or
// describing word.
func heldNounAfter(rest string) string {
	return nounAfterWords(rest, heldNouns, 1)
}
