package claims

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
)

const seedPath = "../../shared/examples/000_ad21ea9e24e98342.txt"

// seedArticle reads the seed article as the article stage would hand it over.
func seedArticle(t testing.TB) claimwatch.Article {
	t.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Skipf("seed article not available: %v", err)
	}
	return claimwatch.Article{
		ID:        "000_ad21ea9e24e98342",
		Title:     "日燒508萬,OpenAI只能活到2024?",
		Text:      string(b),
		Lang:      "zh",
		Script:    "Hant",
		Published: time.Date(2023, 8, 15, 16, 55, 0, 0, time.FixedZone("CST", 8*3600)),
	}
}

// TestExtractSeedArticle checks the claims CLAIMS.md asks of the seed
// article: the daily cost in two currencies, the May loss, Microsoft's
// investment, the June and July users and their drop, xAI's GPUs; nothing
// from the unrelated first paragraph, the headline's 508萬 once (from the
// body), no claim from the IPO requirement or the founders' fundraising.
func TestExtractSeedArticle(t *testing.T) {
	a := seedArticle(t)
	got := extractor.Extract(a)
	for _, c := range got {
		b, _ := json.Marshal(c)
		t.Logf("%s", b)
	}
	const aim = "Analytics India Magazine"
	wants := []want{
		{Entity: "OpenAI", Product: "ChatGPT", Metric: "operating_cost", Value: 7e5, Unit: "USD", Per: "day", Approx: "exact", Modality: "reported", Attributed: aim, Lang: "zh"},
		{Entity: "OpenAI", Product: "ChatGPT", Metric: "operating_cost", Value: 5.08e6, Unit: "CNY", Per: "day", Approx: "about", Modality: "reported", Attributed: aim, Lang: "zh"},
		{Entity: "OpenAI", Metric: "loss", Value: 5.4e8, Unit: "USD", Time: "2023-05", Approx: "exact", Modality: "reported", Attributed: aim, Lang: "zh"},
		{Entity: "OpenAI", Counterparty: "Microsoft", Metric: "funding", Value: 1e10, Unit: "USD", Approx: "exact", Modality: "reported", Attributed: aim, Lang: "zh"},
		{Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.7e9, Unit: "count", Time: "2023-06", Approx: "exact", Modality: "reported", Attributed: "SimilarWeb", Lang: "zh"},
		{Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.5e9, Unit: "count", Time: "2023-07", Approx: "exact", Modality: "reported", Attributed: "SimilarWeb", Lang: "zh"},
		{Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: -12, Unit: "percent", Time: "2023-07", Change: true, Approx: "about", Modality: "reported", Attributed: "SimilarWeb", Lang: "zh"},
		{Entity: "xAI", Counterparty: "Nvidia", Metric: "gpus", Value: 1e4, Unit: "count", Approx: "at_least", Modality: "reported", Attributed: aim, Lang: "zh"},
	}
	if len(got) != len(wants) {
		t.Fatalf("got %d claims, want %d", len(got), len(wants))
	}
	firstPara := strings.Index(a.Text, "\n\n")
	for i, w := range wants {
		g := got[i]
		gw := want{g.Entity, g.Product, g.Counterparty, g.Metric, g.Value, g.ValueMax, g.Unit, g.Per, g.Time, g.Change, g.Approx, g.Modality, g.AttributedTo, g.Lang}
		if !sameWant(gw, w) {
			t.Errorf("claim %d:\n got %+v\nwant %+v", i, gw, w)
		}
		if g.Offset <= firstPara || !strings.Contains(a.Text, g.Quote) {
			t.Errorf("claim %d: offset %d or quote %q not from the article body", i, g.Offset, g.Quote)
		}
		if i > 0 && g.Offset <= got[i-1].Offset {
			t.Errorf("claim %d: not in order of appearance", i)
		}
	}
}

// TestExtractHeadlineFigureOnce checks that the headline's "日燒508萬", which
// the body states in full, is not a claim of its own, and that a headline
// figure the body does not repeat is kept.
func TestExtractHeadlineFigureOnce(t *testing.T) {
	a := claimwatch.Article{
		ID: "h", Title: "日燒508萬，OpenAI只能活到2024？", Published: time.Date(2023, 8, 15, 0, 0, 0, 0, time.UTC),
		Text: "據報道，ChatGPT每天的運營成本為70萬美元（當前約合人民幣508萬）。",
	}
	if got := extractor.Extract(a); len(got) != 2 {
		t.Errorf("got %d claims, want 2 (the headline repeats the body)", len(got))
	}
	a.Title = "OpenAI去年虧損5.4億美元"
	got := extractor.Extract(a)
	if len(got) != 3 || got[0].Value != 5.4e8 || got[0].Offset != -1 {
		t.Errorf("headline-only figure: got %+v", got)
	}
}
