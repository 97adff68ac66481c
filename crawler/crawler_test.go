package crawler

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func sjis(t *testing.T, s string) []byte {
	b, err := japanese.ShiftJIS.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func gbk(t *testing.T, s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// site is a small test site that records every request.
type site struct {
	*httptest.Server
	mu    sync.Mutex
	hits  []string
	times []time.Time
	agent string
}

func newSite(t *testing.T, routes map[string]func(w http.ResponseWriter)) *site {
	s := &site{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits = append(s.hits, r.URL.Path)
		s.times = append(s.times, time.Now())
		s.agent = r.UserAgent()
		s.mu.Unlock()
		if h, ok := routes[r.URL.Path]; ok {
			h(w)
			return
		}
		http.NotFound(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func text(ct, body string) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", ct)
		fmt.Fprint(w, body)
	}
}

func raw(ct string, body []byte) func(http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", ct)
		w.Write(body)
	}
}

type collected struct {
	mu    sync.Mutex
	pages map[string]claimwatch.Page
}

func (c *collected) add(p claimwatch.Page) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pages == nil {
		c.pages = map[string]claimwatch.Page{}
	}
	c.pages[p.URL] = p
}

func crawl(t *testing.T, sources []claimwatch.Source) (*collected, Stats, string) {
	t.Helper()
	return crawlWith(t, Options{}, sources)
}

// crawlWith crawls with opts, filling in a test user agent, a short
// timeout and a logger whose output it returns.
func crawlWith(t *testing.T, opts Options, sources []claimwatch.Source) (*collected, Stats, string) {
	t.Helper()
	var logs bytes.Buffer
	var lmu sync.Mutex
	opts.Logger = slog.New(slog.NewTextHandler(writerFunc(func(b []byte) (int, error) {
		lmu.Lock()
		defer lmu.Unlock()
		return logs.Write(b)
	}), &slog.HandlerOptions{Level: slog.LevelDebug}))
	if opts.UserAgent == "" {
		opts.UserAgent = "claimwatch-test/1.0 (+https://example.com)"
	}
	if opts.Timeout == 0 {
		opts.Timeout = 5 * time.Second
	}
	got := &collected{}
	st, err := New(opts).Crawl(context.Background(), sources, got.add)
	if err != nil {
		t.Fatal(err)
	}
	lmu.Lock()
	defer lmu.Unlock()
	return got, st, logs.String()
}

// handlers is a test site whose routes see the request.
type handlers map[string]http.HandlerFunc

func newSiteH(t *testing.T, routes handlers) *site {
	m := map[string]func(http.ResponseWriter){}
	s := newSite(t, m)
	s.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits = append(s.hits, r.URL.RequestURI())
		s.times = append(s.times, time.Now())
		s.agent = r.UserAgent()
		s.mu.Unlock()
		if h, ok := routes[r.URL.Path]; ok {
			h(w, r)
			return
		}
		http.NotFound(w, r)
	})
	return s
}

// count returns how often the site was asked for path.
func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, h := range s.hits {
		if h == path {
			n++
		}
	}
	return n
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(b []byte) (int, error) { return f(b) }

