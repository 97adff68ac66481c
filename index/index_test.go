package index

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
)

func testIndex(t *testing.T) *Index {
	t.Helper()
	ix, err := Open(filepath.Join(t.TempDir(), "index"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	day := func(d int) time.Time { return time.Date(2023, 8, d, 8, 0, 0, 0, time.UTC) }
	add := func(a claimwatch.Article, cs ...claimwatch.Claim) {
		t.Helper()
		if err := ix.Add(a, cs); err != nil {
			t.Fatal(err)
		}
	}
	add(claimwatch.Article{ID: "tw", URL: "http://tw/1", Source: "techdaily-tw", Title: "日燒508萬", Lang: "zh", Script: "Hant",
		Published: day(15), Text: "今年5月其虧損還翻了一番,達到了5.4億美元。"},
		claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.Loss, Value: 5.4e8, Unit: "USD", Quote: "今年5月其虧損還翻了一番,達到了5.4億美元", Lang: "zh"})
	add(claimwatch.Article{ID: "cn", URL: "http://cn/1", Source: "guigu", Title: "微软投资", Lang: "zh", Script: "Hans",
		Published: day(16), Text: "微软对OpenAI的100亿美元投资可能会让该公司暂时维持下去。"},
		claimwatch.Claim{Entity: "OpenAI", Counterparty: "Microsoft", Metric: claimwatch.Funding, Value: 1e10, Unit: "USD", Quote: "微软对OpenAI的100亿美元投资", Lang: "zh"})
	add(claimwatch.Article{ID: "en", URL: "http://en/1", Source: "ailedger", Title: "ChatGPT's running costs", Lang: "en",
		Published: day(10), Text: "OpenAI's losses doubled to $540 million last year. Running ChatGPT costs $700,000 a day."},
		claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.Loss, Value: 5.4e8, Unit: "USD", Quote: "OpenAI's losses doubled to $540 million last year.", Lang: "en",
			Sentiment: claimwatch.Sentiment{Label: "negative", Score: -0.6}},
		claimwatch.Claim{Entity: "OpenAI", Product: "ChatGPT", Metric: claimwatch.OperatingCost, Value: 7e5, Unit: "USD", Per: "day", Quote: "Running ChatGPT costs $700,000 a day.", Lang: "en"})
	return ix
}

func ids(r Results) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}

func TestSearchFindsChineseInEitherScript(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{"亏损", "虧損"} {
		r, err := ix.Search(context.Background(), Query{Text: q, Type: "article"})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Hits) != 1 || r.Hits[0].ArticleID != "tw" {
			t.Errorf("%s: hits %v, want the Traditional article", q, ids(r))
			continue
		}
		if !strings.Contains(r.Hits[0].Snippet, "<mark>") {
			t.Errorf("%s: snippet %q has no highlight", q, r.Hits[0].Snippet)
		}
	}
	// 微軟 (Traditional) finds the Simplified article.
	r, _ := ix.Search(context.Background(), Query{Text: "微軟", Type: "article"})
	if len(r.Hits) != 1 || r.Hits[0].ArticleID != "cn" {
		t.Errorf("微軟: hits %v", ids(r))
	}
}

func TestSearchEnglishStemsAndRequiresEveryWord(t *testing.T) {
	ix := testIndex(t)
	r, err := ix.Search(context.Background(), Query{Text: "loss doubled", Type: "article"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) != 1 || r.Hits[0].ArticleID != "en" {
		t.Errorf("hits %v", ids(r))
	}
	r, _ = ix.Search(context.Background(), Query{Text: "loss tripled", Type: "article"})
	if len(r.Hits) != 0 {
		t.Errorf("every word must match: hits %v", ids(r))
	}
}

func TestSearchFilters(t *testing.T) {
	ix := testIndex(t)
	ctx := context.Background()
	r, err := ix.Search(ctx, Query{Text: "metric:loss", Type: "claim"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 2 {
		t.Errorf("metric:loss claims = %d (%v), want 2", r.Total, ids(r))
	}
	r, _ = ix.Search(ctx, Query{Type: "claim", Metric: "loss", Lang: "en"})
	if r.Total != 1 || r.Hits[0].Value != 5.4e8 || r.Hits[0].Unit != "USD" || r.Hits[0].Entity != "OpenAI" {
		t.Errorf("loss in en: %+v", r.Hits)
	}
	r, _ = ix.Search(ctx, Query{Type: "claim", Sentiment: "negative"})
	if r.Total != 1 || r.Hits[0].Sentiment != "negative" {
		t.Errorf("sentiment filter: %v", ids(r))
	}
	r, _ = ix.Search(ctx, Query{Text: "OpenAI", Source: "guigu", Type: "article"})
	if r.Total != 1 || r.Hits[0].ArticleID != "cn" {
		t.Errorf("source filter: %v", ids(r))
	}
	r, _ = ix.Search(ctx, Query{Type: "article", From: time.Date(2023, 8, 14, 0, 0, 0, 0, time.UTC)})
	if r.Total != 2 {
		t.Errorf("date filter: %v", ids(r))
	}
	r, _ = ix.Search(ctx, Query{Text: `entity:OpenAI -亏损`, Type: "article"})
	if r.Total != 2 {
		t.Errorf("negation: %v", ids(r))
	}
	if got := r.Facets["source"]; len(got) != 2 {
		t.Errorf("source facet %v", got)
	}
}

func TestSearchRejectsBadQueries(t *testing.T) {
	ix := testIndex(t)
	for _, q := range []string{`"unclosed`, "colour:red", "entity:", "x"} {
		_, err := ix.Search(context.Background(), Query{Text: q, Size: map[bool]int{true: 5000}[q == "x"]})
		var qe *QueryError
		if !errors.As(err, &qe) {
			t.Errorf("%q: error %v, want a QueryError", q, err)
		}
	}
}

func TestBuildReplacesIndexAtomically(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	ix.Add(claimwatch.Article{ID: "old", Title: "old article", Text: "old"}, nil)
	ix.Close()
	err = Build(context.Background(), dir, func(add func(claimwatch.Article, []claimwatch.Claim) error) error {
		return add(claimwatch.Article{ID: "new", Title: "new article", Text: "new"}, nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	r, _ := ix.Search(context.Background(), Query{Text: "article"})
	if r.Total != 1 || r.Hits[0].ArticleID != "new" {
		t.Errorf("after rebuild: %v", ids(r))
	}
	// A failing rebuild keeps the index it had.
	ix.Close()
	err = Build(context.Background(), dir, func(add func(claimwatch.Article, []claimwatch.Claim) error) error {
		add(claimwatch.Article{ID: "partial"}, nil)
		return errors.New("store unreadable")
	})
	if err == nil {
		t.Fatal("failed rebuild returned no error")
	}
	ix, err = Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	r, _ = ix.Search(context.Background(), Query{Text: "article"})
	if r.Total != 1 || r.Hits[0].ArticleID != "new" {
		t.Errorf("after failed rebuild: %v", ids(r))
	}
}
