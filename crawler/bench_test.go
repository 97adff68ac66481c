package crawler

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/store"
)

// BenchmarkCrawl measures pages per second through fetch, decode, dedup,
// conditional-request state, WARC writing and storing each page, against a
// local server with politeness off (no delay, 8 requests in flight). Each
// article is ~12 KB of HTML.
func BenchmarkCrawl(b *testing.B) {
	const pages = 500
	article := "<html><head><title>t</title></head><body><article>" +
		strings.Repeat("<p>OpenAI's losses roughly doubled to around $540 million last year as it developed ChatGPT.</p>", 120) +
		"</article></body></html>"
	var links strings.Builder
	for i := range pages {
		fmt.Fprintf(&links, `<a href="/a/%d.html">%d</a>`, i, i)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			http.NotFound(w, r)
		case r.URL.Path == "/news/":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, links.String())
		default:
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Header().Set("ETag", `"`+r.URL.Path+`"`)
			fmt.Fprint(w, article)
		}
	}))
	defer srv.Close()
	st, err := store.Open(b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	src := []claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: srv.URL + "/news/", Concurrency: 8, ArticlePattern: `/a/`}}
	var total atomic.Int64
	var peak uint64
	stop := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapInuse)
			}
		}
	}()
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		c := New(Options{State: st, ArchiveDir: b.TempDir(), Logger: slog.New(slog.DiscardHandler), Workers: 8})
		// fetch + store: every page is written to the store as a run
		// writes it (gzip-compressed, in SQLite), besides the WARC archive.
		stats, err := c.Crawl(context.Background(), src, func(p claimwatch.Page) {
			if err := st.SavePage(context.Background(), p); err != nil {
				b.Error(err)
			}
			total.Add(int64(len(p.Body)))
		})
		if err != nil || stats.Pages != pages {
			b.Fatalf("stats %+v err %v", stats, err)
		}
	}
	elapsed := time.Since(start)
	b.StopTimer()
	close(stop)
	b.ReportMetric(float64(pages*b.N)/elapsed.Seconds(), "pages/s")
	b.ReportMetric(float64(total.Load())/elapsed.Seconds()/1e6, "MB/s")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MiB")
}
