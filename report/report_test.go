package report

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/verify"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// sampleReport is a small world: AI Ledger's $700,000 a day echoed by a
// Traditional Chinese repost (with its own yuan conversion), disagreed
// with by Compute Wire, and repeated as current two years later.
func sampleReport() Report {
	arts := []claimwatch.Article{
		{ID: "a1", URL: "https://ailedger.example/articles/chatgpt-costs", Source: "ailedger", Published: at("2023-08-14T08:30:00Z"), Lang: "en"},
		{ID: "a2", URL: "https://techdaily.example/news/2023/08/15/burn.html", Source: "techdaily-tw", Published: at("2023-08-15T16:55:00+08:00"), Lang: "zh",
			Links: []claimwatch.Link{{URL: "https://ailedger.example/articles/chatgpt-costs"}}, Attributions: []string{"AI Ledger"}},
		{ID: "a3", URL: "https://computewire.example/stories/inference-bill", Source: "computewire", Published: at("2023-08-17T13:00:00-07:00"), Lang: "en"},
		{ID: "a4", URL: "https://blog.example/2025/chatgpt-money", Source: "blog.example", Published: at("2025-06-01T10:00:00Z"), Lang: "en"},
	}
	cost := func(art string, v float64, unit, approx, quote string, off int) claimwatch.Claim {
		return claimwatch.Claim{ArticleID: art, Entity: "OpenAI", Product: "ChatGPT", Metric: claimwatch.OperatingCost, Value: v, Unit: unit,
			Per: "day", Approx: approx, Modality: claimwatch.Reported, Quote: quote, Offset: off, Lang: "en"}
	}
	cs := []claimwatch.Claim{
		cost("a1", 7e5, "USD", claimwatch.About, "Running ChatGPT costs OpenAI about $700,000 a day, according to SemiAnalysis.", 10),
		cost("a2", 7e5, "USD", claimwatch.About, "ChatGPT 每天的運營成本約為70萬美元(約合人民幣508萬)。", 40),
		cost("a2", 5.08e6, "CNY", claimwatch.About, "ChatGPT 每天的運營成本約為70萬美元(約合人民幣508萬)。", 62),
		cost("a3", 1e6, "USD", claimwatch.About, "ChatGPT now costs OpenAI closer to $1 million a day to run.", 10),
		cost("a4", 7e5, "USD", claimwatch.Exact, "ChatGPT costs $700,000 a day to run.", 10),
	}
	cs[1].Lang, cs[2].Lang = "zh", "zh"
	facts := verify.Facts(verify.Input{Articles: arts, Claims: cs}, verify.Options{})
	return Report{Title: "ChatGPT's daily running cost", Query: "entity=OpenAI metric=operating_cost",
		Generated: at("2026-01-02T03:04:05Z"), Facts: facts}
}

func TestCompareReportFormatsMatchGoldenFiles(t *testing.T) {
	r := sampleReport()
	if len(r.Facts) != 2 {
		t.Fatalf("%d facts, want 2", len(r.Facts))
	}
	for _, f := range Formats {
		t.Run(f, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(&buf, f, r); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "compare."+f)
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./report -update to create it)", err)
			}
			if f == "json" {
				var got, exp any
				if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
					t.Fatal(err)
				}
				if err := json.Unmarshal(want, &exp); err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, exp) {
					t.Errorf("JSON differs from %s (run with -update after checking the change)", golden)
				}
				return
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs from %s (run with -update after checking the change)\n%s", f, golden, firstDiff(buf.String(), string(want)))
			}
		})
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) && i < len(w); i++ {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d:\n got: %s\nwant: %s", i+1, g[i], w[i])
		}
	}
	return "lengths differ"
}

func TestCompareHTMLIsSelfContainedAndLegibleWithoutCJKFonts(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, sampleReport()); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	for _, bad := range []string{"<script", "<link", "@import", "src=\"http", "url(http"} {
		if strings.Contains(s, bad) {
			t.Errorf("the page loads something from outside: %q", bad)
		}
	}
	if !strings.Contains(s, "<svg") || !strings.Contains(s, "sans-serif") {
		t.Error("no inline chart, or no generic font fallback")
	}
	// Chart labels are source names and figures: nothing in the SVG needs a
	// CJK glyph.
	svg := s[strings.Index(s, "<svg"):strings.Index(s, "</svg>")]
	for _, r := range svg {
		if r >= 0x2E80 && r <= 0x9FFF {
			t.Fatalf("the chart holds a CJK character %q", r)
		}
	}
}

func TestCompareHTMLReportInChromium(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, sampleReport()); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	browser, err := exec.LookPath("chromium")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("chromium is not installed; .ci/run must install it")
		}
		t.Skip("chromium is not installed")
	}
	dir := os.Getenv("CLAIMWATCH_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join("testdata", "screenshots")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	out, _ := filepath.Abs(filepath.Join(dir, "report.png"))
	os.Remove(out)
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	flags := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
		"--user-data-dir=" + t.TempDir(), "--window-size=1280,1600"}
	// The DOM chromium built must hold the chart and both facts.
	dom, err := exec.CommandContext(ctx, browser, append(flags, "--dump-dom", "file://"+page)...).Output()
	if err != nil {
		t.Fatalf("chromium --dump-dom: %v", err)
	}
	for _, want := range []string{"<svg", "conflicting", "techdaily-tw"} {
		if !bytes.Contains(dom, []byte(want)) {
			t.Errorf("rendered page lacks %q", want)
		}
	}
	if msg, err := exec.CommandContext(ctx, browser, append(flags, "--screenshot="+out, "file://"+page)...).CombinedOutput(); err != nil {
		t.Fatalf("chromium --screenshot: %v\n%s", err, msg)
	}
	png, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG")) || len(png) < 10_000 {
		t.Fatalf("screenshot %s: %v, %d bytes", out, err, len(png))
	}
	t.Logf("screenshot saved to %s", out)
}
