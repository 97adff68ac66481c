package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/index"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// cli runs claimwatch in-process and returns what it printed.
func cli(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var o, e bytes.Buffer
	err = run(context.Background(), args, &o, &e)
	return o.String(), e.String(), err
}

func TestDemoThenSearch(t *testing.T) {
	dir := t.TempDir()
	out, logs, err := cli(t, "demo", "--data", dir, "--quiet")
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, logs)
	}
	for _, want := range []string{"14 pages fetched", "14 articles", "search \"亏损\"", "OpenAI         loss"} {
		if !strings.Contains(out, want) {
			t.Errorf("demo output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, " 0 claims stored") {
		t.Errorf("demo stored no claims:\n%s", out)
	}

	// The search command reads the demo's index: Chinese in either script.
	for _, q := range []string{"虧損", "亏损"} {
		out, _, err := cli(t, "search", "--data", dir, "--type", "article", q)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(out, "2 hits") || !strings.Contains(out, "[") {
			t.Errorf("search %s:\n%s", q, out)
		}
	}
	out, _, err = cli(t, "search", "--data", dir, "--json", "--type", "claim", "--metric", "loss", "OpenAI")
	if err != nil {
		t.Fatal(err)
	}
	var res index.Results
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search --json: %v\n%s", err, out)
	}
	if res.Total < 4 {
		t.Errorf("OpenAI loss claims: %d", res.Total)
	}
	for _, h := range res.Hits {
		if h.Metric != "loss" || h.Type != "claim" {
			t.Errorf("filter leaked %+v", h)
		}
	}
	if _, _, err := cli(t, "search", "--data", dir, `"unclosed`); err == nil || !strings.Contains(err.Error(), "quoted phrase") {
		t.Errorf("bad query: %v", err)
	}

	// reindex rebuilds the same index from the store.
	out, _, err = cli(t, "reindex", "--data", dir, "--quiet")
	if err != nil || !strings.Contains(out, "indexed 14 articles") {
		t.Errorf("reindex: %v\n%s", err, out)
	}
	out, _, _ = cli(t, "search", "--data", dir, "亏损")
	if !strings.Contains(out, "hits") || strings.HasPrefix(out, "0 hits") {
		t.Errorf("search after reindex:\n%s", out)
	}
}

func TestExtractSeedArticle(t *testing.T) {
	seed := filepath.Join("..", "..", "..", "shared", "examples", "000_ad21ea9e24e98342.txt")
	if _, err := os.Stat(seed); err != nil {
		t.Skip("../shared is not beside the checkout")
	}
	out, logs, err := cli(t, "extract", "--date", "2023-08-15", "--lang", "zh", seed)
	if err != nil {
		t.Fatalf("%v\n%s", err, logs)
	}
	var got []claimwatch.Claim
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var c claimwatch.Claim
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields() // the record has CLAIMS.md's fields and no others
		if err := dec.Decode(&c); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		got = append(got, c)
	}
	want := []struct {
		entity, metric, unit, time, per string
		value                           float64
	}{
		{"OpenAI", "operating_cost", "USD", "", "day", 700000},
		{"OpenAI", "operating_cost", "CNY", "", "day", 5080000},
		{"OpenAI", "loss", "USD", "2023-05", "", 540000000},
		{"OpenAI", "funding", "USD", "", "", 10000000000},
		{"OpenAI", "users", "count", "2023-06", "", 1700000000},
		{"OpenAI", "users", "count", "2023-07", "", 1500000000},
		{"OpenAI", "users", "percent", "2023-07", "", -12},
	}
	for _, w := range want {
		ok := false
		for _, c := range got {
			if c.Entity == w.entity && string(c.Metric) == w.metric && c.Unit == w.unit && c.Value == w.value &&
				c.Time == w.time && c.Per == w.per && c.Lang == "zh" && c.Quote != "" && c.Sentiment.Label != "" {
				ok = true
			}
		}
		if !ok {
			t.Errorf("no claim %+v in:\n%s", w, out)
		}
	}
	out, _, err = cli(t, "extract", "--explain", "--date", "2023-08-15", seed)
	if err != nil || !strings.Contains(out, `"explain":{`) {
		t.Errorf("--explain: %v\n%s", err, out)
	}
}

