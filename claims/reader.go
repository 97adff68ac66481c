package claims

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
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
	made       map[int]*Explanation // the claims read so far, by figure start
	asideSpans map[int][]span       // subordinate clauses, by sentence start
	found      [][][]hit            // by sentence index, the words of each table (by id) asked about (see find)
	foundSets  []uint64             // by sentence index, the tables in found
	sentHits   [][]setHit           // by sentence index, the words of every table, once scanned
	lastSent   int                  // the index find looked up last

	// The last clause asked for (see clauseAround).
	clauseSp, clause span
	clauseP          int
	clauseValid      bool
	furnished        map[int]bool      // whether a sentence is page furniture, by its start
	fy               map[string]string // the fiscal year ("FY2024") the article gives each company, once looked for
	companies        []discovered      // the companies the article names that the entity list lacks
	scriptRead       int               // 0 unread, 1 Simplified, 2 Traditional (see simplified)
	moneyRead        int               // 0 unread, 1 Taiwanese, 2 mainland or Hong Kong money named, 3 neither (see unit)
	sameAfter        []int             // where 下同 is written, found once (see unit); nil unread
	topicName        string            // the company the article is about (see topic)
	topicDone        bool
}

// clauseAround is clauseAround of the text, remembering the last answer:
// the questions about one figure ask for its clause several times.
func (r *reader) clauseAround(sp span, p int) span {
	if r.clauseValid && r.clauseSp == sp && r.clauseP == p {
		return r.clause
	}
	r.clause = clauseAround(r.text, sp, p)
	r.clauseSp, r.clauseP, r.clauseValid = sp, p, true
	return r.clause
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
	if e, ok := r.tableCell(q, sp); ok {
		return e, e.Claim.Entity != ""
	}
	if r.furniture(sp) {
		return Explanation{}, false
	}
	cl := r.clauseAround(sp, q.NumStart)
	if r.notClaimFor(cl, q.Start) || r.zhNotClaim(q, sp, cl) || r.stockMove(q, sp, cl) || r.wholeMarket(q, sp) {
		return Explanation{}, false
	}
	e := Explanation{Figure: q.Text}
	c := &e.Claim
	c.ArticleID, c.Offset = r.a.ID, q.NumStart
	c.Value, c.ValueMax, c.Unit = q.Value, q.ValueMax, r.unit(q)
	if post := r.norm[q.End:min(sp.end, q.End+6)]; c.Unit == "" && !q.Scaled && strings.HasPrefix(post, "分") && !startsWithAny(post, []string{"分钟", "分之", "分鐘"}) &&
		strings.Contains(r.norm[max(sp.start, q.Start-30):q.Start], "每股") {
		// "每股基本虧損12.66分": fen, hundredths of a yuan.
		c.Value, c.ValueMax, c.Unit = q.Value/100, q.ValueMax/100, "CNY"
		if strings.Contains(r.norm[sp.start:sp.end], "港") {
			c.Unit = "HKD"
		}
		q.Unit = c.Unit
	}
	if q.Approx == claimwatch.AtLeast && c.Unit != claimwatch.UnitPercent && strings.Contains(r.norm[sp.start:sp.end], "first time") && r.milestoneOf(q, c.Unit) {
		return e, false // "increased 48% to $1.004 billion, the first time the company has topped $1 billion": a milestone, not a figure
	}
	c.Approx, e.Approx = q.Approx, q.ApproxWord
	if c.Approx == claimwatch.Exact {
		if a, w := approxAfterClassifier(r.norm[q.End:min(len(r.norm), q.End+12)]); w != "" {
			c.Approx, e.Approx = a, w // "3萬櫃左右", "1,000名以上"
		}
	}
	if c.Approx == claimwatch.Exact {
		if w := r.shareApprox(q, cl); w != "" {
			c.Approx, e.Approx = claimwatch.About, w
		}
	}
	c.Quote = strings.TrimSpace(r.text[sp.start:sp.end])
	c.Lang = langOf(c.Quote)

	// A figure in a second currency right after the first restates it.
	if prev != nil && c.Unit != "" && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount && c.Unit != prev.Claim.Unit &&
		prev.Claim.Unit != claimwatch.UnitPercent && prev.Claim.Unit != claimwatch.UnitCount && q.Start >= prevQ.End &&
		(q.Start-prevQ.End <= 24 || q.Start-prevQ.End <= 48 && strings.Contains(q.ApproxWord, "合")) {
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

	if r.groupSubject(sp, cl) {
		return e, false // "Venture capital investment in AI startups reached $104 billion"
	}
	if r.figureNamed(q) || r.restatedFigure(q, sp) {
		return e, false // "The 100 million figure compares with…", "3800亿元的投入意味着…": a figure already given
	}
	metric, mword := r.metric(q, sp, cl, c.Unit)
	if metric == claimwatch.Funding && c.Lang == "en" && plantAfter(r.norm[q.End:cl.end]) {
		// "will invest up to 500 billion yen in its Hiroshima plant": money
		// built into the company's own plant.
		metric, mword = claimwatch.Capex, mword+" … plant"
	}
	if w := fold(mword); metric == claimwatch.Capex && (w == "committed" || w == "commit" || w == "commits" || w == "pledged") && prev != nil &&
		prev.Claim.Offset >= sp.start && prev.Claim.Offset < q.Start && prev.Claim.Metric == claimwatch.Funding && prev.Claim.Counterparty != "" && prev.Claim.Unit == c.Unit &&
		slices.ContainsFunc(r.mentionsIn(span{prev.Claim.Offset, q.Start}), func(m mention) bool {
			return !m.leader && m.entity != prev.Claim.Entity && m.entity != prev.Claim.Counterparty
		}) {
		// "Microsoft would invest $5 billion in Anthropic, while Nvidia
		// committed up to $10 billion": another investor's part.
		metric, mword = claimwatch.Funding, mword+" (after "+prev.Figure+")"
	}
	if perShare(r.norm[q.End:min(sp.end, q.End+40)]) && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount && c.Unit != "" {
		metric = claimwatch.Other // "Adjusted earnings were $1.20 a share": its word stays for carry
		for _, w := range []string{"earnings", "profit", "eps", "net income"} {
			if strings.Contains(r.norm[sp.start:q.Start], w) && !strings.Contains(r.norm[sp.start:q.Start], fold(mword)) {
				mword = w // "Adjusted earnings of $1.91 per share": the word that opens the sentence
				break
			}
		}
		if mword == "" {
			mword = "a share"
		}
	}
	if metric != claimwatch.Other && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount && c.Unit != "" && !q.Scaled && q.Value < 1000 && c.Lang == "en" {
		// "Adjusted earnings of $1.91 per share topped expectations of
		// $1.60": the estimate of the same per-share figure.
		for _, o := range r.figuresIn(sp) {
			if o.Start != q.Start && !o.Scaled && o.Unit == q.Unit && perShare(r.norm[o.End:min(sp.end, o.End+40)]) && q.Value < 3*o.Value && o.Value < 3*q.Value {
				metric = claimwatch.Other
				break
			}
		}
	}
	if pre := r.norm[max(cl.start, q.Start-40):q.Start]; c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount && c.Unit != "" &&
		(strings.Contains(pre, "每股") || hasWord(pre, "eps")) && len(r.figuresIn(span{q.Start - len(pre) + max(strings.LastIndex(pre, "每股"), strings.LastIndex(pre, "eps"), 0), q.Start})) == 0 {
		metric, mword = claimwatch.Other, "每股" // "發行價每股114.28元", "每股稅後純益(EPS)為27.05元"
	}
	if w, ok := unitPrice(r.norm[q.End:min(sp.end, q.End+30)]); ok && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount && c.Unit != "" {
		metric, mword = claimwatch.Other, "a price "+w // "$1.30 per A100 GPU-hour", "$15 per million tokens"
	}
	metric, mword = r.zhMetric(q, sp, cl, prev, c.Unit, metric, mword)
	if c.Unit == claimwatch.UnitPercent && prev != nil && prev.Claim.Unit == claimwatch.UnitPercent && prev.Claim.Offset >= sp.start && strings.HasPrefix(prev.Metric, "share") &&
		startsWithAny(strings.TrimSpace(r.norm[cl.start:q.Start]), []string{"去年同期", "上年同期", "一年前", "a year earlier", "a year ago"}) {
		// "占華碩伺服器營收比重已超過5成，去年同期不到2成": the same share a year before.
		metric, mword = claimwatch.Other, prev.Metric+" (a year before)"
	}
	if metric != claimwatch.Funding && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount &&
		endsWithAny(strings.TrimRight(r.norm[max(cl.start, q.Start-24):q.Start], " "), []string{"斥资", "砸", "耗资", "投资"}) &&
		containsAny(r.norm[q.End:min(sp.end, q.End+90)], []string{"基地", "工厂", "厂房", "新厂", "产线", "生产线", "园区", "数据中心", "资料中心"}) {
		metric, mword = claimwatch.Capex, "斥资 … 基地" // "将斥资不超过5亿美元在美国德州设立AI伺服器生产基地": a plant built
	}
	if soldWorth(r.norm[cl.start:q.Start], r.norm[q.End:min(cl.end, q.End+12)]) {
		metric, mword = claimwatch.Revenue, "sold … worth of"
	}
	if metric == claimwatch.ComputeCost && c.Unit != claimwatch.UnitCount && c.Unit != claimwatch.UnitPercent {
		// "trained one of its models for less than $6 million in computing
		// power": compute bought to train is a training cost. The verb
		// must be this figure's, after the figure before.
		from := cl.start
		for _, f := range r.figuresIn(cl) {
			if f.End <= q.Start && f.End > from && f.Unit != "" {
				from = f.End
			}
		}
		for _, h := range r.find(metricSet, span{from, q.Start}) {
			if h.word == "trained" || h.word == "train" || h.word == "to train" {
				metric, mword = claimwatch.TrainingCost, r.text[h.start:h.end]
			}
		}
	}
	if metric == claimwatch.Capex && c.Unit != claimwatch.UnitCount && slices.Contains(metricWords[claimwatch.GPUs], fold(mword)) {
		// "trained its V3 model using 2,048 H800 chips at a cost of $5.6
		// million": the chips are the means, training the measure.
		for _, h := range r.find(metricSet, span{sp.start, q.Start}) {
			if slices.Contains(metricWords[claimwatch.TrainingCost], h.word) {
				metric, mword = claimwatch.TrainingCost, r.text[h.start:h.end]
			}
		}
	}
	_, compared := r.comparedWith(q, prev, prevQ, sp)
	if w, ok := r.comparedWith(q, prev, prevQ, sp); ok {
		// "expects to sell more than $3.5 billion, up from an earlier
		// forecast of $2 billion": the base measures what the level does.
		// "Net income was $1.24 billion, or 75 cents per share, compared
		// with $771 million": the level of the base's size.
		level := r.levelOfSize(q, prev, sp)
		seg := r.norm[max(sp.start, q.Start-16):q.Start]
		if j := strings.LastIndex(seg, w); j >= 0 {
			seg = seg[j+len(w):] // "in the round, up from": the base's own measure comes after the comparison
		}
		if k := strings.LastIndex(seg, fold(mword)); mword != "" && k >= 0 && metricOf[fold(mword)] == metric {
			// "compared with a loss of $193 million": the base names its own
			// measure.
		} else if level.Claim.Metric != metric {
			metric, mword = level.Claim.Metric, w+" (the measure of "+level.Figure+")"
		}
	}
	if prev != nil && prev.Claim.Metric == claimwatch.Funding && metric != claimwatch.Funding && mword != "" && prev.Claim.Unit == c.Unit &&
		strings.HasPrefix(prev.Metric, mword+" … ") && prev.Claim.Offset >= sp.start && prev.Claim.Offset < q.Start {
		// "committed $10 billion to it in January, following $1 billion in
		// 2019": the same word, the same investment's earlier rounds.
		p := prev.Claim
		c.Entity, c.Counterparty, c.Metric = p.Entity, p.Counterparty, p.Metric
		e.Entity, e.Counterparty, e.Metric = prev.Entity, prev.Counterparty, prev.Metric+" (as "+prev.Figure+")"
		c.Time, e.Time = r.time(q, sp)
		c.Time = r.fiscalFor(c.Time, c.Entity)
		c.Modality, e.Modality = r.modality(q, sp, c.Time)
		c.AttributedTo, e.Attribution = r.attribution(sp, c.Entity)
		return e, true
	}
	if mword == "" && prev != nil && prev.Claim.Unit == c.Unit && prev.Claim.Offset >= 0 && prev.Claim.Offset < sp.start && r.expectation(sp) {
		// "Revenue rose 3% to 33.6 billion yuan. Analysts had expected
		// 33.9 billion yuan.": the consensus for the same measure.
		p := prev.Claim
		c.Entity, c.Product, c.Metric, c.Time = p.Entity, p.Product, p.Metric, p.Time
		c.Modality = claimwatch.Forecast
		e.Entity, e.Metric, e.Time, e.Modality = prev.Entity+" (as "+prev.Figure+")", prev.Metric+" (as "+prev.Figure+")", prev.Time, "expected"
		c.AttributedTo, e.Attribution = r.attribution(sp, c.Entity)
		return e, true
	}
	if metric == claimwatch.Revenue && (strings.Contains(r.norm[sp.start:sp.end], "next 12 months") || strings.Contains(r.norm[sp.start:sp.end], "next twelve months")) {
		// "on track to generate $1 billion in revenue over the next 12
		// months": a run-rate.
		metric, mword = claimwatch.AnnualizedRevenue, mword+" … over the next 12 months"
	}
	if metric == claimwatch.Valuation && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount && r.atValuationAfter(q, cl) {
		metric, mword = claimwatch.Funding, "at a … valuation" // "Anthropic: $13 billion at a $183 billion valuation"
	}
	if metric != claimwatch.Valuation && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount && valueAt(r.norm[max(sp.start, q.Start-40):q.Start]) {
		metric, mword = claimwatch.Valuation, "value … at" // "could value CoreWeave at more than $35 billion"
	}
	if metric == claimwatch.Valuation && roundAfter(r.norm[q.End:min(sp.end, q.End+15)]) && strings.Contains(r.norm[max(sp.start, q.Start-12):q.Start], "完成") {
		// "以615億美元的估值完成35億美元E輪募資": the sum the round raised.
		metric, mword = claimwatch.Funding, "募资"
	}
	if metric == claimwatch.ComputeCost && mword != "" {
		// "用於訓練模型的算力支出預計約30億美元": compute spent on training.
		pre := r.norm[cl.start:q.Start]
		if k, t := strings.LastIndex(pre, fold(mword)), max(strings.LastIndex(pre, "训练"), strings.LastIndex(pre, "training ")); t >= 0 && k > t {
			metric, mword = claimwatch.TrainingCost, "training … "+mword
		} else if post := r.norm[q.End:cl.end]; !hasWide(post) && containsAny(post, []string{" to train ", " to train its", " for training ", " training its", " training the"}) ||
			hasWide(post) && containsAny(post[:min(len(post), 24)], []string{"训练出", "训练了", "训练"}) {
			metric, mword = claimwatch.TrainingCost, mword+" … to train" // "spent less than $6 million in computing power to train its V3 model"
		}
	}
	if metric == claimwatch.TrainingCost && c.Lang == "en" && containsAny(r.norm[cl.start:cl.end], []string{"training and running", "training and inference", "training and operating", "train and run"}) {
		metric, mword = claimwatch.ComputeCost, "training and running" // both: computing
	}
	if w := fold(mword); metric == claimwatch.Other && (w == "buy" || w == "buys" || w == "bought" || w == "buying" || w == "purchase" || w == "purchases" || w == "purchased") {
		// "a $38 billion deal with Amazon Web Services to buy cloud computing
		// capacity": compute bought is a commitment, capex.
		if k := strings.Index(r.norm[sp.start:sp.end], w); k >= 0 {
			after := r.norm[sp.start+k : min(sp.end, sp.start+k+48)]
			if containsAny(after, []string{"capacity", "compute", "computing", "chips", "gpus", "servers", "cloud services", "cloud capacity", "accelerators"}) {
				metric, mword = claimwatch.Capex, mword+" … compute"
			}
		}
	}
	if (metric == claimwatch.Capex || metric == claimwatch.ComputeCost && containsAny(r.norm[sp.start:q.Start], []string{"buy ", "acquire ", "bought ", "acquired "})) && r.companyBought(sp, q) {
		// "Google has agreed to buy Quillmark … for $2.4 billion": buying a
		// company is an acquisition, other.
		metric, mword = claimwatch.Other, mword+" (a company bought)"
	}
	if w := fold(mword); (w == "worth" || strings.HasSuffix(w, "worth")) && c.Lang == "en" && metric != claimwatch.StaffCost &&
		containsAny(r.norm[sp.start:sp.end], []string{"researcher", "engineers", "talent", "poach", "courted", "lured", "recruit", "hiring spree"}) &&
		containsAny(r.norm[max(sp.start, q.Start-40):q.Start], []string{"offer", "package", "pay"}) {
		// "courted dozens of researchers …, with some offers worth as much
		// as $300mn over four years": pay to hire, staff cost.
		metric, mword = claimwatch.StaffCost, "offers … worth"
	}
	if fold(mword) == "worth" && r.personWorth(q, sp) {
		return e, false // "Its chief executive, Jensen Huang, is worth about $150 billion": a fortune
	}
	if w := fold(mword); (w == "worth" || (w == "valued" || w == "valuing") && dealBefore(r.norm[max(sp.start, q.Start-40):q.Start])) &&
		!(w != "worth" && r.valuesCompany(q, cl)) { // not "The deal valued Scale at more than $29 billion": the company's valuation
		// "a deal worth up to $14.2 billion", "pay packages worth as much
		// as $100mn": what is worth it decides the measure.
		if m, w := worthOf(r.norm[max(sp.start, q.Start-90):q.Start]); w != "" {
			metric, mword = m, w+" … worth"
			if m == claimwatch.Capex && (w == "deal" || w == "agreement" || w == "pact") && !containsAny(r.norm[sp.start:sp.end], computeContext) && !r.namesComputeSeller(sp) {
				metric = claimwatch.Other // "Reddit's agreement with Google is worth about $60 million a year": a licence, nothing built
			}
		}
	}
	if w := fold(mword); (w == "valued" || w == "worth") && stakeValued(r.norm[cl.start:q.Start]) {
		// "Microsoft's stake in OpenAI is valued at roughly $135 billion":
		// what a stake is worth, not the company.
		metric, mword = claimwatch.Other, "stake … "+mword
	}
	if metric == claimwatch.Funding && heldDebt(r.norm[cl.start:q.Start]) {
		metric, mword = claimwatch.Other, "debt carried" // "Oracle carries more than $100 billion of debt"
	}
	if metric == claimwatch.Funding && raisedOutlook(r.norm[cl.start:q.Start]) {
		// "Alphabet has raised its forecast for 2025 to $85 billion": a
		// raised outlook, not money raised.
		metric, mword = claimwatch.Other, ""
	}
	if (mword == "" || weakMetricWords[fold(mword)] && metric == claimwatch.OperatingCost && !containsAny(r.norm[sp.start:sp.end], []string{"operating", "cost of", "to run", "running"})) &&
		c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount && (r.spendVerb(q, cl) || r.outlook(q, cl) || strings.Contains(r.norm[cl.start:q.Start], "spending")) {
		// "Microsoft said capital expenditures were $37.5 billion. Meta
		// said it would spend $115 billion to $135 billion this year": the
		// spending the text is about.
		if o := r.lastSpending(sp); o != nil {
			metric, mword = o.Claim.Metric, "spend (as "+o.Figure+")"
		}
	}
	if segmentMetric[metric] && r.segmentRevenue(sp) {
		// "Revenue in the data center segment grew 22%": a segment's
		// name is not its measure.
		metric, mword = claimwatch.Revenue, "revenue"
		if !strings.Contains(r.norm[sp.start:sp.end], "revenue") {
			mword = "sales"
		}
	}
	intro, inList := r.listIntro(sp)
	if inList {
		// "Here's how its revenue broke down by segment: - Data center:
		// $35.6 billion": a segment's name is not its measure.
		m, w := r.listMetric(q, intro, c.Unit)
		if w != "" && (mword == "" || segmentMetric[metric] && !segmentMetric[claimwatch.Metric(m)]) {
			metric, mword = claimwatch.Metric(m), w
		}
	}
	if metric != claimwatch.Funding && c.Unit != "" && c.Unit != claimwatch.UnitPercent {
		if w, ok := r.investIn(q, cl); ok {
			metric, mword = claimwatch.Funding, w // "has committed to invest $8 billion in Anthropic"
		}
	}
	// A change with no metric word of its own ("$13.51 billion …, up 101%",
	// "降至15億次，減少約12%") measures the figure before it in the sentence.
	var base *Explanation // the level a change measures
	if c.Unit == claimwatch.UnitPercent && len(r.metricWordsIn(cl, q)) == 0 && !strings.HasPrefix(mword, "share") &&
		!containsAny(r.norm[cl.start:q.Start], []string{"产能", "出货量", "利用率", "良率", "产量"}) { // "屆時整體產能將增加約四成": capacity grows, not the sum before
		if _, w := r.change(q, cl); w != "" {
			if base = r.levelBefore(q, sp); base != nil && r.newSubjectBetween(base, q) {
				base = nil // "has invested $14 billion in OpenAI, said that Azure grew 31%": another thing grew
			}
			if base != nil {
				metric, mword = base.Claim.Metric, "(the figure it changes: "+base.Figure+")"
				// "infrastructure-software revenue, which includes the VMware
				// business it bought for $69 billion, rose 17%": the subject
				// before the aside, not the figure inside it.
				for _, a := range r.asides(sp) {
					if a.start <= base.Claim.Offset && base.Claim.Offset < a.end && a.end <= q.Start && a.start > sp.start {
						before := r.clauseAround(sp, a.start-1)
						if hs := r.find(metricSet, span{before.start, a.start}); len(hs) > 0 {
							h := hs[len(hs)-1]
							metric, mword = metricOf[h.word], r.text[h.start:h.end]+" (before the aside)"
						}
						break
					}
				}
			}
		}
	}
	if mword == "" && prev != nil && prev.Claim.Unit == c.Unit && prev.Claim.Metric != "" && r.goesOn(q, sp, prev) {
		metric, mword = prev.Claim.Metric, "(the measure of "+prev.Figure+")" // "That is up from $3.8 billion"
	}
	if mword == "" && prev != nil && prev.Claim.Unit == c.Unit && prev.Claim.Metric != "" && prev.Claim.Offset >= sp.start &&
		endsWithAny(trimApprox(strings.TrimRight(r.norm[sp.start:q.Start], " $€£")), []string{"bringing its total to", "bringing the total to", "taking its total to", "taking the total to",
			"bringing its total investment to", "bringing its investment to", "for a total of", "for a total investment of", "bringing the total investment to"}) {
		// "completed its $4 billion investment in Anthropic, bringing its
		// total to $8 billion": the same measure summed.
		metric, mword = prev.Claim.Metric, "total (the measure of "+prev.Figure+")"
	}
	sameAs := r.sameFigure(q, cl)
	if sameAs != "" && prev != nil && (c.Unit == "" && prev.Claim.Unit == claimwatch.UnitCount || c.Unit == prev.Claim.Unit) {
		metric, mword = prev.Claim.Metric, sameAs // "到2030年这一数字将升至约400亿美元": the measure of the figure before
	} else {
		sameAs = ""
	}
	opsCount := false // a count of operations, metric other ("日均调用量达到15亿次")
	if c.Unit == "" {
		// A bare figure is a claim only as a count of something.
		issued := endsWithAny(strings.TrimRight(r.norm[max(cl.start, q.Start-24):q.Start], " "), []string{"发行", "配售", "增发", "发售", "发行股份数量为", "发行股数为", "总股本约为", "总股本为", "issue", "issuing", "sell", "selling", "sold", "offering"}) &&
			startsWithAny(strings.TrimLeft(r.norm[q.End:min(cl.end, q.End+12)], " "), []string{"股", "shares", "new shares"})
		if issued {
			// "計劃發行3,700萬股H股", "offering 36 million shares": shares
			// a listing sells are a count of the issuer.
			c.Unit = claimwatch.UnitCount
		} else if r.uncounted(q) && !r.countedUnits(q, cl) && !r.hasWarrant(q, cl) && !(q.Scaled && usedTimes(r.norm[cl.start:q.Start], r.norm[q.End:min(cl.end, q.End+8)])) &&
			!(q.Scaled && tokensServed(r.norm[cl.start:q.Start], r.norm[q.End:min(cl.end, q.End+8)])) {
			return e, false
		}
		m, noun, measured := r.countAfter(q)
		if noun != "" && (endsWithAny(strings.TrimRight(r.norm[max(sp.start, q.Start-12):q.Start], " "), []string{"survey of", "poll of", "sample of", "study of"}) ||
			m == claimwatch.Employees && startsWithAny(strings.TrimLeft(r.norm[q.End+len(noun)+1:min(sp.end, q.End+len(noun)+40)], " "), []string{"are expected to attend", "attended", "attend", "watched", "visited", "gathered", "turned out", "signed a letter", "signed an open letter"})) {
			return e, false // "a survey of 1,200 developers", "16,000 people are expected to attend"
		}
		if m == claimwatch.Employees && q.Value >= 5e6 && strings.HasPrefix(fold(noun), "people") {
			m = claimwatch.Users // "150 million people": no company employs that many
		}
		if m == claimwatch.Employees && strings.HasPrefix(fold(noun), "people") && q.End+len(noun)+1 < sp.end &&
			startsWithAny(strings.TrimLeft(r.norm[q.End+len(noun)+1:min(sp.end, q.End+len(noun)+30)], " "), []string{"had signed up", "have signed up", "signed up", "use ", "used ", "are using", "were using", "have used", "subscribe", "pay for", "paid for", "visited", "downloaded"}) {
			m = claimwatch.Users // "600,000 people had signed up for ChatGPT Enterprise"
		}
		if noun == "" && startsWithAny(r.norm[q.End:min(sp.end, q.End+10)], []string{"-person", "-people", "-employee", "-strong"}) {
			m, noun = claimwatch.Employees, "-person" // "a 14-person Berlin startup"
		}
		if noun == "" && startsWithAny(strings.TrimLeft(r.norm[q.End:min(sp.end, q.End+12)], " "), []string{"人使用", "人次使用", "人订阅", "人访问"}) {
			m, noun = claimwatch.Users, "人使用" // "每月约有3.5亿人使用OpenAI的服务"
		}
		if noun == "" && strings.HasPrefix(strings.TrimLeft(r.norm[q.End:min(sp.end, q.End+6)], " "), "人") &&
			(r.layoff(q, sp) != "" || containsAny(r.norm[cl.start:q.Start], []string{"员工", "雇员", "团队", "人员", "员工总数", "员工人数"})) {
			m, noun = claimwatch.Employees, "人" // "裁員約600人", "員工總數約2,300人"
		}
		switch {
		case noun == "" && (hired(r.norm[max(sp.start, q.Start-24):q.Start], r.norm[q.End:min(sp.end, q.End+8)]) || headcountTo(r.norm[max(sp.start, q.Start-64):q.Start])):
			metric, mword = claimwatch.Employees, "hire" // "plans to hire 500 more by the end of the year"
		case noun == "" && labelBefore(r.norm[max(sp.start, q.Start-24):q.Start]) != "":
			// "employees: about 2,000", "GPUs: roughly 200,000": a labelled count.
			metric, mword = countNouns[labelBefore(r.norm[max(sp.start, q.Start-24):q.Start])], labelBefore(r.norm[max(sp.start, q.Start-24):q.Start])
		case noun == "" && (q.Scaled || measured) && r.opsNearer(q, cl, mword):
			// "台積電為因應…等客戶需求,…月產能將擴增至約9萬片": the capacity
			// counted, not the customers named before it.
			metric, mword = claimwatch.Other, r.otherCount(q, cl)
			opsCount = true
		case (noun == "" || m == claimwatch.GPUs) && (q.Scaled || measured) && (hasWide(r.norm[q.End:min(sp.end, q.End+3)]) || containsAny(r.norm[q.End:min(sp.end, q.End+20)], []string{"gpu小时", "gpu hours", "gpu-hours"})) &&
			startsWithAny(strings.TrimLeft(r.norm[q.End:min(sp.end, q.End+20)], " "), otherCountsAfter):
			// "用户已在豆包上创建了超过800万个智能体": what is counted, right
			// after the figure, not the users named before.
			metric, mword = claimwatch.Other, r.otherCount(q, cl)
			opsCount = true
		case noun == "" && prev != nil && prev.Claim.Unit == claimwatch.UnitCount && prev.Claim.Offset >= sp.start && prev.Claim.Offset < q.Start &&
			endsWithAny(trimApprox(r.norm[sp.start:q.Start]), []string{"of which", "of whom", "of them", "of those"}):
			// "signed more than 18,500 Agentforce deals, of which more than
			// 9,500 were paid": a part of the count before.
			metric, mword = prev.Claim.Metric, "(a part of "+prev.Figure+")"
			opsCount = true
		case noun == "" && fromToNoun(trimApprox(r.norm[cl.start:q.Start])) != "":
			// "cut its customer support staff from 9,000 to about 5,000"
			metric, mword = countNouns[fromToNoun(trimApprox(r.norm[cl.start:q.Start]))], fromToNoun(trimApprox(r.norm[cl.start:q.Start]))
		case noun == "" && prev != nil && prev.Claim.Unit == claimwatch.UnitCount && countMetrics[prev.Claim.Metric] && r.goesOn(q, sp, prev):
			// "Microsoft employed 228,000 people. Of those, about 126,000
			// were based in the US": the count before, in part.
			metric, mword = prev.Claim.Metric, "(a part of "+prev.Figure+")"
		case noun == "" && issued:
			metric, mword = claimwatch.Other, "shares issued"
			opsCount = true
		case noun == "" && q.Scaled && r.hasWarrant(q, cl):
			// "warrants for up to 160 million AMD shares": shares granted.
			metric, mword = claimwatch.Other, "warrant … shares"
			opsCount = true
		case noun == "" && !q.DateLike && q.Value >= 100 && heldNounAfter(r.norm[q.End:min(sp.end, q.End+24)]) != "":
			metric, mword = claimwatch.Other, heldNounAfter(r.norm[q.End:min(sp.end, q.End+24)]) // "hosts more than 100,000 models", "closed 18,500 Agentforce deals"
			opsCount = true
		case noun == "" && !q.DateLike && q.Value >= 2 && siteNounAfter(r.norm[q.End:min(sp.end, q.End+16)]) != "":
			metric, mword = claimwatch.Other, siteNounAfter(r.norm[q.End:min(sp.end, q.End+16)]) // "operated 32 data centers"
			opsCount = true
		case compared && prev.Claim.Unit == claimwatch.UnitCount && prev.Claim.Metric == claimwatch.Other && (q.Scaled || measured):
			metric, mword = claimwatch.Other, "(the base of "+prev.Figure+")" // "780 million queries a month, up from 230 million"
			opsCount = true
		case noun == "" && (q.Scaled || measured) && opsNounAfter(r.norm[q.End:min(sp.end, q.End+16)]) != "":
			// "handles about 40 million messages a day": operations, even
			// with users named before.
			metric, mword = claimwatch.Other, opsNounAfter(r.norm[q.End:min(sp.end, q.End+16)])
			opsCount = true
		case noun != "":
			metric, mword = m, noun
		case (q.Scaled || measured) && countMetrics[metric]:
		case compared && countMetrics[metric] && prev.Claim.Unit == claimwatch.UnitCount:
			// "about 700 employees, up from 375": the base counts the same.
		case sameAs != "" && countMetrics[metric] && !q.DateLike:
			// "employs about 2,300 people, and expects the number to reach
			// 3,000": the count before.
		case (q.Scaled || measured) && (sameAs != "" || r.otherCount(q, cl) != ""):
			if sameAs == "" {
				metric, mword = claimwatch.Other, r.otherCount(q, cl)
			}
			opsCount = true
		default:
			return e, false
		}
		c.Unit = claimwatch.UnitCount
	}
	if c.Unit == claimwatch.UnitCount && !countMetrics[metric] && !opsCount {
		return e, false
	}
	if len(r.find(scoreSet, sp)) > 0 {
		return e, false // a benchmark score measures a model, not money or operations
	}
	if mword == "" && r.notClaimIn(sp) {
		return e, false // "百度股价当日收涨0.8%，报84.6美元": the price of a share
	}
	if mword == "" && c.Unit == claimwatch.UnitPercent {
		if w := r.businessGrowth(q, cl); w != "" {
			metric, mword = claimwatch.Revenue, w // "expects Azure to grow between 31% and 32%"
		}
	}
	if pre := strings.TrimRight(r.norm[max(sp.start, q.Start-24):q.Start], " $€£"); endsWithAny(pre, []string{" another", " a further", " an additional"}) && !slices.ContainsFunc(r.metricWordsIn(cl, q), func(h hit) bool { return h.start >= q.End }) {
		// "closed a $6 billion Series B … at a $24 billion valuation, then
		// another $6 billion in December": more of the first figure's kind.
		for _, f := range r.figuresIn(sp) {
			if f.End > q.Start {
				break
			}
			if o, ok := r.made[f.Start]; ok && o.Claim.Unit == c.Unit && o.Claim.Metric != "" {
				metric, mword = o.Claim.Metric, "another (as "+o.Figure+")"
				break
			}
		}
	}
	c.Metric, e.Metric = metric, mword
	if e.Metric == "" {
		e.Metric = "(no metric word: other)"
	}

	ent, cp, ew, cw, ok := r.entity(q, sp, metric)
	if ok && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount && (metric == claimwatch.Capex || metric == claimwatch.OperatingCost || metric == claimwatch.Other) {
		// "expected to spend about $2.7 billion on AWS this year": money
		// spent on a cloud is compute, its provider the other side.
		committed := false
		for _, w := range []string{"agreed", "commit", "contract", "deal", "signed"} {
			committed = committed || strings.Contains(fold(mword), w)
		}
		if m, found := r.cloudAfter(q, sp); found && m.entity != ent.entity && !committed {
			metric, mword = claimwatch.ComputeCost, "spent on "+r.text[m.start:m.end]
			c.Metric, e.Metric = metric, mword
			cp, cw = m.entity, r.text[m.start:m.end]+" (the cloud)"
		}
	}
	if ok && metric == claimwatch.Capex && (cloudProviders[ent.entity] || strings.HasSuffix(ent.entity, " Compute") || strings.HasSuffix(ent.entity, " Cloud")) {
		// "CoreWeave signed a five-year contract worth $11.9bn with
		// OpenAI": the customer commits the spending, the provider is the
		// other side.
		neocloud := neoclouds[ent.entity] || strings.HasSuffix(ent.entity, " Compute") || strings.HasSuffix(ent.entity, " Cloud")
		if m, found := r.customerWith(q, sp); found && m.entity != ent.entity && (!cloudProviders[m.entity] || neocloud && !neoclouds[m.entity]) {
			cp, cw = ent.entity, ew+" (the provider)"
			ent, ew = m.name, r.text[m.start:m.end]+" (the customer of the contract)"
		}
	}
	if ok && (metric == claimwatch.Funding || c.Unit == claimwatch.UnitPercent && len(r.find(stakeWords, cl)) > 0) && c.Lang == "en" {
		// "ASML, which led its €1.7 billion Series C", "ASML led the round
		// with a €1.3 billion investment, which gives it a stake of 11%":
		// the investor leads; the round is the company named before's.
		if led := r.ledRound(q, sp, ent.entity); led.entity != "" {
			cp, cw = ent.entity, ew+" (led the round)"
			ent, ew = led.name, r.text[led.start:led.end]+" (the round's company)"
		} else if containsAny(r.norm[sp.start:q.Start], []string{" led the round", " co-led the round", " led the funding round", " led the financing"}) {
			// "Mistral AI has closed a €1.7 billion round. … ASML led the
			// round with a €1.3 billion investment": the round told before.
			if o := r.roundBefore(q, sp); o != nil && o.Claim.Entity != ent.entity {
				cp, cw = ent.entity, ew+" (led the round)"
				ent, ew = name{entity: o.Claim.Entity, product: o.Claim.Product}, o.Claim.Entity+" (the round of "+o.Figure+")"
			}
		}
	}
	if ok && c.Unit == claimwatch.UnitPercent && prev != nil && prev.Claim.Counterparty == ent.entity && prev.Claim.Metric == claimwatch.Other && prev.Claim.Unit == claimwatch.UnitPercent {
		// "Microsoft holds a stake of roughly 27% in OpenAI. Microsoft's
		// holding previously stood at 32.5%": the same stake, earlier.
		holder := false
		for _, m := range r.mentionsIn(span{sp.start, q.Start}) {
			holder = holder || m.entity == ent.entity && startsWithAny(r.norm[m.end:q.Start], []string{"'s holding", "’s holding", "'s stake", "’s stake"})
		}
		if holder {
			cp, cw = ent.entity, ew+" (holds the stake)"
			ent, ew = name{entity: prev.Claim.Entity, product: prev.Claim.Product}, prev.Claim.Entity+" (the stake of "+prev.Figure+")"
			metric, mword = claimwatch.Other, "stake"
			c.Metric, e.Metric = metric, mword
		}
	}
	if ok && c.Unit == claimwatch.UnitPercent {
		// "is entitled to 75% of OpenAI's profits": a share of another
		// company's money is that company's figure, the holder its other
		// side.
		if owner, w, found := r.shareOf(q, sp); found && owner.entity != ent.entity {
			cp, cw = ent.entity, ew+" (holds the share)"
			ent, ew = name{entity: owner.entity, product: owner.product}, w
			metric, mword = claimwatch.Other, "share of "+w
			c.Metric, e.Metric = metric, mword
		}
	}
	if ok && metric == claimwatch.Funding {
		// "Microsoft has invested billions in OpenAI, and Amazon has
		// pledged up to $4 billion to Anthropic": the receiver written
		// right after the figure, the giver the company before it in
		// the clause.
		if t, g, found := r.fundedAfter(q, cl); found && t.product != "" && !startsWithAny(strings.TrimLeft(r.norm[t.end:min(len(r.norm), t.end+12)], " "), []string{"maker", "developer", "creator", "owner", "parent", "'s ", "’s "}) {
			// "will invest a combined $500 billion in Stargate": money put into
			// a venture builds it; it is the leading company's spending.
			ent, ew = name{entity: t.entity, product: t.product}, r.text[t.start:t.end]+" (the venture built)"
			metric, mword = claimwatch.Capex, mword+" … in "+r.text[t.start:t.end]
			c.Metric, e.Metric = metric, mword
			cp, cw = "", ""
		} else if found && t.entity != ent.entity {
			ent, ew = name{entity: t.entity, product: t.product}, r.text[t.start:t.end]+" (receiver, after the figure)"
			if g.entity != "" {
				cp, cw = g.entity, r.text[g.start:g.end]+" (investor)"
			}
		} else if found {
			ew += " (receiver, after the figure)" // the company found before is the one it went into
		}
	}
	if metric == claimwatch.Revenue && !q.Scaled && q.Value < 1e6 && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount &&
		endsWithAny(trimApprox(strings.TrimRight(r.norm[cl.start:q.Start], " $€£")), []string{"sell for", "sells for", "selling for", "sold for", "retail for", "retails for"}) {
		metric, mword = claimwatch.Other, "a price" // "a baseboard kit … would sell for $125,000": a unit's price
		c.Metric, e.Metric = metric, mword
	}
	if metric == claimwatch.Revenue && startsWithAny(r.norm[q.End:min(cl.end, q.End+20)], []string{" of stock", " of shares", " worth of stock", " worth of shares", " of its shares", " of their shares"}) {
		metric = claimwatch.Other // "to sell as much as $10.3 billion of stock": shares sold, no sales
		c.Metric = metric
	}
	if c.Lang == "zh" && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount && strings.Contains(r.norm[max(cl.start, q.Start-24):q.Start], "汇兑") {
		metric = claimwatch.Other // "單季認列匯兌收益約1.2億元": a currency gain, no operating profit
		c.Metric = metric
	}
	if metric == claimwatch.CashBurn && fold(mword) == "cash flow" && !q.Negative && !containsAny(r.norm[cl.start:cl.end], []string{"negative", "outflow", "burn", "minus"}) {
		metric = claimwatch.Other // "Free cash flow … expected to exceed $14 billion": money made, no burn
		c.Metric = metric
	}
	if w := fold(mword); metric == claimwatch.Funding && (w == "raise" || w == "raised" || w == "raising") &&
		containsAny(r.norm[sp.start:sp.end], []string{"raise that price", "raise the price", "raise its price", "raise it to", "raise prices", "raising prices", "raised prices", "raise the fee", "raised the price"}) {
		metric, mword = claimwatch.Other, "price" // "will raise it to $44": a price raised, not money raised
		c.Metric, e.Metric = metric, mword
	}
	if (metric == claimwatch.Funding || metric == claimwatch.Capex) && containsAny(r.norm[sp.start:q.Start], []string{"募集资金中", "募资中", "所得款项中", "集资所得中"}) &&
		startsWithAny(strings.TrimLeft(r.norm[q.End:min(sp.end, q.End+12)], " "), []string{"将投向", "投向", "将用于", "用于", "拟投入", "将投入", "投入"}) {
		// "本次募集资金中约25.1亿元将投向新一代…": the use of money raised
		metric = claimwatch.Other
		c.Metric = metric
	}
	if ok && (metric == claimwatch.Revenue || metric == claimwatch.Profit) && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount {
		// "The company paid Microsoft about $270 million, or 20% of its
		// revenue": a payment out of revenue, not revenue.
		if to, found := r.paidTo(q, cl); found {
			metric, mword = claimwatch.Other, "paid"
			c.Metric, e.Metric = metric, mword
			if to.entity != "" && to.entity != ent.entity {
				cp, cw = to.entity, r.text[to.start:to.end]+" (paid)"
			}
		}
	}
	if ok && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount {
		// "OpenAI will receive $350 million worth of CoreWeave stock": a
		// stake in the company whose stock it is.
		if post := strings.TrimLeft(r.norm[q.End:cl.end], " "); strings.HasPrefix(post, "worth of ") || strings.HasPrefix(post, "in ") && containsAny(post[:min(len(post), 40)], []string{" stock", " shares"}) {
			at := cl.end - len(post) + len("in ")
			if strings.HasPrefix(post, "worth of ") {
				at = cl.end - len(post) + len("worth of ")
			}
			for _, m := range r.mentionsIn(span{at, min(cl.end, at+1)}) {
				rest := strings.TrimPrefix(strings.TrimPrefix(r.norm[m.end:cl.end], "'s"), "’s")
				if !m.leader && m.entity != ent.entity && startsWithAny(strings.TrimLeft(rest, " "), []string{"stock", "shares", "equity"}) {
					cp, cw = ent.entity, ew+" (receives the stock)"
					ent, ew = name{entity: m.entity}, r.text[m.start:m.end]+" (its stock)"
					metric, mword = claimwatch.Other, "worth of … stock"
					c.Metric, e.Metric = metric, mword
				}
			}
		}
	}
	if pre := r.norm[sp.start:q.Start]; ok && c.Unit != claimwatch.UnitPercent && containsAny(pre, []string{"share of losses", "share of the losses", "share of profits", "share of the profits", "share of net losses"}) {
		// "Microsoft disclosed that its share of losses from its investment
		// in OpenAI hit $3.1 billion": the holder's loss.
		if ms := r.mentionsIn(sp); len(ms) > 0 && !ms[0].leader {
			ent, ew = ms[0].name, r.text[ms[0].start:ms[0].end]+" (its share of the losses)"
			cp, cw = "", ""
			metric, mword = claimwatch.Loss, "share of losses"
			if strings.Contains(pre, "profits") {
				metric, mword = claimwatch.Profit, "share of profits"
			}
			c.Metric, e.Metric = metric, mword
		}
	}
	if t, found := r.boughtAfter(q, cl); found && ok && t.entity != ent.entity && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount {
		// "including the $665 million purchase of Finnish startup Silo AI":
		// an acquisition, the company bought the other side.
		metric, mword = claimwatch.Other, "purchase of (a company bought)"
		c.Metric, e.Metric = metric, mword
		cp, cw = t.entity, r.text[t.start:t.end]+" (bought)"
	}
	if ok && c.Lang == "en" && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount {
		if b, found := r.bidFrom(q, cl); found && b.entity != ent.entity {
			// "Wiz walked away from a $23 billion takeover offer from
			// Google": the bidder's offer for the subject.
			cp, cw = ent.entity, ew+" (the target)"
			ent, ew = b.name, r.text[b.start:b.end]+" (the bidder)"
			metric, mword = claimwatch.Other, "offer from"
			c.Metric, e.Metric = metric, mword
		} else if b, t, found := r.soldTo(q, cl); found {
			// "sold their startup Adallom to Microsoft Corp. for about $320
			// million": the buyer's acquisition.
			cp, cw = t.entity, r.text[t.start:t.end]+" (sold)"
			ent, ew = b.name, r.text[b.start:b.end]+" (the buyer)"
			metric, mword = claimwatch.Other, "sold … to"
			c.Metric, e.Metric = metric, mword
		}
	}
	if metric == claimwatch.ComputeCost && c.Lang == "en" && containsAny(r.norm[sp.start:sp.end], []string{"agreed to pay", "committed to pay", "will pay", "to pay", "agreed to spend"}) &&
		regexpOverYears.MatchString(r.norm[q.End:min(sp.end, q.End+60)]) {
		// "Nvidia has agreed to pay about $1.5 billion over four years to
		// rent back servers": a compute contract, a commitment.
		metric, mword = claimwatch.Capex, mword+" … over years"
		c.Metric, e.Metric = metric, mword
	}
	if ok && c.Lang == "en" && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount {
		// "SoftBank bought about $1.5 billion of stock from OpenAI
		// employees": the shares are the company's, the buyer the other side.
		post := r.norm[q.End:min(sp.end, q.End+40)]
		for _, p := range []string{" of stock from ", " of shares from ", " worth of stock from ", " worth of shares from "} {
			if strings.HasPrefix(post, p) {
				at := q.End + len(p)
				for _, m := range r.mentionsIn(span{at, min(sp.end, at+1)}) {
					if !m.leader && m.entity != ent.entity && startsWithAny(strings.TrimPrefix(r.norm[m.end:min(sp.end, m.end+16)], "'s"), []string{" employees", " staff", " shareholders", " investors", " workers"}) {
						cp, cw = ent.entity, ew+" (bought the shares)"
						ent, ew = m.name, r.text[m.start:m.end]+" (its shares)"
						metric, mword = claimwatch.Other, "stock from … employees"
						c.Metric, e.Metric = metric, mword
					}
				}
			}
		}
	}
	if ok && hasWide(r.norm[q.End:min(sp.end, q.End+3)]) {
		// "仅次于购买了48.5万颗的微软": the figure describes the company
		// after its 的.
		post := r.norm[q.End:min(sp.end, q.End+12)]
		if _, w := utf8.DecodeRuneInString(post); w > 0 && strings.ContainsRune("颗块张台个家名人片", []rune(post)[0]) {
			post = post[w:]
		}
		if strings.HasPrefix(post, "的") {
			at := sp.end - len(r.norm[q.End:sp.end]) + (len(r.norm[q.End:min(sp.end, q.End+12)]) - len(post)) + len("的")
			for _, m := range r.mentionsIn(span{at, min(sp.end, at+1)}) {
				if !m.leader && m.product == "" && m.entity != ent.entity && m.start == at {
					ent, ew = m.name, r.text[m.start:m.end]+" (the figure describes it)"
				}
			}
		}
	}
	if ok && metric == claimwatch.Valuation {
		// "a $40 billion round that values the ChatGPT maker at $300
		// billion": the company valued, not the investor.
		if m, found := r.valuedObject(q, cl); found && m.entity != ent.entity {
			ent, ew = name{entity: m.entity, product: m.product}, r.text[m.start:m.end]+" (the company valued)"
		}
	}
	if ok && metric != claimwatch.Funding && c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount {
		// "Nvidia has agreed to purchase $335 million of Cerebras shares":
		// new shares bought from a company fund it.
		if t, found := r.sharesBought(q, cl); found {
			if t.entity != ent.entity {
				cp, cw = ent.entity, ew+" (buys the shares)"
				ent, ew = name{entity: t.entity}, r.text[t.start:t.end]+" (its shares bought)"
			}
			metric, mword = claimwatch.Funding, "purchase … shares"
			c.Metric, e.Metric = metric, mword
		}
	}
	if ok && metric == claimwatch.GPUs {
		// "houses about 200,000 Nvidia chips, xAI said": the chips'
		// maker sells them; the owner is the other company.
		if o, ow, found := r.gpuOwner(q, sp, ent.entity); found {
			cp, cw = ent.entity, ew+" (the chips' maker)"
			ent, ew = name{entity: o.entity, product: o.product}, ow
		}
	}
	carried := false
	var from *Explanation // the claim a carried entity comes from
	if ok && strings.HasSuffix(ew, laterClause) && c.Unit != claimwatch.UnitCount {
		// "Net income rose 12% to $27.1 billion in the quarter, the company
		// said, even after a $3.1 billion charge related to its investment
		// in OpenAI": a company named in a later clause only is not the
		// subject when the sentence continues the one before.
		if p, why, ok2 := r.carry(q, sp, prev, mword); ok2 {
			ent, ew, carried, from = name{entity: p.Claim.Entity}, p.Claim.Entity+" ("+why+")", true, p
			cp, cw = "", ""
		}
	}
	if !ok && c.Lang == "en" {
		// "the US Army announced an enterprise agreement with Palantir that
		// could be worth as much as $10 billion": with no company as the
		// subject, the company the deal is with.
		for _, m := range r.mentionsIn(span{sp.start, q.Start}) {
			if !m.leader && r.markedBefore(m, sp, []string{"agreement with", "contract with", "deal with", "pact with", "partnership with", "contracts with", "deals with"}) {
				ent, ew, ok = m.name, r.text[m.start:m.end]+" (the deal is with it)", true
				break
			}
		}
	}
	if !ok {
		// A sentence that names no company but opens with what it measures
		// ("Data-center revenue … was $10.32 billion", "首筆投資為12.5億美元",
		// "当季资本支出达107亿美元") continues the claim just before.
		p, why, ok2 := r.carry(q, sp, prev, mword)
		if !ok2 && inList && !industryWide(r.norm[sp.start:sp.end]) && !genericSubject(r.norm[sp.start:q.Start]) {
			p, why, ok2 = r.carryIntoList(sp, intro, prev)
		}
		if !ok2 && prev != nil && prev.Claim.Offset >= 0 && prev.Claim.Metric == metric && metric != claimwatch.Other && prev.Claim.Unit == c.Unit &&
			r.sentenceIndex(r.sentenceOf(prev.Claim.Offset)) == r.sentenceIndex(sp)-1 && strings.Contains(r.norm[sp.start:q.Start], ", who ") {
			// "…offering packages worth up to $300 million. Ruoming Pang,
			// who led Apple's models team, was lured with a package worth
			// more than $200 million": the same payer, another person.
			p, why, ok2 = prev, "the same measure as "+prev.Figure, true
		}
		if o := r.roundInUnit(q, sp, c.Unit, c.Value); !ok2 && o != nil && metric == claimwatch.Funding &&
			containsAny(r.norm[sp.start:q.Start], []string{"round was led by", "round is led by", "round is being led by", "round was co-led by", "the round included", "the round was backed by"}) {
			// "The round was led by Greenoaks Capital Partners, a San
			// Francisco venture firm that invested $500 million": its part.
			p, why, ok2 = o, "a part of the round of "+o.Figure, true
		}
		if !ok2 && prev != nil && prev.Claim.Offset >= 0 && prev.Claim.Entity != "" && r.expectation(sp) && r.sentenceIndex(r.sentenceOf(prev.Claim.Offset)) >= r.sentenceIndex(sp)-2 {
			// "Analysts polled by FactSet had expected earnings of $3.37 a
			// share on revenue of $73.8 billion": the consensus for the
			// company just reported on.
			p, why, ok2 = prev, "the company whose results analysts expected", true
			if money := func(u string) bool { return u != claimwatch.UnitPercent && u != claimwatch.UnitCount && u != "" }; metric == claimwatch.Other && mword == "" && prev.Claim.Metric != "" &&
				(prev.Claim.Unit == c.Unit || money(prev.Claim.Unit) && money(c.Unit)) {
				metric, mword = prev.Claim.Metric, "(the estimate of "+prev.Figure+")" // "well above the W10.1tn consensus forecast"
				c.Metric, e.Metric = metric, mword
			}
		}
		if !ok2 {
			return e, false
		}
		ent, ew, carried, from = name{entity: p.Claim.Entity}, p.Claim.Entity+" ("+why+")", true, p
		if strings.HasPrefix(why, "that:") && mword == "" && p.Claim.Unit == c.Unit && p.Claim.Metric != "" {
			metric, mword = p.Claim.Metric, "(the measure of "+p.Figure+")" // "That is up from $3.8 billion"
		}
		if metric == claimwatch.Funding && p.Claim.Metric == claimwatch.Funding {
			cp, cw = p.Claim.Counterparty, p.Counterparty
			ew += " (receiver)"
		}
	}
	if strings.Contains(ew, "(receiver)") && metric != claimwatch.Funding && metric != claimwatch.Valuation && !carried && !(metric == claimwatch.AnnualizedRevenue || metric == claimwatch.Revenue) {
		// A stake: the share owned is other, the money paid for it funding.
		if c.Unit == claimwatch.UnitPercent {
			metric, mword = claimwatch.Other, "stake"
		} else if c.Unit != claimwatch.UnitCount && !strings.HasPrefix(mword, "stake … ") {
			metric, mword = claimwatch.Funding, mword+" (paid for a stake)"
		}
		c.Metric, e.Metric = metric, mword
	}
	c.Entity, c.Product, c.Counterparty, e.Entity, e.Counterparty = ent.entity, ent.product, cp, ew, cw
	if c.Metric == claimwatch.ComputeCost && c.Value >= 1e10 && committedIn(r.norm[sp.start:q.Start]) {
		// "OpenAI has agreed to pay Oracle about $300 billion for computing
		// capacity": a compute contract is capex.
		c.Metric, e.Metric = claimwatch.Capex, e.Metric+" (a contract)"
	}
	if c.Metric == claimwatch.ComputeCost && cloudProviders[c.Entity] && !r.spendingIn(span{cl.start, q.Start}) {
		// "Azure and other cloud services grew 39%": a cloud's own growth
		// is its revenue; only a company paying for compute spends on it.
		c.Metric, e.Metric = claimwatch.Revenue, e.Metric+" (the cloud's own sales)"
	}

	c.Per, e.Per = r.per(q, sp, cl)
	if c.Per == "" && c.Metric == claimwatch.Users && !compared {
		// "Daily active people … averaged 3.35 billion": the measure's name
		// says the period.
		for w, p := range map[string]string{"daily active": "day", "weekly active": "week", "monthly active": "month"} {
			if strings.HasPrefix(fold(e.Metric), w) {
				c.Per, e.Per = p, e.Metric
			}
		}
	}
	if c.Unit == claimwatch.UnitPercent && c.Per == "year" && c.Lang == "zh" {
		c.Per, e.Per = "", "" // "年均复合增长率约147%", "較前一年度成長114%": a growth rate, not a yearly amount
	}
	if r.retailPrice(q, sp, c.Per) {
		// "Apple AirPods Pro for $235", "Amazon discounts MacBook models from
		// $700": a shop's price is no claim about a company's money; only
		// prices per period, per unit and per share are.
		return e, false
	}
	if c.Metric == claimwatch.Revenue && c.Per == "year" && c.Lang == "zh" && c.Unit != claimwatch.UnitPercent {
		// "換算下來，一年的收入接近2億美元": revenue as a yearly rate is a run-rate.
		c.Metric, c.Per, e.Metric, e.Per = claimwatch.AnnualizedRevenue, "", e.Metric+" (a yearly rate: annualized)", ""
	}
	if c.Metric == claimwatch.CashBurn && c.Per == "day" {
		// "burns $700,000 a day" running a product is its operating cost.
		c.Metric = claimwatch.OperatingCost
	}
	if money := c.Unit != claimwatch.UnitPercent && c.Unit != claimwatch.UnitCount; money && (c.Per == "month" || c.Per == "week" || c.Per == "year" && c.Value < 1000) && c.Value < 10000 &&
		c.Metric != claimwatch.Other {
		// A small monthly sum is a price ("ChatGPT Plus costs $20 a month"),
		// which CLAIMS.md files under other.
		c.Metric, e.Metric = claimwatch.Other, e.Metric+" (a price)"
	}
	if c.Unit == claimwatch.UnitPercent && c.Metric == claimwatch.Users && shareVerbIn(r.norm[sp.start:sp.end]) {
		// "Its largest customer accounted for 31% of revenue, and its top
		// five customers for 68%": customers' share of revenue.
		c.Metric, e.Metric = claimwatch.Other, e.Metric+" (a share)"
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
	} else if sign, w := r.moneyChange(q, cl); w != "" && c.Unit != claimwatch.UnitCount {
		c.Change, e.Change = true, w
		c.Value = sign * math.Abs(c.Value)
	}
	if c.Unit == claimwatch.UnitPercent && !c.Change && (c.Metric == claimwatch.Funding || c.Metric == claimwatch.Valuation || c.Metric == claimwatch.Capex) {
		// "集資所得約七成將用於研發": a share of money raised, not a sum.
		c.Metric, e.Metric = claimwatch.Other, e.Metric+" (a share)"
	}

	if c.Metric == claimwatch.Employees || c.Unit == claimwatch.UnitPercent && workforceAfter(r.norm[q.End:min(sp.end, q.End+40)]) {
		// "laying off about 9,000 employees, or less than 4% of its global
		// workforce": jobs cut are a fall in headcount.
		if w := r.layoff(q, sp); w != "" {
			c.Metric, c.Change, e.Change = claimwatch.Employees, true, w
			if e.Metric == "" || c.Unit == claimwatch.UnitPercent {
				e.Metric = "workforce"
			}
			c.Value = -math.Abs(c.Value)
			if c.ValueMax != 0 {
				c.ValueMax = -math.Abs(c.ValueMax)
			}
		}
	}
	if c.Metric == claimwatch.Funding && !strings.Contains(e.Entity, "(receiver") && (investWords[fold(mword)] || pledgeWords[fold(mword)] && c.Lang == "en") {
		if o := r.roundBefore(q, sp); o != nil && o.Claim.Entity == c.Entity && c.Lang == "zh" {
			e.Entity += " (receiver of the round of " + o.Figure + ")" // "本轮融资由阿斯麦领投，后者出资13亿欧元"
			if c.Counterparty == "" {
				c.Counterparty, e.Counterparty = r.investorIn(q, cl) // "Thrive Capital投資約12.5億美元"
			}
		} else if m, inv, ok := r.inWhichRound(q, sp); ok {
			// "valued at €11.7 billion in a funding round led by ASML, in
			// which the Dutch chip-equipment maker invested €1.3 billion":
			// the round's company receives it.
			c.Counterparty, e.Counterparty = inv.entity, r.text[inv.start:inv.end]+" (investor)"
			c.Entity, c.Product, e.Entity = m.entity, m.product, r.text[m.start:m.end]+" (the round it is in)"
		} else if o != nil && (c.Lang == "zh" || (r.shareOfRound(q, cl) || r.inRoundSentence(c.Entity, o)) && r.roundInUnit(q, sp, c.Unit, c.Value) != nil && !r.receivedFrom(q, cl)) && (!carried || o.Claim.Entity == c.Entity) {
			// "OpenAI完成66億美元融資。…軟銀出資5億美元": a share of that round.
			if c.Lang != "zh" {
				o = r.roundInUnit(q, sp, c.Unit, c.Value)
			}
			c.Counterparty, e.Counterparty = r.investorIn(q, cl)
			c.Entity, c.Product, e.Entity = o.Claim.Entity, o.Claim.Product, o.Claim.Entity+" (the round of "+o.Figure+")"
		} else if prev != nil && prev.Claim.Offset >= sp.start && prev.Claim.Offset < q.Start && prev.Claim.Metric == claimwatch.Funding && prev.Claim.Entity != c.Entity &&
			prev.Claim.Counterparty != "" && prev.Claim.Unit == c.Unit {
			// "Amazon, which has invested $8bn in Anthropic, and Google, which
			// has put in more than $3bn": the same company, another investor.
			c.Counterparty, e.Counterparty = c.Entity, e.Entity+" (investor)"
			c.Entity, c.Product, e.Entity = prev.Claim.Entity, prev.Claim.Product, prev.Claim.Entity+" (as "+prev.Figure+")"
		} else if m, ok := r.roundOfNamed(q, sp); ok && m.entity != c.Entity {
			// "SoftBank, which led OpenAI's $40 billion funding round, … to
			// invest $22.5 billion": the round's company.
			c.Counterparty, e.Counterparty = c.Entity, e.Entity+" (investor)"
			c.Entity, c.Product, e.Entity = m.entity, m.product, r.text[m.start:m.end]+" (its round)"
		} else if m, ok := r.inWhichInvested(q, sp); ok && m.entity != c.Entity {
			// "without relying entirely on OpenAI, in which it has invested
			// $13 billion": the company named before "in which".
			c.Counterparty, e.Counterparty = c.Entity, e.Entity+" (investor)"
			c.Entity, c.Product, e.Entity = m.entity, m.product, r.text[m.start:m.end]+" (in which it was invested)"
		} else if m, ok := r.investmentFrom(q, cl); ok {
			// "G42 took a $1.5 billion investment from Microsoft": the
			// subject receives it.
			if c.Counterparty == "" || c.Counterparty == c.Entity {
				c.Counterparty, e.Counterparty = m.entity, r.text[m.start:m.end]+" (investor)"
			}
		} else if o := r.fundedBy(c.Entity, sp); o != nil && c.Lang == "en" && !containsAny(r.norm[sp.start:sp.end], []string{"infrastructure", "data center", "data-center", "in the u.s.", "in the us ", "in america", "factories", "plants"}) {
			// "Amazon will invest up to $4 billion in Anthropic. Amazon is
			// initially investing $1.25 billion": the same investment's part.
			c.Counterparty, e.Counterparty = c.Entity, e.Entity+" (investor)"
			c.Entity, c.Product, e.Entity = o.Claim.Entity, o.Claim.Product, o.Claim.Entity+" (as "+o.Figure+")"
		} else if containsAny(r.norm[sp.start:q.Start], []string{"investors ", "backers ", "shareholders "}) {
			// "Existing investors put in $85 million": investors of the
			// company the sentence goes on about, not their own spending.
		} else if post := r.norm[q.End:min(sp.end, q.End+60)]; c.Lang == "zh" && strings.Contains(post, "用于") && strings.Contains(post[strings.Index(post, "用于"):], "研发") {
			// "投入10億美元，用於加速AI技術和應用的研發部署": R&D is other.
			c.Metric, e.Metric = claimwatch.Other, mword+" … 用于研发"
			c.Counterparty, e.Counterparty = "", ""
		} else {
			c.Metric, e.Metric = claimwatch.Capex, mword+" (no company receives it: the investor's spending)"
			c.Counterparty, e.Counterparty = "", ""
		}
	}
	if (c.Metric == claimwatch.Capex || c.Metric == claimwatch.Other) && c.Lang == "en" && lendVerb(r.norm[cl.start:q.Start]) && r.shareOfRound(q, cl) {
		// "…is close to securing an $18 billion loan. JPMorgan Chase is
		// expected to commit about $5 billion, while MUFG will provide
		// about $3.5 billion": lenders' parts of the loan told before.
		if o := r.roundInUnit(q, sp, c.Unit, c.Value); o != nil && o.Claim.Entity != c.Entity {
			investor := c.Entity
			if inv, w := r.investorIn(q, cl); inv != "" {
				investor, e.Counterparty = inv, w
			}
			c.Entity, c.Product, c.Counterparty, c.Metric = o.Claim.Entity, o.Claim.Product, investor, claimwatch.Funding
			e.Entity, e.Metric = o.Claim.Entity+" (the deal of "+o.Figure+")", e.Metric+" (a lender's or investor's part)"
		}
	}
	c.Time, e.Time = r.time(q, sp)
	if y, w, ok := r.respectiveYear(q, sp); ok {
		c.Time, e.Time = y, w // "2022年至2024年營收分別為…、…及…": one year each
	}
	switch {
	case c.Time != "":
	case base != nil && base.Claim.Time != "":
		c.Time, e.Time = base.Claim.Time, base.Time+" (the period of "+base.Figure+")"
	case len(r.find(sameTimeSet, sp)) > 0 && !r.partOfSentence(sp) && r.lastReported(c) != nil:
		// "當季", "單季": the period of the last reported figure of the
		// same measure.
		o := r.lastReported(c)
		c.Time, e.Time = o.Claim.Time, o.Time+" (the same period as "+o.Figure+")"
	case carried && from.Claim.Time != "":
		c.Time, e.Time = from.Claim.Time, from.Time+" (the same period as "+from.Figure+")"
	}
	if c.Time == "" {
		// "beating the roughly $11.2 billion analysts had expected": the
		// period of the same company's same measure in the sentence.
		for _, f := range r.figuresIn(sp) {
			if o, ok := r.made[f.Start]; ok && f.Start != q.Start && o.Claim.Entity == c.Entity && o.Claim.Metric == c.Metric && o.Claim.Time != "" && !r.isBaseFigure(f.Start, sp) {
				c.Time, e.Time = o.Claim.Time, o.Time+" (the period of "+o.Figure+")"
				break
			}
		}
	}
	if c.Time == "" && inList {
		if t, w := r.time(q, intro); t != "" {
			c.Time, e.Time = t, w+" (the list's introduction)"
		}
	}
	c.Time = r.fiscalFor(c.Time, c.Entity)
	if carried && c.Product == "" && from.Claim.Entity == c.Entity && from.Claim.Metric == c.Metric {
		c.Product = from.Claim.Product
	}
	c.Modality, e.Modality = r.modality(q, sp, c.Time)
	if compared && prev != nil && prevQ.End <= q.Start {
		gap := r.norm[prevQ.End:q.Start]
		if c.Modality == claimwatch.Reported && containsAny(gap, []string{"estimate", "expect", "forecast", "consensus", "预期", "预估"}) {
			// "grew 31%, compared with estimates of 31.1%": the benchmark
			// is what was expected.
			c.Modality, e.Modality = claimwatch.Forecast, strings.TrimSpace(gap)
			if prev.Claim.Change && c.Unit == claimwatch.UnitPercent && prev.Claim.Unit == claimwatch.UnitPercent && !c.Change {
				c.Change, e.Change = true, "(as "+prev.Figure+")"
				if prev.Claim.Value < 0 {
					c.Value = -math.Abs(c.Value)
				}
			}
		}
	}
	if c.Modality == claimwatch.Reported && (q.ApproxWord == "上看") {
		c.Modality, e.Modality = claimwatch.Forecast, q.ApproxWord
	}
	if c.Modality == claimwatch.Reported && prev != nil && prev.Claim.Modality == claimwatch.Forecast && prevQ.Start >= sp.start && prevQ.End <= q.Start &&
		hasWide(r.norm[prevQ.End:q.Start]) && !containsAny(r.norm[prevQ.End:q.Start], []string{"。", "去年", "上季", "同期", "此前", "已", "目前", "实际", "较"}) && c.Time != "" && c.Time == prev.Claim.Time &&
		strings.Contains(r.norm[prevQ.End:q.Start], "介于") {
		// "預估第四季營收介於322億至334億美元，毛利率介於59%至61%": one
		// guidance, one modality.
		c.Modality, e.Modality = claimwatch.Forecast, prev.Modality+" (the same guidance as "+prev.Figure+")"
	} else if c.Modality == claimwatch.Reported && prev != nil && prev.Claim.Modality == claimwatch.Forecast && prev.Claim.Offset >= cl.start && prev.Claim.Offset < q.Start {
		// "to raise up to $2 billion at a valuation of about $60 billion":
		// one plan, one modality.
		c.Modality, e.Modality = claimwatch.Forecast, prev.Modality+" (the same clause as "+prev.Figure+")"
	} else if c.Modality == claimwatch.Reported && prev != nil && prev.Claim.Modality == claimwatch.Forecast && prevQ.End <= q.Start &&
		prevQ.Start >= sp.start && c.Unit == prev.Claim.Unit && (c.Metric == prev.Claim.Metric || !containsAny(r.norm[prevQ.End:q.Start], []string{"raising", "bringing", "giving", "taking", "leaving"})) &&
		!hasWide(r.norm[prevQ.End:q.Start]) && !pastInGap(r.norm[prevQ.End:q.Start]) &&
		!pastInGap(r.norm[q.End:min(cl.end, q.End+40)]) {
		// "would grow 77 per cent to $18bn in the current fiscal year, and
		// then rise to $32bn, $73bn…": a forecast's list goes on.
		c.Modality, e.Modality = claimwatch.Forecast, prev.Modality+" (the list "+prev.Figure+" opens)"
	}
	if c.Modality == claimwatch.Forecast && boundingWords[q.ApproxWord] {
		c.Approx, e.Approx = claimwatch.AtMost, q.ApproxWord+" bounding a forecast"
	}
	if c.Metric == claimwatch.Other && c.Unit == claimwatch.UnitPercent && prev != nil && prev.Claim.Metric == claimwatch.Funding &&
		prev.Claim.Counterparty == c.Entity && prev.Claim.Offset >= sp.start && prev.Claim.Offset < q.Start &&
		len(r.find(stakeWords, cl)) > 0 {
		// "Google has committed $3 billion to the startup and holds a 14%
		// stake": the stake is in the company the money went to.
		c.Entity, c.Counterparty = prev.Claim.Entity, prev.Claim.Counterparty
		e.Entity, e.Counterparty = prev.Entity+" (the company "+prev.Figure+" went to)", prev.Counterparty
	}
	if m, ok := r.stakeHeld(cl); ok && c.Metric == claimwatch.Other && m.entity != c.Entity && c.Unit != claimwatch.UnitCount {
		// "SoftBank sold its remaining Nvidia stake for $5.8bn": the stake
		// is in Nvidia, SoftBank the other side.
		c.Counterparty, e.Counterparty = c.Entity, e.Entity+" (holds the stake)"
		c.Entity, e.Entity = m.entity, r.text[m.start:m.end]+" (its stake)"
	}
	if m, ok := r.warrantShares(q, cl); ok && c.Unit == claimwatch.UnitCount && m.entity != c.Entity {
		// The shares are the issuer's; the holder of the warrant is the
		// other side.
		c.Counterparty, e.Counterparty = c.Entity, e.Entity+" (holds the warrant)"
		c.Entity, e.Entity = m.entity, r.text[m.start:m.end]+" (its shares)"
	}
	c.AttributedTo, e.Attribution = r.attribution(sp, c.Entity)
	if !sidedMetrics[c.Metric] {
		// A company's revenue, users or valuation has no other side:
		// "followed by Anthropic's Claude" names a rival, not a party.
		c.Counterparty, e.Counterparty = "", ""
	}
	return e, true
}

// laterClause marks an entity named only in a clause after its figure's.
const laterClause = " (named in a later clause)"

// sidedMetrics are the measures of a deal, which may have another party.
var sidedMetrics = map[claimwatch.Metric]bool{claimwatch.Funding: true, claimwatch.Other: true, claimwatch.Capex: true, claimwatch.GPUs: true,
	claimwatch.ComputeCost: true, claimwatch.Revenue: false, claimwatch.Loss: false}

// unit maps the quantity's unit to the claim's; 元 and ¥ follow the text.
func (r *reader) unit(q quantity.Quantity) string {
	u := q.Unit
	switch q.Symbol {
	case "元":
		// 元 is the yuan in a mainland text, the New Taiwan dollar in a
		// Taiwanese one. A currency named earlier in the paragraph carries
		// to the figures after it: "營收分別為人民幣49.9萬元、6,203萬元".
		// In a Simplified text only the figure's own sentence can make it
		// Taiwan dollars: a roundup's TSMC sales leave Baidu's yuan alone.
		simplified := r.simplified()
		if r.sameAfter == nil {
			r.sameAfter = []int{}
			for off := 0; ; {
				k := strings.Index(r.norm[off:], "下同")
				if k < 0 {
					break
				}
				r.sameAfter = append(r.sameAfter, off+k)
				off += k + len("下同")
			}
		}
		if i := sort.SearchInts(r.sameAfter, q.Start); i > 0 {
			k := r.sameAfter[i-1]
			// "37.72億元（人民幣，下同）": the currency of every figure after.
			if note := r.norm[max(0, k-12):k]; strings.Contains(note, "人民币") {
				return "CNY"
			} else if strings.Contains(note, "新台币") {
				return "TWD"
			} else if strings.Contains(note, "港元") || strings.Contains(note, "港币") {
				return "HKD"
			}
		}
		from := strings.LastIndex(r.norm[:q.Start], "\n") + 1
		if simplified {
			from = r.sentenceOf(q.NumStart).start
		}
		if pre := r.norm[from:q.End]; strings.Contains(pre, "人民币") || strings.Contains(pre, "新台币") {
			if strings.LastIndex(pre, "人民币") > strings.LastIndex(pre, "新台币") {
				return "CNY"
			}
			return "TWD"
		}
		if simplified {
			break
		}
		// A Traditional text is Taiwanese when it says so (台灣, 台積電,
		// 法說會…), or when nothing in it is mainland or Hong Kong
		// money and the figure's own sentence is in Traditional script.
		if r.moneyRead == 0 {
			switch {
			case containsAny(r.norm, taiwanWords):
				r.moneyRead = 1
			case containsAny(r.norm, []string{"人民币", "港元", "港币", "香港", "港股"}):
				r.moneyRead = 2
			default:
				r.moneyRead = 3
			}
		}
		if sp := r.sentenceOf(q.NumStart); r.moneyRead == 1 || r.moneyRead == 3 && hasTraditional(r.text[sp.start:sp.end]) {
			return "TWD"
		}
	case "¥", "￥":
		if !hasWide(r.norm[r.sentenceOf(q.NumStart).start:q.Start]) && !containsAny(r.norm, []string{"china", "chinese", "yuan", "renminbi", "rmb", "中国"}) {
			return "JPY" // in English news ¥ is the yen unless China is in the story
		}
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
	best, bestWord, bestScore, bestStart := claimwatch.Other, "", math.MaxInt, 0
	money := unit != "" && unit != claimwatch.UnitPercent && unit != claimwatch.UnitCount
	if unit == claimwatch.UnitPercent {
		cl := r.clauseAround(sp, q.NumStart)
		if q.Start < cl.start || q.End > cl.end || q.Start < sp.start {
			// a list's intro read for a figure outside it (listMetric)
		} else if k := r.norm[q.End:min(cl.end, q.End+24)]; containsAny(k, []string{"员工", "人员", "雇员"}) && r.layoff(q, sp) != "" ||
			strings.Contains(r.norm[cl.start:q.Start], "占") && containsAny(r.norm[cl.start:q.Start], []string{"员工总数", "员工人数", "总人数", "员工的"}) && r.layoff(q, sp) != "" {
			// "裁減約5%的員工", "再裁約9000人，占全球員工總數不到4%": the
			// workforce cut, not a share.
			return claimwatch.Employees, "裁员 … 员工"
		}
		for _, h := range r.find(shareSet, span{cl.start, q.NumStart}) {
			if h.word == "占" && strings.HasSuffix(r.norm[:h.start], "应") {
				continue // "股東應佔盈利": profit attributable to shareholders
			}
			return claimwatch.Other, "share: " + r.text[h.start:h.end]
		}
		if hs := r.find(shareSet, span{sp.start, cl.start}); len(hs) > 0 && hasWide(r.norm[cl.start:q.Start]) && len(r.metricWordsIn(cl, q)) == 0 &&
			!containsAny(r.norm[cl.start:q.Start], []string{"成长", "增长", "复合", "年增", "季增", "月增"}) {
			// "占營收比重約45%，網通產品約24%", "占…營收的比重，將從去年的不到1成，
			// 提升到今年的3成左右": the share goes on into the next clauses.
			h := hs[len(hs)-1]
			only := h.word != "股份" && h.word != "股权" && h.word != "持股" && h.word != "stake"
			for _, f := range r.figuresIn(span{h.end, q.Start}) {
				if r.unit(f) != claimwatch.UnitPercent && !f.DateLike {
					only = false
				}
			}
			if only {
				return claimwatch.Other, "share: " + r.text[h.start:h.end] + " (the clauses before)"
			}
		}
		if pre := r.norm[cl.start:q.Start]; hasWide(pre) && len(r.metricWordsIn(cl, q)) == 0 && !containsAny(pre, []string{"成长", "增长", "年增", "季增", "月增", "减少", "下降"}) {
			// "產能利用率約7成，8吋廠約5成": the next clause's figure measures the same.
			for _, f := range r.figuresIn(span{sp.start, cl.start}) {
				if o, ok := r.made[f.Start]; ok && o.Claim.Unit == claimwatch.UnitPercent && strings.HasPrefix(o.Metric, "出货量 / 利用率") && r.sentenceOf(f.Start) == sp {
					return claimwatch.Other, o.Metric + " (the clause before)"
				}
			}
		}
		if pre := r.norm[cl.start:q.Start]; hasWide(pre) && containsAny(pre, []string{"出货量", "利用率", "稼动率", "良率", "产能"}) && !containsAny(pre, []string{"营收", "收入"}) {
			return claimwatch.Other, "出货量 / 利用率" // "第2季晶圓出貨量季增6.2%，產能利用率約76%": operations, not money
		}
		if pre := strings.TrimRight(r.norm[cl.start:q.Start], " "); endsWithAny(pre, []string{"贡献", "贡献了", "贡献约", "贡献超", "贡献逾", "贡献近", "贡献超过", "贡献了约", "贡献了超过", "贡献了近"}) {
			return claimwatch.Other, "share: 贡献" // "先知AI平台贡献超七成": a part's share of the whole
		}
		if k := strings.TrimLeft(r.norm[q.End:min(len(r.norm), q.End+12)], " "); strings.HasPrefix(k, ": share") || strings.HasPrefix(k, "— share") {
			return claimwatch.Other, "share: " + strings.TrimSpace(r.text[q.End:min(len(r.text), q.End+16)]) // "40%: share of Nvidia revenue from four customers"
		}
		if k := strings.TrimLeft(r.norm[q.End:min(len(r.norm), q.End+6)], " "); strings.HasPrefix(k, "of ") || strings.HasPrefix(k, "的") || strings.HasPrefix(k, "来自") ||
			q.Text != "" && strings.HasSuffix(q.Text, "成") && (strings.HasPrefix(k, "收入") || strings.HasPrefix(k, "营收") || strings.HasPrefix(k, "利润") || strings.HasPrefix(k, "员工")) {
			// "贡献了约七成收入": a share of revenue.
			// "20% of revenue" is a share, not a revenue figure.
			if !strings.HasPrefix(k, "的用户") {
				return claimwatch.Other, "share: " + strings.TrimSpace(r.text[q.End:min(len(r.text), q.End+16)])
			}
		}
	}
	hits, ok := r.metricHits[sp.start]
	if !ok {
		hits = r.find(metricSet, sp)
		r.metricHits[sp.start] = hits
	}
	revenueIn := false
	for _, h := range hits {
		if metricOf[h.word] == claimwatch.Revenue && h.start >= cl.start && h.end <= cl.end {
			revenueIn = true
		}
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
				if containsAny(r.norm[cl.start:q.Start], []string{" sell", " sold", "sales of", "出售", "销售"}) {
					mm = claimwatch.Revenue // "expects to sell more than $3.5 billion of its AI chips"
				}
			}
			if h.start < q.End && h.end > q.Start {
				continue // inside the figure ("$ 5.4bn" has no words, but 日耗 may abut)
			}
			if r.aside(h.start, q) || researchBody(h.word, r.norm[h.end:min(len(r.norm), h.end+9)]) {
				continue
			}
			if m == claimwatch.Funding && (h.word == "raise" || h.word == "raised" || h.word == "raising" || h.word == "raises") &&
				containsAny(r.norm[h.end:min(len(r.norm), h.end+40)], []string{"forecast", "outlook", "guidance", "target", "estimate", "projection", "expectations"}) {
				continue // "raised its annual forecast for AI server shipments to $20 billion": a forecast raised
			}
			if h.word[0] >= utf8.RuneSelf && h.start >= cl.start && h.end <= q.Start && strings.Contains(r.norm[cl.start:h.start], "因") && strings.Contains(r.norm[h.end:q.Start], "而") {
				continue // "營收將因AI與資料中心專案放量而成長逾2成": a cause, not the measure
			}
			if h.word == "投资" && startsWithAny(r.norm[h.end:min(len(r.norm), h.end+9)], []string{"者", "人", "方", "机构"}) {
				continue // "向投资者给出的预测": investors, not an investment
			}
			if h.word[0] < utf8.RuneSelf && (h.end <= q.Start || strings.Contains(h.word, "share")) && r.wordOfFigure(h, q) {
				continue // "$1.08 per share, from $16.6 billion": the word is $1.08's
			}
			if (m == claimwatch.Capex || m == claimwatch.ComputeCost) && h.word[0] >= utf8.RuneSelf && startsWithAny(r.norm[h.end:min(len(r.norm), h.end+9)], []string{"收入", "营收", "业务收入"}) {
				continue // "智能云基础设施收入为42亿元": a line of revenue, not spending
			}
			if m == claimwatch.Capex && money && dataCenterWords[h.word] && startsWithAny(strings.TrimLeft(r.norm[h.end:min(len(r.norm), h.end+12)], " "), []string{"chip", "gpu", "unit", "business", "segment", "division", "group", "product", "processor", "accelerator"}) {
				continue // "sales of its MI300 data center chips", "from its data center unit": what is sold, not built
			}
			if w := r.norm[max(sp.start, h.start-32):h.start]; m != claimwatch.Revenue && h.start > sp.start && (revenueOf(r.norm[max(sp.start, h.start-24):h.start]) ||
				containsAny(w, []string{"sales from ", "revenue from ", "revenues from "}) && !strings.ContainsAny(w[strings.LastIndex(w, "from "):], ",;") ||
				containsAny(w, []string{"sales to ", "revenue to "}) && !strings.ContainsAny(w[strings.LastIndex(w, " to "):], ",;")) {
				continue // "Revenue from the data center business rose 73%": the business is revenue's source
			}
			// Distances and lengths count characters, so a Chinese word is
			// not three times as far or as long as an English one.
			var d int
			if h.end <= q.Start {
				d = utf8.RuneCountInString(r.norm[h.end:q.Start])
			} else {
				gap := strings.TrimSpace(r.norm[q.End:h.start])
				d = utf8.RuneCountInString(gap) + 8
				if !strings.ContainsAny(gap, " ,，") && !linkWords[gap] && !(gap == "on" && m == claimwatch.Revenue) {
					// "a $24 billion post-money valuation", "$2 billion on
					// inference": the noun the figure modifies; but "lost $5
					// billion on revenue of $3.7 billion" is no revenue.
					d = 2
				}
				if strings.ContainsAny(gap, ";；") {
					d += 60 // "…及3.37億元；同期淨虧損…": the next clause's measure
				} else if containsAny(gap, []string{", and ", ", while ", ", but ", ", as "}) {
					d += 40 // "were $2 billion in the first half, and its gross margin was 48%"
				} else if gap == "and" || strings.HasPrefix(gap, "and ") {
					d += 20 // "revenue of $5.15 billion and capital spending of…": the next measure's
				} else if (strings.Contains(gap, "，") || h.word[0] >= utf8.RuneSelf && strings.Contains(gap, ",")) && !(h.start >= cl.start && h.end <= cl.end) {
					d += 40 // "…及3.12億元人民幣，同期虧損…": past a comma, the next clause's
				}
				if gap == "" && h.word[0] >= utf8.RuneSelf && !strings.HasPrefix(h.word, "股") {
					d = -4 // "貢獻了110億美元營收": the Chinese noun right after the figure
				}
				if strings.HasPrefix(gap, "的") && utf8.RuneCountInString(gap) <= 4 && !strings.ContainsAny(gap, "，,。；") && !strings.HasPrefix(h.word, "股") {
					d = -2 // "约125亿元的投后估值": 的 ties the figure to its noun
				}
			}
			if (h.start < cl.start || h.end > cl.end) && !strings.HasPrefix(r.norm[h.end:], "方面") {
				d += 40 // but "推理成本方面，公司预计…将花费约160亿美元" names the topic
			}
			score := d - utf8.RuneCountInString(h.word)
			if weakMetricWords[h.word] {
				score += 15
				if m == claimwatch.ComputeCost && revenueIn {
					score += 40 // "revenue from Azure and other cloud services"
				}
			}
			if score < bestScore {
				best, bestWord, bestScore, bestStart = mm, r.text[h.start:h.end], score, h.start
			}
		}
	}
	if best == claimwatch.Capex && money && r.segmentResult(bestStart, bestWord, q, sp) {
		return claimwatch.Revenue, bestWord // a segment's result
	}
	return best, bestWord
}

