package crawler

import (
	"hash/fnv"
	"math/bits"
	"strings"
	"unicode"
)

// Fingerprint returns a 64-bit SimHash of text: near-identical texts (the
// same story republished with a changed headline, a byline, a footer) get
// fingerprints a few bits apart. Features are lower-cased words for
// alphabetic scripts and character bigrams for Han, Kana and Hangul, which
// are written without spaces; each feature is a shingle of three, so word
// order counts.
func Fingerprint(text string) uint64 {
	toks := tokens(text)
	if len(toks) == 0 {
		return 0
	}
	var v [64]int
	add := func(f string) {
		h := fnv.New64a()
		h.Write([]byte(f))
		x := h.Sum64()
		for i := range 64 {
			if x&(1<<i) != 0 {
				v[i]++
			} else {
				v[i]--
			}
		}
	}
	if len(toks) < shingle {
		add(strings.Join(toks, " "))
	}
	for i := 0; i+shingle <= len(toks); i++ {
		add(strings.Join(toks[i:i+shingle], " "))
	}
	var fp uint64
	for i := range 64 {
		if v[i] > 0 {
			fp |= 1 << i
		}
	}
	return fp
}

// shingle is how many tokens make one feature.
const shingle = 3

// NearBits is how many bits two fingerprints may differ in and still be
// called near duplicates. Manku et al. use 3 for billions of web pages;
// news texts are short (a byline and a footer move a 60-word story 6–7
// bits) and a corpus of thousands tolerates more: unrelated stories sit
// near 32 bits apart, rarely under 20.
const NearBits = 8

// Near reports whether two fingerprints belong to near-duplicate texts.
func Near(a, b uint64) bool { return bits.OnesCount64(a^b) <= NearBits }

func tokens(text string) []string {
	var out []string
	var word []rune
	var prev rune // the previous CJK character, for bigrams
	flush := func() {
		if len(word) > 0 {
			out = append(out, string(word))
			word = word[:0]
		}
	}
	for _, r := range strings.ToLower(text) {
		switch {
		case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
			flush()
			if prev != 0 {
				out = append(out, string([]rune{prev, r}))
			}
			prev = r
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			word = append(word, r)
		default:
			flush()
		}
		prev = 0
	}
	flush()
	return out
}
