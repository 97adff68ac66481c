package sentiment

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/claimwatch/claimwatch"
)

const (
	pos = claimwatch.Positive
	neg = claimwatch.Negative
	neu = claimwatch.Neutral
)

// TestScoreFollowsInvestorRules checks each rule of the package in English,
// Traditional and Simplified Chinese; every case names the rule it holds.
func TestScoreFollowsInvestorRules(t *testing.T) {
	cases := []struct {
		name, lang, text, want string
	}{
		// A quantity wanted lower, falling or rising.
		{"en loss narrowed", "en", "Net loss narrowed to $2 million.", pos},
		{"en losses doubled", "en", "Losses doubled to $540 million.", neg},
		{"en loss widened", "en", "The net loss widened to $5 billion.", neg},
		{"en costs fell", "en", "Operating costs fell 12%.", pos},
		{"en costs surged", "en", "Operating costs surged 60%.", neg},
		{"en debt repaid", "en", "The debt was repaid in full.", pos},
		{"en repaid its debt", "en", "The company repaid its debt.", pos},
		{"en deficit shrank", "en", "The deficit shrank.", pos},
		{"hant loss doubled", "zh", "虧損翻了一番", neg},
		{"hans loss doubled", "zh", "亏损翻了一番", neg},
		{"hant loss narrowed", "zh", "淨虧損收窄至2億美元", pos},
		{"hans loss narrowed", "zh", "净亏损收窄至2亿美元", pos},
		{"hant loss widened", "zh", "虧損擴大", neg},
		{"hans cost fell", "zh", "成本下降", pos},
		{"hant cost fell", "zh", "成本下降", pos},
		{"hans cost rose", "zh", "成本增加", neg},
		{"hant debt reduced", "zh", "債務減少", pos},
		{"hans verb before object", "zh", "公司降低了成本", pos},
		// A quantity wanted higher, falling or rising.
		{"en revenue rose", "en", "Revenue rose 20%.", pos},
		{"en revenue fell", "en", "Revenue fell 20%.", neg},
		{"en users declined", "en", "Monthly users declined.", neg},
		{"en rising costs before the noun", "en", "Rising costs hurt the quarter.", neg},
		{"hans users fell", "zh", "用户数量下降", neg},
		{"hant users fell", "zh", "用戶數量下降", neg},
		{"hant revenue grew", "zh", "營收增長", pos},
		{"hans profit fell", "zh", "利润下降", neg},
		{"hans paid users not fee", "zh", "付费用户数量增加", pos},
		// A movement that changes a movement.
		{"en growth slowed", "en", "Revenue growth slowed.", neg},
		{"hans growth slowed", "zh", "营收增长放缓", neg},
		{"hant growth accelerated", "zh", "收入增長加速", pos},
		{"en decline accelerated", "en", "The decline accelerated.", neg},
		// A noun that only qualifies the next.
		{"en debt rating cut", "en", "Moody's cut the company's debt rating.", neg},
		{"hans debt rating cut", "zh", "穆迪下调了该公司的债务评级", neg},
		// Evaluative words.
		{"en bankruptcy", "en", "The startup filed for bankruptcy.", neg},
		{"en oversubscribed", "en", "The round was oversubscribed.", pos},
		{"hant oversubscribed", "zh", "融資超額認購", pos},
		{"hans oversubscribed", "zh", "融资超额认购", pos},
		{"hans bankruptcy hedged", "zh", "可能在2024年底宣告破产", neg},
		{"hant bankruptcy hedged", "zh", "可能在2024年底宣告破產", neg},
		{"hant layoffs", "zh", "該公司宣佈裁員", neg},
		// Negation.
		{"en not profitable", "en", "The company is not profitable.", neg},
		{"en no longer expects a loss", "en", "The company no longer expects a loss.", pos},
		{"en never profitable", "en", "It has never been profitable.", neg},
		{"en didn't rise", "en", "Revenue didn't rise.", neg},
		{"en failed to secure funding", "en", "It failed to secure funding.", neg},
		{"hant not profitable", "zh", "公司並非盈利", neg},
		{"hans not profitable", "zh", "公司并非盈利", neg},
		{"hant never profitable", "zh", "公司從未盈利", neg},
		{"hans no profit", "zh", "公司没有盈利", neg},
		{"hant no profit", "zh", "公司沒有盈利", neg},
		{"hans not yet profitable", "zh", "公司未盈利", neg},
		{"hans not expecting loss", "zh", "公司不再预计出现亏损", pos},
		{"hans no profit with 无", "zh", "公司无盈利", neg},
		{"hans future is not negation", "zh", "未来营收增长", pos},
		{"hans constantly is not negation", "zh", "营收不断增长", pos},
		// Hedges dampen, they do not cancel.
		{"en may run out of cash", "en", "The company may run out of cash.", neg},
		{"hans cash may run out", "zh", "公司现金可能耗尽", neg},
		// Contrast: the clause after but weighs more.
		{"en revenue rose but cash", "en", "Revenue rose but the company may run out of cash.", neg},
		{"en however losses widened", "en", "Revenue grew slightly, however losses widened sharply.", neg},
		{"en although costs rose", "en", "Although costs rose, revenue grew much faster.", pos},
		{"hans but cash", "zh", "营收虽然增长，但是公司现金可能耗尽", neg},
		{"hant however losses", "zh", "營收增長，然而虧損持續擴大", neg},
		{"hans although costs rose", "zh", "尽管成本上升，但营收增长更快", pos},
		// Neutral factual reports.
		{"en revenue figure", "en", "The company reported revenue of $3.7 billion in 2024.", neu},
		{"en cost figure", "en", "ChatGPT costs $700,000 a day to run.", neu},
		{"hant cost figure", "zh", "據報道，ChatGPT每天的運營成本為70萬美元", neu},
		{"hans cost figure", "zh", "据报道，ChatGPT每天的运营成本为70万美元", neu},
		{"hans no evaluative word", "zh", "百度未披露该项目的成本", neu},
		{"en empty", "en", "", neu},
		// Language detection when no hint is given.
		{"detect zh", "", "虧損翻了一番", neg},
		{"detect zh with names", "", "OpenAI的虧損擴大", neg},
		{"detect en", "", "Losses doubled.", neg},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, reasons := Explain(c.text, c.lang)
			if got.Label != c.want {
				t.Errorf("Score(%q) = %+v, want %s; reasons %+v", c.text, got, c.want, reasons)
			}
			if s := Score(c.text, c.lang); s != got {
				t.Errorf("Score = %+v, Explain = %+v", s, got)
			}
		})
	}
}