// segmentResult reports whether a data-center word opening a sentence names
// a segment whose sales it gives, in a report of results: "Revenue was $35.1
// billion. Data center alone was $30.8 billion."
func (r *reader) segmentResult(at int, word string, q quantity.Quantity, sp span) bool {
	switch fold(word) {
	case "data center", "data centre", "datacenter", "data-center", "数据中心", "资料中心":
	default:
		return false
	}
	if strings.TrimSpace(strings.TrimPrefix(r.norm[sp.start:at], "the ")) != "" {
		return false
	}
	between := strings.TrimSpace(r.norm[at+len(word) : q.Start])
	for _, a := range []string{"more than", "about", "nearly", "almost", "roughly", "some"} {
		between = strings.TrimSpace(strings.TrimSuffix(between, a))
	}
	if !slices.Contains([]string{"was", "were", "alone was", "came in at", "totaled", "totalled", "reached", "rose to", "grew to", "climbed to", "jumped to",
		"segment was", "segment revenue was", "business was", "sales were", "营收为", "收入为", "营收达", "收入达"}, between) {
		return false
	}
	before := r.norm[max(0, sp.start-300):sp.start]
	return containsAny(before, []string{"revenue", "sales", "营收", "收入"})
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
	for _, skip := range []string{"的", "名", "个", "多", "more ", "new ", "of ", "its ", "their ", "the "} {
		if strings.HasPrefix(r.norm[i:], skip) {
			i = skipBlank(r.norm, i+len(skip))
		}
	}
	// "300,000 business customers", "2 million paying enterprise users".
	for n := 0; n < 2; n++ {
		skipped := false
		for _, adj := range []string{"business ", "enterprise ", "corporate ", "paid ", "individual ", "registered ", "unique ", "global ", "total ", "full-time ", "part-time ", "active ", "new ",
			"data center ", "data-center ", "data centre ", "ai ", "server ", "high-end ", "used ", "more "} {
			if strings.HasPrefix(r.norm[i:], adj) {
				i, skipped = skipBlank(r.norm, i+len(adj)), true
			}
		}
		if !skipped {
			break
		}
	}
	best, bw := r.countNounAt(i)
	if best == "" {
		// "800,000 AMD Instinct accelerators", "50,000 Nvidia H100 chips":
		// a maker's and a model's names before the chips counted.
		j := i
		for _, c := range []string{"颗", "块", "张", "枚", "片"} {
			if strings.HasPrefix(r.norm[j:], c) {
				j += len(c) // "5萬顆輝達GB200晶片"
			}
		}
		for n := 0; n < 6 && j < len(r.text); n++ {
			if ms := r.mentionsIn(span{j, j + 1}); len(ms) > 0 {
				j = ms[0].end // a maker's name in any script: "輝達"
				for _, p := range []string{" inc.", " corp.", " inc", " corp", "'s", "’s"} {
					if strings.HasPrefix(r.norm[j:], p) {
						j += len(p) // "50,000 of Advanced Micro Devices Inc.'s upcoming MI450 chips"
					}
				}
			} else if w := startsWithWord(r.norm[j:], []string{"upcoming", "new", "latest", "next-generation", "flagship", "advanced", "custom"}); w != "" {
				j += len(w)
			} else if isUpper(r.text[j]) || isDigitByte(r.text[j]) {
				for j < len(r.text) && (isWordByte(r.text[j]) || r.text[j] == '-') {
					j++
				}
			} else {
				break
			}
			j = skipBlank(r.norm, j)
			if m, w := r.countNounAt(j); m == claimwatch.GPUs || m == claimwatch.Users {
				return m, w, measured // "1000万ChatGPT用户": a product's users
			}
		}
		// "H20订单超过60万颗", "全年出货量有望达到5万片": chips counted by
		// their measure word, the chips named before.
		k := skipBlank(r.norm, q.End)
		for _, c := range []string{"颗", "片", "张", "块"} {
			if strings.HasPrefix(r.norm[k:], c) {
				sp := r.sentenceOf(q.NumStart)
				pre := r.norm[r.clauseAround(sp, q.NumStart).start:q.Start]
				if containsAny(pre, chipContext) {
					return claimwatch.GPUs, r.text[k : k+len(c)], true
				}
			}
		}
	}
	return best, bw, measured
}

