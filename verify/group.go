package verify

import (
	"cmp"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"math"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/verify/fx"
)

// item is one claim prepared for comparison.
type item struct {
	c       *claimwatch.Claim
	art     int // index into the articles
	kind    string
	unit    string  // USD, count, percent, or a currency no rate converts
	v, top  float64 // the value (and the top of a range) in unit
	lo, hi  float64 // the values the claim agrees with
	bound   bool    // "at least" / "at most": a bound, never a conflict
	rate    float64
	from    string
	time    string
	cp, pr  string // counterparty, and product where the metric is `other`
	metric  string
	per     string   // the per of a count; "" for other kinds, whose per is in the bucket
	attr    string   // normalized attribution to an outside source; "" when none or the entity itself
	shingle []uint64 // computed when first needed
	shOK    bool
	entity  string // folded
}

// doc is what grouping needs of an article.
type doc struct {
	a     *claimwatch.Article
	src   string          // folded source name
	url   string          // normalized
	host  string          // with port
	links []string        // normalized, external
	names map[string]bool // normalized names the article goes by
}

// cluster is a set of claims that agree, with what they share.
type cluster struct {
	items  []int
	lo, hi float64 // the values every claim in it agrees with
	time   string
	cp, pr string
	metric string
	per    string
}

type grouper struct {
	opts  Options
	fx    *fx.Table
	docs  []doc
	items []item
}

// Facts groups claims into facts and judges each one. Articles supply the
// source, URL, date, citations and attributions of the claims' articles
// (their text is not needed). The facts come sorted by entity, metric, time
// and value.
func Facts(in Input, opts Options) []Fact {
	if opts.FX == nil {
		opts.FX = fx.Default()
	}
	if opts.StaleAfter <= 0 {
		opts.StaleAfter = 365 * 24 * time.Hour
	}
	if opts.ConflictRatio <= 1 {
		opts.ConflictRatio = 3
	}
	g := &grouper{opts: opts, fx: opts.FX}
	byID := make(map[string]int, len(in.Articles))
	g.docs = make([]doc, len(in.Articles))
	for i := range in.Articles {
		a := &in.Articles[i]
		byID[a.ID] = i
		g.docs[i] = newDoc(a)
	}
	g.items = make([]item, 0, len(in.Claims))
	for i := range in.Claims {
		c := &in.Claims[i]
		ai, ok := byID[c.ArticleID]
		if !ok {
			continue // a claim whose article is unknown has no date and no source to weigh
		}
		g.items = append(g.items, g.prepare(c, ai))
	}
	g.articleRates()
	checks := g.checks()

	buckets := map[string][]int{}
	for i := range g.items {
		k := bucketKey(&g.items[i])
		buckets[k] = append(buckets[k], i)
	}
	keys := make([]string, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// Buckets share nothing, so they are grouped in parallel.
	results := make([][]Fact, len(keys))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(keys)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = g.bucket(keys[i], buckets[keys[i]], checks)
			}
		}()
	}
	for i := range keys {
		next <- i
	}
	close(next)
	wg.Wait()
	var facts []Fact
	for _, r := range results {
		facts = append(facts, r...)
	}
	slices.SortStableFunc(facts, func(a, b Fact) int {
		return cmp.Or(cmp.Compare(a.Entity, b.Entity), cmp.Compare(a.Metric, b.Metric), cmp.Compare(a.Time, b.Time),
			cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Value, b.Value), cmp.Compare(a.ID, b.ID))
	})
	return facts
}

func bucketKey(it *item) string {
	c := it.c
	per := normPer(c)
	if it.kind == KindCount {
		per = "" // a count's per is matched in the bucket, where none is a wildcard
	}
	return strings.Join([]string{it.entity, family(c.Metric), it.kind, it.unit, strconv.FormatBool(c.Change), per}, "\x00")
}

// families are metrics that writers use for one figure: "revenue" and
// "annualized revenue" for a run-rate, "operating" and "compute" cost for
// the bill of running a model, "loss" and "cash burn". Claims of one family
// are compared, and a figure stated under two of its metrics is one fact;
// a disagreement needs the same metric.
var families = map[claimwatch.Metric]string{
	claimwatch.AnnualizedRevenue: string(claimwatch.Revenue),
	claimwatch.ComputeCost:       string(claimwatch.OperatingCost),
	claimwatch.CashBurn:          string(claimwatch.Loss),
}

