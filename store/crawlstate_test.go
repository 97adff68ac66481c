package store

import (
	"context"
	"net/http"
	"testing"

	"github.com/claimwatch/claimwatch"
)

func TestValidatorsComeFromCrawlStateOrAStoredArticlePage(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const feed = "https://example.com/feed.xml"
	if etag, lm := s.Validators(feed); etag != "" || lm != "" {
		t.Errorf("validators %q %q before any fetch", etag, lm)
	}
	if err := s.SaveValidators(feed, `"a"`, "Tue, 15 Aug 2023 08:00:00 GMT"); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveValidators(feed, `"b"`, ""); err != nil {
		t.Fatal(err)
	}
	if etag, lm := s.Validators(feed); etag != `"b"` || lm != "" {
		t.Errorf("validators %q %q, want the latest", etag, lm)
	}

	ctx := context.Background()
	page := claimwatch.Page{URL: "https://example.com/a/1", FinalURL: "https://example.com/a/1", Source: "s", Status: 200,
		Header: http.Header{"Etag": {`"p1"`}, "Last-Modified": {"Wed, 16 Aug 2023 08:00:00 GMT"}}, Body: []byte("x")}
	if err := s.SavePage(ctx, page); err != nil {
		t.Fatal(err)
	}
	if etag, _ := s.Validators(page.URL); etag != "" {
		t.Errorf("validators %q for a page whose article is not stored: it would never be processed", etag)
	}
	if err := s.SaveArticle(ctx, claimwatch.Article{ID: "1", URL: page.FinalURL, Source: "s"}, nil); err != nil {
		t.Fatal(err)
	}
	if etag, lm := s.Validators(page.URL); etag != `"p1"` || lm != "Wed, 16 Aug 2023 08:00:00 GMT" {
		t.Errorf("validators %q %q, want the stored page's", etag, lm)
	}
}
