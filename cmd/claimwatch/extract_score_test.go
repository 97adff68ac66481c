package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/claims"
)

// The extract command scored the way CLAIMS.md says the hidden evaluation
// scores it, on articles written and annotated by hand: each article is
// written to a plain-text file (title, blank line, text), read by
// `claimwatch extract --date`, and its claims are matched against the
// reference.
//
// claims/testdata/articles were written while the extractor was tuned;
// claims/testdata/heldout* were annotated from CLAIMS.md alone, by people
// who had not read the extractor. Each held-out set was scored first, then
// rules were written against its errors, and the next set measured what
// carried over; each set has its own floors per language.

type scoredArticle struct {
	Article claimwatch.Article `json:"article"`
	Claims  []claimwatch.Claim `json:"claims"`
}

// extractFloors are the strict F1 scores measured per set and language; the
// test fails if a change scores lower.
//
// heldout4 was scored once before any rule was written against it (en
// 0.717, zh 0.820); its per-article errors were seen afterwards. heldout5
// scored en 0.829 and zh 0.930 on its first run and was then used for
// tuning. heldout6 was written for session 3: on its first run it scored en
// 0.729 and zh 0.907 (en 0.770, zh 0.903 with the extractor the session
// started from); its totals showed that discovering companies cost English
// claims, and it was tuned on once heldout7 was written. heldout7 scored en
// 0.613 and zh 0.900 on its first run (en 0.611, zh 0.896 with the
// session-start extractor); its totals were looked at twice more while the
// built-in company list grew. heldout8 scored en 0.722 and zh 0.875 on its
// first run (en 0.395, zh 0.867 with the session-start extractor) and en
// 0.728, zh 0.875 when it was opened for tuning. heldout9 scored en 0.793
// and zh 0.804 on its first run (en 0.710, zh 0.807 with the session-start
// extractor), the same when it was opened. heldout10, the blind set, scored
// en 0.810 and zh 0.826 on its first run, against en 0.680 and zh 0.793
// with the session-start extractor. Session 4 wrote two sets at once and
// scored both blind: heldout11 scored en 0.764 and zh 0.784 (en 0.761, zh
// 0.784 with the session-start extractor) and was then opened for tuning;
// heldout12, which stays blind, scored en 0.778 and zh 0.819 (en 0.775, zh
// 0.819). heldout13 was written later in session 4 and scored blind: en
// 0.766 and zh 0.749 (the same as the session-start extractor gave, en
// 0.758 and zh 0.749); at that moment heldout12 scored en 0.783, zh 0.893.
// At the session's end: heldout12 en 0.807, zh 0.893; heldout13 en 0.766,
// zh 0.769. heldout13's helper named some of its companies in its report
// (two of them, GUC and Sugon, were added to the list afterwards).
// heldout14 was written at the session's end and scored once, blind: en
// 0.834 and zh 0.830, against en 0.690 and zh 0.737 with the session-start
// extractor. Its helpers reused some earlier sets' subjects and invented
// names (Mistral and ASML, Amazon's Anthropic stake, CoreWeave, Lumora), so
// its gain may overstate what carries to unseen news.
//
// Session 5 opened heldout12–14 for tuning and wrote four sets on topics
// no earlier set covered, from menus of companies the writers chose among.
// Blind first runs against the session-start extractor: heldout15 en 0.667,
// zh 0.692; heldout16 en 0.667, zh 0.596; heldout17 en 0.600, zh 0.236;
// heldout18 en 0.361, zh 0.656. heldout15 was opened after six looks at its
// totals. heldout16–18 stay blind; their totals and kinds of error (never
// their items) were looked at during the session, and several companies of
// the menus went into the built-in list, so their gains are not all blind.
//
// Session 6 opened heldout16–18 and wrote heldout19 blind: real events of
// 2023–2025 retold in the layout of named outlets (Reuters, 36氪, 鉅亨網…),
// mainstream companies included, none invented: the nearest this project
// gets to the hidden evaluation's real articles.
// heldout19 first blind run: en 0.780, zh 0.800, the same with the
// session-start extractor; after an hour's rules from the opened sets and
// synthetic checks, en 0.810, zh 0.795 (its third look), and it was opened.
// heldout20, written the same way on other events, scored en 0.884, zh
// 0.795 at its first run, the same as with the session-start extractor.
// After more rules from the opened heldout19, heldout20 scored en 0.884,
// zh 0.818 at its second look, and it was opened in turn; heldout21 was
// written the same way to stay blind.
// heldout21's single blind run, with the session's final rules: en 0.727,
// zh 0.868, against en 0.718, zh 0.855 with the session-start extractor;
// its stories of deals between companies (stakes, investments, contracts)
// gave most of its English errors to the wrong company. It was then opened.
//
// Session 7 wrote heldout22 the same way, on other events (results of
// chip and software firms, young labs' rounds, Chinese and Taiwanese
// supply-chain results). First blind run: en 0.780, zh 0.802 with the
// session-start extractor; en 0.783, zh 0.802 after the session's first
// two rules. Most of its Chinese errors (24 claims) are one company that
// its writer names with a suffix ours lacks or the reverse. It was then
// opened. heldout23, written the same way after an hour's rules from the
// opened heldout22 and synthetic checks, scored blind en 0.791, zh 0.852
// (en 0.781, zh 0.861 with the session-start extractor): English gained
// on entities and lost on metric choice; 17 Chinese claims again went to
// one company written another way. It was opened in turn.
// heldout24 (supply-chain results, young labs' deals, Chinese robotaxi and
// retail results, Taiwanese component makers) scored blind en 0.683, zh
// 0.728 after the session's rules from heldout22 and 23 (en 0.691, zh
// 0.719 with the session-start extractor): 30 English claims went to a
// company written another way, and 20 Chinese claims took another metric.
// It was opened. heldout25 (chip and software results, young startups'
// rounds, Chinese IPO filings, Taiwanese component makers) scored blind en
// 0.747, zh 0.575 after the session's rules (en 0.724, zh 0.577 with the
// session-start extractor): 68 of its 168 Chinese claims name companies
// our list lacks or writes otherwise. About thirty Taiwanese and Chinese
// companies were then added to the list, one of them in heldout25, so its
// later Chinese totals are not blind. Its second look, with the session's
// final rules: en 0.747 (unchanged), zh 0.678. It stays blind.
// blindSets are the held-out sets whose errors are not shown.
var blindSets = map[string]bool{"heldout25": true}

