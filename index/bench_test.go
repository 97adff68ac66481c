package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
)

// The search benchmark runs on a corpus it builds on first use and keeps
// outside the repository (CLAIMWATCH_BENCH_DIR, default in the temp dir):
// CLAIMWATCH_BENCH_ARTICLES articles (default 100,000) with ten claims each.
// Building the full corpus takes minutes on a 2-core machine; later runs
// reuse it.
func benchCorpus(b *testing.B) (*Index, int) {
	b.Helper()
	n := 100_000
	if s := os.Getenv("CLAIMWATCH_BENCH_ARTICLES"); s != "" {
		v, err := strconv.Atoi(s)
		if err != nil || v <= 0 {
			b.Fatalf("CLAIMWATCH_BENCH_ARTICLES=%q", s)
		}
		n = v
	}
	dir := os.Getenv("CLAIMWATCH_BENCH_DIR")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "claimwatch-bench")
	}
	path := filepath.Join(dir, fmt.Sprintf("index-v3-%d", n)) // v3: the Zipf corpus
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err != nil {
		start := time.Now()
		err := Build(context.Background(), path, func(add func(claimwatch.Article, []claimwatch.Claim) error) error {
			r := rand.New(rand.NewPCG(1, 2))
			for i := range n {
				a, cs := synthArticle(r, i)
				if err := add(a, cs); err != nil {
					return err
				}
				if i%10000 == 0 && i > 0 {
					b.Logf("built %d articles (%v)", i, time.Since(start).Round(time.Second))
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("built %d articles and %d claims in %v", n, n*10, time.Since(start).Round(time.Second))
	}
	ix, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	return ix, n
}

var (
	synthEntities = []string{"OpenAI", "Anthropic", "xAI", "Microsoft", "Google", "Meta", "Nvidia", "Amazon", "Baidu", "Alibaba", "Tencent", "DeepSeek"}
	synthMetrics  = []claimwatch.Metric{claimwatch.Revenue, claimwatch.Loss, claimwatch.Funding, claimwatch.Valuation, claimwatch.Users, claimwatch.Capex, claimwatch.OperatingCost, claimwatch.GPUs}
	// A Zipf draw over these gives word frequencies the shape of real
	// text, so a query of two words and a filter is selective.
	synthEN = vocabulary([]string{"revenue", "losses", "doubled", "investors", "valuation", "data", "center", "chips", "inference", "training", "cloud", "subscribers", "quarter", "report", "analysts", "expected", "burn", "cash", "funding", "round", "users", "market", "growth", "decline", "spending"},
		"bcdfghklmnprstvz", "aeiou", 4000, false)
	synthZH = vocabulary([]string{"营收", "亏损", "翻了一番", "投资者", "估值", "数据中心", "芯片", "推理", "训练", "云服务", "用户", "季度", "据报道", "分析师", "预计", "烧钱", "现金", "融资", "市场", "增长", "下降", "支出", "虧損", "營收"},
		"的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质",
		"", 4000, true)
)

// vocabulary is n words: made-up ones (Latin words from consonant-vowel
// syllables, or Chinese two-character words from pool) with the real words
// of head placed among the mid-frequency ranks, where words an analyst
// searches for sit in real text (each is in roughly one article in ten).
func vocabulary(head []string, consonants, vowels string, n int, han bool) []string {
	var out []string
	r := rand.New(rand.NewPCG(7, uint64(n)))
	seen := map[string]bool{}
	for _, w := range head {
		seen[w] = true
	}

	pool := []rune(consonants)
	for len(out) < n-len(head) {
		var w string
		if han {
			w = string([]rune{pool[r.IntN(len(pool))], pool[r.IntN(len(pool))]})
		} else {
			for range 2 + r.IntN(2) {
				w += string(consonants[r.IntN(len(consonants))]) + string(vowels[r.IntN(len(vowels))])
			}
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	for i, w := range head {
		at := 300 + 40*i
		out = append(out[:at], append([]string{w}, out[at:]...)...)
	}
	return out
}

func synthArticle(r *rand.Rand, i int) (claimwatch.Article, []claimwatch.Claim) {
	zh := i%3 == 0
	words := synthEN
	lang := "en"
	if zh {
		words, lang = synthZH, "zh"
	}
	zipf := rand.NewZipf(r, 1.1, 8, uint64(len(words)-1))
	sentence := func(ent string) string {
		s := ent
		for range 12 {
			w := words[zipf.Uint64()]
			if zh {
				s += w
			} else {
				s += " " + w
			}
		}
		return s + "."
	}
	ent := synthEntities[r.IntN(len(synthEntities))]
	var text string
	for range 20 {
		text += sentence(synthEntities[r.IntN(len(synthEntities))]) + " "
	}
	a := claimwatch.Article{ID: fmt.Sprintf("a%07d", i), URL: fmt.Sprintf("https://src%d.example/%d", i%200, i),
		Source: "src" + strconv.Itoa(i%200), Title: sentence(ent), Text: text, Lang: lang,
		Published: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * 37 * time.Minute),
		Sentiment: claimwatch.Sentiment{Label: []string{"positive", "negative", "neutral"}[r.IntN(3)]}}
	cs := make([]claimwatch.Claim, 10)
	for k := range cs {
		e := synthEntities[r.IntN(len(synthEntities))]
		cs[k] = claimwatch.Claim{Entity: e, Metric: synthMetrics[r.IntN(len(synthMetrics))], Value: float64(r.IntN(1000)) * 1e7,
			Unit: "USD", Approx: "exact", Modality: "reported", Quote: sentence(e), Lang: lang,
			Sentiment: claimwatch.Sentiment{Label: "neutral"}}
	}
	return a, cs
}

// BenchmarkSearch reports requests per second and the p50 and p99 latency
// of selective queries (a few words with filters, as the web page sends).
func BenchmarkSearch(b *testing.B) {
	ix, n := benchCorpus(b)
	queries := []Query{
		{Text: "亏损 翻了一番", Entity: "OpenAI", Type: "article"},
		{Text: "data center", Source: "src42", Type: "article"},
		{Type: "claim", Entity: "Anthropic", Metric: "funding", Source: "src7"},
		{Text: "valuation analysts", Lang: "en", From: time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)},
		{Text: `"funding round" investors`, Entity: "xAI", Type: "article"},
		{Text: "營收", Sentiment: "negative", Source: "src3"},
	}
	ctx := context.Background()
	var lat []time.Duration
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		q := queries[i%len(queries)]
		start := time.Now()
		if _, err := ix.Search(ctx, q); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(n), "articles")
}
