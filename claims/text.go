package claims

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/liuzl/gocc"
)

// t2s maps a Traditional character to its Simplified form when both take the
// same number of UTF-8 bytes, so a folded text keeps every byte offset of the
// original and keyword tables need only one script.
var (
	t2sOnce sync.Once
	t2s     map[rune]rune
)

func loadT2S() {
	t2sOnce.Do(func() {
		t2s = make(map[rune]rune, 4096)
		cc, err := gocc.New("t2s")
		if err != nil {
			return // without the table, Simplified aliases still match
		}
		// One call over every CJK character, one per line, so phrase
		// entries cannot join neighbours.
		var b strings.Builder
		for r := rune(0x3400); r <= 0x9FFF; r++ {
			b.WriteRune(r)
			b.WriteByte('\n')
		}
		out, err := cc.Convert(b.String())
		if err != nil {
			return
		}
		lines := strings.Split(out, "\n")
		r := rune(0x3400)
		for _, l := range lines {
			if r > 0x9FFF {
				break
			}
			if s, w := utf8.DecodeRuneInString(l); w == len(l) && s != r && utf8.RuneLen(s) == utf8.RuneLen(r) {
				t2s[r] = s
			}
			r++
		}
	})
}

// fold returns s with ASCII lower-cased, full-width ASCII made half-width
// where the width allows it (it does not: both forms keep their byte length,
// so full-width stays), and Traditional characters made Simplified; the result
// has exactly the byte offsets of s.
func fold(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if m, ok := t2s[r]; ok {
			b = utf8.AppendRune(b, m)
		} else {
			b = append(b, s[i:i+w]...)
		}
		i += w
	}
	return string(b)
}

// span is a byte range of the text.
type span struct{ start, end int }

// sentences splits text into sentences: at 。！？；!?; , at ". " and at line
// ends. A period between digits or letters (5.4, U.S.) does not end one.
func sentences(s string) []span {
	var out []span
	start := 0
	emit := func(end int) {
		a, b := start, end
		for a < b && isBlank(s[a]) {
			a++
		}
		for b > a && isBlank(s[b-1]) {
			b--
		}
		if b > a {
			out = append(out, span{a, b})
		}
		start = end
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch c {
			case '\n', '!', '?', ';':
				emit(i + 1)
			case '.':
				if i+1 >= len(s) || s[i+1] == ' ' || s[i+1] == '\n' || s[i+1] == '"' {
					// "U.S. officials": a one-letter word before the dot is an
					// abbreviation, not a sentence end.
					if !(i >= 2 && isUpper(s[i-1]) && (s[i-2] == '.' || s[i-2] == ' ')) {
						emit(i + 1)
					}
				}
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		switch r {
		case '。', '！', '？', '；':
			emit(i)
		}
	}
	emit(len(s))
	return out
}

// clauseAround returns the clause of sentence sp holding byte p: split at
// commas, colons and the like (a comma between digits is a thousands
// separator).
func clauseAround(s string, sp span, p int) span {
	a, b := sp.start, sp.end
	for i := p - 1; i > sp.start; i-- {
		if isClauseMark(s, i) {
			a = i + 1
			break
		}
	}
	for i := p; i < sp.end; i++ {
		if isClauseMark(s, i) {
			b = i
			break
		}
	}
	// Walk a rune boundary: a may sit inside a multi-byte mark's tail.
	for a < len(s) && a > sp.start && !utf8.RuneStart(s[a]) {
		a++
	}
	return span{a, b}
}

func isClauseMark(s string, i int) bool {
	c := s[i]
	switch c {
	case ',':
		return !(i > 0 && i+1 < len(s) && isDigitByte(s[i-1]) && isDigitByte(s[i+1]))
	case ':':
		return !(i > 0 && i+1 < len(s) && isDigitByte(s[i-1]) && isDigitByte(s[i+1]))
	}
	if c >= 0x80 && utf8.RuneStart(c) {
		r, _ := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '，', '：', '、':
			return true
		}
	}
	return false
}

func isBlank(c byte) bool    { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
func isUpper(c byte) bool    { return c >= 'A' && c <= 'Z' }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// langOf says whether a quote is Chinese or English: any Han character in it
// makes it Chinese, since English quotes in Chinese articles hold none.
func langOf(s string) string {
	han := 0
	for _, r := range s {
		if r >= 0x4E00 && r <= 0x9FFF {
			han++
			if han >= 2 {
				return "zh"
			}
		}
	}
	return "en"
}

// hits finds every occurrence of the words of a table in a folded text
// range. ASCII words must stand alone (no letter or digit on either side).
type hit struct {
	start, end int
	word       string
}

func findWords(norm string, sp span, words []string) []hit {
	var out []hit
	seg := norm[sp.start:sp.end]
	for _, w := range words {
		for off := 0; ; {
			k := strings.Index(seg[off:], w)
			if k < 0 {
				break
			}
			a := sp.start + off + k
			b := a + len(w)
			off += k + len(w)
			if isWordByte(w[0]) && a > 0 && isWordByte(norm[a-1]) {
				continue
			}
			if isWordByte(w[len(w)-1]) && b < len(norm) && isWordByte(norm[b]) {
				// Allow English plurals and verb forms: "user" finds "users".
				if !(norm[b] == 's' && (b+1 >= len(norm) || !isWordByte(norm[b+1]))) {
					continue
				}
				b++
			}
			out = append(out, hit{a, b, w})
		}
	}
	return out
}