func family(m claimwatch.Metric) string {
	if f, ok := families[m]; ok {
		return f
	}
	return string(m)
}

// normPer treats "per year" of a yearly flow as no per at all: "annual
// revenue of $X" and "revenue of $X in 2024" are the same kind of figure.
func normPer(c *claimwatch.Claim) string {
	p := strings.ToLower(strings.TrimSpace(c.Per))
	if p == "year" && c.Metric != claimwatch.Other {
		return ""
	}
	return p
}

func (g *grouper) prepare(c *claimwatch.Claim, ai int) item {
	it := item{c: c, art: ai, v: c.Value, top: topOf(c), time: normTime(c.Time),
		cp: norm(c.Counterparty), bound: c.Approx == claimwatch.AtLeast || c.Approx == claimwatch.AtMost, metric: string(c.Metric)}
	if c.Metric == claimwatch.Other {
		it.pr = norm(c.Product)
	}
	switch c.Unit {
	case claimwatch.UnitCount:
		it.kind, it.unit, it.per = KindCount, claimwatch.UnitCount, normPer(c)
	case claimwatch.UnitPercent:
		it.kind, it.unit = KindPercent, claimwatch.UnitPercent
	default:
		it.kind, it.unit = KindMoney, strings.ToUpper(c.Unit)
		if r, ok := g.fx.Rate(c.Unit, g.docs[ai].a.Published); ok {
			it.unit, it.rate = "USD", r
			if r != 1 {
				it.from = "table"
			}
		}
	}
	it.attr = attribution(c, g.docs[ai].a)
	it.entity = norm(c.Entity)
	g.setInterval(&it)
	return it
}

// setInterval fixes the values a claim agrees with: its figure widened by
// the rounding its digits imply ("$700,000" stands for 650,000 to 750,000;
// at most 10%, at least 0.5%), by its qualifier ("about" adds 5%; "more
// than" reaches 30% up), and by the doubt of a currency conversion (2% for
// a month's average rate).
func (g *grouper) setInterval(it *item) {
	c := it.c
	rate := it.rate
	if rate == 0 {
		rate = 1
	}
	it.v, it.top = c.Value/rate, topOf(c)/rate
	lo, hi := it.v-relSlack(c.Value)*math.Abs(it.v), it.top+relSlack(topOf(c))*math.Abs(it.top)
	switch c.Approx {
	case claimwatch.About:
		lo, hi = lo-0.05*math.Abs(it.v), hi+0.05*math.Abs(it.top)
	case claimwatch.AtLeast:
		hi = max(hi, it.top+0.3*math.Abs(it.top))
	case claimwatch.AtMost:
		lo = min(lo, it.v-0.3*math.Abs(it.v))
	}
	if it.from == "table" {
		lo, hi = lo-0.02*math.Abs(it.v), hi+0.02*math.Abs(it.top)
	}
	it.lo, it.hi = lo, hi
}

// topOf is the top of a claim's range, or its value when it gives none
// (ValueMax 0 is "no range", not a top of zero for a negative change).
func topOf(c *claimwatch.Claim) float64 {
	if c.ValueMax != 0 && c.ValueMax > c.Value {
		return c.ValueMax
	}
	return c.Value
}

// relSlack is half the unit of the last significant digit of v, relative
// to v, kept between 0.5% and 10%: "$1 million" is not "$1.4 million".
func relSlack(v float64) float64 {
	a := math.Abs(v)
	if a == 0 {
		return 0.005
	}
	mag := math.Floor(math.Log10(a))
	half := math.Pow(10, mag-6) / 2
	for sig := 1; sig <= 7; sig++ {
		u := math.Pow(10, mag-float64(sig)+1)
		q := a / u
		if math.Abs(q-math.Round(q)) < 1e-6*q {
			half = u / 2
			break
		}
	}
	return min(0.10, max(0.005, half/a))
}

