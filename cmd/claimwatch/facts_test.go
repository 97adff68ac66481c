package main

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch/verify"
)

// factsJSON runs `facts --format json` and decodes it.
func factsJSON(t *testing.T, args ...string) []verify.Fact {
	t.Helper()
	out, logs, err := cli(t, append([]string{"facts", "--format", "json"}, args...)...)
	if err != nil {
		t.Fatalf("facts: %v\n%s", err, logs)
	}
	var facts []verify.Fact
	if err := json.Unmarshal([]byte(out), &facts); err != nil {
		t.Fatalf("facts --format json: %v\n%s", err, out)
	}
	return facts
}

// holding returns the fact with a claim from a URL containing urlPart with
// value v, or fails.
func holding(t *testing.T, facts []verify.Fact, urlPart string, v float64) verify.Fact {
	t.Helper()
	for _, f := range facts {
		for _, c := range f.Claims {
			if strings.Contains(c.URL, urlPart) && c.Value == v {
				return f
			}
		}
	}
	t.Fatalf("no fact holds %g from %s", v, urlPart)
	return verify.Fact{}
}

func originOf(f verify.Fact, urlPart string) int {
	for _, c := range f.Claims {
		if strings.Contains(c.URL, urlPart) {
			return c.Origin
		}
	}
	return -1
}

// ingestFacts ingests the bundled test articles of testdata/facts.
func ingestFacts(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, a := range []struct{ file, url, date, lang string }{
		{"echo-origin.txt", "https://newsroom-a.example/stories/anthropic-arr", "2024-03-10", "en"},
		{"echo-repost-1.html", "https://aggregator-b.example/p/anthropic-850", "2024-03-11", "en"},
		{"echo-repost-2.html", "https://aggregator-c.example/news/2", "2024-03-12", "zh"},
		{"corroborate-1.html", "https://wire-d.example/xai-series-b", "2024-05-27", "en"},
		{"corroborate-2.html", "https://daily-e.example/xai-round", "2024-05-28", "en"},
		{"conflict-1.html", "https://wire-d.example/mistral-valuation", "2024-07-10", "en"},
		{"conflict-2.html", "https://daily-e.example/mistral", "2024-07-11", "en"},
		{"cny.html", "https://sina-f.example/baidu-2024", "2025-02-18", "zh"},
		{"usd.html", "https://reuters-g.example/baidu-2024", "2025-02-18", "en"},
		{"forecast.html", "https://wire-d.example/openai-2024-plan", "2024-01-15", "en"},
		{"outcome.html", "https://daily-e.example/openai-2024-revenue", "2025-01-20", "en"},
	} {
		_, logs, err := cli(t, "ingest", "--data", dir, "--url", a.url, "--date", a.date, "--lang", a.lang, filepath.Join("testdata", "facts", a.file))
		if err != nil {
			t.Fatalf("ingest %s: %v\n%s", a.file, err, logs)
		}
	}
	return dir
}