// chipContext before a figure counted in 颗 or 片 makes it a count of chips.
var chipContext = []string{"出货", "芯片", "晶片", "gpu", "h20", "h100", "h200", "h800", "a100", "b200", "gb200", "加速卡", "显卡", "trainium", "tpu", "asic", "inferentia", "mi300", "mi350"}

// countNounsByFirst indexes countNouns by their first byte.
var countNounsByFirst = func() [256][]string {
	var t [256][]string
	for n := range countNouns {
		t[n[0]] = append(t[n[0]], n)
	}
	return t
}()

// countNounAt returns the count noun at byte i, the longest.
func (r *reader) countNounAt(i int) (claimwatch.Metric, string) {
	best, bw := claimwatch.Metric(""), ""
	if i >= len(r.norm) {
		return best, bw
	}
	for _, n := range countNounsByFirst[r.norm[i]] {
		m := countNouns[n]
		if strings.HasPrefix(r.norm[i:], n) && len(n) > len(bw) {
			e := i + len(n)
			if isWordByte(n[len(n)-1]) && e < len(r.norm) && isWordByte(r.norm[e]) && r.norm[e] != 's' {
				continue
			}
			best, bw = m, r.text[i:e]
		}
	}
	return best, bw
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
	if pre := strings.TrimSuffix(trimApprox(r.norm[max(sp.start, q.Start-40):q.Start]), " own"); strings.HasSuffix(pre, "'s") || strings.HasSuffix(pre, "’s") {
		// "a $34.5 billion bid for Google's Chrome, more than double the
		// startup's own $14 billion valuation": the startup of the sentence.
		pre = strings.TrimSuffix(strings.TrimSuffix(pre, "'s"), "’s")
		for d, kinds := range descriptors {
			if !strings.HasPrefix(d, "the ") || !strings.HasSuffix(pre, d) {
				continue
			}
			ms := r.mentionsIn(span{sp.start, q.Start})
			for i := len(ms) - 1; i >= 0; i-- {
				if m := ms[i]; !m.leader && slices.Contains(kinds, m.entity) {
					return m.name, "", r.text[m.start:m.end] + " (" + d + ")", "", true
				}
			}
		}
	}
	if c := r.sentenceDescriptor(sp, q); c.entity != "" {
		// "The search giant agreed in August to pay Character.AI, the
		// startup Shazeer co-founded, about $2.7 billion": the descriptor
		// opening the sentence is its subject.
		cp, cw := "", ""
		for _, m := range r.mentionsIn(span{sp.start, q.Start}) {
			if !m.leader && m.entity != c.entity && !r.aside(m.start, q) {
				cp, cw = m.entity, r.text[m.start:m.end]+" (the other side)"
				break
			}
		}
		return c.name, cp, r.text[c.start:c.end] + " (the subject's descriptor)", cw, true
	}
	var before, after, leadersIn []mention
	var sources, targets, investors, credited, brands, asideMents []mention
	for _, m := range r.mentionsIn(sp) {
		if m.end > sp.end {
			continue
		}
		if r.aside(m.start, q) {
			if !m.leader && !r.markedBefore(m, sp, sourceMarks) && !r.markedBefore(m, sp, []string{"such as", "like"}) {
				asideMents = append(asideMents, m) // not "including Shopify and Datadog"
			}
			continue
		}
		if m.leader {
			leadersIn = append(leadersIn, m)
			continue
		}
		if m.end <= q.Start && r.whichClauseHolds(m, q) {
			// "The biggest pledge came from Microsoft, which said it would
			// spend $30 billion": the company the clause is about.
			before = append(before, m)
			continue
		}
		if r.markedBefore(m, sp, []string{"在"}) && r.markedAfter(m, sp, []string{"披露", "发布", "发文", "上", "发表", "公布"}) {
			continue // "DeepSeek周六在知乎披露": where it was said
		}
		switch {
		case r.roundInvestor(m, sp) || r.dealPartner(m, sp) || len(sources) > 0 && r.listedAfter(sources[len(sources)-1], m) || r.inLedList(m, sp):
			// "由腾讯领投", "与甲骨文签署", "从字节跳动、阿里巴巴和腾讯处": the other side.
			sources = append(sources, m)
			continue
		case metric == claimwatch.Funding && (investorFirms[m.entity] || r.givenAfterGot(m, q, sp)) || r.customer(m) || r.listedInvestor(m):
			// "Investment firm Iconiq Capital … could contribute as much as
			// $1 billion", "a single customer, Abu Dhabi's G42, accounted for
			// 87% of revenue": an investor or a customer is the other side.
			sources = append(sources, m)
			continue
		case r.brand(m) || metric != claimwatch.GPUs && r.countedMaker(m):
			brands = append(brands, m) // "10萬顆輝達H100": the chips' maker, the subject only if nobody else is
			continue
		case r.ranked(m, sp):
			continue // "仅次于豆包和DeepSeek": named to rank the subject
		case r.markedBefore(m, sp, []string{"随着", "受惠于", "受益于", "受惠", "受益"}) && r.clauseAround(sp, m.start) != r.clauseAround(sp, q.NumStart):
			continue // "隨著輝達新一代GB300平台放量，…預計明年資料中心相關營收占比將突破三成": a cause, not the subject
		case r.markedBefore(m, sp, targetMarks) || r.farTarget(m, sp) || r.heldIn(m, sp) ||
			m.start > q.End && r.markedBefore(m, sp, []string{"for"}) && containsAny(r.norm[sp.start:sp.end], debtWords) ||
			m.start > q.End && strings.TrimSpace(r.norm[q.End:m.start]) == "的" && (r.markedAfter(m, sp, []string{"股份", "股权"}) || containsAny(r.norm[max(sp.start, q.Start-12):q.Start], []string{"持股", "持有"})) ||
			m.start > q.End && (strings.TrimSpace(r.norm[q.End:m.start]) == "股权的" || strings.TrimSpace(r.norm[q.End:m.start]) == "股份的") && containsAny(r.norm[max(sp.start, q.Start-12):q.Start], []string{"持股", "持有"}):
			// "a $5 billion debt sale for xAI": the borrower; "約10%的超微
			// 股份": the company whose shares they are.
			targets = append(targets, m)
		case r.markedBefore(m, sp, sourceMarks) && !r.timeBefore(m, sp) && !r.markedBefore(m, sp, comparedMarks) &&
			!(m.product != "" && r.markedBefore(m, sp, []string{"paid", "paying"})) && // "paid Claude usage", "paying ChatGPT users"
			!(m.product != "" && revenueOf(r.norm[max(sp.start, m.start-24):m.start])) && // "Revenue from Azure": its maker's
			!r.byActor(m):
			sources = append(sources, m)
			continue
		case r.markedBefore(m, sp, creditMarks) || (r.markedAfter(m, sp, saidMarks) || r.officerSaid(m, sp)) && m.end <= q.NumStart && r.hasLaterMention(m, q, sp):
			// The source of the figure, its subject only if nobody else
			// is: "根據台積電公布的數據，第三季營收…" is TSMC's own figure.
			credited = append(credited, m)
			continue
		}
		if r.markedAfter(m, sp, parentMarks) {
			continue // "DeepSeek母公司幻方量化": the figure is the parent's
		}
		if m.end < q.Start && r.markedAfter(m, sp, []string{"旗下"}) && len(r.mentionsIn(span{m.end, q.Start})) > 0 {
			continue // "軟銀旗下Arm…營收": the subsidiary named after is the subject
		}
		if m.end < q.Start {
			if next := r.mentionsIn(span{m.end, q.Start}); len(next) > 0 && !next[0].leader && next[0].product == "" && modifies(r.norm[m.end:next[0].start]) {
				continue // "軟銀持股約九成的安謀上季營收": the company described is the subject
			}
		}
		if r.markedAfter(m, sp, []string{"的主要对手", "的竞争对手", "的对手", "'s rival", "'s main rival", "'s competitor"}) {
			continue // "Anthropic的主要對手OpenAI今年3月以…": the rival named after is the subject
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
	for _, m := range sources {
		if !r.former(m, sp) {
			counterparty, cw = m.entity, r.text[m.start:m.end]+" (other side)"
			break
		}
	}
	if counterparty == "" && metric == claimwatch.Funding {
		counterparty, cw = r.leadInvestor(sp)
	}
	stake := len(r.find(stakeWords, r.clauseAround(sp, q.NumStart))) > 0
	if (metric == claimwatch.Funding || stake) && len(targets) == 0 {
		// "Google, which invested about $300 million in the start-up": the
		// receiver is the company named before, the investor this one.
		if t, ok := r.targetPronoun(q, sp); ok {
			targets = append(targets, t)
		}
	}
	if stake && len(targets) == 0 && len(before) > 0 && strings.Contains(r.norm[sp.start:q.Start], "持股") {
		// "此后阿里巴巴又多次追加投资,目前持股比例约为36%": a stake in the
		// company the sentences before were about.
		holder := before[len(before)-1].entity
		for _, m := range before {
			if r.markedBefore(m, sp, []string{"减持", "增持", "入股", "收购"}) && len(targets) == 0 {
				targets = append(targets, m) // "願景基金減持商湯股份,持股比例由約11.2%降至8.9%"
			}
		}
		i := r.sentenceIndex(sp)
		if len(targets) > 0 {
			i = -1
		}
	find:
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			for _, m := range r.mentionsIn(r.sents[j]) {
				if !m.leader && m.entity != holder {
					targets = append(targets, m)
					break find
				}
			}
		}
	}
	if (metric == claimwatch.Funding || len(r.find(stakeWords, r.clauseAround(sp, q.NumStart))) > 0 && !(q.Unit != claimwatch.UnitPercent && (metric == claimwatch.Profit || metric == claimwatch.Loss))) && len(targets) > 0 {
		// (not "a $3.1 billion hit to its net income from its stake in
		// OpenAI": the holder's result)
		t := targets[0]
		// The holder: an investor-marked name, else the name nearest before
		// the figure in its clause ("Google owns about 14% of the company").
		var inClause []mention
		cl := r.clauseAround(sp, q.NumStart)
		for i := len(before) - 1; i >= 0; i-- {
			if before[i].start >= cl.start {
				inClause = append(inClause, before[i])
			}
		}
		holders := append(investors, append(inClause, before...)...)
		if len(inClause) == 0 {
			// "It has put $8 billion into Anthropic, OpenAI's chief rival":
			// the investor "it" stands for, not a company named after.
			if m, _, ok := r.pronoun(q, sp); ok && m.entity != t.entity {
				holders = append(holders, m)
			}
		}
		holders = append(holders, after...)
		if m, ok := r.respectively(q, sp); ok && m.entity != t.entity {
			holders = append([]mention{m}, holders...) // "微软和英伟达将分别向其投资最多50亿美元和100亿美元"
		}
		if o, ok := r.ownerBefore(q, before); ok {
			holders = append([]mention{o}, holders...) // "Alphabet, which owns about 14% of the company"
		}
		for _, m := range holders {
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
		n := m.name
		if n.product != "" && r.productAside(m, sp) {
			n.product, why = "", why+" (maker of "+r.text[m.start:m.end]+")"
		}
		if n.product != "" && hasWide(n.product) {
			n.product = r.text[m.start:m.end] // a Chinese product name in the article's script: 星际之门, 星際之門
		}
		return n, counterparty, r.text[m.start:m.end] + why, cw, true
	}
	if m, ok := r.respectively(q, sp); ok {
		return pick(m, " (respectively)")
	}
	if m, ok := r.priceFor(q, sp); ok {
		return pick(m, " (the price is for it)")
	}
	if len(before) > 1 {
		// "followed by Anthropic's Claude at $75 million and Perplexity at
		// $52 million": a name set right before its figure is its own.
		m := before[len(before)-1]
		gap := strings.TrimSpace(r.norm[m.end:q.Start])
		for _, a := range []string{" about", " roughly", " nearly", " around", " more than", " some"} {
			gap = strings.TrimSuffix(gap, a)
		}
		if (gap == "at" || gap == "with") && !r.objectOfVerb(m) {
			return pick(m, " (set beside the figure)")
		}
	}
	if len(before) == 1 && len(credited) == 0 && r.objectOfVerb(before[0]) && metric != claimwatch.Funding {
		// "since it agreed to buy cloud-security firm Wiz for $32 billion":
		// the company bought is the other side; "it" is the buyer.
		if m, pw, ok := r.pronoun(q, sp); ok && m.entity != before[0].entity {
			counterparty, cw = before[0].entity, r.text[before[0].start:before[0].end]+" (bought)"
			return pick(m, " (via "+pw+")")
		}
	}
	if len(before) >= 1 && len(credited) > 0 && credited[0].start < before[0].start && r.objectOfVerb(before[0]) {
		// "AMD said it had agreed to acquire CoolEdge Systems … for $1.9
		// billion": the company that said so bought it.
		before = append([]mention{credited[0]}, before...)
	}
	if len(before) > 1 {
		// "Nvidia has agreed to acquire Tessaro AI, a … maker, for about
		// $2.1 billion", "Google had planned to pay Scale about $200mn":
		// the company bought or paid is the other side.
		var subj []mention
		var obj *mention
		for i, m := range before {
			if r.objectOfVerb(m) {
				if obj == nil {
					obj = &before[i]
				}
				continue
			}
			subj = append(subj, m)
		}
		if obj != nil && len(subj) > 0 && subj[0].start < obj.start {
			before = subj
			if counterparty == "" || counterparty == subj[0].entity {
				counterparty, cw = obj.entity, r.text[obj.start:obj.end]+" (bought or paid)"
			}
		}
	}
	if post := r.norm[q.End:min(sp.end, q.End+20)]; len(before) == 1 && (strings.HasPrefix(post, " of its ") || strings.HasPrefix(post, " of the company's ") || strings.HasPrefix(post, " of the company’s ")) &&
		r.markedAfter(before[0], sp, []string{"accounted for", "accounts for", "account for", "made up", "makes up", "represented", "represents", "contributed"}) {
		// "Microsoft accounted for 62 per cent of its revenue": the company
		// whose revenue, named before; the customer is the other side.
		i := r.sentenceIndex(sp)
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			for _, m := range r.mentionsIn(r.sents[j]) {
				if !m.leader && m.entity != before[0].entity && !r.markedBefore(m, r.sents[j], sourceMarks) {
					return m.name, before[0].entity, r.text[m.start:m.end] + " (its, after the figure)", r.text[before[0].start:before[0].end] + " (customer)", true
				}
			}
		}
	}
	if len(before) > 0 {
		// The subject opens the figure's clause ("OpenAI pays Microsoft 20%
		// of its revenue"); without one in the clause, take the nearest.
		cl := r.clauseAround(sp, q.NumStart)
		for _, m := range before {
			if m.start >= cl.start {
				if subj, ok := r.objectOf(m, before, sp, metric); ok {
					// "微軟…因認列對OpenAI的投資損失": Microsoft's figure, about OpenAI.
					counterparty, cw = m.entity, r.text[m.start:m.end]+" (object)"
					return pick(subj, "")
				}
				if o, ok := r.objectAfter(m, before, sp, metric); ok && counterparty == "" {
					counterparty, cw = o.entity, r.text[o.start:o.end]+" (object)"
				}
				return pick(m, "")
			}
		}
		return pick(before[len(before)-1], "")
	}
	if len(credited) > 0 && credited[0].end <= q.Start && r.speaker(credited[0]) && hasWide(r.norm[sp.start:sp.end]) {
		// "三星並宣布與輝達合作，將導入逾5萬顆輝達GPU": the company announcing
		// it is the sentence's subject.
		return pick(credited[0], " (announcing it)")
	}
	if m, pw, ok := r.pronoun(q, sp); ok {
		return pick(m, " (via "+pw+")")
	}
	for _, l := range leadersIn {
		if l.end <= q.NumStart {
			return pick(l, " (leader)")
		}
	}
	if len(after) > 0 && len(brands) > 0 && brands[0].end <= q.Start && after[0].start >= r.clauseAround(sp, q.NumStart).end {
		// "輝達GB200伺服器今年出貨量可望達3萬櫃左右，其中鴻海拿下近四成訂單":
		// the maker named in the figure's clause, not a company of the next.
		return pick(brands[0], " (maker of the product counted)")
	}
	if len(after) > 0 {
		if cl := r.clauseAround(sp, q.NumStart); after[0].start >= cl.end || r.markedBefore(after[0], sp, []string{"in", "into", "of", "with", "from", "for"}) {
			// "a $3.1 billion charge tied to its investment in OpenAI": a
			// company written after its figure as an object is no subject.
			return pick(after[0], laterClause)
		}
		return pick(after[0], "")
	}
	if len(leadersIn) > 0 {
		return pick(leadersIn[0], " (leader)")
	}
	if len(brands) > 0 {
		return pick(brands[0], " (maker of the chips)")
	}
	if len(credited) > 0 {
		return pick(credited[0], " (its own figure)")
	}
	if len(asideMents) == 1 && asideMents[0].product == "" && len(before) == 0 && len(after) == 0 && r.pronounFree(sp, q) &&
		!containsAny(r.norm[q.End:sp.end], []string{"the company said", "the firm said", "it said", "the group said"}) && // "…, the company said": the company the story is about
		!containsAny(r.norm[max(sp.start, asideMents[0].start-24):asideMents[0].start], []string{", who ", ", whom "}) { // not "Ruoming Pang, who led Apple's models team, was lured": a person's past
		// "Two direct customers, which Nvidia did not name, accounted for
		// 23% of revenue": the only company is named in an aside.
		return pick(asideMents[0], " (named in an aside)")
	}
	if t := r.topic(); t != "" && len(before) == 0 && len(after) == 0 && !hasWide(r.norm[sp.start:sp.end]) && firstPerson(r.norm[sp.start:sp.end]) {
		// "We have more than 400 data centers in 70 regions", said on a
		// call: the company the article is about speaks.
		return name{entity: t}, "", t + " (we: the article's company)", "", true
	}
	if post := r.norm[q.End:min(sp.end, q.End+20)]; strings.HasPrefix(post, " of its ") || strings.HasPrefix(post, " of the company's ") || strings.HasPrefix(post, " of the company’s ") {
		// "Microsoft accounted for 62% of its revenue": the company whose
		// revenue, named before; the customer is the other side.
		e := q.End + 7 // " of its"
		if !strings.HasPrefix(post, " of its ") {
			e = q.End + len(" of the company")
		}
		if m, pw, ok := r.pronoun(quantity.Quantity{Start: q.End + 4, End: e, NumStart: e}, sp); ok {
			n, why := m.name, " (via "+pw+" after the figure)"
			if len(sources) > 0 && sources[0].entity != m.entity {
				return n, sources[0].entity, r.text[m.start:m.end] + why, r.text[sources[0].start:sources[0].end], true
			}
			return n, "", r.text[m.start:m.end] + why, "", true
		}
	}
	return name{}, "", "", "", false
}

// markedBefore reports whether one of marks is written just before m.
func (r *reader) markedBefore(m mention, sp span, marks []string) bool {
	pre := strings.TrimRight(r.norm[max(sp.start, m.start-12):m.start], " ")
	long := stripDescription(strings.TrimRight(r.norm[max(sp.start, m.start-48):m.start], " "))
	if d := zhDescribed(r.norm[max(sp.start, m.start-36):m.start]); d != "" {
		long = d // "入股資料標註新創Scale AI": the mark before the description
	}
	for _, w := range marks {
		for _, p := range []string{pre, long} {
			if strings.HasSuffix(p, w) {
				k := len(p) - len(w)
				if isWordByte(w[0]) && k > 0 && isWordByte(p[k-1]) {
					continue
				}
				return true
			}
		}
	}
	return false
}

// describing are the words that may stand between a mark and a company:
// "led by Dutch chipmaker ASML", "from investment firm Iconiq".
var describing = map[string]bool{"database": true, "cybersecurity": true, "robotics": true, "chip-design": true, "chipmaker": true, "chip": true, "maker": true, "giant": true, "firm": true, "company": true, "group": true,
	"investor": true, "investment": true, "fund": true, "startup": true, "start-up": true, "rival": true, "tech": true, "software": true,
	"cloud": true, "provider": true, "conglomerate": true, "lab": true, "ai": true, "dutch": true, "french": true, "japanese": true,
	"american": true, "chinese": true, "german": true, "british": true, "korean": true, "indian": true, "u.s.": true, "us": true, "the": true,
	"e-commerce": true, "search": true, "semiconductor": true, "venture": true, "capital": true, "partner": true, "partners": true}

// stripDescription drops up to three describing words from the end of pre.
func stripDescription(pre string) string {
	for n := 0; n < 3; n++ {
		k := strings.LastIndexByte(pre, ' ')
		if k < 0 || !describing[pre[k+1:]] {
			break
		}
		pre = strings.TrimRight(pre[:k], " ")
	}
	return pre
}

// markedAfter reports whether one of marks is written just after m.
func (r *reader) markedAfter(m mention, sp span, marks []string) bool {
	post := strings.TrimLeft(r.norm[m.end:min(sp.end, m.end+16)], " ")
	if strings.HasPrefix(post, "(") || strings.HasPrefix(post, "（") {
		// "甲骨文(Oracle)簽訂": past the name in another script.
		if k := strings.IndexAny(r.norm[m.end:min(sp.end, m.end+40)], ")）"); k > 0 {
			e := m.end + k
			_, w := utf8.DecodeRuneInString(r.norm[e:])
			post = strings.TrimLeft(r.norm[e+w:min(sp.end, e+w+16)], " ")
		}
	}
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
	hits := r.find(pronounSet, pre)
	p := -1
	pw := ""
	for _, h := range hits {
		if (h.word == "公司" || h.word == "集团") && !clauseOpening(r.norm, sp.start, h.start) && !strings.HasSuffix(r.norm[sp.start:h.start], "期内") {
			continue // 公司 alone stands for the company only opening a sentence or clause
		}
		if h.word == "其" {
			nx, _ := utf8.DecodeRuneInString(r.norm[h.end:])
			pv, _ := utf8.DecodeLastRuneInString(r.norm[:h.start])
			if strings.ContainsRune(notPronounAfter, nx) || strings.ContainsRune(notPronounBefore, pv) {
				continue
			}
		}
		if h.start > p && (descriptors[fold(pw)] == nil || descriptors[h.word] != nil) {
			// "The e-commerce giant has said it expects": the descriptor
			// says which company "it" is.
			p, pw = h.start, r.text[h.start:h.end]
		}
	}
	var kinds []string
	if p < 0 {
		// "The AI search startup closed a $500 million round": a startup
		// described, not named, opening the sentence.
		if w, k, ok := describedSubject(r.norm[sp.start:q.NumStart]); ok && len(r.mentionsIn(span{sp.start, sp.start + len(w)})) == 0 {
			p, pw, kinds = sp.start, w, k // not "The Sam Altman-led firm": its leader names it
		} else if pre := r.norm[sp.start:q.NumStart]; !hasWide(pre) && len(r.mentionsIn(span{sp.start, q.NumStart})) == 0 {
			// "The cuts leave the San Francisco startup with about 90
			// employees": a startup described later in the sentence.
			for k := strings.LastIndex(pre, " the "); k > 0; k = strings.LastIndex(pre[:k], " the ") {
				if w, kk, ok := describedSubject(pre[k+1:]); ok && kk != nil {
					p, pw, kinds = sp.start+k+1, w, kk
					break
				}
			}
		}
	}
	if p < 0 {
		return mention{}, "", false
	}
	if (pw == "its" || pw == "it" || pw == "Its" || pw == "It") && institutionBefore(r.text[sp.start:p]) {
		return mention{}, "", false // "the money NASA requested in its $1.6 billion budget": the agency's
	}
	if kinds == nil {
		kinds = descriptors[fold(pw)]
	}
	limit := max(0, p-1500)
	var fallback mention
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
		if s.start < sp.start && r.furniture(s) {
			continue // "Recommended: OpenAI in talks over share sale": a link, not the story
		}
		if r.markedBefore(m, s, sourceMarks) && !r.possessorOfThing(m) || kinds != nil && !slices.Contains(kinds, m.entity) && !(sameKinds(kinds, startups) && r.isDiscovered(m.entity)) || r.roundInvestor(m, s) || r.inLedList(m, s) || r.customer(m) ||
			s.start < sp.start && containsAny(r.norm[s.start:s.end], investorSentence) || r.listedInvestor(m) ||
			s.start < sp.start && r.markedAfter(m, s, investorVerbs) {
			continue // nor is "the company" an investor of its round ("由腾讯领投", "Nvidia … also took part")
		}
		if s.start == sp.start && m.start < r.openingParticiple(sp) {
			continue // "Founded by former Meta researchers, the company has"
		}
		if s.start < sp.start && !r.subject(m, s) {
			// "the company" in a new sentence is the one an earlier
			// sentence was about, not a supplier it named in passing.
			if fallback.entity == "" {
				fallback = m
			}
			continue
		}
		return m, pw, true
	}
	if fallback.entity != "" {
		return fallback, pw, true
	}
	return mention{}, "", false
}