func TestExtractHTMLFileAndBadFlags(t *testing.T) {
	dir := t.TempDir()
	page := `<html><head><meta charset="gbk"><title>微软投资</title></head><body><nav>首页 | 科技 | 2023</nav>
<article><h1>微软投资</h1><p>据报道，微软对OpenAI的100亿美元投资可能会让该公司暂时维持下去。</p></article>
<footer>电话 010-12345678</footer></body></html>`
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(page))
	f := filepath.Join(dir, "page.html")
	os.WriteFile(f, gbk, 0o644)
	out, _, err := cli(t, "extract", f, "--date", "2023-08-16")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"value":10000000000`) || !strings.Contains(out, `"counterparty":"Microsoft"`) {
		t.Errorf("GBK HTML file:\n%s", out)
	}
	for _, args := range [][]string{
		{"extract"},
		{"extract", "--date", "15/08/2023", f},
		{"extract", "--lang", "fr", f},
		{"nonsense"},
	} {
		if _, _, err := cli(t, args...); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
	if _, _, err := cli(t, "extract", filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing file: %v", err)
	}
}

func TestRunReportsBadInputsAndGoesOn(t *testing.T) {
	gbkBody, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("<html><body><p>据报道，OpenAI今年5月亏损5.4亿美元。</p></body></html>"))
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a</title><link>/a.html</link></item></channel></rss>`)
	})
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss><channel><item><title>no end`)
	})
	mux.HandleFunc("/a.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=gbk")
		w.Write(gbkBody)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	dir := t.TempDir()
	cfg := filepath.Join(dir, "feeds.yaml")
	os.WriteFile(cfg, []byte(fmt.Sprintf(`
defaults: {delay: 10ms, timeout: 3s}
sources:
  - {name: good, kind: feed, url: "%[1]s/feed.xml", lang: zh, script: Hans}
  - {name: broken, kind: feed, url: "%[1]s/broken.xml", lang: en}
  - {name: down, kind: feed, url: "http://127.0.0.1:1/feed.xml", lang: en}