var extractFloors = map[string]float64{
	"articles/en": 0.99, "articles/zh": 0.99,
	"heldout/en": 0.95, "heldout/zh": 0.98,
	"heldout2/en": 0.89, "heldout2/zh": 0.99,
	"heldout3/en": 0.90, "heldout3/zh": 0.97,
	"heldout4/en": 0.94, "heldout4/zh": 0.89,
	"heldout5/en": 0.96, "heldout5/zh": 0.94,
	"heldout6/en": 0.95, "heldout6/zh": 0.87,
	"heldout7/en": 0.96, "heldout7/zh": 0.98,
	"heldout8/en": 0.87, "heldout8/zh": 0.99,
	"heldout9/en": 0.94, "heldout9/zh": 0.99,
	"heldout10/en": 0.92, "heldout10/zh": 0.95,
	"heldout11/en": 0.95, "heldout11/zh": 0.98,
	"heldout12/en": 0.88, "heldout12/zh": 0.93,
	"heldout13/en": 0.82, "heldout13/zh": 0.91,
	"heldout14/en": 0.92, "heldout14/zh": 0.92,
	"heldout15/en": 0.87, "heldout15/zh": 0.93,
	"heldout16/en": 0.81, "heldout16/zh": 0.86,
	"heldout17/en": 0.79, "heldout17/zh": 0.89,
	"heldout18/en": 0.68, "heldout18/zh": 0.89,
	"heldout19/en": 0.87, "heldout19/zh": 0.96,
	"heldout20/en": 0.94, "heldout20/zh": 0.92,
	"heldout21/en": 0.86, "heldout21/zh": 0.91,
	"heldout22/en": 0.93, "heldout22/zh": 0.84,
	"heldout23/en": 0.96, "heldout23/zh": 0.98,
	"heldout24/en": 0.81, "heldout24/zh": 0.83,
	"heldout25/en": 0.73, "heldout25/zh": 0.66,
}

