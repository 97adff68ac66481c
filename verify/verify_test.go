package verify

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
)

// world builds articles and claims for a test.
type world struct{ in Input }

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// article adds an article; links are the URLs it cites.
func (w *world) article(source, url, date string, links ...string) string {
	a := claimwatch.Article{ID: fmt.Sprintf("a%02d", len(w.in.Articles)), URL: url, Source: source, Title: "t " + url, Published: day(date)}
	for _, l := range links {
		a.Links = append(a.Links, claimwatch.Link{URL: l})
	}
	w.in.Articles = append(w.in.Articles, a)
	return a.ID
}

func (w *world) claim(art string, c claimwatch.Claim) {
	c.ArticleID = art
	if c.Approx == "" {
		c.Approx = claimwatch.Exact
	}
	if c.Modality == "" {
		c.Modality = claimwatch.Reported
	}
	if c.Quote == "" {
		c.Quote = fmt.Sprintf("%s %s %g %s", c.Entity, c.Metric, c.Value, c.Unit)
	}
	w.in.Claims = append(w.in.Claims, c)
}

func (w *world) facts(t *testing.T) []Fact {
	t.Helper()
	return Facts(w.in, Options{})
}

// factOf finds the fact holding the claim of article art with value v.
func factOf(t *testing.T, facts []Fact, art string, v float64) Fact {
	t.Helper()
	for _, f := range facts {
		for _, c := range f.Claims {
			if c.ArticleID == art && c.Value == v {
				return f
			}
		}
	}
	t.Fatalf("no fact holds %s's %g", art, v)
	return Fact{}
}

func loss(v float64, approx, attr string) claimwatch.Claim {
	return claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.Loss, Value: v, Unit: "USD", Time: "2022", Approx: approx, AttributedTo: attr}
}

func TestFactsEchoesAreSingleOrigin(t *testing.T) {
	var w world
	orig := w.article("ailedger", "https://ailedger.com/a/losses", "2023-05-05")
	w.claim(orig, loss(5.4e8, claimwatch.About, ""))
	for i, src := range []string{"techdaily", "guigu", "mirror"} {
		id := w.article(src, fmt.Sprintf("https://%s.com/n/%d", src, i), "2023-08-1"+fmt.Sprint(i), "https://ailedger.com/a/losses/")
		w.claim(id, loss(5.4e8, claimwatch.Exact, ""))
	}
	facts := w.facts(t)
	if len(facts) != 1 {
		t.Fatalf("%d facts, want 1: %+v", len(facts), facts)
	}
	f := facts[0]
	if f.Verdict != SingleOrigin || f.IndependentOrigins != 1 || len(f.Claims) != 4 {
		t.Errorf("verdict %s, %d origins, %d claims; want single-origin, 1, 4", f.Verdict, f.IndependentOrigins, len(f.Claims))
	}
	root := f.Origins[0].Tree
	if root.Source != "ailedger" || len(root.Children) != 3 || root.Children[0].Via != "cites" {
		t.Errorf("origin tree %+v: want ailedger with three citing children", root)
	}
}

func TestFactsSharedAttributionIsOneOrigin(t *testing.T) {
	var w world
	a := w.article("one", "https://one.com/x", "2023-05-05")
	b := w.article("two", "https://two.com/y", "2023-05-06")
	w.claim(a, loss(5.4e8, claimwatch.About, "The Information"))
	w.claim(b, loss(5.4e8, claimwatch.Exact, "the information"))
	f := w.facts(t)[0]
	if f.Verdict != SingleOrigin || f.Origins[0].Label != "The Information" || len(f.Origins[0].Tree.Children) != 2 {
		t.Errorf("got %s with origins %+v", f.Verdict, f.Origins)
	}
}

func TestFactsIndependentAgreementIsCorroborated(t *testing.T) {
	var w world
	a := w.article("ailedger", "https://ailedger.com/a/losses", "2023-05-05")
	b := w.article("computewire", "https://computewire.com/s/bill", "2023-08-17")
	w.claim(a, loss(5.4e8, claimwatch.About, "The Information"))
	w.claim(b, loss(5.4e8, claimwatch.Exact, ""))
	facts := w.facts(t)
	if len(facts) != 1 || facts[0].Verdict != Corroborated || facts[0].IndependentOrigins != 2 {
		t.Fatalf("got %+v", facts)
	}
}

