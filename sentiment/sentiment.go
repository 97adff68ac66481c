// Package sentiment scores financial news as an investor reads it, in English
// and in Chinese (Traditional and Simplified through one lexicon).
//
// A general word list gets financial news wrong: "net loss narrowed" holds the
// bad word "loss" and is good news. So the lexicons (lexicon/en.tsv and
// lexicon/zh.tsv, written for claimwatch) sort words into quantities an
// investor wants higher (revenue, 用戶) or lower (loss, 成本), words for going
// up or down, evaluative words (bankruptcy, 超額認購), negations, intensifiers,
// hedges and contrasts; a quantity paired with a direction scores by both
// ("losses doubled" is bad, "成本下降" good). Chinese is matched by longest
// match over the text, with no need for word boundaries.
//
// Every function is safe for concurrent use; the tables are built once, on
// first use.
package sentiment

import (
	"strings"
	"unicode"

	"github.com/claimwatch/claimwatch"
)

// Score returns the sentiment of one sentence or short text. lang is "en" or
// "zh" (any "zh-…" or "en-…" tag works); "" detects the language from the
// share of Han characters.
func Score(text, lang string) claimwatch.Sentiment {
	raw, _, _ := analyze(text, isChinese(text, lang), false, nil)
	return Label(squash(raw))
}

// Explain is Score with the reasons: each entry that moved the score, the
// amount it added to the sum before squashing, and the rules that changed it
// (negation, intensity, hedge, contrast, the direction of a quantity).
func Explain(text, lang string) (claimwatch.Sentiment, []Reason) {
	raw, reasons, _ := analyze(text, isChinese(text, lang), true, nil)
	return Label(squash(raw)), reasons
}

// Article returns the sentiment of a whole article: the mean of its
// sentences' scores, where a sentence with no evaluative word counts a
// quarter, because news is mostly neutral reporting and a few opinionated
// sentences carry its tone, yet a long neutral report should still pull an
// odd remark toward neutral.
func Article(text, lang string) claimwatch.Sentiment {
	return aggregate(text, lang, nil)
}

// Toward returns the sentiment of text toward one organization, known by any
// of names ("OpenAI", "ChatGPT", "開放人工智能"): only the sentences that name
// it count, and within them only the clauses that do, so in "Meta's revenue
// soared, but OpenAI's losses widened" OpenAI gets the second clause alone.
// A text that never names it is neutral.
func Toward(text, lang string, names ...string) claimwatch.Sentiment {
	if len(names) == 0 {
		return Label(0)
	}
	return aggregate(text, lang, names)
}

// aggregate is Article over the sentences (and clauses) that name one of
// names, or over all sentences when names is nil.
func aggregate(text, lang string, names []string) claimwatch.Sentiment {
	zh := isChinese(text, lang)
	sum, weight := 0.0, 0.0
	for _, s := range Sentences(text) {
		raw, _, mentioned := analyze(s, zh, false, names)
		if !mentioned {
			continue
		}
		if raw == 0 {
			weight += 0.25
			continue
		}
		sum += squash(raw)
		weight++
	}
	if weight == 0 {
		return Label(0)
	}
	return Label(sum / weight)
}

// Label gives a score its label: positive at Threshold or above, negative at
// -Threshold or below, neutral between. Scores are clamped to [-1, 1].
func Label(score float64) claimwatch.Sentiment {
	switch {
	case score != score: // NaN
		score = 0
	case score > 1:
		score = 1
	case score < -1:
		score = -1
	}
	s := claimwatch.Sentiment{Label: claimwatch.Neutral, Score: round(score)}
	switch {
	case s.Score >= Threshold:
		s.Label = claimwatch.Positive
	case s.Score <= -Threshold:
		s.Label = claimwatch.Negative
	}
	return s
}

// Sentences splits text after 。！？.!? and at line ends. A '.' between
// digits ("$3.7 billion") or followed by a letter or digit ("U.S.") does not
// end a sentence.
func Sentences(text string) []string {
	var out []string
	start := 0
	add := func(end int) {
		if s := strings.TrimSpace(text[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	for i, r := range text {
		switch r {
		case '\n':
			add(i)
		case '。', '！', '？', '!', '?':
			add(i + len(string(r)))
		case '.':
			if i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\t' || text[i+1] == '\r' || text[i+1] == '"' {
				add(i + 1)
			}
		}
	}
	add(len(text))
	return out
}

// isChinese decides the language: the hint when it names one, otherwise
// Chinese when Han characters are at least a third as many as Latin letters,
// since a Chinese word is one or two characters and an English one five letters.
func isChinese(text, lang string) bool {
	switch {
	case strings.HasPrefix(lang, "zh"):
		return true
	case strings.HasPrefix(lang, "en"):
		return false
	}
	han, latin := 0, 0
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case r < 0x80 && unicode.IsLetter(r):
			latin++
		}
	}
	return han > 0 && 3*han >= latin
}
