package api

import (
	"context"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/claims"
	"github.com/claimwatch/claimwatch/config"
	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/pipeline"
	"github.com/claimwatch/claimwatch/sample"
	"github.com/claimwatch/claimwatch/store"
)

// screenshotDir is where browser tests leave their screenshots for review.
func screenshotDir(t *testing.T) string {
	dir := os.Getenv("CLAIMWATCH_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join("testdata", "screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// browser starts headless Debian chromium, or skips the test where there is
// none, except in CI, where a missing browser is a broken install.
func browser(t *testing.T) context.Context {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("chromium is not installed; .ci/run must install it")
		}
		t.Skip("chromium is not installed")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	actx, cancel := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancel)
	ctx, cancel2 := chromedp.NewContext(actx)
	t.Cleanup(cancel2)
	ctx, cancel3 := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(cancel3)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// demoServer serves the API and pages over the demo world, plus one hostile
// article whose text and links try to run script.
func demoServer(t *testing.T) (*httptest.Server, string) {
	t.Helper()
	sites, err := sample.Start()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sites.Close() })
	cfg, err := config.Parse("demo", sites.FeedsYAML())
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	st, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ix, err := index.Open(filepath.Join(dir, "index"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	p := &pipeline.Pipeline{Store: st, Index: ix, Extractor: claims.New(cfg.Entities)}
	if _, err := p.Run(context.Background(), pipeline.RunOptions{Crawler: crawler.Options{UserAgent: "t"}, Sources: cfg.Sources}); err != nil {
		t.Fatal(err)
	}
	hostile := claimwatch.Article{ID: "hostile", URL: "https://evil.example/x", Source: "evil", Lang: "en",
		Title:     `<script>window.__pwned="title"</script>Evil Corp`,
		Text:      "OpenAI lost $540 million last year <script>window.__pwned='text'</script> and <img src=x onerror=\"window.__pwned='img'\">.\n\nSee <a href=\"javascript:window.__pwned='link'\">this</a>.",
		Links:     []claimwatch.Link{{URL: "javascript:window.__pwned='cite'"}},
		Published: time.Date(2023, 8, 1, 0, 0, 0, 0, time.UTC)}
	if _, _, err := p.Ingest(context.Background(), claimwatch.Page{URL: hostile.URL, Body: []byte(hostile.Text)}, hostile); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer((&Server{Store: st, Index: ix, Sources: cfg.Sources}).Handler())
	t.Cleanup(srv.Close)
	return srv, dir
}

// tab wraps a browser tab with the few steps the tests need, failing the
// test on any browser error.
type tab struct {
	t   *testing.T
	ctx context.Context
	dir string
}

func (b tab) do(steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	if err := chromedp.Do(b.ctx, steps...); err != nil {
		b.t.Fatal(err)
	}
}

func (b tab) count(css string) int {
	b.t.Helper()
	n, err := chromedp.Run(b.ctx, chromedp.Evaluate[int](`document.querySelectorAll(`+strconvQuote(css)+`).length`))
	if err != nil {
		b.t.Fatal(err)
	}
	return n
}

func (b tab) eval(js string) string {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](js))
	if err != nil {
		b.t.Fatal(err)
	}
	return v
}

func (b tab) text(css string) string {
	b.t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Text(chromedp.CSS(css)))
	if err != nil {
		b.t.Fatal(err)
	}
	return v
}

func (b tab) shot(name string) {
	b.t.Helper()
	buf, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100)) // quality 100 gives a PNG
	if err != nil {
		b.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(b.dir, name), buf, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

func strconvQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", "\\'") + "'" }

func TestBrowserSearchArticleAndHostilePage(t *testing.T) {
	if testing.Short() {
		t.Skip("drives a browser")
	}
	b := tab{t: t, ctx: browser(t), dir: screenshotDir(t)}
	srv, _ := demoServer(t)
	css := func(s string) chromedp.CSS { return chromedp.CSS(s) }

	// Chinese search in either script finds both scripts' articles.
	for _, q := range []string{"亏损", "虧損"} {
		b.do(chromedp.Navigate(srv.URL+"/?type=article&q="+url.QueryEscape(q)), chromedp.WaitVisible(css("#count")))
		if hits, count := b.count("li.hit"), b.text("#count"); hits < 2 || !strings.Contains(count, q) {
			t.Errorf("search %s: %d hits, count %q", q, hits, count)
		}
	}
	b.shot("search-zh.png")

	// English: type into the search box and submit, as a person would.
	b.do(chromedp.Navigate(srv.URL+"/"), chromedp.WaitVisible(css(`input[name="q"]`)),
		chromedp.SendKeys(css(`input[name="q"]`), "ChatGPT cost"), chromedp.Submit(css("form.search")),
		chromedp.WaitVisible(css("li.hit .snippet mark")))
	if b.count("li.hit .snippet mark") == 0 {
		t.Error("English search: no highlighted match in the snippets")
	}
	b.shot("search-en.png")

	// Open the first article from the results: its claims are marked, and
	// a claim in the list points at its place in the text.
	b.do(chromedp.Click(css("li.hit a.title")), chromedp.WaitVisible(css("article.doc h1")))
	title := b.text("article.doc h1")
	if marks, listed := b.count("mark.claim"), b.count("aside.claims li"); marks == 0 || listed == 0 {
		t.Errorf("article %q: %d claims marked in the text, %d listed", title, marks, listed)
	}
	b.do(chromedp.Click(css("a.claimref")), chromedp.WaitVisible(css("mark.claim.focus")))
	b.shot("article.png")

	// The hostile article's script must not run, whatever it hides in.
	b.do(chromedp.Navigate(srv.URL+"/articles/hostile"), chromedp.WaitVisible(css("article.doc h1")), chromedp.Sleep(200*time.Millisecond))
	if n := b.count("article script, article img"); n != 0 {
		t.Errorf("hostile article: %d script or img elements made it into the page", n)
	}
	b.do(chromedp.Click(css("ul.links a")), chromedp.Sleep(200*time.Millisecond))
	if pwned := b.eval(`String(window.__pwned)`); pwned != "undefined" {
		t.Errorf("hostile article ran script: __pwned=%s", pwned)
	}
	b.shot("hostile.png")

	// Facts: the list, then one conflicting fact with its chart, its origin
	// tree and its verdict.
	b.do(chromedp.Navigate(srv.URL+"/facts?verdict=conflicting"), chromedp.WaitVisible(css("table.facts")))
	if n := b.count("table.facts tbody tr"); n < 2 {
		t.Errorf("facts page: %d conflicting facts, want the demo's disagreements", n)
	}
	b.shot("facts.png")
	b.do(chromedp.Click(css("table.facts tbody tr a")), chromedp.WaitVisible(css("svg")))
	if n := b.count("svg circle, svg rect, svg path"); n == 0 {
		t.Error("fact page: the chart has no marks")
	}
	if n := b.count(".verdict.conflicting"); n == 0 {
		t.Error("fact page: no conflicting verdict shown")
	}
	if n := b.count("ul.tree li"); n == 0 {
		t.Error("fact page: no origin tree")
	}
	b.shot("fact.png")

	// The sources page lists every demo source with its counts.
	b.do(chromedp.Navigate(srv.URL+"/sources"), chromedp.WaitVisible(css("table.sources")))
	if rows := b.count("table.sources tbody tr"); rows < len(sample.Names()) {
		t.Errorf("sources page: %d rows", rows)
	}
	b.shot("sources.png")
}