func TestFactsIndependentDisagreementConflicts(t *testing.T) {
	var w world
	a := w.article("ailedger", "https://ailedger.com/cost", "2023-08-14")
	b := w.article("computewire", "https://computewire.com/bill", "2023-08-17")
	c := w.article("techdaily", "https://techdaily.tw/burn", "2023-08-15", "https://ailedger.com/cost")
	cost := func(v float64, approx string) claimwatch.Claim {
		return claimwatch.Claim{Entity: "OpenAI", Product: "ChatGPT", Metric: claimwatch.OperatingCost, Value: v, Unit: "USD", Per: "day", Approx: approx}
	}
	w.claim(a, cost(7e5, claimwatch.About))
	w.claim(b, cost(1e6, claimwatch.About))
	w.claim(c, cost(7e5, claimwatch.Exact))
	facts := w.facts(t)
	lo, hi := factOf(t, facts, a, 7e5), factOf(t, facts, b, 1e6)
	if lo.ID == hi.ID {
		t.Fatal("$700,000 and about $1 million were grouped as one figure")
	}
	if lo.Verdict != Conflicting || hi.Verdict != Conflicting || len(lo.ConflictsWith) != 1 || lo.ConflictsWith[0].ID != hi.ID {
		t.Errorf("verdicts %s, %s; rivals %+v", lo.Verdict, hi.Verdict, lo.ConflictsWith)
	}
	if len(lo.Claims) != 2 || lo.IndependentOrigins != 1 {
		t.Errorf("the repost should join AI Ledger's origin: %d claims, %d origins", len(lo.Claims), lo.IndependentOrigins)
	}
}

func TestFactsAgreementRespectsRoundingAndApprox(t *testing.T) {
	cases := []struct {
		name   string
		a, b   float64
		aa, ab string
		agree  bool
	}{
		{"700,000 and about 0.7 million", 7e5, 7e5, claimwatch.Exact, claimwatch.About, true},
		{"13.51 and 13.5 billion", 1.351e10, 1.35e10, claimwatch.Exact, claimwatch.Exact, true},
		{"5 and 13.5 billion", 5e9, 1.35e10, claimwatch.Exact, claimwatch.Exact, false},
		{"10 and 13 billion", 1e10, 1.3e10, claimwatch.Exact, claimwatch.Exact, false},
		{"700,000 and about 1 million", 7e5, 1e6, claimwatch.About, claimwatch.About, false},
		{"more than 10,000 and 11,000", 1e4, 1.1e4, claimwatch.AtLeast, claimwatch.Exact, true},
		{"10.3 and 10.32 billion", 1.03e10, 1.032e10, claimwatch.Exact, claimwatch.Exact, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var w world
			a := w.article("one", "https://one.com/x", "2023-05-05")
			b := w.article("two", "https://two.com/y", "2023-05-06")
			w.claim(a, claimwatch.Claim{Entity: "Nvidia", Metric: claimwatch.Revenue, Value: tc.a, Unit: "USD", Approx: tc.aa})
			w.claim(b, claimwatch.Claim{Entity: "Nvidia", Metric: claimwatch.Revenue, Value: tc.b, Unit: "USD", Approx: tc.ab})
			if got := len(w.facts(t)) == 1; got != tc.agree {
				t.Errorf("agree = %v, want %v", got, tc.agree)
			}
		})
	}
}

func TestFactsSplitAClusterIntoAgreeingGroups(t *testing.T) {
	var w world
	vals := []float64{1e10, 1e10, 1.01e10, 1.3e10, 1.3e10, 1.35e10, 2.9e10}
	for i, v := range vals {
		id := w.article(fmt.Sprintf("s%d", i), fmt.Sprintf("https://s%d.com/x", i), "2023-06-0"+fmt.Sprint(i+1))
		w.claim(id, claimwatch.Claim{Entity: "OpenAI", Counterparty: "Microsoft", Metric: claimwatch.Funding, Value: v, Unit: "USD", Time: "2023-01"})
	}
	facts := w.facts(t)
	var sizes []int
	for _, f := range facts {
		sizes = append(sizes, len(f.Claims))
	}
	if fmt.Sprint(sizes) != "[3 3 1]" {
		t.Errorf("group sizes %v, want [3 3 1]", sizes)
	}
	if facts[0].Verdict != Conflicting || facts[1].Verdict != Conflicting {
		t.Errorf("verdicts %s %s %s", facts[0].Verdict, facts[1].Verdict, facts[2].Verdict)
	}
}