// fromToNoun returns the count noun a change from one count to another
// follows: "staff from 9,000 to about 5,000" counts staff both times.
func fromToNoun(pre string) string {
	if k := strings.LastIndex(pre, " from "); k >= 0 && strings.HasSuffix(pre, " to") {
		// "from 9,000 people to about 5,000": the noun the first count has.
		if ws := strings.Fields(pre[k+len(" from ") : len(pre)-len(" to")]); len(ws) == 2 {
			if m, ok := countNouns[ws[1]]; ok && countMetrics[m] {
				return ws[1]
			}
		}
	}
	if k := strings.LastIndex(pre, " from "); k >= 0 && (strings.HasSuffix(pre, " from") || strings.HasSuffix(pre, " to") && strings.Count(pre[k:], " ") <= 3) {
		pre = pre[:k]
	} else if k, ok := strings.CutSuffix(pre, " from"); ok {
		pre = k
	} else {
		return ""
	}
	w := pre[strings.LastIndexByte(pre, ' ')+1:]
	if m, ok := countNouns[w]; ok && countMetrics[m] {
		return w
	}
	return ""
}

// officerSaid reports whether a company is named only to introduce its
// officer's words: "OpenAI chief executive Sam Altman said last month that
// Meta had dangled…".
func (r *reader) officerSaid(m mention, sp span) bool {
	post := r.norm[m.end:min(sp.end, m.end+60)]
	post = strings.TrimPrefix(strings.TrimPrefix(post, "'s"), "’s")
	if !startsWithAny(post, []string{" chief executive", " ceo", " founder", " co-founder", " president", " chief financial officer", " cfo", " chairman", " chief technology officer"}) {
		return false
	}
	k := strings.Index(post, " said")
	return k > 0 && !strings.ContainsAny(post[:k], ",;")
}

