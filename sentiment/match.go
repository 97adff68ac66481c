package sentiment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// unit is the smallest thing the lexicon matches: a word in English, a
// character (or a run of ASCII letters and digits) in Chinese. start and end
// index the normalized text, ostart and oend the original.
type unit struct {
	start, end   int
	ostart, oend int
	brk          bool // punctuation that ends a segment: , ; : ( ) and the like
}

// text is a sentence cut into units over one normalized buffer, laid out so
// that the key of any run of units is one slice of the buffer: English words
// are joined by single spaces, Chinese characters follow each other.
type text struct {
	orig  string
	norm  []byte
	units []unit
}

// breakRunes end a segment: negation, intensity, hedges and the pairing of a
// quantity with its direction stay within one.
var breakRunes = map[rune]bool{
	',': true, ';': true, ':': true, '(': true, ')': true, '[': true, ']': true,
	'.': true, '!': true, '?': true, '"': true, '—': true, '–': true,
	'，': true, '；': true, '：': true, '（': true, '）': true, '、': true,
	'。': true, '！': true, '？': true, '「': true, '」': true, '“': true, '”': true,
	'《': true, '》': true, '\n': true,
}

// splitEnglish cuts s into lower-case words and break marks. A '.' or ','
// between digits stays in the number; an apostrophe stays in the word, and a
// possessive 's is dropped so "company's" is "company".
func splitEnglish(s string) text {
	t := text{orig: s, norm: make([]byte, 0, len(s)+8)}
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case isWordRune(r):
			start := i
			for i < len(s) {
				r, size := utf8.DecodeRuneInString(s[i:])
				if isWordRune(r) || r == '\'' || r == '’' ||
					((r == '.' || r == ',') && i > start && isDigitAt(s, i-1) && isDigitAt(s, i+1)) {
					i += size
					continue
				}
				break
			}
			t.addWord(s[start:i], start, i)
		case breakRunes[r]:
			t.addUnit(string(r), i, i+size, true)
			i += size
		default:
			i += size
		}
	}
	return t
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' || r == '%'
}

func isDigitAt(s string, i int) bool {
	return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9'
}

// addWord appends one English word, lower-cased, with apostrophes unified.
func (t *text) addWord(w string, ostart, oend int) {
	if len(t.units) > 0 {
		t.norm = append(t.norm, ' ')
	}
	start := len(t.norm)
	for _, r := range w {
		if r == '’' {
			r = '\''
		}
		t.norm = utf8.AppendRune(t.norm, unicode.ToLower(r))
	}
	n := t.norm[start:]
	switch {
	case len(n) > 3 && string(n[len(n)-3:]) == "n't":
		// didn't, isn't, can't: the negation is what matters.
		t.norm = append(t.norm[:start], "not"...)
	case len(n) > 2 && string(n[len(n)-2:]) == "'s":
		t.norm = t.norm[:len(t.norm)-2]
	}
	t.units = append(t.units, unit{start: start, end: len(t.norm), ostart: ostart, oend: oend})
}

func (t *text) addUnit(s string, ostart, oend int, brk bool) {
	if len(t.units) > 0 {
		t.norm = append(t.norm, ' ')
	}
	start := len(t.norm)
	t.norm = append(t.norm, s...)
	t.units = append(t.units, unit{start: start, end: len(t.norm), ostart: ostart, oend: oend, brk: brk})
}

// splitChinese cuts s into folded characters; a run of ASCII letters and
// digits (a name, a figure) is one unit, so "5.4億美元" is not ten units apart.
func splitChinese(s string, tb *tables) text {
	t := text{orig: s, norm: make([]byte, 0, len(s)+8)}
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		f := tb.fold(r)
		switch {
		case isASCIIWord(f):
			start, nstart := i, len(t.norm)
			for i < len(s) {
				r, size := utf8.DecodeRuneInString(s[i:])
				f := tb.fold(r)
				if !isASCIIWord(f) && !(f == '.' && i > start && isDigitAt(s, i+1)) {
					break
				}
				t.norm = utf8.AppendRune(t.norm, f)
				i += size
			}
			t.units = append(t.units, unit{start: nstart, end: len(t.norm), ostart: start, oend: i})
		case f == ' ' || f == '\t' || f == '\r' || !unicode.IsGraphic(f):
			i += size
		default:
			nstart := len(t.norm)
			t.norm = utf8.AppendRune(t.norm, f)
			t.units = append(t.units, unit{start: nstart, end: len(t.norm), ostart: i, oend: i + size, brk: breakRunes[f]})
			i += size
		}
	}
	return t
}

