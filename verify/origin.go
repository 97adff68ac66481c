package verify

import (
	"cmp"
	"fmt"
	"math"
	"net"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/claimwatch/claimwatch"
)

func newDoc(a *claimwatch.Article) doc {
	d := doc{a: a, url: normURL(a.URL), src: norm(a.Source), names: map[string]bool{}}
	d.host, _, _ = strings.Cut(d.url, "/")
	seen := map[string]bool{}
	for _, l := range a.Links {
		n := normURL(l.URL)
		host, path, _ := strings.Cut(n, "/")
		// Links inside the site are navigation, and a bare home page is
		// no citation of a story.
		if n == "" || host == d.host || path == "" || seen[n] {
			continue
		}
		seen[n] = true
		d.links = append(d.links, n)
	}
	for _, s := range []string{a.Source, a.SiteName, siteName(d.host)} {
		if k := norm(s); len(k) >= 3 {
			d.names[k] = true
		}
	}
	return d
}

// normURL reduces a URL to host (with port) and path, so http and https,
// www and not, a trailing slash and a fragment do not tell two copies apart.
func normURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	return host + strings.TrimSuffix(u.EscapedPath(), "/")
}

// siteName is the name part of a host: "ailedger.com" → "ailedger".
func siteName(host string) string {
	h, _, _ := strings.Cut(host, ":")
	if net.ParseIP(h) != nil {
		return ""
	}
	parts := strings.Split(h, ".")
	if len(parts) >= 2 {
		return parts[len(parts)-2]
	}
	return h
}

// attribution is the outside source a claim credits, folded; a company's
// own announcement ("Nvidia reported") is a public record each outlet reads
// for itself, not a shared origin, so it gives "". An article that credits
// exactly one outlet credits it for claims that name no one.
// A list ("ChatGPT, The Information") gives its first outside name.
func attribution(c *claimwatch.Claim, a *claimwatch.Article) string {
	at := c.AttributedTo
	if at == "" && len(a.Attributions) == 1 {
		at = a.Attributions[0]
	}
	for _, part := range splitNames(at) {
		k := norm(part)
		if k == "" || k == norm(c.Entity) || k == norm(c.Counterparty) || (c.Product != "" && k == norm(c.Product)) {
			continue
		}
		return k
	}
	return ""
}

func splitNames(s string) []string {
	return strings.FieldsFunc(strings.ReplaceAll(s, " and ", ","), func(r rune) bool {
		return r == ',' || r == ';' || r == '、' || r == '，' || r == '/' || r == '和' || r == '及'
	})
}