// regexpOverYears matches a span of years after a sum: " over four years".
var regexpOverYears = regexp.MustCompile(`^ over (?:the next |roughly |about |nearly )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple) years`)

// plantAfter reports whether the words after a sum put it into a plant:
// " in its Hiroshima plant", " in a new factory in Arizona".
func plantAfter(post string) bool {
	post = strings.TrimLeft(post, " ")
	for _, p := range []string{"in its ", "in a ", "in the ", "at its ", "into its ", "to build ", "on its ", "in new "} {
		if rest, ok := strings.CutPrefix(post, p); ok {
			ws := strings.Fields(rest)
			for i := 0; i < len(ws) && i < 5; i++ {
				switch strings.TrimRight(ws[i], ".,;") {
				case "plant", "plants", "factory", "factories", "fab", "fabs", "facility", "facilities", "campus":
					return true
				}
			}
		}
	}
	return false
}

// milestoneOf reports whether a round threshold q ("topped $1 billion") has
// an exact figure of the article just above it, within a tenth.
func (r *reader) milestoneOf(q quantity.Quantity, unit string) bool {
	for _, o := range r.qs {
		if o.Start != q.Start && o.Approx == claimwatch.Exact && o.Value > q.Value && o.Value <= 1.1*q.Value && r.unit(o) == unit {
			return true
		}
	}
	return false
}

// sentenceDescriptor resolves a kind-of-company descriptor opening an
// English sentence ("The search giant agreed…") to the last company of that
// kind named in the six sentences before, when no company of the kind is
// named in the sentence before the figure.
func (r *reader) sentenceDescriptor(sp span, q quantity.Quantity) mention {
	head := r.norm[sp.start:q.Start]
	if !strings.HasPrefix(head, "the ") {
		return mention{}
	}
	for d, kinds := range descriptors {
		if !strings.HasPrefix(d, "the ") || !strings.HasPrefix(head, d+" ") || strings.HasPrefix(head[len(d):], " of") {
			continue
		}
		if len(r.find(stakeWords, sp)) > 0 || containsAny(r.norm[sp.start:sp.end], []string{"entitled to", "'s profits", "’s profits", "in the company", "in the startup"}) {
			return mention{} // "The software maker holds a roughly 27% stake in the ChatGPT maker": the stake rules decide
		}
		for _, m := range r.mentionsIn(span{sp.start, q.Start}) {
			if slices.Contains(kinds, m.entity) {
				return mention{}
			}
		}
		i := r.sentenceIndex(sp)
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			ms := r.mentionsIn(r.sents[j])
			for k := len(ms) - 1; k >= 0; k-- {
				if m := ms[k]; !m.leader && m.product == "" && slices.Contains(kinds, m.entity) {
					return m
				}
			}
		}
	}
	return mention{}
}

// possessorOfThing reports whether m owns what a preposition governs:
// "concessions from Stability's suppliers" marks the suppliers, not
// Stability, which the story is still about.
func (r *reader) possessorOfThing(m mention) bool {
	post := r.norm[m.end:min(len(r.norm), m.end+24)]
	for _, p := range []string{"'s ", "’s "} {
		if rest, ok := strings.CutPrefix(post, p); ok {
			w, _, _ := strings.Cut(rest, " ")
			return slices.Contains([]string{"suppliers", "vendors", "customers", "clients", "partners", "lenders", "creditors", "landlords", "employees", "staff", "users", "backers", "investors", "shareholders"}, strings.TrimRight(w, ".,;"))
		}
	}
	return false
}

// per finds the period of a rate: "每天", "a day", "日耗".
func (r *reader) per(q quantity.Quantity, sp, cl span) (string, string) {
	win := span{max(cl.start, q.Start-40), min(cl.end, q.End+24)}
	best, bw, bd := "", "", math.MaxInt
	for _, h := range r.find(perSet, win) {
		if r.comparison(h) {
			continue // "a year ago" is a comparison, not a rate
		}
		if h.end <= q.Start && r.rateOfOther(h, q, sp) {
			continue
		}
		d := abs(h.start - q.Start)
		if d < bd {
			best, bw, bd = perWords[h.word], r.text[h.start:h.end], d
		}
	}
	if best == "" {
		// A heading sentence may hold the rate word before the clause.
		for _, h := range r.find(perFallback, span{sp.start, q.Start}) {
			if r.rateOfOther(h, q, sp) || r.comparison(h) {
				continue // "costs $20 a month, and … has 600,000 seats"
			}
			best, bw = perWords[h.word], r.text[h.start:h.end]
		}
	}
	return best, bw
}

