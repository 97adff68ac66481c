package crawler

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/store"
)

// validated answers 304 when the request's validators match etag, else
// body with them; full counts the 200s.
func validated(etag, lastMod, ct, body string, full *atomic.Int32) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		inm, ims := r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
		if (etag != "" && inm == etag) || (etag == "" && ims == lastMod) {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		full.Add(1)
		if etag != "" {
			w.Header().Set("ETag", etag)
		}
		w.Header().Set("Last-Modified", lastMod)
		w.Header().Set("Content-Type", ct)
		fmt.Fprint(w, body)
	}
}

func TestCrawlFetchesConditionallyAndSkipsWhatDidNotChange(t *testing.T) {
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var feedFull, pageFull, brokenFull atomic.Int32
	const lm = "Tue, 15 Aug 2023 08:00:00 GMT"
	s := newSiteH(t, handlers{
		"/feed.xml": validated(`"v1"`, lm, "application/rss+xml", `<rss version="2.0"><channel><title>t</title>
<item><title>One</title><link>/a/1.html</link></item><item><title>Two</title><link>/a/2.html</link></item></channel></rss>`, &feedFull),
		"/a/1.html": validated("", lm, "text/html", "<p>OpenAI lost $540 million.</p>", &pageFull),
		"/a/2.html": htmlPage("<p>two</p>"),
		"/news/":    htmlPage(`<a href="/a/1.html">1</a><a href="/a/2.html">2</a>`),
		// A feed listing a page that fails for a passing reason must be read
		// again next time, so its validators are not kept.
		"/flaky.xml": validated(`"f1"`, lm, "application/rss+xml", `<rss version="2.0"><channel><title>t</title><item><title>x</title><link>/down.html</link></item></channel></rss>`, &brokenFull),
		"/down.html": func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusInternalServerError) },
	})
	sources := []claimwatch.Source{
		{Name: "f", Kind: claimwatch.KindFeed, URL: s.URL + "/feed.xml"},
		{Name: "flaky", Kind: claimwatch.KindFeed, URL: s.URL + "/flaky.xml"},
		{Name: "list", Kind: claimwatch.KindSite, URL: s.URL + "/news/", ArticlePattern: `/a/`},
	}
	// The pipeline's part: store each page, and an article for it.
	ctx := context.Background()
	store1 := func(p claimwatch.Page) {
		if err := st.SavePage(ctx, p); err != nil {
			t.Error(err)
		}
		a := claimwatch.Article{ID: p.URL, URL: p.FinalURL, Source: p.Source, Lang: "en", Text: string(p.Body)}
		if err := st.SaveArticle(ctx, a, nil); err != nil {
			t.Error(err)
		}
	}
	crawlOnce := func() Stats {
		t.Helper()
		stats, err := New(Options{State: st, Logger: slog.New(slog.DiscardHandler)}).Crawl(ctx, sources, store1)
		if err != nil {
			t.Fatal(err)
		}
		return stats
	}
	first := crawlOnce()
	if first.Pages != 2 || first.NotModified != 0 || feedFull.Load() != 1 {
		t.Fatalf("first crawl %+v", first)
	}
	if etag, got := st.Validators(Canonical(s.URL + "/feed.xml")); etag != `"v1"` || got != lm {
		t.Errorf("feed validators %q %q not saved", etag, got)
	}
	if etag, _ := st.Validators(Canonical(s.URL + "/flaky.xml")); etag != "" {
		t.Errorf("validators %q kept for a feed whose item failed with a 500", etag)
	}
	if _, got := st.Validators(Canonical(s.URL + "/a/1.html")); got != lm {
		t.Errorf("a stored page's Last-Modified %q not answered from the store", got)
	}
	// No Seen: the listing leads to both pages again; the one stored with
	// validators is asked for conditionally.
	second := crawlOnce()
	if second.NotModified != 2 || second.Pages != 1 || second.Feeds != 1 || feedFull.Load() != 1 || pageFull.Load() != 1 || brokenFull.Load() != 2 {
		t.Errorf("second crawl %+v (feed 200s %d, page 200s %d, flaky 200s %d): want the feed and the stored page answered 304 and not processed, the flaky feed read again",
			second, feedFull.Load(), pageFull.Load(), brokenFull.Load())
	}
}

func TestCrawlArchivesEveryResponseRawInWARC(t *testing.T) {
	raw := gbk(t, "<p>微软对OpenAI的100亿美元投资</p>")
	s := newSiteH(t, handlers{
		"/robots.txt": func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "User-agent: *\nAllow: /\n") },
		"/news/":      htmlPage(`<a href="/a/1.html">1</a><a href="/a/2.html">2</a><a href="/missing">3</a>`),
		"/a/1.html": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=gbk")
			w.Write(raw)
		},
		"/a/2.html": htmlPage(strings.Repeat("<p>filler to rotate files</p>", 40)),
	})
	dir := t.TempDir()
	got, _, _ := crawlWith(t, Options{ArchiveDir: dir, ArchiveMaxBytes: 600},
		[]claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/news/"}})
	if len(got.pages) != 2 {
		t.Fatalf("pages %v", keys(got.pages))
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	if len(files) < 2 {
		t.Errorf("%d WARC files: want rotation at ArchiveMaxBytes", len(files))
	}
	responses := map[string]Record{}
	requests := map[string]string{}
	for _, f := range files {
		if err := ReadWARC(f, func(r Record) error {
			switch r.Type {
			case "response":
				responses[strings.TrimPrefix(r.TargetURI, s.URL)] = r
				if r.Header.Get("WARC-Payload-Digest") != sha1Digest(r.Body) {
					t.Errorf("%s: payload digest mismatch", r.TargetURI)
				}
			case "request":
				requests[r.Header.Get("WARC-Concurrent-To")] = r.TargetURI
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []string{"/robots.txt", "/news/", "/a/1.html", "/a/2.html", "/missing"} {
		r, ok := responses[p]
		if !ok {
			t.Errorf("no response record for %s (have %v)", p, responses)
			continue
		}
		if requests[r.ID] != s.URL+p {
			t.Errorf("%s: no request record concurrent to the response", p)
		}
	}
	if r := responses["/a/1.html"]; string(r.Body) != string(raw) || r.Status != 200 || r.HTTPHeader.Get("Content-Type") != "text/html; charset=gbk" {
		t.Errorf("GBK page archived as %d %q %q, want the raw bytes", r.Status, r.HTTPHeader.Get("Content-Type"), r.Body)
	}
	if r := responses["/missing"]; r.Status != 404 {
		t.Errorf("404 archived with status %d", r.Status)
	}

	// A crash mid-write leaves a torn last record; the ones before it read.
	f := files[0]
	b, _ := os.ReadFile(f)
	torn := filepath.Join(t.TempDir(), "torn.warc.gz")
	os.WriteFile(torn, append(b, gzipped([]byte("WARC/1.1\r\nContent-Length: 100\r\n\r\nshort"))[:20]...), 0o644)
	n := 0
	err := ReadWARC(torn, func(Record) error { n++; return nil })
	if err == nil || n == 0 {
		t.Errorf("torn file: %d records, err %v; want the intact records, then an error", n, err)
	}
}