func TestCrawlFeedAndListingWithBadInputsGoesOn(t *testing.T) {
	var feedSite, listSite *site
	feedSite = newSite(t, map[string]func(http.ResponseWriter){
		"/robots.txt": text("text/plain", "User-agent: *\nDisallow: /private/\n"),
		"/feed.xml": func(w http.ResponseWriter) {
			text("application/rss+xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>One</title><link>/a/1.html?utm_source=rss</link><pubDate>Tue, 15 Aug 2023 08:00:00 GMT</pubDate></item>
<item><title>Private</title><link>`+feedSite.URL+`/private/2.html</link></item>
</channel></rss>`)(w)
		},
		"/broken.xml": text("application/rss+xml", `<rss><channel><item><title>unclosed`),
		"/a/1.html":   text("text/html; charset=utf-8", "<html><body><p>OpenAI lost $540 million.</p></body></html>"),
	})
	listSite = newSite(t, map[string]func(http.ResponseWriter){
		"/news/": text("text/html", `<html><body><a href="/news/1.html">one</a> <a href="/news/2.html">two</a> <a href="/about.html">about</a> <a href="javascript:void(0)">x</a></body></html>`),
		"/news/1.html": raw("text/html", append([]byte(`<html><head><meta charset="gbk"></head><body><p>`),
			append(gbk(t, "微软对OpenAI的100亿美元投资"), []byte("</p></body></html>")...)...)),
		"/news/2.html": raw("text/html; charset=gbk", gbk(t, "<p>日耗70萬美元</p>")),
	})
	sources := []claimwatch.Source{
		{Name: "feed", Kind: claimwatch.KindFeed, URL: feedSite.URL + "/feed.xml", Lang: "en", Delay: 10 * time.Millisecond},
		{Name: "broken", Kind: claimwatch.KindFeed, URL: feedSite.URL + "/broken.xml", Lang: "en"},
		{Name: "down", Kind: claimwatch.KindFeed, URL: "http://127.0.0.1:1/feed.xml", Lang: "en"},
		{Name: "list", Kind: claimwatch.KindSite, URL: listSite.URL + "/news/", Lang: "zh", Script: "Hans", ArticlePattern: `/news/\d+\.html$`},
	}
	got, st, logs := crawl(t, sources)

	want := map[string]string{
		feedSite.URL + "/a/1.html":    "OpenAI lost $540 million.",
		listSite.URL + "/news/1.html": "微软对OpenAI的100亿美元投资",
		listSite.URL + "/news/2.html": "日耗70萬美元",
	}
	for u, frag := range want {
		p, ok := got.pages[u]
		if !ok {
			t.Errorf("page %s not fetched; got %v", u, keys(got.pages))
			continue
		}
		if !strings.Contains(string(p.Body), frag) {
			t.Errorf("page %s body %q lacks %q (charset %s)", u, p.Body, frag, p.Charset)
		}
	}
	if p := got.pages[feedSite.URL+"/a/1.html"]; p.Feed == nil || p.Feed.Title != "One" || p.Feed.Published.IsZero() {
		t.Errorf("feed item hints lost: %+v", p.Feed)
	}
	if p := got.pages[listSite.URL+"/news/1.html"]; p.Charset != "gbk" || p.LangHint != "zh" || p.ScriptHint != "Hans" {
		t.Errorf("meta-declared GBK page: charset %q hints %q %q", p.Charset, p.LangHint, p.ScriptHint)
	}
	if len(got.pages) != 3 {
		t.Errorf("pages %v, want exactly 3 (no robots-blocked, no non-article links)", keys(got.pages))
	}
	for _, h := range feedSite.hits {
		if strings.HasPrefix(h, "/private/") {
			t.Errorf("fetched %s despite robots.txt", h)
		}
	}
	if !strings.HasPrefix(feedSite.agent, "claimwatch-test/1.0") {
		t.Errorf("user agent %q", feedSite.agent)
	}
	for _, msg := range []string{"malformed feed", "broken.xml", "fetch failed", "127.0.0.1:1", "robots.txt"} {
		if !strings.Contains(logs, msg) {
			t.Errorf("log lacks %q:\n%s", msg, logs)
		}
	}
	if st.Pages != 3 || st.Failed < 2 || st.Blocked != 1 || st.Feeds != 1 {
		t.Errorf("stats %+v", st)
	}
}

func TestCrawlKeepsDelayBetweenRequestsToOneHost(t *testing.T) {
	routes := map[string]func(http.ResponseWriter){}
	var links strings.Builder
	for i := range 4 {
		p := fmt.Sprintf("/news/%d.html", i)
		routes[p] = text("text/html", "<p>x</p>")
		fmt.Fprintf(&links, `<a href="%s">x</a>`, p)
	}
	routes["/news/"] = text("text/html", links.String())
	s := newSite(t, routes)
	delay := 150 * time.Millisecond
	crawl(t, []claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/news/", Lang: "en", Delay: delay}})
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.times) < 5 {
		t.Fatalf("%d requests", len(s.times))
	}
	// robots.txt is fetched outside the limiter; the pages after it keep the delay.
	for i := 2; i < len(s.times); i++ {
		if gap := s.times[i].Sub(s.times[i-1]); gap < delay*9/10 {
			t.Errorf("requests %d and %d only %v apart (%v)", i-1, i, gap, s.hits)
		}
	}
}

func TestCrawlSkipsSeenAndLimitsPages(t *testing.T) {
	s := newSite(t, map[string]func(http.ResponseWriter){
		"/news/": text("text/html", `<a href="/n/1">1</a><a href="/n/2">2</a><a href="/n/3">3</a>`),
		"/n/1":   text("text/html", "1"),
		"/n/2":   text("text/html", "2"),
		"/n/3":   text("text/html", "3"),
	})
	got := &collected{}
	seen := s.URL + "/n/1"
	st, err := New(Options{Seen: func(u string) bool { return u == seen }}).Crawl(context.Background(),
		[]claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/news/", Lang: "en", MaxPages: 1}}, got.add)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.pages) != 1 || st.Skipped != 2 {
		t.Errorf("pages %v skipped %d: want one new page, the seen one and one over the limit skipped", keys(got.pages), st.Skipped)
	}
	if _, ok := got.pages[seen]; ok {
		t.Error("fetched a page the store already has")
	}
}

func keys(m map[string]claimwatch.Page) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestDecode(t *testing.T) {
	big5, _ := traditionalchinese.Big5.NewEncoder().Bytes([]byte("<p>今年5月其虧損達到了5.4億美元</p>"))
	for _, tc := range []struct {
		name, ct string
		body     []byte
		want     string
		charset  string
	}{
		{"utf-8 undeclared", "text/html", []byte("<p>虧損</p>"), "虧損", "utf-8"},
		{"header gbk", "text/html; charset=GBK", gbk(t, "亏损5.4亿美元"), "亏损5.4亿美元", "gbk"},
		{"header gb2312 means gbk", "text/html; charset=gb2312", gbk(t, "亏损"), "亏损", "gbk"},
		{"meta big5", "text/html", append([]byte(`<meta http-equiv="Content-Type" content="text/html; charset=big5">`), big5...), "5.4億美元", "big5"},
		{"undeclared gbk sniffed", "text/html", gbk(t, "<html><body><p>微软对OpenAI的100亿美元投资可能会让该公司暂时维持下去。今年5月其亏损还翻了一番。</p></body></html>"), "微软对OpenAI", "gb18030"},
		{"undeclared big5 sniffed", "", big5, "虧損", "big5"},
		{"xml declaration", "application/xml", append([]byte(`<?xml version="1.0" encoding="GBK"?><rss>`), gbk(t, "亏损")...), "亏损", "gbk"},
		{"bom", "text/html; charset=iso-8859-1", append([]byte{0xEF, 0xBB, 0xBF}, "虧損"...), "虧損", "utf-8"},
		{"bad header charset falls through", "text/html; charset=x-nonsense", []byte("虧損"), "虧損", "utf-8"},
		{"shift-jis declared", "text/html; charset=Shift_JIS", sjis(t, "ソフトバンクはOpenAIに400億ドルを投資"), "400億ドル", "shift_jis"},
		{"shift-jis sniffed", "text/html", sjis(t, "<html><body><p>ソフトバンクグループは、米OpenAIに最大400億ドルを投資すると発表しました。孫正義会長は記者会見で、人工知能への投資を加速する考えを示しました。</p></body></html>"), "孫正義", "shift_jis"},
		{"declared utf-8 but gbk", "text/html; charset=utf-8", gbk(t, "<html><body><p>微软对OpenAI的100亿美元投资可能会让该公司暂时维持下去。今年5月其亏损还翻了一番。</p></body></html>"), "100亿美元", "gb18030"},
		{"meta utf-8 but gbk", "", append([]byte(`<meta charset="utf-8">`), gbk(t, "<p>微软对OpenAI的100亿美元投资可能会让该公司暂时维持下去。今年5月其亏损还翻了一番。</p>")...), "亏损", "gb18030"},
		{"declared gbk but utf-8", "text/html; charset=gbk", []byte("<p>亏损5.4亿美元</p>"), "亏损5.4亿美元", "utf-8"},
		{"declared latin-1 but utf-8", "text/html; charset=iso-8859-1", []byte("<p>Zürich 虧損</p>"), "Zürich 虧損", "utf-8"},
		{"latin-1", "text/html; charset=iso-8859-1", []byte("<p>Z\xfcrich</p>"), "Zürich", "windows-1252"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, cs, err := Decode(tc.body, tc.ct)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(out), tc.want) || cs != tc.charset {
				t.Errorf("got %q (%s), want %q (%s)", out, cs, tc.want, tc.charset)
			}
		})
	}
}

func TestCanonical(t *testing.T) {
	for in, want := range map[string]string{
		"HTTP://Example.COM:80/a?utm_source=x&b=2&a=1#frag":  "http://example.com/a?a=1&b=2",
		"https://example.com":                                "https://example.com/",
		"https://example.com:443/x?fbclid=1":                 "https://example.com/x",
		"https://example.com/x?q=%E4%BA%8F":                  "https://example.com/x?q=%E4%BA%8F",
		"https://example.com/news/openai-loss/amp":           "https://example.com/news/openai-loss/",
		"https://example.com/news/openai-loss/amp/":          "https://example.com/news/openai-loss/",
		"https://example.com/news/1.amp.html":                "https://example.com/news/1.html",
		"https://example.com/news/1.html?amp=1":              "https://example.com/news/1.html",
		"https://example.com/news/1.html?outputType=amp&p=2": "https://example.com/news/1.html?p=2",
		"https://example.com/news/1.html?outputType=print":   "https://example.com/news/1.html?outputType=print",
		"https://amp.example.com/news/1.html":                "https://example.com/news/1.html",
		"https://example.com/news/1.html/":                   "https://example.com/news/1.html",
		"https://example.com/news/":                          "https://example.com/news/",
		"https://example.com/news/amplifiers":                "https://example.com/news/amplifiers",
	} {
		if got := Canonical(in); got != want {
			t.Errorf("Canonical(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("<meta charset=big5>\xa4\xa4"), "text/html")
	f.Add([]byte("\xef\xbb\xbfx"), "text/html; charset=gbk")
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"big5\"?><rss>\xa4\xa4"), "application/xml")
	f.Add([]byte("\x82\xa0\x82\xa2"), "text/html; charset=shift_jis")
	f.Add([]byte("\xff\xfeh\x00"), "")
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		out, _, err := Decode(body, ct)
		if err == nil && !isUTF8(out) {
			t.Fatalf("Decode returned invalid UTF-8 for %q", body)
		}
	})
}