// articleRates applies the rates articles state themselves: "70萬美元(約合
// 人民幣508萬)" is two claims next to each other, one in dollars, and their
// ratio is the rate the writer used, better than any month's average.
func (g *grouper) articleRates() {
	byArt := map[int][]int{}
	for i := range g.items {
		if g.items[i].kind == KindMoney {
			byArt[g.items[i].art] = append(byArt[g.items[i].art], i)
		}
	}
	for _, idx := range byArt {
		if len(idx) < 2 {
			continue
		}
		stated := map[string][]float64{} // currency → rates the article states
		for _, i := range idx {
			x := &g.items[i]
			cur := strings.ToUpper(x.c.Unit)
			if cur == "USD" || x.c.Value <= 0 {
				continue
			}
			// The nearest dollar figure whose ratio is a plausible rate: a
			// stated conversion is within 10% of the month's average, and
			// the figure beside it may be another quantity altogether
			// (total and data-center revenue side by side).
			ref, hasRef := g.fx.Rate(cur, g.docs[x.art].a.Published)
			best, dist := -1, 241
			implied := 0.0
			for _, j := range idx {
				u := &g.items[j]
				if strings.ToUpper(u.c.Unit) != "USD" || u.c.Value <= 0 || u.c.Entity != x.c.Entity || u.c.Metric != x.c.Metric ||
					u.c.Change != x.c.Change || normPer(u.c) != normPer(x.c) {
					continue
				}
				d := abs(u.c.Offset - x.c.Offset)
				r := x.c.Value / u.c.Value
				if d < dist && (!hasRef || (r/ref >= 0.9 && r/ref <= 1.1)) {
					best, dist, implied = j, d, r
				}
			}
			if best < 0 {
				continue
			}
			stated[cur] = append(stated[cur], implied)
		}
		for _, i := range idx {
			x := &g.items[i]
			rs := stated[strings.ToUpper(x.c.Unit)]
			if len(rs) == 0 {
				continue
			}
			x.rate, x.from, x.unit = median(rs), "article", "USD"
			g.setInterval(x)
		}
	}
}

// checks compares each stated change with the change its article's own
// levels give: "1.5 billion in July, down from 1.7 billion in June, a fall
// of about 12%" is consistent (-11.8%); "a fall of 10%" would not be.
func (g *grouper) checks() map[int]Check {
	out := map[int]Check{}
	byArt := map[int][]int{}
	for i := range g.items {
		byArt[g.items[i].art] = append(byArt[g.items[i].art], i)
	}
	for _, idx := range byArt {
		for _, ci := range idx {
			ch := g.items[ci].c
			if !ch.Change || ch.Unit != claimwatch.UnitPercent || ch.Time == "" {
				continue
			}
			level := func(j int, t string) bool {
				c := g.items[j].c
				return !c.Change && c.Unit != claimwatch.UnitPercent && c.Entity == ch.Entity && c.Metric == ch.Metric &&
					normPer(c) == normPer(ch) && normTime(c.Time) == t && c.Value > 0
			}
			nearest := func(ok func(int) bool) int {
				best, dist := -1, math.MaxInt
				for _, j := range idx {
					if ok(j) {
						if d := abs(g.items[j].c.Offset - ch.Offset); d < dist {
							best, dist = j, d
						}
					}
				}
				return best
			}
			to := nearest(func(j int) bool { return level(j, normTime(ch.Time)) })
			if to < 0 {
				continue
			}
			tv := g.items[to].c
			var from int = -1
			for _, pt := range previous(normTime(ch.Time)) {
				from = nearest(func(j int) bool {
					r := g.items[j].c.Value / tv.Value
					return level(j, pt) && g.items[j].c.Unit == tv.Unit && r > 1.0/3 && r < 3
				})
				if from >= 0 {
					break
				}
			}
			if from < 0 {
				continue
			}
			fv := g.items[from].c
			computed := ChangePercent(fv.Value, tv.Value)
			tol := relSlack(ch.Value)*math.Abs(ch.Value) + 0.05
			if ch.Approx == claimwatch.About {
				tol += 0.05 * math.Abs(ch.Value)
			}
			out[ci] = Check{URL: g.docs[g.items[ci].art].a.URL, From: fv.Value, To: tv.Value, FromTime: normTime(fv.Time),
				ToTime: normTime(tv.Time), Stated: ch.Value, Computed: math.Round(computed*100) / 100,
				OK: math.Abs(computed-ch.Value) <= tol}
		}
	}
	return out
}