func TestFactsCNYAndUSDMeet(t *testing.T) {
	var w world
	zh := w.article("sina", "https://sina.com.cn/a", "2025-02-24")
	en := w.article("reuters", "https://reuters.com/b", "2025-02-24")
	w.claim(zh, claimwatch.Claim{Entity: "Alibaba", Metric: claimwatch.Capex, Value: 3.8e11, Unit: "CNY", Time: "2025/2027", Modality: claimwatch.Forecast, Offset: 10})
	w.claim(en, claimwatch.Claim{Entity: "Alibaba", Metric: claimwatch.Capex, Value: 5.2e10, Unit: "USD", Time: "2025/2027", Modality: claimwatch.Forecast, Approx: claimwatch.About, Offset: 10})
	facts := w.facts(t)
	if len(facts) != 1 {
		t.Fatalf("380 billion yuan and $52 billion are %d facts", len(facts))
	}
	c := facts[0].Claims[0]
	if c.Unit != "CNY" {
		c = facts[0].Claims[1]
	}
	if c.Unit != "CNY" || c.RateFrom != "table" || math.Abs(c.ValueUSD/5.2e10-1) > 0.03 {
		t.Errorf("CNY claim converted to %g USD at %g (%s)", c.ValueUSD, c.Rate, c.RateFrom)
	}
}

func TestFactsPreferTheRateTheArticleStates(t *testing.T) {
	var w world
	a := w.article("techdaily", "https://techdaily.tw/burn", "2023-08-15")
	cost := func(v float64, unit string, off int) claimwatch.Claim {
		return claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.OperatingCost, Value: v, Unit: unit, Per: "day", Approx: claimwatch.About, Offset: off}
	}
	w.claim(a, cost(7e5, "USD", 40))
	w.claim(a, cost(5.08e6, "CNY", 62))
	facts := w.facts(t)
	if len(facts) != 1 {
		t.Fatalf("%d facts", len(facts))
	}
	for _, c := range facts[0].Claims {
		if c.Unit == "CNY" && (c.RateFrom != "article" || math.Abs(c.Rate-7.257) > 0.01 || math.Abs(c.ValueUSD-7e5) > 1) {
			t.Errorf("CNY claim: rate %g from %q, %g USD", c.Rate, c.RateFrom, c.ValueUSD)
		}
	}
}

func TestFactsForecastMeetsItsOutcome(t *testing.T) {
	var w world
	a := w.article("reuters", "https://reuters.com/fc", "2024-01-10")
	b := w.article("ft", "https://ft.com/out", "2025-03-01")
	w.claim(a, claimwatch.Claim{Entity: "Anthropic", Metric: claimwatch.Revenue, Value: 8.5e8, Unit: "USD", Time: "2024", Modality: claimwatch.Forecast})
	w.claim(b, claimwatch.Claim{Entity: "Anthropic", Metric: claimwatch.Revenue, Value: 1.2e9, Unit: "USD", Time: "2024"})
	facts := w.facts(t)
	fc, out := factOf(t, facts, a, 8.5e8), factOf(t, facts, b, 1.2e9)
	if fc.Outcome == nil || fc.Outcome.FactID != out.ID || fc.Outcome.DiffPercent != 41.2 || fc.Outcome.Met {
		t.Errorf("outcome %+v, want %s at +41.2%%, not met", fc.Outcome, out.ID)
	}
	if fc.Verdict == Conflicting || out.Verdict == Conflicting {
		t.Error("a forecast and its outcome are not a conflict")
	}
}

func TestFactsTimes(t *testing.T) {
	var w world
	a := w.article("one", "https://one.com/a", "2023-08-15")
	b := w.article("two", "https://two.com/b", "2023-05-05")
	c := w.article("three", "https://three.com/c", "2024-09-01")
	d := w.article("four", "https://four.com/d", "2024-09-02")
	w.claim(a, claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.Loss, Value: 5.4e8, Unit: "USD", Time: "2023-05"})
	w.claim(b, claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.Loss, Value: 5.4e8, Unit: "USD", Time: "2022"})
	w.claim(c, claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.Loss, Value: 5e9, Unit: "USD", Time: "2024"})
	w.claim(d, claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.Loss, Value: 5e9, Unit: "USD", Time: "2024-H1"})
	facts := w.facts(t)
	if factOf(t, facts, a, 5.4e8).ID != factOf(t, facts, b, 5.4e8).ID {
		t.Error("a figure dated by the month it was reported should meet the same figure dated by its year")
	}
	if factOf(t, facts, c, 5e9).ID == factOf(t, facts, d, 5e9).ID {
		t.Error("a 2024 loss and a 2024-H1 loss are different facts")
	}
}

