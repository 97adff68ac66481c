package crawler

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
)

// listing serves /news/ linking to n article pages /news/0.html … that
// answer with page.
func listing(n int, page http.HandlerFunc) handlers {
	routes := handlers{}
	var links strings.Builder
	for i := range n {
		p := fmt.Sprintf("/news/%d.html", i)
		routes[p] = page
		fmt.Fprintf(&links, `<a href="%s">x</a>`, p)
	}
	routes["/news/"] = func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, links.String())
	}
	return routes
}

func htmlPage(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	}
}

func TestCrawlObeysRobotsDisallowForOurAgentAndCrawlDelay(t *testing.T) {
	routes := listing(3, htmlPage("<p>x</p>"))
	routes["/news/secret.html"] = htmlPage("<p>secret</p>")
	routes["/robots.txt"] = func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /\n\nUser-agent: claimwatch\nDisallow: /news/secret\nCrawl-delay: 0.15\n")
	}
	routes["/news/"] = func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, `<a href="/news/0.html">0</a><a href="/news/1.html">1</a><a href="/news/2.html">2</a><a href="/news/secret.html">s</a>`)
	}
	s := newSiteH(t, routes)
	got, st, logs := crawlWith(t, Options{UserAgent: "claimwatch/0.3 (+https://example.org)"},
		[]claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/news/"}})
	if len(got.pages) != 3 || st.Blocked != 1 || s.count("/news/secret.html") != 0 {
		t.Errorf("pages %v blocked %d: want the three allowed pages, the secret one blocked", keys(got.pages), st.Blocked)
	}
	if s.count("/robots.txt") != 1 {
		t.Errorf("robots.txt fetched %d times, want once", s.count("/robots.txt"))
	}
	if !strings.Contains(logs, "robots.txt disallows") || !strings.Contains(logs, "/news/secret.html") {
		t.Errorf("blocked URL not logged:\n%s", logs)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := 1; i < len(s.times); i++ {
		if gap := s.times[i].Sub(s.times[i-1]); gap < 140*time.Millisecond {
			t.Errorf("Crawl-delay 0.15 not kept: %s and %s %v apart", s.hits[i-1], s.hits[i], gap)
		}
	}
}

func TestCrawlCapsALongCrawlDelayAndSaysSo(t *testing.T) {
	routes := listing(2, htmlPage("<p>x</p>"))
	routes["/robots.txt"] = func(w http.ResponseWriter, _ *http.Request) {
		fmt.Fprint(w, "User-agent: *\nCrawl-delay: 30\n")
	}
	s := newSiteH(t, routes)
	start := time.Now()
	got, _, logs := crawlWith(t, Options{MaxCrawlDelay: 50 * time.Millisecond},
		[]claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/news/"}})
	if len(got.pages) != 2 || time.Since(start) > 2*time.Second {
		t.Errorf("pages %d in %v", len(got.pages), time.Since(start))
	}
	if !strings.Contains(logs, "Crawl-delay capped") || !strings.Contains(logs, "asked=30s") {
		t.Errorf("cap not logged:\n%s", logs)
	}
}

func TestCrawlReadsRobotsStatusAsRFC9309Says(t *testing.T) {
	for _, tc := range []struct {
		name   string
		status int
		pages  int
	}{
		{"404 allows all", http.StatusNotFound, 2},
		{"403 allows all", http.StatusForbidden, 2},
		{"500 disallows all", http.StatusInternalServerError, 0},
		{"503 disallows all", http.StatusServiceUnavailable, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			routes := listing(2, htmlPage("<p>x</p>"))
			routes["/robots.txt"] = func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(tc.status) }
			s := newSiteH(t, routes)
			got, st, _ := crawlWith(t, Options{}, []claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/news/"}})
			if len(got.pages) != tc.pages {
				t.Errorf("pages %v, want %d", keys(got.pages), tc.pages)
			}
			if tc.pages == 0 && (st.Blocked != 1 || s.count("/robots.txt") != 1 || len(s.hits) != 1) {
				t.Errorf("blocked %d, hits %v: want only robots.txt asked for and the listing blocked", st.Blocked, s.hits)
			}
		})
	}
}

func TestCrawlNeverExceedsConcurrencyPerHost(t *testing.T) {
	var inFlight, peak atomic.Int32
	page := func(w http.ResponseWriter, _ *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(60 * time.Millisecond)
		htmlPage("<p>x</p>")(w, nil)
	}
	s := newSiteH(t, listing(10, page))
	got, _, _ := crawlWith(t, Options{}, []claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/news/", Concurrency: 2}})
	if len(got.pages) != 10 {
		t.Fatalf("pages %d, want 10", len(got.pages))
	}
	if p := peak.Load(); p != 2 {
		t.Errorf("peak requests in flight %d, want 2 (the configured concurrency, used and never exceeded)", p)
	}
}

func TestCrawlBacksOffOn429HonouringRetryAfterSeconds(t *testing.T) {
	var first sync.Once
	var limitedAt time.Time
	routes := listing(3, htmlPage("<p>x</p>"))
	routes["/news/0.html"] = func(w http.ResponseWriter, r *http.Request) {
		limited := false
		first.Do(func() { limited = true; limitedAt = time.Now() })
		if limited {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		htmlPage("<p>zero</p>")(w, r)
	}
	s := newSiteH(t, routes)
	got, st, _ := crawlWith(t, Options{}, []claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/news/"}})
	if len(got.pages) != 3 || st.Retries != 1 || st.Failed != 0 {
		t.Errorf("pages %v retries %d failed %d: want all three after one retry", keys(got.pages), st.Retries, st.Failed)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, at := range s.times {
		if at.After(limitedAt) && at.Before(limitedAt.Add(950*time.Millisecond)) {
			t.Errorf("request %s %v after the 429: the host was not held for Retry-After: 1", s.hits[i], at.Sub(limitedAt))
		}
	}
}

func TestCrawlBacksOffOn503HonouringRetryAfterDate(t *testing.T) {
	var calls atomic.Int32
	var limitedAt atomic.Int64
	routes := listing(1, nil)
	routes["/news/0.html"] = func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			// An HTTP date has whole seconds: two ahead is at least one.
			limitedAt.Store(time.Now().UnixNano())
			w.Header().Set("Retry-After", time.Now().Add(2*time.Second).UTC().Format(http.TimeFormat))
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		if wait := time.Since(time.Unix(0, limitedAt.Load())); wait < 900*time.Millisecond {
			t.Errorf("retried %v after a Retry-After date at least a second ahead", wait)
		}
		htmlPage("<p>zero</p>")(w, r)
	}
	s := newSiteH(t, routes)
	got, st, _ := crawlWith(t, Options{}, []claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/news/"}})
	if len(got.pages) != 1 || st.Retries != 1 {
		t.Errorf("pages %v retries %d", keys(got.pages), st.Retries)
	}
}

func TestCrawlGivesUpAfterMaxRetriesAndLogsOnce(t *testing.T) {
	routes := listing(1, func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	s := newSiteH(t, routes)
	start := time.Now()
	got, st, logs := crawlWith(t, Options{MaxRetries: 2, MaxRetryAfter: 50 * time.Millisecond},
		[]claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/news/"}})
	if len(got.pages) != 0 || st.Retries != 2 || st.Failed != 1 || s.count("/news/0.html") != 3 {
		t.Errorf("pages %d retries %d failed %d asked %d: want 1 try + 2 retries, then one failure",
			len(got.pages), st.Retries, st.Failed, s.count("/news/0.html"))
	}
	if time.Since(start) > 3*time.Second {
		t.Errorf("took %v: the cap on Retry-After was not applied", time.Since(start))
	}
	if n := strings.Count(logs, "fetch failed"); n != 1 || !strings.Contains(logs, "HTTP 429 after 2 retries") {
		t.Errorf("want the failure logged once with its reason, got %d:\n%s", n, logs)
	}
}

func TestCrawlStopsPromptlyWhenCancelled(t *testing.T) {
	s := newSiteH(t, listing(50, htmlPage("<p>x</p>")))
	ctx, cancel := context.WithCancel(context.Background())
	var n atomic.Int32
	start := time.Now()
	var cancelledAt time.Time
	st, err := New(Options{}).Crawl(ctx, []claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/news/", Delay: 100 * time.Millisecond}},
		func(claimwatch.Page) {
			if n.Add(1) == 2 {
				cancelledAt = time.Now()
				cancel()
			}
		})
	if err != context.Canceled {
		t.Errorf("err %v, want context.Canceled", err)
	}
	if d := time.Since(cancelledAt); d > 200*time.Millisecond {
		t.Errorf("returned %v after the cancel", d)
	}
	if st.Pages != int64(n.Load()) || st.Pages < 2 || st.Pages > 3 || st.Queued == 0 {
		t.Errorf("stats %+v after %v, emitted %d", st, time.Since(start), n.Load())
	}
}