// shingles hashes the character 4-grams of a quote, letters and digits
// only, for spotting copied text.
func shingles(q string) []uint64 {
	var rs []rune
	for _, r := range strings.ToLower(q) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	if len(rs) < 30 {
		return nil // too short to tell copying from two people stating one figure
	}
	out := make([]uint64, 0, len(rs)-3)
	for i := 0; i+4 <= len(rs); i++ {
		h := uint64(14695981039346656037)
		for _, r := range rs[i : i+4] {
			h = (h ^ uint64(r)) * 1099511628211
		}
		out = append(out, h)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func jaccard(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	i, j, both := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			both++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return float64(both) / float64(len(a)+len(b)-both)
}

// sameText is the Jaccard similarity above which two quotes are one text.
const sameText = 0.7

// maxTextPairs bounds the pairwise text comparison in one fact: past it,
// only identical quotes are joined.
const maxTextPairs = 300

// unionFind joins items that cannot be independent of each other.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

func (u *unionFind) union(a, b int) {
	a, b = u.find(a), u.find(b)
	if a != b {
		if a > b {
			a, b = b, a
		}
		u.parent[b] = a
	}
}

// link joins the items (indexes into g.items) that share an origin: the
// same article or source, a citation of one another or of one page, the
// same outside source credited, or near-identical text. It returns the
// union-find over positions in idx, and the keys that tied them.
func (g *grouper) link(idx []int) (*unionFind, map[string]bool) {
	uf := newUnionFind(len(idx))
	first := map[string]int{}
	join := func(key string, p int) {
		if q, ok := first[key]; ok {
			uf.union(p, q)
		} else {
			first[key] = p
		}
	}
	urls := map[string]bool{}
	for _, i := range idx {
		urls[g.docs[g.items[i].art].url] = true
	}
	for p, i := range idx {
		it := &g.items[i]
		d := &g.docs[it.art]
		join("a\x00"+d.a.ID, p)
		// A republished story and its original (Article.DuplicateOf) are
		// one text: both join the original's key.
		join("t\x00"+cmp.Or(d.a.DuplicateOf, d.a.ID), p)
		if d.src != "" {
			join("s\x00"+d.src, p)
		}
		join("u\x00"+d.url, p)
		entity := it.entity
		for _, l := range d.links {
			// Two stories linking the company's own release each read a
			// public record; only a link to one of the stories ties them.
			host, _, _ := strings.Cut(l, "/")
			if entity != "" && strings.Contains(norm(host), entity) && !urls[l] {
				continue
			}
			join("u\x00"+l, p)
		}
		if it.attr != "" {
			join("n\x00"+it.attr, p)
		}
		for n := range d.names {
			join("n\x00"+n, p)
		}
	}
	if len(idx) <= maxTextPairs {
		for a := range idx {
			sa := g.shingle(idx[a])
			if sa == nil {
				continue
			}
			for b := a + 1; b < len(idx); b++ {
				if uf.find(a) != uf.find(b) && jaccard(sa, g.shingle(idx[b])) >= sameText {
					uf.union(a, b)
				}
			}
		}
	} else {
		for p, i := range idx {
			if q := g.items[i].c.Quote; len(q) >= 30 {
				join("q\x00"+q, p)
			}
		}
	}
	keys := make(map[string]bool, len(first))
	for k := range first {
		keys[k] = true
	}
	return uf, keys
}

func (g *grouper) shingle(i int) []uint64 {
	it := &g.items[i]
	if !it.shOK {
		it.shingle, it.shOK = shingles(it.c.Quote), true
	}
	return it.shingle
}

// origins fills in a fact's origins and the origin of each of its claims,
// and returns the keys its articles are known by.
func (g *grouper) origins(f *Fact, idx []int) map[string]bool {
	uf, keys := g.link(idx)
	comps := map[int][]int{} // root → positions, in the fact's (date) order
	var roots []int
	for p := range idx {
		r := uf.find(p)
		if _, ok := comps[r]; !ok {
			roots = append(roots, r)
		}
		comps[r] = append(comps[r], p)
	}
	// roots are in order of first appearance, and positions are sorted by
	// date, so origins come oldest first.
	for oi, r := range roots {
		ps := comps[r]
		for _, p := range ps {
			f.Claims[p].Origin = oi
		}
		f.Origins = append(f.Origins, g.tree(idx, ps))
	}
	f.IndependentOrigins = len(f.Origins)
	return keys
}

// tree lays out one origin: a credited outside source, or the first
// article, at the root; articles under the article they cite or credit.
func (g *grouper) tree(idx []int, ps []int) Origin {
	type art struct {
		d    *doc
		it   *item
		kids []int
		via  string
	}
	var arts []*art
	pos := map[string]int{}
	for _, p := range ps {
		it := &g.items[idx[p]]
		d := &g.docs[it.art]
		if _, ok := pos[d.a.ID]; ok {
			continue
		}
		pos[d.a.ID] = len(arts)
		arts = append(arts, &art{d: d, it: it})
	}
	// The outside source most of the articles credit, if it is not one of
	// the articles' own names.
	credit := map[string]int{}
	display := map[string]string{}
	for _, a := range arts {
		if a.it.attr != "" {
			credit[a.it.attr]++
			if display[a.it.attr] == "" {
				display[a.it.attr] = displayName(a.it.attr, a.it.c.AttributedTo, firstOf(a.d.a.Attributions))
			}
		}
	}
	rootAttr := ""
	for k, n := range credit {
		if n > credit[rootAttr] || (n == credit[rootAttr] && k < rootAttr) {
			rootAttr = k
		}
	}
	for _, a := range arts {
		if a.d.names[rootAttr] {
			rootAttr = "" // the credited outlet is here: it is the root
			break
		}
	}
	parent := make([]int, len(arts)) // -1: the root
	for i, a := range arts {
		parent[i] = -1
		if i == 0 && rootAttr == "" {
			parent[i] = -2 // the root itself
			continue
		}
		// An article hangs under an earlier one it cites, or whose outlet it
		// credits by name, or from the same outlet.
		for j := 0; j < i; j++ {
			b := arts[j]
			switch {
			case slices.Contains(a.d.links, b.d.url):
				parent[i], a.via = j, "cites"
			case a.it.attr != "" && b.d.names[a.it.attr]:
				parent[i], a.via = j, "credits"
			case norm(a.d.a.Source) == norm(b.d.a.Source) && a.via == "":
				parent[i], a.via = j, "same source"
			default:
				continue
			}
			if a.via != "same source" {
				break
			}
		}
		if parent[i] == -1 {
			switch {
			case rootAttr != "" && a.it.attr == rootAttr:
				a.via = "credits"
			case len(a.d.links) > 0:
				a.via = "cites"
			case rootAttr != "":
				a.via = "same text"
			default:
				a.via = "same text"
				if a.it.attr != "" && a.it.attr == arts[0].it.attr {
					a.via = "credits"
				}
			}
			if rootAttr == "" {
				parent[i] = 0
			}
		}
		if parent[i] >= 0 {
			arts[parent[i]].kids = append(arts[parent[i]].kids, i)
		}
	}
	var build func(i int) Node
	build = func(i int) Node {
		a := arts[i]
		n := Node{Label: a.d.a.Source, ArticleID: a.d.a.ID, URL: a.d.a.URL, Source: a.d.a.Source, Published: a.d.a.Published, Via: a.via}
		for _, k := range a.kids {
			n.Children = append(n.Children, build(k))
		}
		return n
	}
	o := Origin{Articles: len(arts), FirstSeen: arts[0].d.a.Published}
	if rootAttr != "" {
		o.Label = display[rootAttr]
		o.Tree = Node{Label: o.Label}
		for i := range arts {
			if parent[i] == -1 {
				o.Tree.Children = append(o.Tree.Children, build(i))
			}
		}
	} else {
		o.Tree = build(0)
		o.Label = arts[0].d.a.Source
	}
	return o
}

// displayName is the name as written whose folded form is key.
func displayName(key string, texts ...string) string {
	for _, t := range texts {
		for _, p := range splitNames(t) {
			if norm(p) == key {
				return strings.TrimSpace(p)
			}
		}
	}
	return key
}

func firstOf(s []string) string {
	if len(s) > 0 {
		return s[0]
	}
	return ""
}

// relate works out, within one bucket, which facts disagree, which
// forecast was settled by which outcome, and which repetitions are stale.
func (g *grouper) relate(facts []Fact, members [][]int, keys []map[string]bool) {
	n := len(facts)
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(math.Abs(facts[a].Value), math.Abs(facts[b].Value)) })
	arts := make([]map[string]bool, n)
	bounds := make([]bool, n)
	for i := range facts {
		arts[i] = map[string]bool{}
		bounds[i] = true
		for _, it := range members[i] {
			arts[i][g.docs[g.items[it].art].a.ID] = true
			if !g.items[it].bound {
				bounds[i] = false
			}
		}
	}
	newer := make([][]int, n) // facts of the same thing that appeared later
	for oa, a := range order {
		for _, b := range order[oa+1:] {
			fa, fb := &facts[a], &facts[b]
			va, vb := math.Abs(fa.Value), math.Abs(fb.Value)
			if va > 0 && vb/va > g.opts.ConflictRatio {
				break
			}
			if fa.Metric != fb.Metric || !timesMeet(fa.Time, fb.Time) || !meets(fa.Counterparty, fb.Counterparty) ||
				!meets(fa.Product, fb.Product) || !meets(fa.Per, fb.Per) {
				continue
			}
			if (fa.Value < 0) != (fb.Value < 0) && fa.Kind != KindPercent {
				continue
			}
			// One article giving both figures is not disagreeing with
			// itself: they are two quantities (total and data-center
			// revenue), whatever the metric word.
			if shareAny(arts[a], arts[b]) {
				continue
			}
			if fa.Modality == fb.Modality && fa.Modality == claimwatch.Reported {
				if fb.FirstSeen.After(fa.FirstSeen) {
					newer[a] = append(newer[a], b)
				} else if fa.FirstSeen.After(fb.FirstSeen) {
					newer[b] = append(newer[b], a)
				}
			}
			if fa.Modality != fb.Modality || bounds[a] || bounds[b] {
				continue
			}
			if independent(fa, fb, keys[a], keys[b]) {
				fa.ConflictsWith = append(fa.ConflictsWith, Rival{ID: fb.ID, Value: fb.Value})
				fb.ConflictsWith = append(fb.ConflictsWith, Rival{ID: fa.ID, Value: fa.Value})
			}
		}
	}
	for i := range facts {
		f := &facts[i]
		g.stale(f, facts, newer[i])
		// An origin made only of stale repetitions corroborates nothing: an
		// old figure repeated years later was most likely copied.
		live := map[int]bool{}
		for _, c := range f.Claims {
			if c.Stale == "" {
				live[c.Origin] = true
			}
		}
		f.IndependentOrigins = max(1, len(live))
		switch {
		case len(f.ConflictsWith) > 0:
			f.Verdict = Conflicting
		case f.IndependentOrigins >= 2:
			f.Verdict = Corroborated
		default:
			f.Verdict = SingleOrigin
		}
		slices.SortFunc(f.ConflictsWith, func(a, b Rival) int { return cmp.Or(cmp.Compare(a.Value, b.Value), cmp.Compare(a.ID, b.ID)) })
		g.outcome(facts, i)
	}
}