func TestExtractScoresOnAnnotatedArticles(t *testing.T) {
	for _, set := range []string{"articles", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "claims", "testdata", set, "*.json"))
		if len(files) == 0 {
			t.Errorf("%s: no annotated articles", set)
			continue
		}
		// The newest set stays blind: its totals are printed, never its
		// per-article errors, so no rule is written against it.
		verbose := os.Getenv("EXTRACT_VERBOSE") != "" && !blindSets[set]
		tallies := map[string]*tally{}
		for _, f := range files {
			var c scoredArticle
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &c); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			got := extractFile(t, c.Article)
			lang := c.Article.Lang
			if tallies[lang] == nil {
				tallies[lang] = &tally{}
			}
			tallies[lang].add(t, filepath.Base(f), c.Claims, got, verbose)
		}
		langs := make([]string, 0, len(tallies))
		for l := range tallies {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		for _, l := range langs {
			s := tallies[l]
			p, r, f1 := s.prf(s.strict)
			_, _, loose := s.prf(s.loose)
			t.Logf("%s/%s: %d articles, %d reference claims, %d returned; strict P %.3f R %.3f F1 %.3f; ignoring metric F1 %.3f",
				set, l, s.articles, s.want, s.got, p, r, f1, loose)
			t.Logf("%s/%s: on matched pairs %s", set, l, s.fieldRates())
			t.Logf("%s/%s: errors %s", set, l, s.kindCounts())
			if floor := extractFloors[set+"/"+l]; f1 < floor {
				t.Errorf("%s/%s: strict F1 %.3f fell below the floor %.3f", set, l, f1, floor)
			}
		}
	}
}

// extractFile runs the extract command on the article as a plain-text file.
func extractFile(t *testing.T, a claimwatch.Article) []claimwatch.Claim {
	t.Helper()
	path := filepath.Join(t.TempDir(), a.ID+".txt")
	text := a.Text
	if a.Title != "" {
		text = a.Title + "\n\n" + text
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"extract", "--data", t.TempDir()}
	if !a.Published.IsZero() {
		args = append(args, "--date", a.Published.Format("2006-01-02"))
	}
	out, stderr, err := cli(t, append(args, path)...)
	if err != nil {
		t.Fatalf("extract %s: %v\n%s", a.ID, err, stderr)
	}
	var cs []claimwatch.Claim
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c claimwatch.Claim
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("extract %s printed %q: %v", a.ID, sc.Text(), err)
		}
		cs = append(cs, c)
	}
	return cs
}

// tally counts matches the way CLAIMS.md describes: a returned claim
// matches a reference claim with the same entity, unit and metric and a
// value (and top of range) within 1%; each reference matches at most once.
type tally struct {
	articles, want, got int
	strict, loose       int
	fields              map[string][2]int // field → right, compared
	kinds               map[string]int    // kind of error → count
}

