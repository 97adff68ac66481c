package sentiment

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch"
)

// labelled is one sentence of a labelled set and the label an investor gives it.
type labelled struct{ label, text string }

func readLabelled(t testing.TB, path string) []labelled {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		label, text, ok := strings.Cut(line, "\t")
		if !ok || (label != pos && label != neg && label != neu) {
			t.Fatalf("%s:%d: want label<TAB>sentence with a known label", path, n)
		}
		out = append(out, labelled{label, text})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// evaluation is accuracy and macro-F1 over the three labels.
type evaluation struct {
	n, correct int
	accuracy   float64
	macroF1    float64
	wrong      []string
}

func evaluate(set []labelled, lang string) evaluation {
	labels := []string{pos, neg, neu}
	tp, predicted, actual := map[string]int{}, map[string]int{}, map[string]int{}
	var e evaluation
	for _, s := range set {
		got := Score(s.text, lang)
		e.n++
		predicted[got.Label]++
		actual[s.label]++
		if got.Label == s.label {
			e.correct++
			tp[s.label]++
		} else {
			e.wrong = append(e.wrong, s.label+" got "+got.Label+": "+s.text)
		}
	}
	e.accuracy = float64(e.correct) / float64(e.n)
	for _, l := range labels {
		p, r := 0.0, 0.0
		if predicted[l] > 0 {
			p = float64(tp[l]) / float64(predicted[l])
		}
		if actual[l] > 0 {
			r = float64(tp[l]) / float64(actual[l])
		}
		if p+r > 0 {
			e.macroF1 += 2 * p * r / (p + r) / float64(len(labels))
		}
	}
	return e
}

// TestLabelledSets scores the labelled sentences of testdata/ and holds the
// accuracy and macro-F1 reached. en.tsv and zh.tsv were written before the
// lexicons; the *_holdout sets after, and were first scored before any change
// (en 0.817, zh 0.750 then), so they are the more honest estimate. The floors
// sit one or two sentences under today's figures, so a lexicon change that
// breaks the sets fails here.
func TestLabelledSets(t *testing.T) {
	cases := []struct {
		file, lang         string
		minAccuracy, minF1 float64
	}{
		{"testdata/en.tsv", "en", 0.98, 0.98},
		{"testdata/zh.tsv", "zh", 0.98, 0.98},
		{"testdata/en_holdout.tsv", "en", 0.96, 0.96},
		{"testdata/zh_holdout.tsv", "zh", 0.92, 0.92},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			e := evaluate(readLabelled(t, c.file), c.lang)
			t.Logf("%s: %d sentences, accuracy %.3f, macro-F1 %.3f", c.file, e.n, e.accuracy, e.macroF1)
			for _, w := range e.wrong {
				t.Logf("  %s", w)
			}
			if e.accuracy < c.minAccuracy || e.macroF1 < c.minF1 {
				t.Errorf("accuracy %.3f (floor %.2f), macro-F1 %.3f (floor %.2f)", e.accuracy, c.minAccuracy, e.macroF1, c.minF1)
			}
		})
	}
}

// TestLabelledSetsDetectLanguage scores the sets with no language hint.
func TestLabelledSetsDetectLanguage(t *testing.T) {
	for _, c := range []struct{ file, want string }{{"testdata/en.tsv", "en"}, {"testdata/zh.tsv", "zh"}} {
		for _, s := range readLabelled(t, c.file) {
			if got := isChinese(s.text, ""); got != (c.want == "zh") {
				t.Errorf("isChinese(%q) = %v", s.text, got)
			}
		}
	}
}

// FuzzScore feeds arbitrary text: no panic, a score in [-1, 1] and a label
// that agrees with the thresholds, for both languages and detection.
func FuzzScore(f *testing.F) {
	for _, s := range []string{"Losses doubled to $540 million.", "虧損翻了一番", "not not not", "但是然而但是",
		"可能", "", "\xff\xfe", "a, b; c. d", "付费用户数量大幅增加", "rose fell rose fell", "不不不不盈利"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []string{"en", "zh", ""} {
			got, _ := Explain(s, lang)
			check := func(g claimwatch.Sentiment) {
				if g.Score < -1 || g.Score > 1 || g.Score != g.Score {
					t.Fatalf("%q %s: score %v out of range", s, lang, g.Score)
				}
				want := neu
				switch {
				case g.Score >= Threshold:
					want = pos
				case g.Score <= -Threshold:
					want = neg
				}
				if g.Label != want {
					t.Fatalf("%q %s: %+v, label should be %s", s, lang, g, want)
				}
			}
			check(got)
			check(Score(s, lang))
			check(Article(s, lang))
			check(Toward(s, lang, "OpenAI", "虧損"))
		}
	})
}

// BenchmarkScore scores the labelled sentences of both languages and reports
// sentences per second.
func BenchmarkScore(b *testing.B) {
	var set []labelled
	var size int64
	for _, f := range []string{"testdata/en.tsv", "testdata/zh.tsv"} {
		for _, s := range readLabelled(b, f) {
			set = append(set, s)
			size += int64(len(s.text))
		}
	}
	b.SetBytes(size / int64(len(set)))
	loadTables()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Score(set[i%len(set)].text, "")
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