func TestFactsOfIngestedArticles(t *testing.T) {
	dir := ingestFacts(t)
	facts := factsJSON(t, "--data", dir)

	// Three articles, two of them reposts linking the first: one origin.
	echo := holding(t, facts, "newsroom-a.example", 8.5e8)
	if echo.Verdict != verify.SingleOrigin || len(echo.Claims) != 3 || echo.IndependentOrigins != 1 {
		t.Errorf("echoes: %s, %d claims, %d origins; want single-origin, 3, 1", echo.Verdict, len(echo.Claims), echo.IndependentOrigins)
	} else if kids := echo.Origins[0].Tree.Children; len(kids) != 2 || kids[0].Via != "cites" {
		t.Errorf("origin tree %+v: want newsroom-a with two citing reposts", echo.Origins[0].Tree)
	}

	// Two outlets, no citation between them, the same figure.
	xai := holding(t, facts, "wire-d.example/xai", 6e9)
	if xai.Verdict != verify.Corroborated || xai.IndependentOrigins != 2 || originOf(xai, "daily-e") == originOf(xai, "wire-d") {
		t.Errorf("independent agreement: %s with %d origins", xai.Verdict, xai.IndependentOrigins)
	}

	// Two outlets, two figures.
	lo, hi := holding(t, facts, "wire-d.example/mistral", 6e9), holding(t, facts, "daily-e.example/mistral", 8e9)
	if lo.ID == hi.ID || lo.Verdict != verify.Conflicting || hi.Verdict != verify.Conflicting {
		t.Errorf("independent disagreement: %s and %s (same fact: %v)", lo.Verdict, hi.Verdict, lo.ID == hi.ID)
	}

	// 1331亿元 and $18.2 billion are one figure.
	baidu := holding(t, facts, "sina-f.example", 1.331e11)
	if baidu.ID != holding(t, facts, "reuters-g.example", 1.82e10).ID || baidu.Verdict != verify.Corroborated {
		t.Errorf("CNY and USD did not meet: %+v", baidu)
	}
	for _, c := range baidu.Claims {
		if c.Unit == "CNY" && (c.RateFrom != "table" || c.ValueUSD < 1.78e10 || c.ValueUSD > 1.86e10) {
			t.Errorf("CNY claim in USD: %g at %g (%s)", c.ValueUSD, c.Rate, c.RateFrom)
		}
	}

	// The forecast meets the revenue reported a year later.
	fc, out := holding(t, facts, "openai-2024-plan", 3.4e9), holding(t, facts, "openai-2024-revenue", 3.7e9)
	if fc.Outcome == nil || fc.Outcome.FactID != out.ID || fc.Outcome.DiffPercent != 8.8 {
		t.Errorf("forecast outcome %+v, want %s at +8.8%%", fc.Outcome, out.ID)
	}

	// Filters.
	if got := factsJSON(t, "--data", dir, "--entity", "openai"); len(got) != 2 {
		t.Errorf("--entity openai: %d facts", len(got))
	}
	if got := factsJSON(t, "--data", dir, "--since", "2025-01-01"); len(got) != 2 {
		t.Errorf("--since 2025-01-01: %d facts", len(got))
	}
	if got := factsJSON(t, "--data", dir, "--verdict", "conflicting"); len(got) != 2 {
		t.Errorf("--verdict conflicting: %d facts", len(got))
	}
	table, _, err := cli(t, "facts", "--data", dir)
	if err != nil || !strings.Contains(table, "VERDICT") || !strings.Contains(table, "7 facts") {
		t.Errorf("facts table: %v\n%s", err, table)
	}
	if _, _, err := cli(t, "facts", "--data", dir, "--format", "xml"); err == nil {
		t.Error("--format xml was accepted")
	}
}