func TestFactsCounterpartyMatters(t *testing.T) {
	var w world
	a := w.article("one", "https://one.com/a", "2023-08-15")
	b := w.article("two", "https://two.com/b", "2023-08-16")
	c := w.article("three", "https://three.com/c", "2023-08-17")
	w.claim(a, claimwatch.Claim{Entity: "Anthropic", Counterparty: "Google", Metric: claimwatch.Funding, Value: 2e9, Unit: "USD"})
	w.claim(b, claimwatch.Claim{Entity: "Anthropic", Counterparty: "Amazon", Metric: claimwatch.Funding, Value: 2e9, Unit: "USD"})
	w.claim(c, claimwatch.Claim{Entity: "Anthropic", Counterparty: "Google", Metric: claimwatch.Funding, Value: 2e9, Unit: "USD"})
	facts := w.facts(t)
	if len(facts) != 2 || factOf(t, facts, a, 2e9).ID != factOf(t, facts, c, 2e9).ID {
		t.Errorf("%d facts: want Google's and Amazon's apart", len(facts))
	}
}

func TestFactsChangeConsistency(t *testing.T) {
	var w world
	a := w.article("ailedger", "https://ailedger.com/traffic", "2023-08-03")
	users := func(v float64, unit, tm string, change bool, off int) claimwatch.Claim {
		return claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.Users, Value: v, Unit: unit, Time: tm, Change: change, Approx: claimwatch.About, Offset: off}
	}
	w.claim(a, users(1.5e9, "count", "2023-07", false, 10))
	w.claim(a, users(1.7e9, "count", "2023-06", false, 50))
	w.claim(a, users(-12, "percent", "2023-07", true, 90))
	w.claim(a, users(1.805e8, "count", "2023-07", false, 200))
	w.claim(a, users(-3.2, "percent", "2023-07", true, 190))
	b := w.article("other", "https://other.com/t", "2023-08-04")
	w.claim(b, users(1.5e9, "count", "2023-07", false, 10))
	w.claim(b, users(1.7e9, "count", "2023-06", false, 50))
	w.claim(b, users(-10, "percent", "2023-07", true, 90))
	facts := w.facts(t)
	var checks []Check
	for _, f := range facts {
		checks = append(checks, f.Checks...)
	}
	if len(checks) != 2 {
		t.Fatalf("checks %+v, want two (the -3.2%% has no June level of its own)", checks)
	}
	for _, c := range checks {
		want := c.Stated == -12
		if c.OK != want || math.Abs(c.Computed+11.76) > 0.01 {
			t.Errorf("check %+v: consistent should be %v", c, want)
		}
	}
	// Visits and unique visitors of one month are two quantities, not a conflict.
	if f := factOf(t, facts, a, 1.805e8); f.Verdict == Conflicting {
		t.Errorf("180.5 million visitors conflict with %+v", f.ConflictsWith)
	}
}

func TestFactsStaleRepetition(t *testing.T) {
	var w world
	a := w.article("ailedger", "https://ailedger.com/cost", "2023-08-14")
	b := w.article("blog", "https://blog.com/cost", "2025-06-01")
	cost := claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.OperatingCost, Value: 7e5, Unit: "USD", Per: "day"}
	w.claim(a, cost)
	w.claim(b, cost)
	f := w.facts(t)[0]
	if !f.Stale || f.Claims[1].Stale == "" || f.Claims[0].Stale != "" {
		t.Errorf("stale %v, claims %+v", f.Stale, f.Claims)
	}
}

func TestFactsSameTextIsOneOrigin(t *testing.T) {
	var w world
	a := w.article("one", "https://one.com/a", "2023-08-14")
	b := w.article("two", "https://two.com/b", "2023-08-15")
	q := "OpenAI is spending about $700,000 a day to keep ChatGPT running, according to estimates"
	w.claim(a, claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.OperatingCost, Value: 7e5, Unit: "USD", Per: "day", Quote: q})
	w.claim(b, claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.OperatingCost, Value: 7e5, Unit: "USD", Per: "day", Quote: strings.Replace(q, "according to estimates", "according to estimates.", 1)})
	if f := w.facts(t)[0]; f.IndependentOrigins != 1 || f.Claims[1].Origin != 0 {
		t.Errorf("copied text: %d origins", f.IndependentOrigins)
	}
}