func (s *tally) prf(matched int) (p, r, f1 float64) {
	if s.got > 0 {
		p = float64(matched) / float64(s.got)
	}
	if s.want > 0 {
		r = float64(matched) / float64(s.want)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

func (s *tally) add(t *testing.T, name string, want, got []claimwatch.Claim, verbose bool) {
	s.articles++
	s.want += len(want)
	s.got += len(got)
	pairs := match(want, got, true)
	s.strict += len(pairs)
	s.loose += len(match(want, got, false))
	if s.fields == nil {
		s.fields = map[string][2]int{}
	}
	used := map[int]bool{}
	for gi, wi := range pairs {
		used[wi] = true
		g, w := got[gi], want[wi]
		for _, f := range []struct {
			name      string
			got, want string
		}{
			{"time", g.Time, w.Time}, {"per", g.Per, w.Per}, {"approx", string(g.Approx), string(w.Approx)},
			{"modality", string(g.Modality), string(w.Modality)}, {"attributed_to", g.AttributedTo, w.AttributedTo},
			{"change", fmt.Sprint(g.Change), fmt.Sprint(w.Change)},
		} {
			n := s.fields[f.name]
			n[1]++
			if f.got == f.want {
				n[0]++
			} else if verbose {
				t.Logf("%s: %s %s %v: %s %q, reference %q", name, w.Entity, w.Metric, w.Value, f.name, f.got, f.want)
			}
			s.fields[f.name] = n
		}
	}
	// Kinds of error, counted for every set (blind ones too): what a
	// hidden evaluation reports back, with no item named.
	if s.kinds == nil {
		s.kinds = map[string]int{}
	}
	loose := match(want, got, false)
	looseWant := map[int]bool{}
	for _, wi := range loose {
		looseWant[wi] = true
	}
	gotEnt, wantEnt := map[string]bool{}, map[string]bool{}
	for _, g := range got {
		gotEnt[g.Entity] = true
	}
	for _, w := range want {
		wantEnt[w.Entity] = true
	}
	for wi, w := range want {
		switch {
		case used[wi]:
		case looseWant[wi]:
			s.kinds["missed: another metric"]++
		case !gotEnt[w.Entity] && gotEnt[aliasOf[strings.ToLower(w.Entity)]] && productOf[strings.ToLower(w.Entity)]:
			s.kinds["missed: entity written as a product of a returned one"]++
		case !gotEnt[w.Entity] && gotEnt[aliasOf[strings.ToLower(w.Entity)]] && hasCJK(w.Entity):
			s.kinds["missed: entity written as a Chinese alias of a returned one"]++
		case !gotEnt[w.Entity] && gotEnt[aliasOf[strings.ToLower(w.Entity)]]:
			s.kinds["missed: entity written as another name of a returned one"]++
		case !gotEnt[w.Entity] && aliasOf[strings.ToLower(w.Entity)] != "":
			s.kinds["missed: entity known by another name, never returned"]++
		case !gotEnt[w.Entity] && namedOtherwise(w.Entity, gotEnt):
			s.kinds["missed: entity named otherwise"]++
		case !gotEnt[w.Entity]:
			s.kinds["missed: entity never returned"]++
		default:
			u := w.Unit
			if u != "count" && u != "percent" {
				u = "money"
			}
			kind := "missed: figure not returned (" + u + ")"
			for _, g := range got {
				if within(g.Value, w.Value) && within(g.ValueMax, w.ValueMax) {
					kind = "missed: figure given to another entity or unit"
					if g.Unit == w.Unit {
						kind = "missed: figure given to another entity"
					}
					break
				}
			}
			s.kinds[kind]++
		}
	}
	for gi, g := range got {
		if _, ok := pairs[gi]; ok {
			continue
		}
		switch {
		case hasKey(loose, gi):
			s.kinds["extra: another metric"]++
		case !wantEnt[g.Entity]:
			s.kinds["extra: entity not in reference"]++
		case !wantedValue(g, want):
			s.kinds["extra: figure not in reference"]++
		default:
			s.kinds["extra: other"]++
		}
	}
	if !verbose {
		return
	}
	for gi, g := range got {
		if _, ok := pairs[gi]; !ok {
			t.Logf("%s: extra   %s", name, brief(g))
		}
	}
	for wi, w := range want {
		if !used[wi] {
			t.Logf("%s: missing %s", name, brief(w))
		}
	}
}

// namedOtherwise reports whether a returned entity is the same name written
// another way: "ASE Technology" for "ASE", "Zhongji Innolight" for "Innolight".
func namedOtherwise(name string, got map[string]bool) bool {
	key := func(s string) string {
		s = strings.ToLower(s)
		for _, w := range []string{" technology", " technologies", " holdings", " holding", " group", " inc", " corp", " corporation", " electronics", " systems", " robotics", " ai", " co"} {
			s = strings.ReplaceAll(s, w, "")
		}
		return strings.ReplaceAll(s, " ", "")
	}
	k := key(name)
	for g := range got {
		if gk := key(g); gk != "" && k != "" && (strings.Contains(gk, k) || strings.Contains(k, gk)) {
			return true
		}
	}
	return false
}

func wantedValue(g claimwatch.Claim, want []claimwatch.Claim) bool {
	for _, w := range want {
		if within(g.Value, w.Value) && within(g.ValueMax, w.ValueMax) {
			return true
		}
	}
	return false
}

// aliasOf maps every built-in alias (lower case) to its canonical name,
// when the alias differs from it.
var aliasOf = func() map[string]string {
	m := map[string]string{}
	for _, e := range claims.Default() {
		for _, a := range append(append([]string{}, e.Aliases...), e.Products...) {
			if a != e.Name {
				m[strings.ToLower(a)] = e.Name
			}
		}
	}
	return m
}()

// productOf holds the built-in product names (lower case).
var productOf = func() map[string]bool {
	m := map[string]bool{}
	for _, e := range claims.Default() {
		for _, p := range e.Products {
			m[strings.ToLower(p)] = true
		}
	}
	return m
}()

func hasCJK(s string) bool {
	for _, r := range s {
		if r >= 0x4e00 && r <= 0x9fff {
			return true
		}
	}
	return false
}

func hasKey(m map[int]int, k int) bool {
	_, ok := m[k]
	return ok
}

func (s *tally) kindCounts() string {
	ks := make([]string, 0, len(s.kinds))
	for k := range s.kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	var parts []string
	for _, k := range ks {
		parts = append(parts, fmt.Sprintf("%s %d", k, s.kinds[k]))
	}
	return strings.Join(parts, ", ")
}

func (s *tally) fieldRates() string {
	var parts []string
	for _, f := range []string{"time", "per", "approx", "modality", "attributed_to", "change"} {
		n := s.fields[f]
		if n[1] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d/%d", f, n[0], n[1]))
		}
	}
	return strings.Join(parts, ", ")
}

func brief(c claimwatch.Claim) string {
	v := fmt.Sprintf("%g", c.Value)
	if c.ValueMax != 0 {
		v += fmt.Sprintf("–%g", c.ValueMax)
	}
	return fmt.Sprintf("%s/%s %s %s time=%s per=%s approx=%s %s cp=%s by=%s | %.90s", c.Entity, c.Metric, v, c.Unit, c.Time, c.Per,
		c.Approx, c.Modality, c.Counterparty, c.AttributedTo, c.Quote)
}

// match pairs returned claims (by index) with reference claims (by index).
// Among the references a claim could match, it takes the one that agrees on
// most of the other fields, so the field rates are not spoiled by an
// arbitrary pairing of two claims of equal value.
func match(want, got []claimwatch.Claim, strict bool) map[int]int {
	pairs := map[int]int{}
	used := make([]bool, len(want))
	for gi, g := range got {
		best, bestAgree := -1, -1
		for wi, w := range want {
			if used[wi] || !sameFigure(g, w, strict) {
				continue
			}
			agree := 0
			for _, same := range []bool{g.Time == w.Time, g.Per == w.Per, g.Approx == w.Approx, g.Modality == w.Modality,
				g.AttributedTo == w.AttributedTo, g.Quote == w.Quote, g.Metric == w.Metric} {
				if same {
					agree++
				}
			}
			if agree > bestAgree {
				best, bestAgree = wi, agree
			}
		}
		if best >= 0 {
			used[best] = true
			pairs[gi] = best
		}
	}
	return pairs
}

func sameFigure(g, w claimwatch.Claim, strict bool) bool {
	if g.Entity != w.Entity || g.Unit != w.Unit || strict && g.Metric != w.Metric {
		return false
	}
	return within(g.Value, w.Value) && within(g.ValueMax, w.ValueMax)
}

func within(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 0.01*math.Max(math.Abs(a), math.Abs(b))
}