func isASCIIWord(r rune) bool {
	return r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '$' || r == '%')
}

// match is one lexicon entry found in a text, over units [from, to).
type match struct {
	entry
	from, to int
}

// find returns the lexicon entries of t, left to right, each the longest that
// starts at its position; an entry never spans a break. English single words
// are also tried without a plain suffix when they are not listed as written.
func find(t *text, lx *lexicon, english bool, out []match) []match {
	n := len(t.units)
	for i := 0; i < n; {
		if t.units[i].brk {
			i++
			continue
		}
		found := false
		first := t.norm[t.units[i].start:t.units[i].end]
		maxK := min(lx.maxUnits, n-i)
		if !lx.starts[string(first)] {
			// No entry begins here; only an inflected English word can match.
			maxK = 0
			if english {
				if e, ok := stemLookup(first, lx); ok {
					out = append(out, match{entry: e, from: i, to: i + 1})
					i++
					continue
				}
			}
		}
		for k := maxK; k >= 1; k-- {
			if t.units[i+k-1].brk {
				continue
			}
			key := t.norm[t.units[i].start:t.units[i+k-1].end]
			e, ok := lx.entries[string(key)]
			if !ok && k == 1 && english {
				e, ok = stemLookup(key, lx)
			}
			if ok && !english && longerInside(t, lx, i, k) {
				// 付费用户: 费用 (cost) must yield to 用户数 (users).
				break
			}
			if ok {
				out = append(out, match{entry: e, from: i, to: i + k})
				i += k
				found = true
				break
			}
		}
		if !found {
			i++
		}
	}
	return out
}

// longerInside reports whether an entry starting inside units [i, i+k) runs
// longer than k: Chinese has no spaces, and a greedy left match can eat the
// first character of the word the sentence is about.
func longerInside(t *text, lx *lexicon, i, k int) bool {
	n := len(t.units)
	for s := i + 1; s < i+k; s++ {
		if !lx.starts[string(t.norm[t.units[s].start:t.units[s].end])] {
			continue
		}
		for l := min(lx.maxUnits, n-s); l > k; l-- {
			if t.units[s+l-1].brk {
				continue
			}
			if _, ok := lx.entries[string(t.norm[t.units[s].start:t.units[s+l-1].end])]; ok && s+l > i+k {
				return true
			}
		}
	}
	return false
}

// suffixes are tried in order on a word missing from the lexicon: the plural
// and tense endings that regular verbs and nouns take. add is put back after
// cutting, so "raised" finds "raise" and "subsidies" finds "subsidy".
var suffixes = []struct{ cut, add string }{
	{"ies", "y"}, {"es", ""}, {"s", ""},
	{"ed", ""}, {"ed", "e"}, {"d", ""},
	{"ing", ""}, {"ing", "e"},
}

func stemLookup(w []byte, lx *lexicon) (entry, bool) {
	var buf [64]byte
	if len(w) < 4 || len(w) > len(buf) {
		return entry{}, false
	}
	for _, s := range suffixes {
		if len(w)-len(s.cut) < 3 || string(w[len(w)-len(s.cut):]) != s.cut {
			continue
		}
		stem := w[:len(w)-len(s.cut)]
		if e, ok := lx.entries[string(append(append(buf[:0], stem...), s.add...))]; ok {
			return e, true
		}
		// A doubled final consonant: slipped → slip, widening → widen is
		// already covered above.
		if s.add == "" && (s.cut == "ed" || s.cut == "ing") && len(stem) > 3 && stem[len(stem)-1] == stem[len(stem)-2] {
			if e, ok := lx.entries[string(stem[:len(stem)-1])]; ok {
				return e, true
			}
		}
	}
	return entry{}, false
}

// attributive reports whether an English direction word usually stands before
// its noun ("rising costs", "lower prices") rather than after it.
func attributive(w string) bool {
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "er")
}
