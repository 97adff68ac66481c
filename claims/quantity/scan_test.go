package quantity

import (
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// hasWordAt compares bytes where it can; it must answer as the comparison
// rune by rune does, with its first-byte shortcut.
func TestHasWordAtMatchesRuneByRune(t *testing.T) {
	words := []string{"and", "cent", "cents", "of", "mao", "fen", "£", "ரூ", "～", "个百分点", "x\u3000y"}
	for _, c := range suffixCurrency {
		words = append(words, c.text)
	}
	for _, a := range approxAfter {
		words = append(words, a.text)
	}
	for _, p := range percentAfter {
		words = append(words, p.text)
	}
	for _, c := range coinsClose {
		words = append(words, c.text)
	}
	for _, r := range ratioWords {
		words = append(words, r.text)
	}
	words = append(words, rangeJoin...)

	// Pieces of text around and inside the words: case, full-width forms,
	// spaces of every width, overlong and cut encodings, letters after.
	pieces := []string{" ", "  ", "\t", "\u3000", "\u00a0", "\u202f", "s", "Ｓ", "x", "1", ".", "元", "年",
		"\xe0\x82\xa3", "\xc2\xa3", "\xe5", "\xe5\x85", "\xef\xbd\x9e", "\xef\xbc\x85", "\xed\xa0\x80", "\xff"}
	rng := rand.New(rand.NewSource(1))
	var texts []string
	for _, w := range words {
		texts = append(texts, w, strings.ToUpper(w), fullWidth(w), w+"s", w+"Ｓ", w[:len(w)-1], strings.ReplaceAll(w, " ", "\u3000"))
		for n := 0; n < 20; n++ {
			var b strings.Builder
			for k := rng.Intn(4); k > 0; k-- {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			}
			switch rng.Intn(3) {
			case 0:
				b.WriteString(w)
			case 1:
				b.WriteString(fullWidth(w))
			default:
				b.WriteString(strings.ToUpper(w))
			}
			for k := rng.Intn(3); k > 0; k-- {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			}
			texts = append(texts, b.String())
		}
	}
	for _, s := range texts {
		for i := 0; i <= len(s); i++ {
			for _, w := range words {
				k, ok := hasWordAt(s, i, w)
				k2, ok2 := hasWordAtByRunes(s, i, w)
				if k != k2 || ok != ok2 {
					t.Fatalf("hasWordAt(%q, %d, %q) = %d, %v; rune by rune %d, %v", s, i, w, k, ok, k2, ok2)
				}
			}
		}
	}
}

// hasWordAtByRunes is hasWordAt without its byte comparison.
func hasWordAtByRunes(s string, i int, w string) (int, bool) {
	if i >= len(s) {
		return i, false
	}
	if c := s[i]; c != 0xEF && lowerByte(c) != w[0] && !(w[0] == ' ' && (c == '\t' || c >= 0x80)) {
		return i, false
	}
	return hasWordRunes(s, i, w)
}

// fullWidth writes the ASCII of s in full-width forms.
func fullWidth(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r > ' ' && r < utf8.RuneSelf {
			r += 0xFEE0
		}
		b.WriteRune(r)
	}
	return b.String()
}

func TestParseDecimalMatchesParseFloat(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	cases := []string{"0", "1", ".5", "0.1", "000123", "9007199254740993", "999999999999999", "1000000000000000", "0.000000000000001", "123456789012.345"}
	for n := 0; n < 200000; n++ {
		var b []byte
		digits := 1 + rng.Intn(20)
		dot := rng.Intn(digits + 1)
		for k := 0; k < digits; k++ {
			if k == dot && k > 0 || dot == 0 && k == 0 && rng.Intn(4) == 0 {
				b = append(b, '.')
			}
			b = append(b, byte('0'+rng.Intn(10)))
		}
		cases = append(cases, string(b))
	}
	for _, c := range cases {
		want, err := strconv.ParseFloat(c, 64)
		got, err2 := parseDecimal([]byte(c))
		if (err == nil) != (err2 == nil) || math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("parseDecimal(%q) = %v, %v; ParseFloat gives %v, %v", c, got, err2, want, err)
		}
	}
}

func TestStartsEnglishNumberKnowsTheStarters(t *testing.T) {
	starters := map[string]bool{"a": true, "an": true, "half": true, "quarter": true, "hundred": true, "dozen": true, "nought": true, "naught": true}
	for w := range enSmall {
		starters[w] = true
	}
	words := []string{"", "A", "An", "ANY", "and", "at", "halves", "Quarterly", "hundreds", "twentyone", "ONE", "One", "oNe", "on", "ones", "zero", "zeros", "seventeen", "seventeens", "ninety", "ninetyy", "thousand", "million"}
	for w := range starters {
		words = append(words, w, strings.ToUpper(w), w+"s", w[:len(w)-1])
	}
	for _, w := range words {
		if got, want := startsEnglishNumber(w), starters[strings.ToLower(w)]; got != want {
			t.Errorf("startsEnglishNumber(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestScaleWordsAreScalesOrAbbreviations(t *testing.T) {
	if len(scaleWords) != len(enScale)+len(enAbbrev) {
		t.Fatalf("enScale and enAbbrev share a word: scaleAt would read it as one of them only")
	}
	for w, m := range scaleWords {
		if enScale[w] != m && enAbbrev[w] != m {
			t.Errorf("scaleWords[%q] = %v, in neither table", w, m)
		}
	}
}

// Find passes over most runes on their bytes alone; it must still stop
// wherever at would read something, overlong forms included.
func TestFindStopsWhereAtReadsAFigure(t *testing.T) {
	for _, c := range []struct {
		name, text string
		value      float64
	}{
		{"overlong 7", "\xe0\x80\xb7", 7},
		{"overlong ½", "\xe0\x82\xbd", 0.5},
		{"two-byte ¼", "¼", 0.25},
		{"full-width 5", "\uff15", 5},
		{"vulgar ⅓", "⅓", 1.0 / 3},
	} {
		qs := Find(c.text)
		if len(qs) != 1 || qs[0].Value != c.value {
			t.Errorf("%s: Find(%q) = %+v, want one figure of %v", c.name, c.text, qs, c.value)
		}
	}
}