`, srv.URL)), 0o644)
	out, logs, err := cli(t, "run", "--config", cfg, "--data", filepath.Join(dir, "data"), "--quiet")
	if err != nil {
		t.Fatalf("run: %v\n%s", err, logs)
	}
	for _, want := range []string{"malformed feed", "broken.xml", "fetch failed", "127.0.0.1:1", "decoded a non-UTF-8 page", "charset=gbk"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
	if !strings.Contains(out, "1 pages fetched") || !strings.Contains(out, "1 articles") {
		t.Errorf("the good source was not processed:\n%s", out)
	}
	js, _, err := cli(t, "run", "--config", cfg, "--data", filepath.Join(dir, "data"), "--json")
	var sum struct {
		Crawl struct{ Pages, Skipped int }
		Store struct{ Articles int }
	}
	if err != nil || json.Unmarshal([]byte(js), &sum) != nil || sum.Crawl.Pages != 0 || sum.Crawl.Skipped != 1 || sum.Store.Articles != 1 {
		t.Errorf("second run --json: %v %+v\n%s", err, sum, js)
	}
	out, _, _ = cli(t, "search", "--data", filepath.Join(dir, "data"), "--type", "claim", "亏损")
	if !strings.Contains(out, "claim OpenAI loss 540M USD") {
		t.Errorf("claim from the GBK page not searchable:\n%s", out)
	}
}

func TestBadConfigNamesFileAndLine(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "feeds.yaml")
	os.WriteFile(cfg, []byte("sources:\n  - name: a\n    kind: rss\n    url: https://example.com/\n    lang: en\n"), 0o644)
	_, _, err := cli(t, "run", "--config", cfg, "--data", dir)
	if err == nil || !strings.Contains(err.Error(), cfg+":3: ") || !strings.Contains(err.Error(), "kind must be feed or site") {
		t.Errorf("bad config error: %v", err)
	}
}

func TestIngestAddsALocalArticle(t *testing.T) {
	seed := filepath.Join("..", "..", "..", "shared", "examples", "000_ad21ea9e24e98342.txt")
	if _, err := os.Stat(seed); err != nil {
		t.Skip("../shared is not beside the checkout")
	}
	data := t.TempDir()
	out, logs, err := cli(t, "ingest", "--data", data, "--url", "https://www.51cto.com/article/765423.html?utm_source=x", "--date", "2023-08-15", seed)
	if err != nil {
		t.Fatalf("%v\n%s", err, logs)
	}
	if !strings.Contains(out, "https://www.51cto.com/article/765423.html as article") || strings.Contains(out, " 0 claims") {
		t.Errorf("ingest: %s", out)
	}
	out, _, _ = cli(t, "search", "--data", data, "--type", "claim", "--source", "www.51cto.com", "虧損")
	if !strings.Contains(out, "claim OpenAI loss 540M USD") {
		t.Errorf("ingested claim not searchable:\n%s", out)
	}
	if _, _, err := cli(t, "ingest", "--data", data, "--url", "not-a-url", "--date", "2023-08-15", seed); err == nil {
		t.Error("bad --url accepted")
	}
}

func TestSentimentCommandScoresLineByLine(t *testing.T) {
	f := filepath.Join(t.TempDir(), "in.txt")
	os.WriteFile(f, []byte("Net loss narrowed to $2 million.\n虧損翻了一番\n\nThe company reported revenue of $3.7 billion in 2024.\n"), 0o644)
	out, _, err := cli(t, "sentiment", f)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{"positive", "negative", "neutral", "neutral"}
	if len(lines) != len(want) {
		t.Fatalf("%d lines for %d inputs:\n%s", len(lines), len(want), out)
	}
	for i, l := range lines {
		var s struct {
			Label string  `json:"label"`
			Score float64 `json:"score"`
		}
		if err := json.Unmarshal([]byte(l), &s); err != nil || s.Label != want[i] || s.Score < -1 || s.Score > 1 {
			t.Errorf("line %d: %s (%v), want %s", i, l, err, want[i])
		}
	}
	out, _, _ = cli(t, "sentiment", "--explain", "--lang", "zh", f)
	if !strings.Contains(out, `"text":"翻了一番"`) {
		t.Errorf("--explain does not name the words:\n%s", out)
	}
}

func TestSourcesImportAndExport(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "feeds.yaml")
	opml := filepath.Join(dir, "subs.opml")
	os.WriteFile(cfg, []byte("# mine\nsources:\n  - {name: a, kind: feed, url: 'https://a.example/feed', lang: en}\n"), 0o644)
	os.WriteFile(opml, []byte(`<opml version="2.0"><body><outline text="Tech News TW" xmlUrl="https://technews.tw/feed/" language="zh-TW"/><outline text="A" xmlUrl="https://a.example/feed"/></body></opml>`), 0o644)
	out, _, err := cli(t, "sources", "import", "--config", cfg, opml)
	if err != nil || !strings.Contains(out, "1 of 2 feeds added") {
		t.Fatalf("import: %v\n%s", err, out)
	}
	out, _, err = cli(t, "sources", "--config", cfg, "export")
	if err != nil || !strings.Contains(out, `xmlUrl="https://technews.tw/feed/"`) || !strings.Contains(out, `language="zh-Hant"`) {
		t.Errorf("export: %v\n%s", err, out)
	}
	if _, _, err := cli(t, "sources", "import", "--config", cfg, filepath.Join(dir, "missing.opml")); err == nil {
		t.Error("missing OPML: no error")
	}
}