func meets(a, b string) bool { return a == "" || b == "" || norm(a) == norm(b) }

func shareAny(a, b map[string]bool) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// independent reports whether the disagreement is between independent
// sources rather than an echo garbling its original: it is unless each
// fact has one origin and the two share a source, a URL, a citation or a
// credited name.
func independent(a, b *Fact, ka, kb map[string]bool) bool {
	if len(a.Origins) > 1 || len(b.Origins) > 1 {
		return true
	}
	if len(ka) > len(kb) {
		ka, kb = kb, ka
	}
	for k := range ka {
		if kb[k] && !strings.HasPrefix(k, "a\x00") {
			return false
		}
	}
	return true
}

// outcome finds, for a forecast with a period, the figure reported later
// for that period: the best-corroborated reported fact, or the forecast's
// own fact when reports of the same figure came after it.
func (g *grouper) outcome(facts []Fact, i int) {
	f := &facts[i]
	var firstForecast time.Time
	for _, c := range f.Claims {
		if c.Modality == claimwatch.Forecast && (firstForecast.IsZero() || c.Published.Before(firstForecast)) {
			firstForecast = c.Published
		}
	}
	if firstForecast.IsZero() {
		return
	}
	for _, c := range f.Claims {
		if c.Modality == claimwatch.Reported && c.Published.After(firstForecast) && c.Time != "" {
			f.Outcome = &Outcome{FactID: f.ID, Value: f.Value, Met: true}
			return
		}
	}
	if f.Modality != claimwatch.Forecast || f.Time == "" {
		return
	}
	best := -1
	for j := range facts {
		o := &facts[j]
		if j == i || o.Modality != claimwatch.Reported || o.LastSeen.Before(f.FirstSeen) || o.Metric != f.Metric || !meets(o.Per, f.Per) ||
			!timesMeet(f.Time, o.Time) || o.Time == "" || !meets(f.Counterparty, o.Counterparty) || !meets(f.Product, o.Product) {
			continue
		}
		// The best-corroborated figure wins; between equals, the larger,
		// since a segment (data-center revenue) is smaller than the total
		// a forecast of "revenue" is about.
		if best < 0 || cmp.Or(cmp.Compare(o.IndependentOrigins, facts[best].IndependentOrigins),
			cmp.Compare(len(o.Claims), len(facts[best].Claims)), cmp.Compare(math.Abs(o.Value), math.Abs(facts[best].Value))) > 0 {
			best = j
		}
	}
	if best < 0 {
		return
	}
	o := &facts[best]
	diff := 0.0
	if f.Value != 0 {
		diff = math.Round(ChangePercent(f.Value, o.Value)*10) / 10
	}
	f.Outcome = &Outcome{FactID: o.ID, Value: o.Value, DiffPercent: diff, Met: max(f.Low, o.Low) <= min(f.High, o.High) || math.Abs(diff) < 5}
}

// stale flags undated repetitions of a reported figure long after it first
// appeared, or after a different figure for the same thing came out.
func (g *grouper) stale(f *Fact, facts []Fact, newer []int) {
	if f.Modality != claimwatch.Reported {
		return
	}
	for k := range f.Claims {
		c := &f.Claims[k]
		if c.Time != "" || c.Modality != claimwatch.Reported {
			continue
		}
		age := c.Published.Sub(f.FirstSeen)
		if age >= g.opts.StaleAfter {
			c.Stale = fmt.Sprintf("repeated as current %d days after it first appeared", int(age.Hours()/24))
		}
		for _, j := range newer {
			o := &facts[j]
			if c.Published.Sub(o.FirstSeen) >= 90*24*time.Hour {
				c.Stale = fmt.Sprintf("repeated %d days after a newer figure (%s, %s) appeared", int(c.Published.Sub(o.FirstSeen).Hours()/24), o.ID, o.FirstSeen.Format("2006-01-02"))
				break
			}
		}
		if c.Stale != "" {
			f.Stale = true
		}
	}
}