// previous lists the periods a change for period t is measured from: the
// period before, then the same period a year before.
func previous(t string) []string {
	if y, err := strconv.Atoi(t); err == nil && len(t) == 4 {
		return []string{strconv.Itoa(y - 1)}
	}
	if m, err := time.Parse("2006-01", t); err == nil {
		return []string{m.AddDate(0, -1, 0).Format("2006-01"), m.AddDate(-1, 0, 0).Format("2006-01")}
	}
	prefix := ""
	s := t
	if strings.HasPrefix(s, "FY") {
		prefix, s = "FY", s[2:]
	}
	var y, n int
	if _, err := fmt.Sscanf(s, "%d-Q%d", &y, &n); err == nil && n >= 1 && n <= 4 {
		p := fmt.Sprintf("%s%d-Q%d", prefix, y, n-1)
		if n == 1 {
			p = fmt.Sprintf("%s%d-Q4", prefix, y-1)
		}
		return []string{p, fmt.Sprintf("%s%d-Q%d", prefix, y-1, n)}
	}
	if _, err := fmt.Sscanf(s, "%d-H%d", &y, &n); err == nil && (n == 1 || n == 2) {
		p := fmt.Sprintf("%s%d-H1", prefix, y)
		if n == 1 {
			p = fmt.Sprintf("%s%d-H2", prefix, y-1)
		}
		return []string{p, fmt.Sprintf("%s%d-H%d", prefix, y-1, n)}
	}
	if y, err := strconv.Atoi(s); err == nil && prefix != "" {
		return []string{fmt.Sprintf("FY%d", y-1)}
	}
	return nil
}

// bucket groups the claims of one entity, metric and kind of unit.
func (g *grouper) bucket(key string, idx []int, checks map[int]Check) []Fact {
	clusters := g.cluster(idx)
	facts := make([]Fact, len(clusters))
	members := make([][]int, len(clusters))
	keys := make([]map[string]bool, len(clusters))
	for i, cl := range clusters {
		members[i] = cl.items
		facts[i], keys[i] = g.fact(key, cl, checks)
	}
	g.relate(facts, members, keys)
	return facts
}