func TestCompareWritesEveryFormat(t *testing.T) {
	dir := ingestFacts(t)
	facts := factsJSON(t, "--data", dir, "--entity", "Mistral AI")
	if len(facts) != 2 {
		t.Fatalf("%d Mistral facts", len(facts))
	}
	out := t.TempDir()
	for _, f := range []string{"html", "md", "csv", "json"} {
		path := filepath.Join(out, "r."+f)
		// By fact ID: the rival comes along.
		if _, logs, err := cli(t, "compare", "--data", dir, "--out", path, facts[0].ID); err != nil {
			t.Fatalf("compare %s: %v\n%s", f, err, logs)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		switch f {
		case "html":
			if !strings.Contains(s, "<svg") || !strings.Contains(s, facts[1].ID) || strings.Contains(s, "http://cdn") || strings.Contains(s, "<script src") {
				t.Errorf("html report: no chart, no rival, or an outside resource")
			}
		case "md":
			if !strings.Contains(s, "**Verdict:** conflicting") {
				t.Errorf("markdown report:\n%s", s)
			}
		case "csv":
			rows, err := csv.NewReader(strings.NewReader(s)).ReadAll()
			if err != nil || len(rows) != 3 {
				t.Errorf("csv report: %v, %d rows", err, len(rows))
			}
		case "json":
			var r struct{ Facts []verify.Fact }
			if err := json.Unmarshal(data, &r); err != nil || len(r.Facts) != 2 {
				t.Errorf("json report: %v, %d facts", err, len(r.Facts))
			}
		}
	}
	// By entity, metric and time, to standard output.
	md, _, err := cli(t, "compare", "--data", dir, "--entity", "OpenAI", "--metric", "revenue", "--time", "2024")
	if err != nil || !strings.Contains(md, "**Outcome:**") || !strings.Contains(md, "2 facts") {
		t.Errorf("compare --entity: %v\n%s", err, md)
	}
	// By a search over the index.
	js, _, err := cli(t, "compare", "--data", dir, "--query", "Baidu", "--format", "json")
	var r struct{ Facts []verify.Fact }
	if err != nil || json.Unmarshal([]byte(js), &r) != nil || len(r.Facts) != 1 || r.Facts[0].Entity != "Baidu" {
		t.Errorf("compare --query Baidu: %v, %d facts\n%s", err, len(r.Facts), js)
	}
	if _, _, err := cli(t, "compare", "--data", dir); err == nil {
		t.Error("compare with nothing to compare succeeded")
	}
	if _, _, err := cli(t, "compare", "--data", dir, "fnothere"); err == nil {
		t.Error("compare of an unknown fact succeeded")
	}
}

// TestFactsOverTheDemoWorld checks the verdicts the sample sites were
// written for (sample/expected.go).
func TestFactsOverTheDemoWorld(t *testing.T) {
	dir := t.TempDir()
	if _, logs, err := cli(t, "demo", "--data", dir, "--quiet"); err != nil {
		t.Fatalf("demo: %v\n%s", err, logs)
	}
	facts := factsJSON(t, "--data", dir)

	// OpenAI's 2022 loss: AI Ledger and Compute Wire independently; 科技日報
	// and 硅谷财经 echo AI Ledger.
	loss := holding(t, facts, "/stories/openai-inference-bill.html", 5.4e8)
	if loss.Verdict != verify.Corroborated || loss.IndependentOrigins != 2 || loss.Time != "2022" {
		t.Errorf("OpenAI 2022 loss: %s, %d origins, time %s", loss.Verdict, loss.IndependentOrigins, loss.Time)
	}
	ledger := originOf(loss, "/articles/openai-losses-doubled.html")
	if ledger < 0 || originOf(loss, "/news/2023/08/15/openai-daily-burn.html") != ledger || originOf(loss, "/news/1001.html") != ledger ||
		originOf(loss, "/stories/openai-inference-bill.html") == ledger {
		t.Errorf("loss origins: ledger %d, techdaily %d, guigu %d, computewire %d", ledger,
			originOf(loss, "/news/2023/08/15/openai-daily-burn.html"), originOf(loss, "/news/1001.html"), originOf(loss, "/stories/openai-inference-bill.html"))
	}

	// ChatGPT's daily cost: $700,000 (AI Ledger, echoed in Big5 with a
	// yuan conversion) against "closer to $1 million" (Compute Wire).
	cost := holding(t, facts, "/articles/chatgpt-costs-700000-a-day.html", 7e5)
	bill := holding(t, facts, "/stories/openai-inference-bill.html", 1e6)
	if cost.Verdict != verify.Conflicting || bill.Verdict != verify.Conflicting || cost.ID == bill.ID || cost.IndependentOrigins != 1 {
		t.Errorf("daily cost: %s (%d origins) vs %s", cost.Verdict, cost.IndependentOrigins, bill.Verdict)
	}
	for _, c := range cost.Claims {
		if c.Unit == "CNY" && c.RateFrom != "article" {
			t.Errorf("人民幣508萬 should be converted at the article's own rate, not %q", c.RateFrom)
		}
	}

	// Microsoft's investment: $10 billion against $13 billion.
	ten := holding(t, facts, "/stories/microsoft-openai-stake.html", 1.3e10)
	if ten.Verdict != verify.Conflicting || len(ten.ConflictsWith) != 1 || holding(t, facts, "/news/1002.html", 1e10).Verdict != verify.Conflicting {
		t.Errorf("Microsoft investment: %s, rivals %+v", ten.Verdict, ten.ConflictsWith)
	}

	// Nvidia's quarter: three outlets, each crediting only Nvidia.
	nv := holding(t, facts, "/stories/nvidia-quarter.html", 1.35e10)
	if nv.Verdict != verify.Corroborated || nv.IndependentOrigins < 2 {
		t.Errorf("Nvidia FY2024-Q2 revenue: %s with %d origins", nv.Verdict, nv.IndependentOrigins)
	}

	// 約合4,300億元 (TWD) beside both 135.1億美元 and 103.2億美元 converts the
	// total, at the rate the article implies.
	if twd := holding(t, facts, "/news/2023/08/24/nvidia-q2-record.html", 4.3e11); twd.ID != nv.ID {
		t.Errorf("the TWD figure joined %s (%g), not the $13.5 billion", twd.ID, twd.Value)
	}

	// Analysts expected $11.2 billion for that quarter: a forecast, settled
	// by the reported $13.5 billion.
	if fc := holding(t, facts, "/stories/nvidia-quarter.html", 1.12e10); fc.Outcome == nil || fc.Outcome.FactID != nv.ID || fc.Verdict == verify.Conflicting {
		t.Errorf("Nvidia consensus: outcome %+v, verdict %s; want %s", fc.Outcome, fc.Verdict, nv.ID)
	}

	// The comparison report of the daily cost, as a page in a browser.
	page := filepath.Join(t.TempDir(), "cost.html")
	if _, logs, err := cli(t, "compare", "--data", dir, "--out", page, cost.ID); err != nil {
		t.Fatalf("compare: %v\n%s", err, logs)
	}
	screenshot(t, page, "compare-demo-daily-cost.png")
}

func TestFXUpdateFromALocalECBCopy(t *testing.T) {
	const ecb = "Date,USD,JPY,CNY,GBP,\n2024-03-29,1.0811,163.45,7.8144,0.85420,\n2024-03-28,1.0811,163.80,7.8000,0.85500,\n2024-02-29,1.0813,162.50,7.7800,N/A,\n"
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("eurofxref-hist.csv")
	w.Write([]byte(ecb))
	zw.Close()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(buf.Bytes()) }))
	defer srv.Close()
	dir := t.TempDir()
	out, logs, err := cli(t, "fx", "update", "--data", dir, "--url", srv.URL+"/eurofxref-hist.zip")
	if err != nil || !strings.Contains(out, "2024-02 to 2024-03") {
		t.Fatalf("fx update: %v\n%s%s", err, out, logs)
	}
	out, _, err = cli(t, "fx", "show", "--data", dir, "--month", "2024-03", "CNY", "EUR", "TWD")
	if err != nil {
		t.Fatal(err)
	}
	// CNY per USD in March 2024: the mean of 7.8144/1.0811 and 7.8000/1.0811.
	for _, want := range []string{"CNY  7.22153", "EUR  0.924984", "TWD  31.7"} {
		if !strings.Contains(out, want) {
			t.Errorf("fx show lacks %q:\n%s", want, out)
		}
	}
	srv.Close()
	if _, _, err := cli(t, "fx", "update", "--data", dir, "--url", srv.URL); err == nil {
		t.Error("fx update from a closed server succeeded")
	}
	if _, err := os.Stat(fxFile(dir)); err != nil {
		t.Errorf("a failed update removed the table: %v", err)
	}
}