// change reads a percentage's direction from the verb before it: "下降了約12%"
// is -12, "rose 5%" is 5.
func (r *reader) change(q quantity.Quantity, cl span) (float64, string) {
	if r.levelOfMove(q) {
		return 0, "" // "从95%降至约50%": two levels
	}
	if pre := trimApprox(r.norm[cl.start:q.Start]); strings.HasSuffix(pre, " from") {
		for _, f := range r.figuresIn(span{cl.start, q.Start}) {
			if f.Unit == q.Unit && strings.HasSuffix(strings.TrimRight(r.norm[cl.start:f.Start], " "), " to") {
				return 0, "" // "fell to 61% from 78.4%": the level it fell from
			}
		}
	}
	if sign, w := r.comparedGap(q, cl); w != "" {
		return sign, w // "比行业平均水平低99.3%": the gap
	}
	win := span{max(cl.start, q.Start-30), min(cl.end, q.End+12)}
	best, bw, bd := 0.0, "", math.MaxInt
	for _, h := range r.find(changeSet, win) {
		d := q.Start - h.end
		if h.start >= q.End {
			d = h.start - q.End + 10
		}
		if d < 0 {
			continue
		}
		if h.end <= q.Start {
			// "falls to 49%", "fell 12% to 1.5 billion": the figure after
			// "to" is the level reached.
			if gap := strings.TrimSpace(r.norm[h.end:q.Start]); gap == "to" || strings.HasSuffix(gap, " to") {
				continue
			}
			if gap := trimApprox(r.norm[h.end:q.Start]); gap == " from" || gap == "from" {
				return 0, "" // "73%, down from 74.6%": the level it moved from
			}
		}
		if h.word == "up" && endsWithAny(strings.TrimRight(r.norm[win.start:h.start], " "), []string{"made", "make", "makes", "making", "set", "sets", "drawn", "drew", "sum", "sums"}) {
			continue // "made up 96% of revenue" is a share, not a rise
		}
		if h.word[0] >= utf8.RuneSelf && slices.ContainsFunc(r.mentionsIn(span{max(cl.start, h.start-12), min(cl.end, h.end+12)}), func(m mention) bool { return m.start <= h.start && h.end <= m.end }) {
			continue // "华为昇腾占比约28%": 昇 of a name, no rise
		}
		if d < bd || d == bd && len(h.word) > len(bw) {
			best, bw, bd = changeWords[h.word], r.text[h.start:h.end], d
		}
	}
	if bw == "" && strings.HasSuffix(trimApprox(r.norm[cl.start:q.Start]), " by") {
		// "cut the price of its o3 reasoning model by 80%": the verb the
		// "by" measures, further back.
		for _, h := range r.find(changeSet, span{max(cl.start, q.Start-80), q.Start}) {
			if h.word[0] < utf8.RuneSelf && h.word != "up" && h.word != "down" && len(r.mentionsIn(span{cl.start, h.start})) > 0 {
				best, bw = changeWords[h.word], r.text[h.start:h.end]
			}
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
	// "1.5 billion visits in July", "$13.51 billion for the second quarter",
	// "$13 billion investment, sealed in January", "up from $18 billion a
	// year ago": a time right after a figure is that figure's own.
	boundBefore := func(t timeExpr) (int, bool) {
		var last *quantity.Quantity
		for i, f := range r.figuresIn(sp) {
			if f.End <= t.start && !f.DateLike && !f.Attached && !r.tolerance(f) {
				last = &r.figuresIn(sp)[i]
			}
		}
		if last == nil {
			return 0, false
		}
		gap := r.norm[last.End:t.start]
		// "$16 billion, plus or minus 2%, for the third quarter": the
		// tolerance is an aside.
		for _, f := range r.figuresIn(sp) {
			if f.Start >= last.End && f.End <= t.start && r.tolerance(f) {
				aside := r.norm[f.NumStart-len(toleranceBefore(r.norm[:f.NumStart])) : f.End]
				gap = strings.Trim(strings.Replace(gap, aside, "", 1), " ,，")
			}
		}
		if !dates(strings.TrimSpace(gap)) {
			return 0, false
		}
		return last.Start, true
	}
	var cands, others []timeExpr
	cl := r.clauseAround(sp, q.NumStart)
	for _, t := range ts {
		if s, ok := boundBefore(t); ok {
			if s == q.Start {
				return t.value + implicitMark(t), t.text + " (written after the figure)"
			}
			// Not across a second verb: "has about 260 employees and expects
			// revenue of roughly $75 million this year".
			if t.start >= cl.start && t.end <= cl.end && !t.base && !r.isBaseFigure(s, sp) && !(q.End <= t.start && strings.Contains(r.norm[q.End:t.start], " and ")) {
				others = append(others, t) // "fell 12% in July to 1.5 billion"
			}
			continue
		}
		if s, ok := bound(t); ok {
			if s == q.Start {
				return t.value, t.text + " (written with the figure)"
			}
			continue
		}
		if !t.base && !r.aside(t.start, q) {
			cands = append(cands, t)
		}
	}
	// Prefer the figure's own clause ("up from $1.6 billion late last
	// year"), then the sentence; before the figure, then after it.
	var bestT *timeExpr
	for _, within := range []span{cl, sp} {
		for i := range cands {
			t := &cands[i]
			if t.end <= q.Start && t.start >= within.start {
				bestT = t
			}
		}
		if bestT == nil && within == cl {
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
	if bestT == nil && len(others) > 0 {
		return others[0].value + implicitMark(others[0]), others[0].text + " (dating the figure beside it)"
	}
	if bestT == nil {
		return "", ""
	}
	return bestT.value + implicitMark(*bestT), bestT.text
}

// implicitMark flags a period whose year was not written, for fiscalFor.
func implicitMark(t timeExpr) string {
	switch {
	case t.fiscal:
		return "?f"
	case t.implicit:
		return "?"
	}
	return ""
}

// isBaseFigure reports whether the figure starting at s is a comparison
// base ("from 1.7 billion").
func (r *reader) isBaseFigure(s int, sp span) bool {
	pre := strings.TrimRight(r.norm[max(sp.start, s-12):s], " ")
	for _, w := range baseWords {
		if strings.HasSuffix(pre, w) {
			return true
		}
	}
	return false
}

// fiscalFor dates a quarter written without a year ("the third quarter",
// 第三季; marked "?" by time) in the fiscal year the article gives for the
// same company: Nvidia's third quarter after its "second quarter of fiscal
// 2024" is FY2024-Q3. Without one it is the article's calendar year.
func (r *reader) fiscalFor(t, entity string) string {
	fiscal := strings.HasSuffix(t, "?f")
	if !fiscal && !strings.HasSuffix(t, "?") {
		return t
	}
	t = strings.TrimSuffix(strings.TrimSuffix(t, "f"), "?")
	if r.fy == nil {
		r.fy = map[string]string{}
		for _, w := range []string{"fiscal", "财年", "会计年度", "fy20"} {
			for off := 0; ; {
				k := strings.Index(r.norm[off:], w)
				if k < 0 {
					break
				}
				sp := r.sentenceOf(off + k)
				off = max(sp.end, off+k+len(w))
				for _, o := range findTimes(r.norm, r.text, sp, r.a.Published) {
					if !strings.HasPrefix(o.value, "FY") {
						continue
					}
					ms := r.mentionsIn(sp)
					if len(ms) == 0 && len(r.find(pronounSet, sp)) > 0 {
						// "Here's how the company did for the fiscal fourth
						// quarter of 2025": the company named before.
						k := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].start >= sp.start })
						if k > 0 {
							ms = r.ments[k-1 : k]
						}
					}
					for _, m := range ms {
						if _, ok := r.fy[m.entity]; !ok {
							r.fy[m.entity] = o.value[:6]
						}
					}
				}
			}
		}
	}
	if fy, ok := r.fy[entity]; ok {
		return fy + t[4:]
	}
	if fiscal {
		return "" // a fiscal quarter of a year the article does not give
	}
	return t
}

// dates reports whether the words between a figure and a time after it
// make the time the figure's: "in", "for the", "visits in", ", sealed in".
func dates(gap string) bool {
	if g, ok := strings.CutSuffix(gap, "fiscal"); ok && (g == "" || strings.HasSuffix(g, " ")) {
		gap = strings.TrimSpace(g) // "for the fiscal third quarter"
	}
	switch gap {
	case "", "in", "for", "for the", "during", "during the", "of", "in the":
		return true
	}
	if k := strings.LastIndexByte(gap, ','); k >= 0 && strings.Count(gap, ",") == 1 {
		// "$13 billion investment in OpenAI, sealed in January"
		ws := strings.Fields(gap[k+1:])
		return len(ws) == 2 && strings.HasSuffix(ws[0], "ed") && (ws[1] == "in" || ws[1] == "on")
	}
	ws := strings.Fields(strings.TrimPrefix(gap, ","))
	if len(ws) == 2 && (ws[1] == "in" || ws[1] == "for" || ws[1] == "on") && isWordByte(ws[0][0]) {
		// "visits in July"; ", sealed in January", ", announced in January"
		return !strings.HasPrefix(gap, ",") || strings.HasSuffix(ws[0], "ed")
	}
	return false
}

// modality is forecast when a forecast word precedes the figure in its
// sentence, or the figure's time is after the article's date.
func (r *reader) modality(q quantity.Quantity, sp span, t string) (string, string) {
	// Look back no further than the figure before: its forecast word is its own.
	from := max(sp.start, q.Start-90)
	for _, o := range r.figuresIn(sp) {
		if o.End <= q.Start && o.End > from && !o.DateLike && !o.Attached && !o.Ordinal {
			from = o.End
		}
	}
	win := span{from, q.Start}
	qcl := r.clauseAround(sp, q.NumStart)
	for _, h := range r.find(forecastSet, win) {
		w := r.text[h.start:h.end]
		if h.start < qcl.start && containsAny(r.norm[qcl.start:q.Start], []string{"已", "目前", "去年", "上季"}) {
			continue // "明年將倍增，雲端產品營收占比已超過四成": the figure's own clause says it is past
		}
		if h.word == "将" && (strings.HasPrefix(r.norm[h.start:], "将近") || strings.HasSuffix(r.norm[:h.start], "已")) {
			continue
		}
		if h.word == "may" && w[0] == 'M' {
			continue // the month
		}
		if (h.word == "would" || h.word == "could" || h.word == "will") && containsAny(r.norm[q.End:min(sp.end, q.End+40)], []string{" it got", " it was valued", " it raised", " it received", " it fetched", " it was worth", " at which", " it secured"}) {
			continue // "That would be nearly triple the $61.5 billion valuation it got in March": the past figure compared
		}
		return claimwatch.Forecast, w
	}
	rest := r.norm[skipBlank(r.norm, q.End):]
	for _, w := range []string{"expected", "estimated", "forecast", "predicted", "projected"} {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isWordByte(rest[len(w)])) {
			return claimwatch.Forecast, w // "$39.33 billion vs. $38.05 billion expected"
		}
	}
	cl := r.clauseAround(sp, q.NumStart)
	for _, h := range r.find(forecastAfter, span{q.End, cl.end}) {
		return claimwatch.Forecast, r.text[h.start:h.end]
	}
	if t != "" && !strings.HasPrefix(t, "FY") && !r.a.Published.IsZero() && after(t, r.a.Published) {
		// Fiscal years run ahead of the calendar, so FY2025 in 2024 may be past.
		return claimwatch.Forecast, t + " is after the article's date"
	}
	if fy, ok := strings.CutPrefix(t, "FY"); ok && len(fy) >= 4 && !r.a.Published.IsZero() {
		// but no fiscal year begins more than a year early: FY2027 in 2025
		// is still to come.
		if y, err := strconv.Atoi(fy[:4]); err == nil && y >= r.a.Published.Year()+2 {
			return claimwatch.Forecast, t + " is after the article's date"
		}
	}
	return claimwatch.Reported, ""
}

// pastMarks between two figures, or after the second, turn a forecast's
// sentence to the past or to a comparison: "up from $21.2bn in fiscal
// 2025", "the $91.4 billion it spent last year".
var pastMarks = map[string]bool{"from": true, "compared": true, "versus": true, "vs": true, "than": true, "last": true, "earlier": true,
	"ago": true, "previous": true, "prior": true, "had": true, "was": true, "were": true, "did": true, "total": true, "bringing": true,
	"including": true, "when": true, "which": true, "after": true, "before": true, "spent": true, "sold": true, "paid": true, "got": true,
	"took": true, "grew": true, "rose": true, "fell": true, "made": true, "won": true, "ending": true, "since": true}

// pastInGap reports whether words hold a past or comparison mark (a word
// in -ed counts as a past verb), or are more than a short list's glue.
func pastInGap(words string) bool {
	if utf8.RuneCountInString(words) > 60 {
		return true
	}
	for _, w := range strings.FieldsFunc(words, func(c rune) bool { return c == ' ' || c == ',' || c == ';' }) {
		if pastMarks[w] || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
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
	f, ok := r.furnished[sp.start]
	if !ok {
		f = r.furnitureIn(sp)
		r.furnished[sp.start] = f
	}
	return f
}

// mentionsIn returns the entity names that start in sp.
func (r *reader) mentionsIn(sp span) []mention {
	if sp.end <= sp.start {
		return nil
	}
	a := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].start >= sp.start })
	b := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].start >= sp.end })
	return r.ments[a:b]
}

// figuresIn returns the figures that start in sp.
func (r *reader) figuresIn(sp span) []quantity.Quantity {
	if sp.end <= sp.start {
		return nil
	}
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

// metricWordsIn returns the metric words of clause cl outside the figure q.
func (r *reader) metricWordsIn(cl span, q quantity.Quantity) []hit {
	var out []hit
	for _, h := range r.find(metricSet, cl) {
		if h.end <= q.Start || h.start >= q.End {
			if !r.aside(h.start, q) {
				out = append(out, h)
			}
		}
	}
	return out
}

// carry returns the claim a sentence without a company continues: the
// claim just before, in this sentence or the one before, when a metric word
// opens this sentence's subject (within its first words, before the figure).
func (r *reader) carry(q quantity.Quantity, sp span, prev *Explanation, mword string) (*Explanation, string, bool) {
	// "That would be nearly triple the $61.5 billion…", "That is up from
	// $3.8 billion", "Of those, about 126,000…": the sentence goes on
	// about the figure just before.
	if r.goesOn(q, sp, prev) {
		return prev, "that: the figure before, " + prev.Figure, true
	}
	generic := genericSubject(r.norm[sp.start:q.Start]) && !(metricOf[fold(mword)] == claimwatch.Funding && strings.Contains(r.norm[sp.start:q.Start], "investors "))
	if mword == "" || r.collective(q, sp) || industryWide(r.norm[sp.start:sp.end]) || generic {
		// "Existing investors put in $85 million" still funds the company.
		return nil, "", false // "今年上半年欧洲AI初创企业共融资约83亿欧元" names no company
	}
	if prev != nil && prev.Claim.Offset >= 0 && r.sentenceOf(prev.Claim.Offset).start == sp.start {
		return prev, "carried from " + prev.Figure, true // "$10.32 billion, up 171%"
	}
	mw := mword
	if hasWide(mword) {
		mw = strings.TrimPrefix(mword, "share: ") // "營收占比由…升至37%": the share word opens the sentence
	}
	k := strings.Index(r.norm[sp.start:q.Start], fold(mw))
	if k < 0 && q.Unit == "" && !strings.HasPrefix(fold(mword), "people") && strings.HasPrefix(strings.TrimLeft(r.norm[q.End:min(sp.end, q.End+40)], " "), fold(mword)) {
		if unknownOwner(r.text[sp.start:sp.end]) {
			return nil, "", false // "Corvid's software is used by 41 insurers": a company the list lacks
		}
		k = q.Start - sp.start // "more than 5,200 customers were paying": the count and its noun open the sentence
	}
	limit := 32
	if head := r.norm[sp.start : sp.start+max(k, 0)]; containsAny(head, []string{"segment", "unit", "division", "分部", "业务", "板块", "部门"}) {
		limit = 64 // "The Productivity and Business Processes unit, which includes Office, brought in"
	}
	from := sp.start
	if head := r.norm[sp.start : sp.start+max(k, 0)]; startsWithAny(head, []string{"for ", "in ", "during ", "over ", "as of ", "by the end", "at the end"}) {
		// "For the second quarter of fiscal 2026, which ended Aug. 2,
		// revenue rose 58%": the time opening the sentence is no subject.
		if c := strings.LastIndexByte(head, ','); c >= 0 {
			from = sp.start + c + 1
		}
	}
	if k < 0 || r.runesOutsideAsides(span{from, sp.start + k}) > limit {
		return nil, "", false
	}
	i := sort.Search(len(r.sents), func(i int) bool { return r.sents[i].start >= sp.start })
	if i == 0 {
		return nil, "", false
	}
	before := r.sents[i-1]
	if q.Unit == "" && prev != nil && prev.Claim.Offset >= 0 && r.sentenceOf(prev.Claim.Offset).start != before.start {
		// A count opening a sentence belongs to the company the sentence
		// before names, when that one made no claim: "Norhaven Software
		// reported results. At that point more than 5,200 customers…".
		for _, m := range r.mentionsIn(before) {
			if !m.leader && !r.former(m, before) && !r.markedBefore(m, before, sourceMarks) {
				if m.entity != prev.Claim.Entity {
					return &Explanation{Claim: claimwatch.Claim{Entity: m.entity, Offset: -1}}, "the company of the sentence before, " + r.text[m.start:m.end], true
				}
				break
			}
		}
	}
	if prev != nil && prev.Claim.Offset >= 0 {
		if ps := r.sentenceOf(prev.Claim.Offset).start; ps == before.start || i >= 2 && ps == r.sents[i-2].start {
			if prev.Claim.Metric == claimwatch.Other && prev.Claim.Counterparty != "" && metricOf[fold(mword)] != claimwatch.Other {
				// "…its investment in OpenAI, in which Microsoft holds a stake
				// of roughly 27%. Revenue in the Intelligent Cloud segment
				// climbed 26%": a stake in another company is an aside; the
				// measure continues the figure of the company reporting.
				if o := r.lastMeasure(sp, i); o != nil {
					return o, "carried from " + o.Figure, true
				}
			}
			if t := r.topic(); t != "" && t != prev.Claim.Entity && containsAny(r.norm[before.start:before.end], []string{"compares with", "compared with", "that compares", "versus", " vs. "}) &&
				!r.namesFirst(before, prev.Claim.Entity) {
				// "That compares with $20 a month for OpenAI's ChatGPT Plus. A
				// Team tier costs €24.99": the rival was a comparison.
				return &Explanation{Claim: claimwatch.Claim{Entity: t, Offset: -1}}, "the company the article is about, " + t + " (the sentence before compares)", true
			}
			return prev, "carried from " + prev.Figure, true
		}
	}
	// No claim before, but a company the sentence before is about:
	// "Nvidia's revenue rose. Data-center revenue … was $10.32 billion."
	if startsWithAny(r.norm[before.start:before.end], []string{"its ", "it ", "the company", "the firm", "their "}) && i >= 2 {
		// "Micron … has been a beneficiary. Its chips are used in Nvidia's
		// Blackwell processors. HBM revenue grew": the sentence before is
		// about the company its pronoun stands for.
		for _, m := range r.mentionsIn(r.sents[i-2]) {
			if !m.leader && !r.former(m, r.sents[i-2]) && !r.markedBefore(m, r.sents[i-2], sourceMarks) && r.subject(m, r.sents[i-2]) {
				return &Explanation{Claim: claimwatch.Claim{Entity: m.entity, Offset: -1}}, "the company of the sentences before, " + r.text[m.start:m.end], true
			}
		}
	}
	ms := r.mentionsIn(before)
	for j, m := range ms {
		if m.leader && j == 0 && r.subject(m, before) {
			// "Chief Executive Jensen Huang told analysts … rivals such as
			// Huawei. Revenue … rose 69%": the leader's company.
			return &Explanation{Claim: claimwatch.Claim{Entity: m.entity, Offset: -1}}, "the company of the sentence before, " + r.text[m.start:m.end], true
		}
		if r.markedBefore(m, before, []string{"such as", "like"}) {
			continue
		}
		if !m.leader && !r.former(m, before) && !r.markedBefore(m, before, sourceMarks) {
			if j+1 < len(ms) && modifies(r.norm[m.end:ms[j+1].start]) {
				continue // "台積電轉投資的設計服務廠創意電子…": the company described
			}
			return &Explanation{Claim: claimwatch.Claim{Entity: m.entity, Offset: -1}}, "the company of the sentence before, " + r.text[m.start:m.end], true
		}
	}
	// Sentences that name nobody ("Shares of the company rose 3%.") between
	// this one and the last company a sentence was about: "Advanced Micro
	// Devices forecast … Third-quarter revenue rose 36%".
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		ms := r.mentionsIn(r.sents[j])
		for k, m := range ms {
			if m.leader && k == 0 || !m.leader && !r.former(m, r.sents[j]) && !r.markedBefore(m, r.sents[j], sourceMarks) &&
				!r.markedBefore(m, r.sents[j], []string{"such as", "like"}) {
				return &Explanation{Claim: claimwatch.Claim{Entity: m.entity, Offset: -1}}, "the company named last, " + r.text[m.start:m.end], true
			}
		}
		if len(ms) > 0 {
			break
		}
	}
	// "The results behind the backlog were less dazzling. Revenue rose 12
	// per cent": a measure with no company near it is the company the
	// article is about.
	if t := r.topic(); t != "" && k <= 24 {
		return &Explanation{Claim: claimwatch.Claim{Entity: t, Offset: -1}}, "the company the article is about, " + t, true
	}
	return nil, "", false
}

// topic is the company the article is about: the first named in its
// headline, else the one its text names most often.
func (r *reader) topic() string {
	if r.topicDone {
		return r.topicName
	}
	r.topicDone = true
	for _, m := range r.x.mentions(fold(r.a.Title)) {
		if !m.leader {
			r.topicName = m.entity
			return r.topicName
		}
	}
	n := map[string]int{}
	best := 0
	for _, m := range r.ments {
		if m.leader {
			continue
		}
		n[m.entity]++
		if n[m.entity] > best {
			best, r.topicName = n[m.entity], m.entity
		}
	}
	if best < 3 {
		r.topicName = ""
	}
	return r.topicName
}

// runesOutsideAsides counts the characters of sp that no subordinate
// clause holds: "The data center segment, which includes Instinct AI
// accelerators and EPYC server processors, posted revenue" opens with what
// it measures.
func (r *reader) runesOutsideAsides(sp span) int {
	n := utf8.RuneCountInString(r.norm[sp.start:sp.end])
	end := sp.start
	for _, a := range r.asides(r.sentenceOf(sp.start)) {
		s, e := max(a.start, sp.start, end), min(a.end, sp.end)
		if s < e {
			n -= utf8.RuneCountInString(r.norm[s:e])
			end = e
		}
	}
	return n
}

// openingParticiple returns the end of a participle that opens sentence
// sp, or sp.start: "Founded in 2023 by former Google DeepMind and Meta
// researchers, the Paris-based company has about 350 employees" names its
// founders, not its subject.
func (r *reader) openingParticiple(sp span) int {
	seg := r.norm[sp.start:sp.end]
	for _, o := range []string{"founded ", "co-founded ", "backed by ", "started by ", "spun out of ", "formerly part of "} {
		if strings.HasPrefix(seg, o) {
			// "Founded in 2021 by two engineers at Stripe, Lumenstack
			// plugs into…": the phrase ends at the comma the subject
			// follows.
			for off := 0; ; {
				j := strings.IndexByte(seg[off:], ',')
				if j < 0 {
					break
				}
				at := sp.start + off + j
				if ms := r.mentionsIn(span{skipBlank(r.norm, at+1), skipBlank(r.norm, at+1) + 1}); len(ms) > 0 && !ms[0].leader {
					return at
				}
				off += j + 1
			}
			if j := strings.IndexByte(seg, ','); j > 0 {
				return sp.start + j
			}
		}
	}
	return sp.start
}

// asideOpeners begin a subordinate clause set off by commas or brackets,
// whose names and metric words describe something else: "Data-center
// revenue, which includes the chips used to train models such as ChatGPT,
// was $10.32 billion" is Nvidia's revenue. close lists what ends each.
var asideOpeners = []struct{ open, close string }{
	{", which ", ",;"}, {", who ", ",;"}, {", including ", ",;"}, {", such as ", ",;"}, {", whose ", ",;"},
	{", founded ", ",;"}, {", based ", ",;"}, {", backed ", ",;"}, {", owned ", ",;"}, {", once ", ",;"},
	{" as ", ";"}, {" while ", ";"}, {"(", ")"}, {"（", "）"}, {" – ", "–"}, {" — ", "—"},
	// Appositions: "CoreWeave, the cloud provider that rents out Nvidia
	// chips, reported", "Ernie Bot, the company's answer to ChatGPT, had".
	{", the ", ",;"}, {", a ", ",;"}, {", an ", ",;"}, {", its ", ",;"},
}