// TestIntensityAndHedgeMoveTheScore compares pairs that differ by one word.
func TestIntensityAndHedgeMoveTheScore(t *testing.T) {
	cases := []struct {
		name, lang, weaker, stronger string
	}{
		{"en sharply", "en", "Losses widened.", "Losses widened sharply."},
		{"en significantly", "en", "Revenue rose.", "Revenue rose significantly."},
		{"en slightly", "en", "Revenue rose slightly.", "Revenue rose."},
		{"en may", "en", "The company may default.", "The company defaulted."},
		{"hans 大幅", "zh", "成本增加", "成本大幅增加"},
		{"hant 急劇", "zh", "成本上升", "成本急劇上升"},
		{"hant 可能", "zh", "公司可能破產", "公司破產"},
		{"hans 小幅", "zh", "营收小幅增长", "营收增长"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, s := Score(c.weaker, c.lang), Score(c.stronger, c.lang)
			if abs(w.Score) >= abs(s.Score) || w.Score*s.Score <= 0 {
				t.Errorf("|%q| = %v should be below |%q| = %v, same sign", c.weaker, w.Score, c.stronger, s.Score)
			}
		})
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// TestBothScriptsScoreAlike runs Traditional and Simplified forms of the
// same sentences and wants the same score.
func TestBothScriptsScoreAlike(t *testing.T) {
	pairs := [][2]string{
		{"今年5月其虧損還翻了一番,達到了5.4億美元", "今年5月其亏损还翻了一番,达到了5.4亿美元"},
		{"用戶數量連續三個月下降", "用户数量连续三个月下降"},
		{"新一輪融資獲得超額認購", "新一轮融资获得超额认购"},
		{"儘管成本上升，但營收增長更快", "尽管成本上升，但营收增长更快"},
	}
	for _, p := range pairs {
		if a, b := Score(p[0], "zh"), Score(p[1], "zh"); a != b || a.Score == 0 {
			t.Errorf("%q = %+v, %q = %+v", p[0], a, p[1], b)
		}
	}
}

func TestExplainNamesTheRules(t *testing.T) {
	cases := []struct {
		name, lang, text, word, rule string
	}{
		{"direction", "en", "Net loss narrowed to $2 million.", "narrowed", "direction: Net loss down"},
		{"negation", "en", "The company is not profitable.", "profitable", "negation: not"},
		{"intensity", "zh", "成本大幅增加", "增加", "intensity ×1.5: 大幅"},
		{"hedge", "zh", "可能宣告破產", "宣告破產", "hedge ×0.6: 可能"},
		{"contrast", "en", "Revenue rose but losses widened.", "widened", "after contrast ×1.5: but"},
		{"original script kept", "zh", "虧損擴大", "擴大", "direction: 虧損 up"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, reasons := Explain(c.text, c.lang)
			for _, r := range reasons {
				if r.Text == c.word {
					for _, rule := range r.Rules {
						if rule == c.rule {
							return
						}
					}
				}
			}
			t.Errorf("Explain(%q) = %+v, want %q with rule %q", c.text, reasons, c.word, c.rule)
		})
	}
}

