package quantity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

func BenchmarkFind(b *testing.B) { benchSeed(b, Find) }

func BenchmarkFindAll(b *testing.B) { benchSeed(b, FindAll) }

// benchSeed runs find over the seed article, a real 10 KB Chinese page.
func benchSeed(b *testing.B, find func(string) []Quantity) {
	text, err := os.ReadFile("../../../shared/examples/000_ad21ea9e24e98342.txt")
	if err != nil {
		b.Skip("seed article not available")
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		find(s)
	}
}

// BenchmarkFindRealText runs Find over the hand-checked article bodies of
// the extraction suites: 181 English news and blog pages and 69 Chinese
// ones, 1.7 MB in all.
func BenchmarkFindRealText(b *testing.B) {
	var bodies []string
	for _, f := range []string{"article-extraction/ground-truth.json", "zh-extraction/eval/cleaned_ground.json"} {
		data, err := os.ReadFile(filepath.Join(sharedDir, "conformance", f))
		if err != nil {
			b.Skipf("extraction suites not available: %v", err)
		}
		var pages map[string]struct {
			ArticleBody string `json:"articleBody"`
		}
		if err := json.Unmarshal(data, &pages); err != nil {
			b.Fatalf("%s: %v", f, err)
		}
		ids := make([]string, 0, len(pages))
		for id := range pages {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			bodies = append(bodies, pages[id].ArticleBody)
		}
	}
	n := 0
	for _, s := range bodies {
		n += len(s)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, s := range bodies {
			Find(s)
		}
	}
}