// aside reports whether byte p lies in such a clause that does not hold the
// figure q.
func (r *reader) aside(p int, q quantity.Quantity) bool {
	for _, a := range r.asides(r.sentenceOf(p)) {
		if a.start <= p && p < a.end && (q.NumStart < a.start || q.NumStart >= a.end) {
			return true
		}
	}
	return false
}

// asides returns the subordinate clauses of sentence sp, each from its
// opener to the first mark that closes it; computed once per sentence.
func (r *reader) asides(sp span) []span {
	if as, ok := r.asideSpans[sp.start]; ok {
		return as
	}
	var out []span
	seg := r.norm[sp.start:sp.end]
	if e := r.openingParticiple(sp); e > sp.start {
		out = append(out, span{sp.start, e})
	}
	for _, o := range asideOpeners {
		for off := 0; ; {
			k := strings.Index(seg[off:], o.open)
			if k < 0 {
				break
			}
			a := off + k
			b := len(seg)
			if j := strings.IndexAny(seg[a+len(o.open):], o.close); j >= 0 {
				b = a + len(o.open) + j
			}
			if o.open[0] == ',' && o.open != ", which" {
				// An apposition ending in a list of names runs to the list's
				// end: "Stargate, the OpenAI-led joint venture announced with
				// SoftBank, Oracle and Abu Dhabi's MGX, will invest".
				for b < len(seg) && seg[b] == ',' {
					next := seg[b+1:]
					e := strings.IndexByte(next, ',')
					if e < 0 {
						break
					}
					item := strings.TrimSpace(r.text[sp.start+b+1 : sp.start+b+1+e])
					if item == "" || !isUpper(item[0]) || len(item) > 40 || !strings.Contains(item, " and ") && !strings.HasPrefix(seg[b+1+e:], ", and ") {
						break
					}
					b += 1 + e
				}
			}
			out = append(out, span{sp.start + a, sp.start + b})
			off = a + len(o.open)
		}
	}
	r.asideSpans[sp.start] = out
	return out
}

// targetPronouns stand for the company that receives an investment.
// debtWords make money arranged "for" a company its borrowing.
var debtWords = []string{"debt", "loan", "loans", "bonds", "notes", "credit facility", "financing"}

var targetPronouns = newWordSet([]string{"in the start-up", "in the startup", "in the company", "in the firm", "into the company", "into the start-up",
	"debt for the company", "debt for the startup", "debt for the start-up", "debt for the firm",
	"of the company", "of the start-up", "of the startup", "of the firm",
	"in the lab", "to the startup", "to the start-up", "to the company", "to the firm", "to the lab", "to it", "in it",
	"向该公司", "对该公司", "向其", "对其"})

// targetPronoun resolves "in the start-up" near the figure to the company
// named last before the sentence.
func (r *reader) targetPronoun(q quantity.Quantity, sp span) (mention, bool) {
	from := max(sp.start, q.Start-24)
	if cl := r.clauseAround(sp, q.NumStart); strings.Contains(r.norm[cl.start:q.Start], "分别") || strings.Contains(r.norm[q.End:cl.end], "respectively") {
		from = cl.start // "微软和英伟达将分别向其投资最多50亿美元和100亿美元"
	}
	hits := r.find(targetPronouns, span{from, min(sp.end, q.End+40)})
	hits = slices.DeleteFunc(hits, func(h hit) bool {
		// "in its plant" is no "in it"
		return h.word[len(h.word)-1] < utf8.RuneSelf && (r.norm[h.start:h.end] != h.word || h.end < len(r.norm) && isWordByte(r.norm[h.end]))
	})
	if len(hits) == 0 {
		// "invested $1 billion in the San Francisco lab": a described
		// startup, the last one named before.
		if _, ok := describedTarget(r.norm[q.End:min(sp.end, q.End+48)]); ok {
			hits = []hit{{word: "the startup"}}
		}
	}
	if len(hits) == 0 {
		return mention{}, false
	}
	// The subject of the sentences before: the first company each names;
	// "the startup" is the last startup named.
	var kinds []string
	for _, h := range hits {
		w := h.word
		for _, p := range []string{"in ", "into ", "to ", "of "} {
			w = strings.TrimPrefix(w, p)
		}
		if k, ok := descriptors[w]; ok {
			kinds = k
		}
	}
	i := sort.Search(len(r.sents), func(i int) bool { return r.sents[i].start >= sp.start })
	if kinds == nil {
		// "OpenAI will launch a store, and Microsoft, which has invested
		// $13 billion in the company, …": the company named earlier in the
		// sentence than the investor.
		var before []mention
		for _, m := range r.mentionsIn(span{sp.start, q.Start}) {
			if !m.leader && !r.inLedList(m, sp) {
				// "in a round led by Coatue and Lightspeed, and Intel
				// invested $50 million in the company": no leader of a
				// round is the company.
				before = append(before, m)
			}
		}
		for _, m := range before {
			if startsWithAny(strings.TrimPrefix(strings.TrimPrefix(r.norm[m.end:min(sp.end, m.end+28)], "'s"), "’s"), []string{" biggest backer", " largest backer", " main backer", " biggest investor", " largest investor", " largest shareholder", " biggest shareholder", " main investor"}) {
				return m, true // "Microsoft, OpenAI's biggest backer, has invested more than $13 billion in the company"
			}
		}
		if len(before) >= 2 && before[0].entity != before[len(before)-1].entity {
			// "Amazon, which has invested $8 billion in Anthropic, and
			// Alphabet, which owns about 14% of the company": the company
			// money went into, else the one named first.
			holder := before[len(before)-1].entity
			for j := len(before) - 2; j >= 0; j-- {
				if m := before[j]; m.entity != holder && r.markedBefore(m, sp, []string{"in", "into", "to"}) {
					return m, true
				}
			}
			return before[0], true
		}
	}
	if kinds != nil {
		for j := i - 1; j >= 0 && j >= i-6; j-- {
			for _, m := range r.mentionsIn(r.sents[j]) {
				if !m.leader && slices.Contains(kinds, m.entity) && !r.former(m, r.sents[j]) && !r.markedBefore(m, r.sents[j], sourceMarks) {
					return m, true
				}
			}
		}
		return mention{}, false
	}
	if hits[0].word[0] >= utf8.RuneSelf {
		if m, ok := r.receiverBefore(i); ok {
			return m, true // "亞馬遜已向Anthropic累計投資…。谷歌再向其追加投資": Anthropic
		}
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		for _, m := range r.mentionsIn(r.sents[j]) {
			if !m.leader && !r.markedBefore(m, r.sents[j], sourceMarks) && !r.markedAfter(m, r.sents[j], investorVerbs) && !r.investedIn(r.sents[j], m.entity) {
				return m, true // not "Amazon has invested $8 billion": an investor, not the company
			}
		}
	}
	// Sentences that say only "its chatbot": the company named last.
	k := sort.Search(len(r.ments), func(i int) bool { return r.ments[i].start >= sp.start })
	for k--; k >= 0 && sp.start-r.ments[k].start < 1500; k-- {
		if m := r.ments[k]; !m.leader {
			return m, true
		}
	}
	return mention{}, false
}

// baseWords before a figure make it the base of a comparison ("down from
// 1.7 billion", "由6月的17億次"), not the level a change measures.
var baseWords = []string{"from", "than", "由", "从", "比", "较"}

// levelBefore returns the claim a change percentage measures: the last
// figure before it in its sentence that is a claim and no comparison base.
func (r *reader) levelBefore(q quantity.Quantity, sp span) *Explanation {
	fs := r.figuresIn(sp)
	for i := len(fs) - 1; i >= 0; i-- {
		f := fs[i]
		if f.Start >= q.Start || f.Unit == claimwatch.UnitPercent && !points(r.norm[q.Start:q.End]) {
			continue
		}
		e, ok := r.made[f.Start]
		if !ok {
			continue
		}
		pre := strings.TrimRight(r.norm[max(sp.start, f.Start-12):f.Start], " ")
		isBase := false
		for _, w := range baseWords {
			if strings.HasSuffix(pre, w) || strings.HasSuffix(strings.TrimRight(strings.TrimSuffix(pre, "的"), " "), w) {
				isBase = true
			}
		}
		// 由6月的17億次: the base mark may stand before the time.
		if k := strings.LastIndexAny(pre, "由从"); k >= 0 && !isBase && utf8.RuneCountInString(pre[k:]) <= 5 {
			isBase = true
		}
		if !isBase {
			return e
		}
	}
	return nil
}

// leadInvestor reads the investor leading a round who is no known company:
// "led by Spark Capital", "由Spark Capital領投".
func (r *reader) leadInvestor(sp span) (string, string) {
	seg := r.norm[sp.start:sp.end]
	if k := strings.Index(seg, "led by "); k >= 0 {
		a := sp.start + k + len("led by ")
		if b := capitalizedEnd(r.text, a, sp.end); b > a {
			n := strings.TrimSpace(r.text[a:b])
			return r.canonicalSource(n), "led by " + n
		}
	}
	if k := strings.Index(seg, "领投"); k > 0 {
		if j := strings.LastIndex(seg[:k], "由"); j >= 0 && k-j <= 40 {
			n := strings.TrimSpace(r.text[sp.start+j+len("由") : sp.start+k])
			if n != "" {
				return r.canonicalSource(n), "由" + n + "领投"
			}
		}
	}
	return "", ""
}

// productAside reports whether a product is named only to describe its
// maker, which the sentence also names: "Anthropic, the maker of the
// Claude chatbot", "開發聊天機器人Claude的人工智慧新創Anthropic".
func (r *reader) productAside(m mention, sp span) bool {
	named := false
	for _, o := range r.mentionsIn(sp) {
		if o.entity == m.entity && o.product == "" && !o.leader {
			named = true
		}
	}
	if !named {
		return false
	}
	pre := strings.TrimRight(r.norm[max(sp.start, m.start-24):m.start], " ")
	for _, w := range []string{"maker of the", "maker of", "developer of", "creator of", "开发", "开发聊天机器人", "推出"} {
		if strings.HasSuffix(pre, w) {
			return true
		}
	}
	return strings.HasPrefix(r.norm[m.end:], "的")
}

// former reports whether a company is named as where people came from
// ("former OpenAI researchers", "前OpenAI員工"); 之前 and 目前 are "before"
// and "now", not "former".
func (r *reader) former(m mention, sp span) bool {
	if !r.markedBefore(m, sp, formerMarks) {
		return false
	}
	pre := strings.TrimRight(r.norm[max(sp.start, m.start-12):m.start], " ")
	if strings.HasSuffix(pre, "前") {
		p, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(pre, "前"))
		return !strings.ContainsRune("之以此目提当日月年", p)
	}
	return true
}

// lastReported returns the last claim read with c's entity and metric that
// is reported and dated.
func (r *reader) lastReported(c *claimwatch.Claim) *Explanation {
	var best *Explanation
	bestAt := -1
	for at, o := range r.made {
		if o.Claim.Entity != c.Entity || o.Claim.Metric != c.Metric || o.Claim.Modality != claimwatch.Reported || o.Claim.Time == "" || o.Claim.Offset >= c.Offset {
			continue
		}
		// Headline claims share one offset (-1): the figure's place in
		// the text breaks the tie, so the answer does not depend on map order.
		if best == nil || o.Claim.Offset > best.Claim.Offset || o.Claim.Offset == best.Claim.Offset && at > bestAt {
			best, bestAt = o, at
		}
	}
	return best
}

// rateOfOther reports whether the rate word h belongs to another figure:
// one written just before it, or one between it and q.
func (r *reader) rateOfOther(h hit, q quantity.Quantity, sp span) bool {
	for _, f := range r.figuresIn(sp) {
		if f.Start == q.Start || f.DateLike || f.Attached {
			continue
		}
		if f.End <= h.start && strings.TrimSpace(r.norm[f.End:h.start]) == "" || f.Start >= h.end && f.Start < q.Start {
			return true
		}
		if f.End <= h.start && h.end <= q.Start && f.Start < q.Start && h.start-f.End <= 20 && f.Unit != "" && !hasWide(r.norm[f.End:h.start]) &&
			!strings.ContainsAny(r.norm[f.End:h.start], ",;") {
			return true // "$40 per developer per month, and … 2,300 businesses"
		}
	}
	return false
}

// comparison reports whether a rate word is the base of a comparison: "a
// year ago", "a year earlier".
func (r *reader) comparison(h hit) bool {
	rest := strings.TrimLeft(r.norm[h.end:min(len(r.norm), h.end+10)], " ")
	return strings.HasPrefix(rest, "ago") || strings.HasPrefix(rest, "earlier") || strings.HasPrefix(rest, "before") ||
		strings.HasPrefix(rest, "after ") || strings.HasPrefix(rest, "later") // "a month after Meta's $14.3 billion deal"
}

// cells splits a table row ("OpenAI | $3.4 billion | $86 billion", or
// cells between tabs) into the spans of its cells; a line that is no row
// gives none.
func (r *reader) cells(sp span) []span {
	line := r.text[sp.start:sp.end]
	sep := "|"
	if !strings.Contains(line, sep) {
		sep = "\t"
	}
	if strings.Count(line, sep) < 1 {
		return nil
	}
	var out []span
	a := sp.start
	for {
		k := strings.Index(r.text[a:sp.end], sep)
		b := sp.end
		if k >= 0 {
			b = a + k
		}
		if strings.TrimSpace(r.text[a:b]) != "" {
			out = append(out, span{a, b})
		}
		if k < 0 {
			break
		}
		a = b + len(sep)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// tableCell reads a figure in a table row: the company named in the row,
// the metric and time its column's heading names ("Company | Revenue |
// Valuation"). It reports false when q's line is no row; a row that names
// no company, or a column with no metric, gives an empty claim.
func (r *reader) tableCell(q quantity.Quantity, sp span) (Explanation, bool) {
	row := r.cells(sp)
	if row == nil {
		return Explanation{}, false
	}
	col := -1
	for i, c := range row {
		if q.NumStart >= c.start && q.NumStart < c.end {
			col = i
		}
	}
	e := Explanation{Figure: q.Text}
	// The heading: the nearest line above with as many cells and no figure.
	i := sort.Search(len(r.sents), func(i int) bool { return r.sents[i].start >= sp.start })
	var head []span
	for j := i - 1; j >= 0 && j >= i-30; j-- {
		h := r.cells(r.sents[j])
		if len(h) == len(row) && len(r.figuresIn(r.sents[j])) == 0 {
			head = h
			break
		}
	}
	if col < 0 || head == nil || q.Vague || q.Attached {
		return e, true
	}
	var ent *mention
	for _, m := range r.mentionsIn(sp) {
		if m.start < row[col].start || m.end <= row[0].end {
			ent = &m
			break
		}
	}
	if ent == nil {
		return e, true
	}
	hc := head[col]
	hits := r.find(metricSet, hc)
	if len(hits) == 0 {
		return e, true
	}
	c := &e.Claim
	c.ArticleID, c.Offset = r.a.ID, q.NumStart
	c.Value, c.ValueMax, c.Unit = q.Value, q.ValueMax, r.unit(q)
	c.Approx, e.Approx = q.Approx, q.ApproxWord
	c.Metric, e.Metric = metricOf[hits[0].word], r.text[hits[0].start:hits[0].end]+" (column heading)"
	if c.Unit == "" {
		if !countMetrics[c.Metric] {
			return Explanation{}, true
		}
		c.Unit = claimwatch.UnitCount
	}
	if c.Unit == claimwatch.UnitCount && !countMetrics[c.Metric] {
		return Explanation{}, true
	}
	c.Entity, c.Product, e.Entity = ent.entity, ent.product, r.text[ent.start:ent.end]+" (row)"
	for _, t := range findTimes(r.norm, r.text, hc, r.a.Published) {
		c.Time, e.Time = t.value, t.text+" (column heading)"
	}
	c.Modality, e.Modality = claimwatch.Reported, "(a table of figures: reported)"
	if c.Time != "" && !r.a.Published.IsZero() && after(c.Time, r.a.Published) {
		c.Modality, e.Modality = claimwatch.Forecast, c.Time+" is after the article's date"
	}
	c.Quote = strings.TrimSpace(r.text[sp.start:sp.end])
	c.Lang = langOf(c.Quote)
	c.AttributedTo, e.Attribution = r.attribution(sp, c.Entity)
	return e, true
}

// investIn finds an invest word in the clause with a company it goes into
// right after the figure: "invest $8 billion in Anthropic".
func (r *reader) investIn(q quantity.Quantity, cl span) (string, bool) {
	var w string
	pledge := false
	for _, h := range r.find(metricSet, cl) {
		if (investWords[h.word] || pledgeWords[h.word]) && h.end <= q.Start {
			w, pledge = r.text[h.start:h.end], pledgeWords[h.word]
		}
	}
	if w == "" {
		// "It has put $8 billion into Anthropic": a plain verb of money
		// put into a company.
		pre := trimApprox(r.norm[cl.start:q.Start])
		for _, v := range []string{" put", " poured", " pumped", " injected", " sunk", " plowed", " ploughed", " invested a total of", " put a total of"} {
			if strings.HasSuffix(pre, v) {
				w = strings.TrimSpace(v)
			}
		}
	}
	if w == "" {
		return "", false
	}
	rest := strings.TrimLeft(r.norm[q.End:cl.end], " ")
	if plantAfter(rest) {
		return "", false // "invest up to 500 billion yen in its Hiroshima plant": its own plant
	}
	if d, ok := describedTarget(rest); ok && !pledge {
		return w + " … " + d, true // "invested $1 billion in the San Francisco lab"
	}
	for _, t := range []string{"in ", "into ", "to "} {
		if strings.HasPrefix(rest, t) {
			k := q.End + (len(r.norm[q.End:cl.end]) - len(rest)) + len(t)
			// "in Elon Musk's xAI", "in Abu Dhabi's G42": past a possessive.
			if j := strings.Index(r.norm[k:min(cl.end, k+24)], "'s "); j > 0 && !strings.ContainsAny(r.norm[k:k+j], ",.;") && isUpper(r.text[k]) {
				k += j + len("'s ")
			}
			for _, m := range r.mentionsIn(span{k, min(cl.end, k+1)}) {
				// "committed $3 billion to Anthropic" funds a startup;
				// "committed $300 billion to Oracle" buys its computing.
				if !m.leader && (!pledge && t != "to " || slices.Contains(startups, m.entity)) {
					return w + " … " + t + r.text[m.start:m.end], true
				}
			}
			for _, p := range []string{"the startup", "the start-up", "it ", "it,", "the company", "the firm"} {
				if strings.HasPrefix(rest[len(t):], p) && (t != "to " || pledge) {
					return w + " … " + t + p, true // the receiver a pronoun stands for
				}
			}
		}
	}
	return "", false
}

// farTarget reports whether m receives an investment named around it:
// "向開發聊天機器人Claude的人工智慧新創Anthropic投資" (向 … X 投資, with no
// other company between 向 and X).
func (r *reader) farTarget(m mention, sp span) bool {
	if !strings.HasPrefix(strings.TrimLeft(r.norm[m.end:min(sp.end, m.end+12)], " "), "投资") &&
		!strings.HasPrefix(strings.TrimLeft(r.norm[m.end:min(sp.end, m.end+12)], " "), "注资") {
		return false
	}
	pre := r.norm[max(sp.start, m.start-60):m.start]
	k := strings.LastIndexAny(pre, "向对")
	if k < 0 || strings.ContainsAny(pre[k:], "，,。") {
		return false
	}
	a := m.start - len(pre) + k
	for _, o := range r.mentionsIn(span{a, m.start}) {
		if o.entity != m.entity {
			return false
		}
	}
	return true
}

// find returns the words of ws in sp, which lies in one sentence: the
// sentence is searched once for every table and the hits filtered, since a
// sentence with several figures asks the same tables about each. The
// result is shared: callers must not change it.
func (r *reader) find(ws *wordSet, sp span) []hit {
	if sp.end <= sp.start {
		return nil
	}
	// Most questions are about the sentence asked about last.
	si := r.lastSent
	if si >= len(r.sents) || r.sents[si].start > sp.start || r.sents[si].end <= sp.start {
		si = sort.Search(len(r.sents), func(i int) bool { return r.sents[i].end > sp.start })
		r.lastSent = si
	}
	u := unionOfSets()
	if si >= len(r.sents) || r.sents[si].start > sp.start || sp.end > r.sents[si].end || ws.id >= u.n {
		return ws.find(r.norm, sp)
	}
	s := r.sents[si]
	if r.found == nil {
		r.found = make([][][]hit, len(r.sents))
		r.foundSets = make([]uint64, len(r.sents))
		r.sentHits = make([][]setHit, len(r.sents))
	}
	bit := uint64(1) << ws.id
	if r.found[si] == nil {
		// Every table is searched in one pass over the sentence, the first
		// time any is asked about.
		r.found[si] = make([][]hit, u.n)
		r.sentHits[si] = u.find(r.norm, s)
	}
	all := r.found[si][ws.id]
	if r.foundSets[si]&bit == 0 {
		for _, h := range r.sentHits[si] {
			if h.sets&bit != 0 {
				all = append(all, h.hit)
			}
		}
		r.found[si][ws.id] = all
		r.foundSets[si] |= bit
	}
	if sp == s {
		return all
	}
	// Hits are in order of start: those starting in sp are one run, and
	// usually all of them end in it too.
	lo := 0
	for lo < len(all) && all[lo].start < sp.start {
		lo++
	}
	hi, ok := lo, true
	for hi < len(all) && all[hi].start < sp.end {
		if all[hi].start+len(all[hi].word) > sp.end {
			ok = false
		}
		hi++
	}
	if ok {
		if hi == lo {
			return nil
		}
		return all[lo:hi:hi]
	}
	var out []hit
	for _, h := range all[lo:hi] {
		if h.start+len(h.word) <= sp.end {
			out = append(out, h)
		}
	}
	return out
}

// shareApprox finds "約佔" written before the whole a share is of: "约占总营收的19%".
func (r *reader) shareApprox(q quantity.Quantity, cl span) string {
	pre := r.norm[max(cl.start, q.Start-30):q.Start]
	if !strings.HasSuffix(pre, "的") {
		return ""
	}
	for _, w := range []string{"约占", "大约占", "约佔"} {
		if k := strings.LastIndex(pre, w); k >= 0 && !strings.ContainsAny(pre[k:], "，,。；") {
			return r.text[max(cl.start, q.Start-30)+k:][:len(w)] + "…的"
		}
	}
	return ""
}

// toleranceWords open the margin of a guidance figure.
var toleranceWords = []string{"plus or minus ", "give or take ", "±", "上下浮动", "上下浮動"}

// toleranceBefore returns the tolerance word that ends text, or "".
func toleranceBefore(text string) string {
	for _, w := range toleranceWords {
		if strings.HasSuffix(text, w) {
			return w
		}
	}
	return ""
}

// tolerance reports whether f is the margin of another figure: "plus or
// minus 2%".
func (r *reader) tolerance(f quantity.Quantity) bool {
	return toleranceBefore(r.norm[max(0, f.NumStart-16):f.NumStart]) != ""
}

// subject reports whether m is the first company its sentence names.
func (r *reader) subject(m mention, s span) bool {
	if startsWithAny(r.norm[s.start:m.start], []string{"its ", "it ", "their ", "they ", "the company", "the firm", "the startup"}) {
		return false // "Its chips are used in Nvidia's Blackwell processors": the pronoun is the subject
	}
	opening := r.openingParticiple(s)
	for _, o := range r.mentionsIn(s) {
		if o.leader || o.start < opening {
			continue // "Founded by two engineers at Stripe, Lumenstack…"
		}
		return o.start == m.start
	}
	return false
}

// hasWarrant reports whether a scaled count is of shares a warrant grants.
func (r *reader) hasWarrant(q quantity.Quantity, cl span) bool {
	_, ok := r.warrantShares(q, cl)
	return ok
}

// investorSentence words make a sentence a list of a round's investors:
// "Nvidia, Andreessen Horowitz and General Catalyst also took part."
var investorSentence = []string{"also took part", "took part in the round", "also participated", "participated in the round", "joined the round", "also invested", "参投", "跟投"}

// wordOfFigure reports whether metric word h, written before q, is written
// right after another figure, so it measures that one: "or $1.08 per
// share, from $16.6 billion".
func (r *reader) wordOfFigure(h hit, q quantity.Quantity) bool {
	for _, f := range r.figuresIn(span{max(0, h.start-40), h.start}) {
		if f.Start != q.Start && f.End <= h.start && f.Unit != "" && strings.TrimSpace(r.norm[f.End:h.start]) == "" {
			return true
		}
	}
	return false
}

// listedInvestor reports whether m is one of a list of investors: "获得经纬
// 创投、红杉中国等机构投资".
func (r *reader) listedInvestor(m mention) bool {
	post := r.norm[m.end:min(len(r.norm), m.end+60)]
	if k := strings.IndexAny(post, "，。；,;"); k >= 0 {
		post = post[:k]
	}
	for _, w := range []string{"等机构投资", "等投资机构", "等机构的投资", "等投资方", "等机构领投"} {
		if k := strings.Index(post, w); k >= 0 {
			// Only the rest of the list between: "经纬创投、红杉中国等机构投资",
			// not "沐曦股份获得红杉中国等机构投资".
			between := post[:k]
			return between == "" || startsWithAny(between, []string{"、", "和", "及", "与"}) && !containsAny(between, []string{"获", "完成", "宣布", "由"})
		}
	}
	return false
}

// investorVerbs after a company make it an investor, not the company a later
// "the company" means: "Amazon has invested $8 billion".
var investorVerbs = []string{"has invested", "invested", "has committed", "has put"}

// namesFirst reports whether entity is the first company sentence sp names.
func (r *reader) namesFirst(sp span, entity string) bool {
	for _, m := range r.mentionsIn(sp) {
		if !m.leader {
			return m.entity == entity
		}
	}
	return false
}

// demonstratives open a sentence that goes on about the figure before.
var demonstratives = []string{"that would", "that is", "that was", "that's", "this would", "this is", "of those", "of them", "of that"}

// goesOn reports whether q's sentence opens with a demonstrative and goes on
// about prev, the figure of the sentence just before.
func (r *reader) goesOn(q quantity.Quantity, sp span, prev *Explanation) bool {
	if prev == nil || prev.Claim.Offset < 0 || prev.Claim.Offset >= sp.start {
		return false
	}
	// "The first $10 billion will be invested when…": a part of the sum
	// just told.
	part := slices.Contains([]string{"the first", "the initial", "an initial", "a first", "the remaining", "the next", "the final", "the last"}, strings.TrimSpace(trimApprox(r.norm[sp.start:q.Start]))) &&
		q.Unit == prev.Claim.Unit
	if !part && !startsWithAny(r.norm[sp.start:q.Start], demonstratives) {
		return false
	}
	i := r.sentenceIndex(sp)
	return i > 0 && r.sentenceOf(prev.Claim.Offset).start == r.sents[i-1].start
}

// pronounFree reports whether the words before q hold no pronoun that would
// point to a company named before the sentence.
func (r *reader) pronounFree(sp span, q quantity.Quantity) bool {
	return len(r.find(pronounSet, span{sp.start, q.NumStart})) == 0
}

// investmentFrom finds the investor of a sum received: "took a $1.5 billion
// investment from Microsoft", "$500 million in funding from Nvidia".
func (r *reader) investmentFrom(q quantity.Quantity, cl span) (mention, bool) {
	rest := strings.TrimLeft(r.norm[q.End:cl.end], " ")
	for _, p := range []string{"investment from ", "investment by ", "in investment from ", "in funding from ", "of funding from ", "in new funding from ", "equity investment from "} {
		if strings.HasPrefix(rest, p) {
			k := cl.end - len(rest) + len(p)
			for _, m := range r.mentionsIn(span{k, min(cl.end, k+1)}) {
				if !m.leader {
					return m, true
				}
			}
		}
	}
	return mention{}, false
}

// customerWith finds the customer of a compute contract whose worth q is:
// "signed a contract worth $11.9bn with OpenAI", "a $2.1 billion agreement
// with Cohere", "与OpenAI签订".
func (r *reader) customerWith(q quantity.Quantity, sp span) (mention, bool) {
	cl := r.clauseAround(sp, q.NumStart)
	if !containsAny(r.norm[sp.start:sp.end], []string{"contract", "agreement", "deal", "合同", "协议", "合约"}) {
		return mention{}, false
	}
	for _, m := range r.mentionsIn(span{q.End, cl.end}) {
		if !m.leader && r.markedBefore(m, sp, []string{"with", "from"}) {
			return m, true
		}
		// "a five-year deal worth $11.9 billion to supply computing power
		// to OpenAI": the one supplied.
		if !m.leader && r.markedBefore(m, sp, []string{"to"}) && containsAny(r.norm[q.End:m.start], []string{"supply ", "provide ", "sell ", "deliver "}) {
			return m, true
		}
	}
	// "Oracle signed a contract with OpenAI to provide 4.5 gigawatts …,
	// worth about $300 billion": the customer named before the figure.
	for _, m := range r.mentionsIn(span{sp.start, q.Start}) {
		if !m.leader && r.markedBefore(m, sp, []string{"contract with", "agreement with", "deal with", "contracts with", "deals with"}) {
			return m, true
		}
	}
	return mention{}, false
}

// isDiscovered reports whether the article introduced the company itself.
func (r *reader) isDiscovered(entity string) bool {
	for _, d := range r.companies {
		if d.canonical == entity {
			return true
		}
	}
	return false
}

func sameKinds(a, b []string) bool {
	return len(a) > 0 && len(a) == len(b) && &a[0] == &b[0]
}

// describedSubject reads a startup described at a sentence's opening: "The
// AI search startup", "The San Francisco-based start-up".
func describedSubject(s string) (string, []string, bool) {
	if !strings.HasPrefix(s, "the ") {
		return "", nil, false
	}
	ws := strings.Fields(s)
	for i := 1; i < len(ws) && i <= 5; i++ {
		w := strings.TrimRight(ws[i], ",")
		switch w {
		case "startup", "start-up", "lab":
			return strings.Join(ws[:i+1], " "), startups, i > 1
		case "chipmaker", "chipmakers", "chipmaker's", "designer":
			return strings.Join(ws[:i+1], " "), chipmakers, i > 1
		case "company", "firm", "group", "giant", "bank", "lender", "utility", "insurer", "retailer", "automaker", "carmaker", "conglomerate", "maker", "developer",
			"provider", "supplier", "manufacturer", "operator", "unicorn", "business":
			// "The San Francisco company reported": the company named
			// last; "the company" alone is read as a pronoun already.
			if i > 1 && (i+1 >= len(ws) || !strings.HasSuffix(ws[i], ",")) {
				return strings.Join(ws[:i+1], " "), nil, true
			}
		}
		if w != ws[i] || strings.ContainsAny(ws[i], ".;") {
			break
		}
	}
	return "", nil, false
}

// unknownOwner reports whether a sentence names an owner by a capitalized
// possessive ("Corvid's software"): a company of its own, even if unknown.
func unknownOwner(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == '\'' && s[i+1] == 's' && i > 0 && isWordByte(s[i-1]) && (i+2 == len(s) || s[i+2] == ' ') {
			j := i
			for j > 0 && isWordByte(s[j-1]) {
				j--
			}
			if isUpper(s[j]) {
				return true
			}
		}
	}
	return false
}

// atValuationAfter reports whether another figure right after q is the
// valuation it was raised at: "$13 billion at a $183 billion valuation".
func (r *reader) atValuationAfter(q quantity.Quantity, cl span) bool {
	rest := strings.TrimLeft(r.norm[q.End:cl.end], " ")
	if !startsWithAny(rest, []string{"at a ", "at an "}) {
		return false
	}
	for _, f := range r.figuresIn(cl) {
		if f.Start > q.End && f.Start-q.End <= 16 && f.Unit == q.Unit {
			after := strings.TrimLeft(r.norm[f.End:min(cl.end, f.End+24)], " ")
			return startsWithAny(after, []string{"valuation", "post-money valuation", "pre-money valuation", "post-money", "pre-money"})
		}
	}
	return false
}

// ledRound finds the company whose round the sentence's investor led, when
// the sentence names only the investor: "ASML led the round with a €1.3
// billion investment", "ASML, which led its €1.7 billion Series C". It is the
// company the sentences before are about (the article's topic first).
func (r *reader) ledRound(q quantity.Quantity, sp span, investor string) mention {
	pre := r.norm[sp.start:q.Start]
	if !containsAny(pre, []string{" led the round", " led its ", " led the ", " co-led ", " is leading the round", " leads the round"}) {
		return mention{}
	}
	for _, m := range r.mentionsIn(sp) {
		if !m.leader && m.entity != investor {
			return mention{} // the round's company is named in the sentence
		}
	}
	if t := r.topic(); t != "" && t != investor {
		for _, m := range r.ments {
			if m.entity == t && !m.leader {
				return m
			}
		}
	}
	i := r.sentenceIndex(sp)
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		for _, m := range r.mentionsIn(r.sents[j]) {
			if !m.leader && m.entity != investor {
				return m
			}
		}
	}
	return mention{}
}