// cluster splits a bucket into groups of claims that agree with each other.
// Claims are first split by exact time and counterparty; within each split,
// agreeing is an overlap of intervals, and a group is a set of intervals
// with a point in common, found by the greedy stabbing that gives the
// fewest groups (each interval then joins the stab point nearest its
// centre). Then a figure dated by month joins the same figure dated by its
// year (or the year before: a loss "reported in May 2023" is the loss of
// 2022), and undated figures or figures with no counterparty join the
// largest group they agree with.
func (g *grouper) cluster(idx []int) []*cluster {
	type split struct{ time, cp, pr, metric, per string }
	splits := map[split][]int{}
	var order []split
	for _, i := range idx {
		it := &g.items[i]
		s := split{it.time, it.cp, it.pr, it.metric, it.per}
		if _, ok := splits[s]; !ok {
			order = append(order, s)
		}
		splits[s] = append(splits[s], i)
	}
	slices.SortFunc(order, func(a, b split) int {
		return cmp.Or(cmp.Compare(a.time, b.time), cmp.Compare(a.cp, b.cp), cmp.Compare(a.pr, b.pr),
			cmp.Compare(a.metric, b.metric), cmp.Compare(a.per, b.per))
	})
	var all []*cluster
	for _, s := range order {
		for _, grp := range g.stab(splits[s]) {
			cl := &cluster{items: grp, time: s.time, cp: s.cp, pr: s.pr, metric: s.metric, per: s.per, lo: math.Inf(-1), hi: math.Inf(1)}
			for _, i := range grp {
				cl.lo, cl.hi = max(cl.lo, g.items[i].lo), min(cl.hi, g.items[i].hi)
			}
			all = append(all, cl)
		}
	}
	overlaps := func(a, b *cluster) bool { return max(a.lo, b.lo) <= min(a.hi, b.hi) }
	centre := func(c *cluster) float64 { return (c.lo + c.hi) / 2 }
	merge := func(dst, src *cluster) {
		dst.items = append(dst.items, src.items...)
		dst.lo, dst.hi = max(dst.lo, src.lo), min(dst.hi, src.hi)
		if dst.cp == "" {
			dst.cp = src.cp
		}
		if dst.pr == "" {
			dst.pr = src.pr
		}
		if dst.per == "" {
			dst.per = src.per
		}
		src.items = nil
	}
	pick := func(src *cluster, ok func(c *cluster) bool) *cluster {
		var best *cluster
		for _, c := range all {
			if c == src || len(c.items) == 0 || !ok(c) || !overlaps(src, c) {
				continue
			}
			if best == nil || len(c.items) > len(best.items) ||
				(len(c.items) == len(best.items) && math.Abs(centre(c)-centre(src)) < math.Abs(centre(best)-centre(src))) {
				best = c
			}
		}
		return best
	}
	// A money figure dated by a month meets the same figure dated by the
	// month before or after: outlets date a figure by the month they
	// report it, and reports straddle a month's end.
	for _, src := range all {
		if len(src.items) == 0 || !isMonth(src.time) || g.items[src.items[0]].kind != KindMoney {
			continue
		}
		m, _ := time.Parse("2006-01", src.time)
		prev, next := m.AddDate(0, -1, 0).Format("2006-01"), m.AddDate(0, 1, 0).Format("2006-01")
		if dst := pick(src, func(c *cluster) bool { return (c.time == prev || c.time == next) && same(c, src) }); dst != nil &&
			len(dst.items) >= len(src.items) {
			merge(dst, src)
		}
	}
	// A month meets its year, then the year before.
	for _, src := range all {
		if len(src.items) == 0 || !isMonth(src.time) {
			continue
		}
		y, _ := strconv.Atoi(src.time[:4])
		for _, yt := range []string{strconv.Itoa(y), strconv.Itoa(y - 1)} {
			if dst := pick(src, func(c *cluster) bool { return c.time == yt && same(c, src) }); dst != nil {
				merge(dst, src)
				break
			}
		}
	}
	// A fiscal period meets a calendar one of the same shape a year either
	// side, when the figures agree: outlets label Nvidia's quarter ending
	// July 2023 both FY2024-Q2 and 2023-Q2.
	for _, src := range all {
		if len(src.items) == 0 || !strings.HasPrefix(src.time, "FY") {
			continue
		}
		if dst := pick(src, func(c *cluster) bool {
			return same(c, src) && fiscalMeets(src.time, c.time)
		}); dst != nil {
			merge(dst, src)
		}
	}
	// One figure under two metrics of a family ("revenue" and "annualized
	// revenue") is one fact: the smaller group joins the larger.
	bySize := slices.Clone(all)
	slices.SortStableFunc(bySize, func(a, b *cluster) int { return len(a.items) - len(b.items) })
	for _, src := range bySize {
		if len(src.items) == 0 {
			continue
		}
		if dst := pick(src, func(c *cluster) bool {
			return c.metric != src.metric && c.time == src.time && c.cp == src.cp && c.pr == src.pr && c.per == src.per
		}); dst != nil && len(dst.items) >= len(src.items) {
			merge(dst, src)
		}
	}
	// Wildcards: the clusters missing the most go first, so an undated
	// figure with no counterparty can pass through a partly known one.
	wild := func(c *cluster) int {
		n := 0
		for _, s := range []string{c.time, c.cp, c.per} {
			if s == "" {
				n++
			}
		}
		return n
	}
	byWild := slices.Clone(all)
	slices.SortStableFunc(byWild, func(a, b *cluster) int { return wild(b) - wild(a) })
	for _, src := range byWild {
		if len(src.items) == 0 || wild(src) == 0 {
			continue
		}
		dst := pick(src, func(c *cluster) bool {
			return wild(c) <= wild(src) && fits(src.time, c.time) && fits(src.cp, c.cp) && fits(src.pr, c.pr) &&
				fits(src.per, c.per) && (wild(c) < wild(src) || c.time != src.time || c.cp != src.cp || c.per != src.per)
		})
		if dst != nil {
			merge(dst, src)
		}
	}
	out := all[:0]
	for _, c := range all {
		if len(c.items) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// same reports whether two clusters are about the same metric, parties and
// per, so that only their times differ.
func same(a, b *cluster) bool {
	return a.metric == b.metric && a.cp == b.cp && a.pr == b.pr && a.per == b.per
}

// fiscalMeets reports whether fiscal period f ("FY2024-Q2") may be
// calendar period c ("2023-Q2"): same shape, years at most one apart.
func fiscalMeets(f, c string) bool {
	if strings.HasPrefix(c, "FY") || len(f) < 6 || len(c) < 4 {
		return false
	}
	fy, err1 := strconv.Atoi(f[2:6])
	cy, err2 := strconv.Atoi(c[:4])
	if err1 != nil || err2 != nil || fy-cy > 1 || cy-fy > 1 {
		return false
	}
	return f[6:] == c[4:] || (strings.HasPrefix(f[6:], "-Q") && strings.HasPrefix(c[4:], "-Q"))
}

// fits reports whether a field of a wildcard cluster may join a cluster
// with field b: equal, or unknown on the wildcard's side.
func fits(a, b string) bool { return a == "" || a == b }

// stab partitions intervals into groups sharing a common point.
func (g *grouper) stab(idx []int) [][]int {
	if len(idx) == 1 {
		return [][]int{idx}
	}
	byHi := slices.Clone(idx)
	slices.SortFunc(byHi, func(a, b int) int { return cmp.Compare(g.items[a].hi, g.items[b].hi) })
	byLo := slices.Clone(idx)
	slices.SortFunc(byLo, func(a, b int) int { return cmp.Compare(g.items[a].lo, g.items[b].lo) })
	done := map[int]bool{}
	var points []float64
	p := 0
	for _, i := range byHi {
		if done[i] {
			continue
		}
		pt := g.items[i].hi
		points = append(points, pt)
		for ; p < len(byLo) && g.items[byLo[p]].lo <= pt; p++ {
			done[byLo[p]] = true
		}
		done[i] = true
	}
	// Each interval joins the stab point nearest its centre among those it
	// contains: the greedy stabbing leans left, this leans to the middle.
	groups := make([][]int, len(points))
	for _, i := range idx {
		it := &g.items[i]
		c := (it.lo + it.hi) / 2
		k := sort.SearchFloat64s(points, it.lo)
		best := -1
		for ; k < len(points) && points[k] <= it.hi; k++ {
			if best < 0 || math.Abs(points[k]-c) < math.Abs(points[best]-c) {
				best = k
			}
		}
		if best < 0 { // rounding at the edge: the nearest point
			best = max(0, min(len(points)-1, sort.SearchFloat64s(points, c)))
		}
		groups[best] = append(groups[best], i)
	}
	out := groups[:0]
	for _, gr := range groups {
		if len(gr) > 0 {
			out = append(out, gr)
		}
	}
	return out
}

func isMonth(t string) bool {
	return len(t) == 7 && t[4] == '-' && unicode.IsDigit(rune(t[0])) && unicode.IsDigit(rune(t[5]))
}

// timesMeet reports whether two facts' times can be about the same period.
func timesMeet(a, b string) bool {
	if a == b || a == "" || b == "" {
		return true
	}
	if isMonth(a) && len(b) == 4 {
		a, b = b, a
	}
	if len(a) == 4 && isMonth(b) {
		y, _ := strconv.Atoi(a)
		by, _ := strconv.Atoi(b[:4])
		return by == y || by == y+1
	}
	return false
}

// fact builds the fact of one cluster, and returns with it what its
// articles are known by (sources, URLs, cited URLs, credited names): two
// facts whose single origins share such a key are one origin.
func (g *grouper) fact(key string, cl *cluster, checks map[int]Check) (Fact, map[string]bool) {
	slices.SortFunc(cl.items, func(a, b int) int {
		da, db := g.docs[g.items[a].art].a, g.docs[g.items[b].art].a
		return cmp.Or(da.Published.Compare(db.Published), cmp.Compare(da.URL, db.URL), cmp.Compare(g.items[a].c.Offset, g.items[b].c.Offset))
	})
	first := &g.items[cl.items[0]]
	c0 := first.c
	f := Fact{Entity: c0.Entity, Metric: majorityMetric(g.items, cl.items), Kind: first.kind, Unit: first.unit, Per: cmp.Or(cl.per, normPer(c0)),
		Time: cl.time, Change: c0.Change, Low: math.Inf(1), High: math.Inf(-1), Claims: make([]Claim, 0, len(cl.items))}
	var vals, exact []float64
	forecasts := 0
	for _, i := range cl.items {
		it := &g.items[i]
		d := g.docs[it.art].a
		vals = append(vals, it.v)
		if !it.bound {
			exact = append(exact, it.v)
		}
		f.Low, f.High = min(f.Low, it.v), max(f.High, it.top)
		if it.c.Modality == claimwatch.Forecast {
			forecasts++
		}
		if f.Counterparty == "" {
			f.Counterparty = it.c.Counterparty
		}
		if f.Product == "" && it.pr != "" {
			f.Product = it.c.Product
		}
		fc := Claim{ArticleID: d.ID, URL: d.URL, Source: d.Source, Title: d.Title, Published: d.Published, Lang: it.c.Lang,
			Value: it.c.Value, ValueMax: it.c.ValueMax, Unit: it.c.Unit, Time: it.c.Time, Per: it.c.Per, Approx: it.c.Approx,
			Modality: it.c.Modality, Counterparty: it.c.Counterparty, Product: it.c.Product, AttributedTo: it.c.AttributedTo, Quote: it.c.Quote}
		if it.kind == KindMoney && it.unit == "USD" {
			fc.ValueUSD = fx.RoundSig(it.v, 6)
			if it.from != "" {
				fc.Rate, fc.RateFrom = it.rate, it.from
			}
		}
		f.Claims = append(f.Claims, fc)
		if ck, ok := checks[i]; ok {
			f.Checks = append(f.Checks, ck)
		}
	}
	if len(exact) > 0 {
		vals = exact
	}
	f.Value = fx.RoundSig(median(vals), 6)
	f.Low, f.High = fx.RoundSig(f.Low, 6), fx.RoundSig(f.High, 6)
	f.Modality = claimwatch.Reported
	if 2*forecasts > len(cl.items) {
		f.Modality = claimwatch.Forecast
	}
	f.FirstSeen = f.Claims[0].Published
	f.LastSeen = f.Claims[len(f.Claims)-1].Published
	for _, c := range f.Claims {
		if c.Published.After(f.LastSeen) {
			f.LastSeen = c.Published
		}
	}
	keys := g.origins(&f, cl.items)
	h := sha1.Sum([]byte(key + "\x00" + f.Metric + "\x00" + f.Per + "\x00" + cl.time + "\x00" + cl.cp + "\x00" + cl.pr + "\x00" + c0.ArticleID + "\x00" + strconv.Itoa(c0.Offset) + "\x00" + strconv.FormatFloat(c0.Value, 'g', -1, 64)))
	f.ID = "f" + hex.EncodeToString(h[:5])
	return f, keys
}

// majorityMetric is the metric most claims of a group use; ties go to the
// first in CLAIMS.md's order.
func majorityMetric(items []item, idx []int) string {
	n := map[string]int{}
	for _, i := range idx {
		n[items[i].metric]++
	}
	best := ""
	for _, m := range claimwatch.Metrics {
		if n[string(m)] > n[best] {
			best = string(m)
		}
	}
	return best
}

func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// normTime tidies a time ("fy2024-q2" → "FY2024-Q2").
func normTime(t string) string { return strings.ToUpper(strings.TrimSpace(t)) }

// norm folds a name for comparison: lower case, letters and digits only,
// no leading "the".
func norm(s string) string {
	var b strings.Builder
	s = strings.ToLower(strings.TrimSpace(s))
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	// "The Information" and theinformation.com are one name.
	if k := b.String(); strings.HasPrefix(k, "the") && len(k) > 6 {
		return k[3:]
	}
	return b.String()
}
