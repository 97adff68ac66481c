package claims

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimwatch/claimwatch"
)

var update = flag.Bool("update", false, "rewrite the expected claims of testdata/articles from the extractor's output")

// articleCase is one test article and the claims it must yield, written by
// hand (testdata/articles/*.json); adding a case needs no Go code.
type articleCase struct {
	Article claimwatch.Article `json:"article"`
	Claims  []claimwatch.Claim `json:"claims"`
}

func TestExtractTestArticles(t *testing.T) {
	files, err := filepath.Glob("testdata/articles/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var c articleCase
			if err := json.Unmarshal(b, &c); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			got := extractor.Extract(c.Article)
			if *update {
				c.Claims = got
				out, _ := json.MarshalIndent(c, "", " ")
				if err := os.WriteFile(f, append(out, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if len(got) != len(c.Claims) {
				for _, g := range got {
					b, _ := json.Marshal(g)
					t.Logf("got %s", b)
				}
				t.Fatalf("got %d claims, want %d", len(got), len(c.Claims))
			}
			for i := range got {
				g, w := got[i], c.Claims[i]
				g.ArticleID, g.Offset = "", 0 // not part of the JSON record
				if !sameClaim(g, w) {
					gb, _ := json.Marshal(g)
					wb, _ := json.Marshal(w)
					t.Errorf("claim %d:\n got %s\nwant %s", i, gb, wb)
				}
			}
		})
	}
}

func sameClaim(a, b claimwatch.Claim) bool {
	if !near(a.Value, b.Value) || !near(a.ValueMax, b.ValueMax) {
		return false
	}
	a.Value, a.ValueMax, b.Value, b.ValueMax = 0, 0, 0, 0
	return a == b
}

// TestExtractIsDeterministic reads every test article many times: the reader
// keeps its state in maps, and no field may depend on their order.
func TestExtractIsDeterministic(t *testing.T) {
	files, _ := filepath.Glob("testdata/*/*.json")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var c articleCase
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		first, _ := json.Marshal(extractor.Extract(c.Article))
		for range 20 {
			again, _ := json.Marshal(extractor.Extract(c.Article))
			if string(again) != string(first) {
				t.Fatalf("%s: two readings differ:\n%s\n%s", f, first, again)
			}
		}
	}
}