// respectiveYear reads the year of a figure in a list that a span of years
// opens with 分别: "2022年至2024年營收分別為人民幣49.9萬元、6,203萬元及3.37億元"
// gives 2022, 2023 and 2024, in order. The list must hold one figure a year.
func (r *reader) respectiveYear(q quantity.Quantity, sp span) (string, string, bool) {
	pre := r.norm[sp.start:q.Start]
	k := strings.LastIndex(pre, "分别")
	if k < 0 {
		return "", "", false
	}
	head := pre[:k]
	if c := max(strings.LastIndex(head, "；"), strings.LastIndex(head, "。")); c >= 0 {
		head = head[c:]
	}
	j := strings.LastIndex(head, "年至")
	if j < 4 && strings.Contains(head, "同期") {
		head = pre[:k] // "；同期淨虧損分別為…": the same span as the list before
		j = strings.LastIndex(head, "年至")
	}
	if j < 4 {
		return "", "", false
	}
	y1, err1 := strconv.Atoi(head[j-4 : j])
	rest := head[j+len("年至"):]
	if len(rest) < 4 {
		return "", "", false
	}
	y2, err2 := strconv.Atoi(rest[:4])
	if err1 != nil || err2 != nil || y2 <= y1 || y2-y1 > 5 {
		return "", "", false
	}
	// The list: the figures of the unit after 分别, up to the clause's end.
	from := sp.start + k
	end := sp.end
	if c := strings.IndexAny(r.norm[from:sp.end], "；;。"); c >= 0 {
		end = from + c
	}
	n, at := 0, -1
	for _, f := range r.figuresIn(span{from, end}) {
		if f.Unit != q.Unit {
			continue
		}
		if f.Start == q.Start {
			at = n
		}
		n++
	}
	if at < 0 || at > y2-y1 {
		return "", "", false
	}
	y := strconv.Itoa(y1 + at)
	return y, head[j-4:j+len("年至")+4] + " 分别 (" + y + ")", true
}

// simplified reports whether the article is in Simplified script: its
// declared script, else what its characters show (read once).
func (r *reader) simplified() bool {
	if r.a.Script != "" {
		return r.a.Script == "Hans"
	}
	if r.scriptRead == 0 {
		r.scriptRead = 1
		if hasTraditional(r.text) {
			r.scriptRead = 2
		}
	}
	return r.scriptRead == 1
}

// neoclouds rent out GPUs: a deal with one is its customer's spending, even
// when the customer is a cloud itself ("Nebius signed a $17.4 billion deal
// with Microsoft").
var neoclouds = map[string]bool{"CoreWeave": true, "Nebius": true, "Lambda": true, "Lambda Labs": true, "Crusoe": true, "Nscale": true}

// dataCenterWords name data centers, which spending builds.
var dataCenterWords = map[string]bool{"data center": true, "data centers": true, "data centre": true, "data centres": true, "datacenter": true, "data-center": true, "data-centre": true}

// computeContext in a sentence makes a deal one for computing: capex.
var computeContext = []string{"compute", "computing", "cloud", "gpu", "chip", "data center", "data-center", "datacenter", "data centre", "server", "capacity", "infrastructure", "power", "energy", "electricity", "accelerator", "azure", "aws"}

// sharesBought finds the company whose shares a clause buys with the
// figure: "agreed to purchase $335 million of Cerebras shares".
func (r *reader) sharesBought(q quantity.Quantity, cl span) (mention, bool) {
	pre := trimApprox(strings.TrimRight(r.norm[cl.start:q.Start], " $€£"))
	if !endsWithAny(pre, []string{" purchase", " buy", " buying", " bought", " purchased", " purchasing", " subscribe for", " acquire"}) ||
		containsAny(r.norm[cl.start:cl.end], []string{"secondary", "tender", "from employees", "from investors", "open market", "buyback", "repurchase"}) {
		return mention{}, false
	}
	post := strings.TrimLeft(r.norm[q.End:cl.end], " ")
	post, ok := strings.CutPrefix(post, "worth ")
	post, ok2 := strings.CutPrefix(post, "of ")
	if !ok2 && !ok {
		return mention{}, false
	}
	at := cl.end - len(post)
	for _, m := range r.mentionsIn(span{at, min(cl.end, at+1)}) {
		rest := strings.TrimPrefix(strings.TrimPrefix(r.norm[m.end:cl.end], "'s"), "’s")
		if !m.leader && startsWithAny(strings.TrimLeft(rest, " "), []string{"shares", "stock", "common stock", "new shares"}) {
			return m, true
		}
	}
	return mention{}, false
}

// namesComputeSeller reports whether a sentence names a company that sells
// computing: a GPU cloud or a chipmaker (a cloud giant also licenses
// content, so it needs words of computing).
func (r *reader) namesComputeSeller(sp span) bool {
	for _, m := range r.mentionsIn(sp) {
		if neoclouds[m.entity] || slices.Contains(chipmakers, m.entity) {
			return true
		}
	}
	return false
}

// taiwanWords mark a Taiwanese text, whose 元 is the New Taiwan dollar.
var taiwanWords = []string{"新台币", "台湾", "台积电", "台股", "新竹", "台北", "法说会", "上柜", "兴柜", "柜买"}

// modifies reports whether the words between two names make the first
// describe the second: "台積電轉投資的ASIC設計服務廠" before 創意電子.
func modifies(gap string) bool {
	k := strings.LastIndex(gap, "的")
	if k < 0 || strings.ContainsAny(gap, "，。；,;、0123456789") || utf8.RuneCountInString(gap) > 20 {
		return false
	}
	// After 的 comes nothing or a description ending in a kind of company:
	// not "雲策目前自建的訓練叢集約有64張" before 輝達.
	tail := strings.TrimSpace(gap[k+len("的"):])
	return tail == "" || utf8.RuneCountInString(tail) <= 12 && endsWithAny(tail, []string{"厂", "公司", "商", "企业", "新创", "业者", "集团", "巨头", "龙头", "初创", "独角兽", "子公司", "伙伴"})
}

// inLedList reports whether m stands in a list of investors after "led by"
// whose first names the list may not know: "a Series A led by New
// Enterprise Associates, Khosla Ventures and Lux Capital".
func (r *reader) inLedList(m mention, sp span) bool {
	pre := r.norm[sp.start:m.start]
	k := -1
	for _, w := range []string{" led by ", " co-led by ", " backed by ", " participation from ", " investors including ", " investors such as "} {
		if i := strings.LastIndex(pre, w); i >= 0 && i+len(w) > k {
			k = i + len(w)
		}
	}
	if k < 0 {
		return false
	}
	orig := r.text[sp.start+k : m.start]
	for _, w := range strings.FieldsFunc(orig, func(c rune) bool { return c == ' ' || c == ',' }) {
		switch w {
		case "and", "&", "with", "from", "participation", "plus", "as", "well", "also", "the", "of":
			continue
		}
		if !isUpper(w[0]) {
			return false // a verb or a noun between: the list has ended
		}
	}
	return true
}

// whichClauseHolds reports whether q stands in a clause about m that opens
// right after it: "Microsoft, which said it would spend $30 billion".
func (r *reader) whichClauseHolds(m mention, q quantity.Quantity) bool {
	rest, ok := strings.CutPrefix(r.norm[m.end:q.Start], ", which ")
	if !ok {
		return false
	}
	return !strings.ContainsAny(rest, ",;") && !containsAny(r.norm[m.end:min(len(r.norm), q.End+12)], []string{"stake", "share", "own", "hold"}) &&
		startsWithAny(rest, []string{"said ", "says ", "plans ", "expects ", "will ", "would ", "reported ", "posted ", "raised ", "has ", "had ", "is ", "was ", "spent ", "spends ", "invested ", "pledged "})
}

// valuedObject finds the company a verb of valuing names right before the
// figure: "values the ChatGPT maker at $300 billion", "valuing xAI at".
func (r *reader) valuedObject(q quantity.Quantity, cl span) (mention, bool) {
	pre := r.norm[cl.start:q.Start]
	if !valueAt(pre) {
		return mention{}, false
	}
	k := -1
	for _, v := range []string{" values ", " valuing ", " value ", " valued "} {
		k = max(k, strings.LastIndex(pre, v))
	}
	if k < 0 {
		return mention{}, false
	}
	for _, m := range r.mentionsIn(span{cl.start + k, q.Start}) {
		if !m.leader {
			return m, true
		}
	}
	return mention{}, false
}

// newSubjectBetween reports whether a company or product other than the
// base's own is named between the base figure and q, as the subject of the
// change: "…$14 billion in OpenAI, said last week that Azure grew 31%".
func (r *reader) newSubjectBetween(base *Explanation, q quantity.Quantity) bool {
	if base.Claim.Offset < 0 || base.Claim.Offset >= q.Start {
		return false
	}
	gap := r.norm[base.Claim.Offset:q.Start]
	if !containsAny(gap, []string{" that ", " said ", " while ", "; ", " but "}) {
		return false
	}
	for _, m := range r.mentionsIn(span{base.Claim.Offset, q.Start}) {
		if !m.leader && (m.entity != base.Claim.Entity || m.product != base.Claim.Product) {
			k := strings.LastIndex(gap, " that ")
			if m.start > base.Claim.Offset+k {
				return true
			}
		}
	}
	return false
}

// institutionBefore reports whether an institution no list holds as a
// company, such as NASA or the SEC, is named in s: "its" is then the
// institution's.
func institutionBefore(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(c rune) bool { return c == ' ' || c == ',' || c == '\'' || c == '’' }) {
		if len(w) >= 2 && isUpper(w[0]) && notNames[w] && w != "Fund" && w != "Bank" && w != "Index" && w != "Exchange" && w != "Reserve" && w != "Office" {
			return true
		}
	}
	return false
}

// paidTo reports whether the figure is a sum paid, written right after a
// verb of paying and its payee: "paid Microsoft about $270 million".
func (r *reader) paidTo(q quantity.Quantity, cl span) (mention, bool) {
	pre := trimApprox(strings.TrimRight(r.norm[cl.start:q.Start], " $€£"))
	var to mention
	if ms := r.mentionsIn(span{cl.start, q.Start}); len(ms) > 0 {
		if m := ms[len(ms)-1]; strings.TrimSpace(trimApprox(strings.TrimRight(r.norm[m.end:q.Start], " $€£"))) == "" {
			to = m
			pre = strings.TrimRight(r.norm[cl.start:m.start], " ")
		}
	}
	return to, endsWithAny(pre, []string{" paid", " pays", " pay", " paying", " will pay", " to pay", " has paid"})
}

// valuesCompany reports whether a verb of valuing names a company right
// before the figure: "valued Scale at".
func (r *reader) valuesCompany(q quantity.Quantity, cl span) bool {
	m, ok := r.valuedObject(q, cl)
	return ok && m.product == ""
}

// givenAfterGot reports whether m is named after 获得 (got) and before the
// figure, in a list of givers: "先后获得亚马逊最高40亿美元、谷歌最高20亿美元的投资".
func (r *reader) givenAfterGot(m mention, q quantity.Quantity, sp span) bool {
	if m.end > q.Start {
		return false
	}
	pre := r.norm[sp.start:m.start]
	k := -1
	for _, w := range []string{"获得", "得到", "收到"} {
		k = max(k, strings.LastIndex(pre, w))
	}
	return k >= 0 && !strings.ContainsAny(r.norm[sp.start+k:q.Start], "，,；;")
}

// inRoundSentence reports whether an investor is named in the sentence of
// a round told before: "…a $40 billion round led by SoftBank Group. SoftBank
// will invest $30 billion".
func (r *reader) inRoundSentence(investor string, round *Explanation) bool {
	if round.Claim.Offset < 0 || investor == round.Claim.Entity {
		return false
	}
	if round.Claim.Counterparty == investor {
		return true
	}
	for _, m := range r.mentionsIn(r.sentenceOf(round.Claim.Offset)) {
		if m.entity == investor {
			return true
		}
	}
	return false
}

// receivedFrom reports whether the clause says who gave the sum: "took a
// $1.5 billion investment from Microsoft".
func (r *reader) receivedFrom(q quantity.Quantity, cl span) bool {
	_, ok := r.investmentFrom(q, cl)
	return ok
}

// restatedFigure reports whether q repeats a figure already read, as the
// subject of a comment on it: "3800亿元的投入意味着阿里平均每年…".
func (r *reader) restatedFigure(q quantity.Quantity, sp span) bool {
	post := r.norm[q.End:min(sp.end, q.End+24)]
	if !containsAny(post, []string{"意味着", "相当于", "意味", "means", "would mean", "amounts to"}) {
		return false
	}
	for _, o := range r.made {
		if o.Claim.Offset >= 0 && o.Claim.Offset < sp.start && o.Claim.Value == q.Value && o.Claim.ValueMax == q.ValueMax {
			return true
		}
	}
	return false
}

// inWhichInvested finds the company named right before ", in which" when
// the clause that follows invests the figure: "OpenAI, in which it has
// invested $13 billion".
func (r *reader) inWhichInvested(q quantity.Quantity, sp span) (mention, bool) {
	pre := r.norm[sp.start:q.Start]
	k := strings.LastIndex(pre, ", in which ")
	if k < 0 || strings.ContainsAny(pre[k+len(", in which "):], ",;") {
		return mention{}, false
	}
	for _, m := range r.mentionsIn(span{sp.start, sp.start + k}) {
		if m.end == sp.start+k && !m.leader {
			return m, true
		}
	}
	return mention{}, false
}

// roundOfNamed finds a company whose round the sentence names by a
// possessive: "which led OpenAI's $40 billion funding round".
func (r *reader) roundOfNamed(q quantity.Quantity, sp span) (mention, bool) {
	for _, m := range r.mentionsIn(sp) {
		post := r.norm[m.end:min(sp.end, m.end+40)]
		if m.leader || !(strings.HasPrefix(post, "'s ") || strings.HasPrefix(post, "’s ")) {
			continue
		}
		if k := strings.Index(post, " round"); k > 0 && !strings.ContainsAny(post[:k], ",;") {
			return m, true
		}
	}
	return mention{}, false
}

// investedIn reports whether a claim read in sentence sp has the company as
// the investor of a funding: "Amazon, which has invested $8bn in
// Anthropic, …".
func (r *reader) investedIn(sp span, entity string) bool {
	for _, f := range r.figuresIn(sp) {
		if o, ok := r.made[f.Start]; ok && o.Claim.Metric == claimwatch.Funding && o.Claim.Counterparty == entity {
			return true
		}
	}
	return false
}

// fundedBy finds a funding the investor made, told in the sentence or the
// two before.
func (r *reader) fundedBy(investor string, sp span) *Explanation {
	from := r.sents[max(0, r.sentenceIndex(sp)-2)].start
	fs := r.figuresIn(span{from, sp.end})
	for k := len(fs) - 1; k >= 0; k-- {
		if o, ok := r.made[fs[k].Start]; ok && o.Claim.Metric == claimwatch.Funding && o.Claim.Counterparty == investor && o.Claim.Entity != investor {
			return o
		}
	}
	return nil
}