func TestArticleAggregatesSentences(t *testing.T) {
	cases := []struct {
		name, lang, text, want string
	}{
		{"mostly neutral with one bad sentence", "en",
			"OpenAI was founded in 2015. It is based in San Francisco.\nLosses doubled to $5 billion and the company may run out of cash.", neg},
		{"neutral report", "en",
			"The company reported revenue of $3.7 billion in 2024. The figures were published on Monday. Its fiscal year ends in December.", neu},
		{"chinese good news", "zh",
			"OpenAI成立於2015年。今年虧損收窄，營收大幅增長。融資獲得超額認購！", pos},
		{"decimal does not split", "en", "Revenue rose to $3.7 billion.", pos},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Article(c.text, c.lang); got.Label != c.want {
				t.Errorf("Article = %+v, want %s", got, c.want)
			}
		})
	}
}

func TestSentencesSplitsOnEndMarks(t *testing.T) {
	got := Sentences("Revenue was $3.7 billion. Costs rose! 虧損擴大。用戶增加？Done\nnext line")
	want := []string{"Revenue was $3.7 billion.", "Costs rose!", "虧損擴大。", "用戶增加？", "Done", "next line"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Sentences = %q, want %q", got, want)
	}
}

func TestLabelThresholds(t *testing.T) {
	cases := []struct {
		score float64
		want  string
	}{
		{0, neu}, {Threshold, pos}, {-Threshold, neg}, {Threshold - 0.01, neu}, {2, pos}, {-2, neg},
	}
	for _, c := range cases {
		if got := Label(c.score); got.Label != c.want || got.Score > 1 || got.Score < -1 {
			t.Errorf("Label(%v) = %+v, want %s", c.score, got, c.want)
		}
	}
}

// TestScoreIsSafeForConcurrentUse is meant for go test -race.
func TestScoreIsSafeForConcurrentUse(t *testing.T) {
	texts := []string{"Losses doubled.", "虧損翻了一番", "营收增长", "Revenue rose but costs surged."}
	want := make([]claimwatch.Sentiment, len(texts))
	for i, s := range texts {
		want[i] = Score(s, "")
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				k := i % len(texts)
				if got := Score(texts[k], ""); got != want[k] {
					t.Errorf("Score(%q) = %+v, want %+v", texts[k], got, want[k])
					return
				}
			}
		}()
	}
	wg.Wait()
}

// TestLexiconsParse guards the embedded files: a bad line would panic at
// first use in production.
func TestLexiconsParse(t *testing.T) {
	tb := loadTables()
	if len(tb.en.entries) < 300 || len(tb.zh.entries) < 200 {
		t.Errorf("lexicons too small: en %d, zh %d", len(tb.en.entries), len(tb.zh.entries))
	}
	for k := range tb.zh.entries {
		if k != tb.foldString(k) {
			t.Errorf("zh key %q is not folded", k)
		}
	}
	if _, err := parseLexicon("lexicon/en.tsv", func(s string) (string, int) { return s, len(strings.Fields(s)) }); err != nil {
		t.Error(err)
	}
}

func TestTowardScoresOnlyTheClausesNamingTheEntity(t *testing.T) {
	text := "Meta's revenue soared. OpenAI's losses widened sharply.\nMeta's revenue soared, but OpenAI's losses widened."
	cases := []struct {
		name, lang, text string
		names            []string
		want             string
	}{
		{"openai negative", "en", text, []string{"OpenAI", "ChatGPT"}, neg},
		{"meta positive", "en", text, []string{"Meta"}, pos},
		{"not named is neutral", "en", text, []string{"Anthropic"}, neu},
		{"AI inside OpenAI is not a mention", "en", "OpenAI's losses widened.", []string{"AI"}, neu},
		{"hant names simplified text", "zh", "微软营收大幅增长，但是谷歌的亏损扩大。", []string{"微軟"}, pos},
		{"hans names traditional text", "zh", "微軟營收大幅增長，但是谷歌的虧損擴大。", []string{"谷歌"}, neg},
		{"no names", "en", text, nil, neu},
		{"however as an aside stays in the clause", "en", "Meta's profit soared. OpenAI, however, may run out of cash as losses widened sharply.", []string{"OpenAI"}, neg},
		{"however as an aside does not leak to the other", "en", "Meta's profit soared. OpenAI, however, may run out of cash as losses widened sharply.", []string{"Meta"}, pos},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Toward(c.text, c.lang, c.names...); got.Label != c.want {
				t.Errorf("Toward(%v) = %+v, want %s", c.names, got, c.want)
			}
		})
	}
}
