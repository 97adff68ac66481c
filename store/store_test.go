package store

import (
	"context"
	"net/http"
	"reflect"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
)

func TestPageRoundTrip(t *testing.T) {
	ctx := context.Background()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	p := claimwatch.Page{
		URL: "http://a.example/1", FinalURL: "http://a.example/1?x", Source: "a", Status: 200,
		Header: http.Header{"Etag": {`"abc"`}}, ContentType: "text/html", Charset: "gbk",
		Body: []byte("<p>日燒508萬</p>"), FetchedAt: time.Date(2023, 8, 15, 8, 0, 0, 0, time.UTC),
		Feed: &claimwatch.FeedItem{Title: "t"}, LangHint: "zh", ScriptHint: "Hant",
	}
	if err := s.SavePage(ctx, p); err != nil {
		t.Fatal(err)
	}
	if ok, _ := s.HasPage(ctx, p.URL); !ok {
		t.Error("HasPage false after save")
	}
	var got []claimwatch.Page
	if err := s.Pages(ctx, func(p claimwatch.Page) error { got = append(got, p); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !reflect.DeepEqual(got[0], p) {
		t.Fatalf("got %+v\nwant %+v", got, p)
	}
}

func TestSaveArticleReplacesClaims(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	a := claimwatch.Article{ID: "a1", URL: "http://a.example/1", Source: "a", Title: "T", Lang: "zh",
		Published: time.Date(2023, 8, 15, 8, 55, 0, 0, time.UTC), Text: "text",
		Links: []claimwatch.Link{{URL: "http://b.example/"}}, Sentiment: claimwatch.Sentiment{Label: "negative", Score: -0.5},
		Updated: time.Date(2023, 8, 16, 1, 0, 0, 0, time.UTC), Canonical: "http://a.example/one", Image: "http://a.example/i.png"}
	c1 := claimwatch.Claim{Entity: "OpenAI", Metric: claimwatch.Loss, Value: 5.4e8, Unit: "USD", Approx: "exact", Modality: "reported", Quote: "q", Lang: "zh", Offset: 7}
	c2 := c1
	c2.Metric = claimwatch.Funding
	if err := s.SaveArticle(ctx, a, []claimwatch.Claim{c1, c2}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveArticle(ctx, a, []claimwatch.Claim{c2}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(dir) // reopened: the data is on disk
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Article(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, a) {
		t.Errorf("article\n got %+v\nwant %+v", got, a)
	}
	cs, err := s.Claims(ctx, "a1")
	if err != nil {
		t.Fatal(err)
	}
	c2.ArticleID = "a1"
	if len(cs) != 1 || !reflect.DeepEqual(cs[0], c2) {
		t.Errorf("claims %+v, want only %+v", cs, c2)
	}
	n, _ := s.Count(ctx)
	if n != (Counts{Articles: 1, Claims: 1}) {
		t.Errorf("counts %+v", n)
	}
	if _, err := s.Article(ctx, "nope"); err == nil {
		t.Error("missing article: no error")
	}
}

func TestArticleKeepsItsTimeZone(t *testing.T) {
	ctx := context.Background()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	taipei := time.Date(2023, 8, 15, 16, 55, 0, 0, time.FixedZone("CST", 8*3600))
	if err := s.SaveArticle(ctx, claimwatch.Article{ID: "z", Published: taipei}, nil); err != nil {
		t.Fatal(err)
	}
	a, _ := s.Article(ctx, "z")
	if _, off := a.Published.Zone(); off != 8*3600 || !a.Published.Equal(taipei) || a.Published.Hour() != 16 {
		t.Errorf("published %v, want %v", a.Published, taipei)
	}
}

func TestOpenUpgradesAnOlderStore(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Make it look like a store from before the later columns existed.
	for _, c := range addedColumns {
		if _, err := s.db.Exec(`ALTER TABLE ` + c.table + ` DROP COLUMN ` + c.column); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s, err = Open(dir)
	if err != nil {
		t.Fatalf("reopen an older store: %v", err)
	}
	defer s.Close()
	ctx := context.Background()
	a := claimwatch.Article{ID: "x", Mentions: []claimwatch.Mention{{Entity: "OpenAI"}}, DuplicateOf: "y"}
	if err := s.SaveArticle(ctx, a, nil); err != nil {
		t.Fatal(err)
	}
	got, err := s.Article(ctx, "x")
	if err != nil || got.DuplicateOf != "y" || len(got.Mentions) != 1 {
		t.Errorf("after upgrade: %+v %v", got, err)
	}
}
