package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/store"
	"github.com/claimwatch/claimwatch/verify"
)

// benchStore fills a store with n synthetic claims, ten to an article,
// about n/25 underlying figures (some disagreeing, some in yuan, some
// forecasts; a fifth of the articles cite an earlier one).
//
// $CLAIMWATCH_BENCH_DATA names a directory to keep the store in across
// runs (it is filled only when empty), so the commands can also be timed
// from a shell.
func benchStore(b *testing.B, n int) string {
	b.Helper()
	dir := os.Getenv("CLAIMWATCH_BENCH_DATA")
	if dir == "" {
		dir = b.TempDir()
	} else if _, err := os.Stat(filepath.Join(dir, "claimwatch.db")); err == nil {
		return dir
	}
	st, err := store.Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	r := rand.New(rand.NewPCG(3, 4))
	type truth struct {
		entity, unit, time string
		metric             claimwatch.Metric
		value              float64
	}
	truths := make([]truth, n/25)
	for i := range truths {
		truths[i] = truth{fmt.Sprintf("Entity%02d", r.IntN(40)), "USD", fmt.Sprint(2018 + r.IntN(8)),
			claimwatch.Metrics[r.IntN(len(claimwatch.Metrics))], float64(1+r.IntN(999)) * 1e6}
	}
	start := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	var urls []string
	ctx := context.Background()
	for a, done := 0, 0; done < n; a++ {
		u := fmt.Sprintf("https://s%03d.example/a/%d", a%300, a)
		art := claimwatch.Article{ID: fmt.Sprintf("a%06d", a), URL: u, Source: fmt.Sprintf("s%03d", a%300), Title: "t",
			Published: start.Add(time.Duration(r.IntN(8*365*24)) * time.Hour), Lang: "en", Text: "text"}
		if a > 10 && r.IntN(5) == 0 {
			art.Links = []claimwatch.Link{{URL: urls[r.IntN(len(urls))]}}
		}
		urls = append(urls, u)
		var cs []claimwatch.Claim
		for k := 0; k < 10 && done < n; k, done = k+1, done+1 {
			t := truths[r.IntN(len(truths))]
			c := claimwatch.Claim{Entity: t.entity, Metric: t.metric, Unit: t.unit, Time: t.time, Value: t.value,
				Approx: claimwatch.Exact, Modality: claimwatch.Reported, Offset: k * 100, Lang: "en",
				Quote: fmt.Sprintf("%s reported %s of %g in %s", t.entity, t.metric, t.value, t.time)}
			switch r.IntN(10) {
			case 0:
				c.Value *= 1.5
			case 1:
				c.Approx = claimwatch.About
			case 2:
				c.Modality = claimwatch.Forecast
			case 3:
				c.Unit, c.Value = "CNY", c.Value*7.1
			}
			cs = append(cs, c)
		}
		if err := st.SaveArticle(ctx, art, cs); err != nil {
			b.Fatal(err)
		}
	}
	return dir
}

// benchCLI runs a command with its output going to a file, as from a
// shell, and returns the output.
func benchCLI(args ...string) (string, string, error) {
	f, err := os.CreateTemp("", "claimwatch-bench-")
	if err != nil {
		return "", "", err
	}
	defer os.Remove(f.Name())
	defer f.Close()
	var e bytes.Buffer
	if err := run(context.Background(), args, f, &e); err != nil {
		return "", e.String(), err
	}
	out, err := os.ReadFile(f.Name())
	return string(out), e.String(), err
}

// BenchmarkFactsAndCompare100k times `facts --format json` and `compare`
// of one fact (which groups every claim to find its rivals) over a store of
// 100,000 claims.
func BenchmarkFactsAndCompare100k(b *testing.B) {
	dir := benchStore(b, 100_000)
	var id string
	b.Run("facts", func(b *testing.B) {
		var out string
		for b.Loop() {
			var err error
			if out, _, err = benchCLI("facts", "--data", dir, "--format", "json"); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		var facts []verify.Fact
		if err := json.Unmarshal([]byte(out), &facts); err != nil || len(facts) == 0 {
			b.Fatalf("%v, %d facts", err, len(facts))
		}
		id = facts[len(facts)/2].ID
		b.ReportMetric(float64(len(facts)), "facts")
		b.ReportMetric(float64(len(out))/1e6, "MB-out")
	})
	b.Run("compare", func(b *testing.B) {
		for b.Loop() {
			if _, _, err := benchCLI("compare", "--data", dir, "--format", "html", "--out", b.TempDir()+"/r.html", id); err != nil {
				b.Fatal(err)
			}
		}
	})
}