func TestFactsChangePercent(t *testing.T) {
	if got := ChangePercent(1.7e9, 1.5e9); math.Abs(got+11.7647) > 0.001 {
		t.Errorf("1.7bn → 1.5bn: %g", got)
	}
}

func TestFactsMetricFamiliesAndCountPer(t *testing.T) {
	var w world
	a := w.article("one", "https://one.com/a", "2024-06-01")
	b := w.article("two", "https://two.com/b", "2024-06-02")
	c := w.article("three", "https://three.com/c", "2024-06-03")
	d := w.article("four", "https://four.com/d", "2024-06-04")
	w.claim(a, claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.AnnualizedRevenue, Value: 3.4e9, Unit: "USD"})
	w.claim(b, claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.Revenue, Value: 3.4e9, Unit: "USD"})
	w.claim(c, claimwatch.Claim{Entity: "OpenAI", Product: "ChatGPT", Metric: claimwatch.Users, Value: 2e8, Unit: "count", Per: "week"})
	w.claim(d, claimwatch.Claim{Entity: "OpenAI", Product: "ChatGPT", Metric: claimwatch.Users, Value: 2e8, Unit: "count"})
	facts := w.facts(t)
	if len(facts) != 2 {
		for _, f := range facts {
			t.Logf("%s %s %g %s", f.Metric, f.Per, f.Value, f.Time)
		}
		t.Fatalf("%d facts, want 2: a run-rate called revenue, and weekly users with the per left out", len(facts))
	}
	if f := factOf(t, facts, c, 2e8); f.Per != "week" || f.Verdict != Corroborated {
		t.Errorf("users: per %q, %s", f.Per, f.Verdict)
	}
}

func TestFactsDuplicateArticlesAreOneOrigin(t *testing.T) {
	var w world
	a := w.article("one", "https://one.com/a", "2023-08-14")
	b := w.article("two", "https://two.com/b", "2023-08-15")
	w.in.Articles[1].DuplicateOf = a
	w.claim(a, loss(5.4e8, claimwatch.Exact, ""))
	w.claim(b, loss(5.4e8, claimwatch.Exact, ""))
	if f := w.facts(t)[0]; f.IndependentOrigins != 1 || f.Verdict != SingleOrigin {
		t.Errorf("a republished story: %d origins, %s", f.IndependentOrigins, f.Verdict)
	}
}

func TestFactsAdjacentMonthsOfOneFigureMeet(t *testing.T) {
	var w world
	a := w.article("one", "https://one.com/a", "2024-09-30")
	b := w.article("two", "https://two.com/b", "2024-10-02")
	c := w.article("three", "https://three.com/c", "2024-10-03")
	d := w.article("four", "https://four.com/d", "2024-12-03")
	for _, x := range []struct {
		art, time string
	}{{a, "2024-09"}, {b, "2024-10"}, {c, ""}, {d, "2024-12"}} {
		w.claim(x.art, claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.Funding, Value: 6.6e9, Unit: "USD", Time: x.time})
	}
	facts := w.facts(t)
	if len(facts) != 2 || factOf(t, facts, a, 6.6e9).ID != factOf(t, facts, c, 6.6e9).ID || factOf(t, facts, d, 6.6e9).ID == factOf(t, facts, a, 6.6e9).ID {
		t.Errorf("%d facts: want September, October and undated together, December apart", len(facts))
	}
}

func TestFactsNegativeChangesKeepTheirOwnSize(t *testing.T) {
	var w world
	a := w.article("one", "https://one.com/a", "2023-08-03")
	b := w.article("two", "https://two.com/b", "2023-08-04")
	w.claim(a, claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.Users, Value: -12, Unit: "percent", Time: "2023-07", Change: true, Approx: claimwatch.About})
	w.claim(b, claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.Users, Value: -3.2, Unit: "percent", Time: "2023-07", Change: true})
	if facts := w.facts(t); len(facts) != 2 {
		t.Errorf("a 12%% fall and a 3.2%% fall are %d facts", len(facts))
	}
}
