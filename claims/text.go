package claims

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/liuzl/gocc"
)

// t2s maps a Traditional character to its Simplified form when both take the
// same number of UTF-8 bytes, so a folded text keeps every byte offset of the
// original and keyword tables need only one script.
var (
	t2sOnce sync.Once
	t2s     []uint16 // indexed by rune below 1<<16; 0 where nothing changes
)

func loadT2S() {
	t2sOnce.Do(func() {
		table := make([]uint16, 1<<16)
		defer func() { t2s = table }()
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
			if s, w := utf8.DecodeRuneInString(l); w == len(l) && s != r && s < 1<<16 && utf8.RuneLen(s) == utf8.RuneLen(r) {
				table[r] = uint16(s)
			}
			r++
		}
	})
}

// fold returns s with ASCII lower-cased and Traditional characters made
// Simplified, byte for byte: the result has exactly the offsets of s, so a
// word found in it is found in s at the same place. (Full-width forms stay
// as they are, since folding them would change their length; package
// quantity reads those itself.)
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
		r, w := decode(s, i)
		if r < rune(len(t2s)) && t2s[r] != 0 {
			b = utf8.AppendRune(b, rune(t2s[r]))
		} else {
			b = append(b, s[i:i+w]...)
		}
		i += w
	}
	// b is not used again: the string shares its bytes instead of copying.
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// decode returns the rune at s[i] and its width, decoding three-byte runes
// (all of CJK) inline because it runs for every character of a text.
func decode(s string, i int) (rune, int) {
	b := s[i]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	if b >= 0xE0 && b < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		return rune(b&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
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
			case '\n', '!', '?':
				emit(i + 1)
			case '.':
				if i+1 >= len(s) || s[i+1] == ' ' || s[i+1] == '\n' || s[i+1] == '"' {
					// "U.S. officials": a one-letter word before the dot is an
					// abbreviation, not a sentence end.
					if !(i >= 2 && isUpper(s[i-1]) && (s[i-2] == '.' || s[i-2] == ' ')) && !abbreviation(s, i) {
						emit(i + 1)
					}
				}
			}
			i++
			continue
		}
		r, w := decode(s, i)
		i += w
		switch r {
		case '。', '！', '？':
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
	case ';':
		return true
	}
	if strings.HasPrefix(s[i:], "——") {
		return true // "得益于训练开支的控制——上半年…": the dash opens a new clause
	}
	if c >= 0x80 && utf8.RuneStart(c) {
		r, _ := decode(s, i)
		switch r {
		case '，', '：', '、', '；':
			return true
		}
	}
	return false
}

func isBlank(c byte) bool     { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }
func isUpper(c byte) bool     { return c >= 'A' && c <= 'Z' }
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

// hit is one occurrence of a table word in a folded text.
type hit struct {
	start, end int
	word       string
}

// runeSet is a bitmap of Basic Multilingual Plane runes: a test that costs
// a shift, asked of every character of a text.
type runeSet [1 << 16 / 64]uint64

func (b *runeSet) add(r rune) {
	if r >= 0 && r < 1<<16 {
		b[r>>6] |= 1 << (r & 63)
	}
}

func (b *runeSet) has(r rune) bool {
	return r >= 0 && r < 1<<16 && b[r>>6]&(1<<(r&63)) != 0
}

// wordSet is a word table indexed by first rune, so finding its words in a
// span costs a bitmap test per character whatever the table's size.
type wordSet struct {
	id     int // index in allSets
	first  runeSet
	ascii  [utf8.RuneSelf][]string // words by first byte, longest first
	byRune map[rune][]string       // words by first (non-ASCII) rune, longest first
}

func newWordSet(words ...[]string) *wordSet {
	ws := &wordSet{id: len(allSets), byRune: map[rune][]string{}}
	allSets = append(allSets, ws)
	for _, list := range words {
		for _, w := range list {
			if w != "" {
				r, _ := utf8.DecodeRuneInString(w)
				ws.first.add(r)
			}
		}
	}
	seen := map[string]bool{}
	for _, list := range words {
		for _, w := range list {
			if w == "" || seen[w] {
				continue
			}
			seen[w] = true
			if w[0] < utf8.RuneSelf {
				ws.ascii[w[0]] = append(ws.ascii[w[0]], w)
				continue
			}
			r, _ := decode(w, 0)
			ws.byRune[r] = append(ws.byRune[r], w)
		}
	}
	less := func(l []string) func(i, j int) bool {
		return func(i, j int) bool { return len(l[i]) > len(l[j]) || len(l[i]) == len(l[j]) && l[i] < l[j] }
	}
	for _, l := range ws.ascii {
		sort.Slice(l, less(l))
	}
	for _, l := range ws.byRune {
		sort.Slice(l, less(l))
	}
	return ws
}

// find returns every occurrence of the set's words in norm[sp], all lengths
// at each position (a caller may prefer a shorter, nearer word). ASCII words
// must stand alone (no letter or digit on either side); an English word
// also finds its plural ("user" finds "users").
func (ws *wordSet) find(norm string, sp span) []hit {
	var out []hit
	for i := sp.start; i < sp.end; {
		c := norm[i]
		var words []string
		w := 1
		if c < utf8.RuneSelf {
			words = ws.ascii[c]
			if words == nil || isWordByte(c) && i > 0 && isWordByte(norm[i-1]) {
				// Not a first character, or inside an English word.
				i++
				continue
			}
		} else {
			var r rune
			r, w = decode(norm, i)
			if !ws.first.has(r) {
				i += w
				continue
			}
			words = ws.byRune[r]
		}
		for _, word := range words {
			if b, ok := wordAt(norm, i, word, sp.end); ok {
				out = append(out, hit{i, b, word})
			}
		}
		i += w
	}
	return out
}

// allSets are the word sets made, in order; union finds the words of the
// first 64 in one pass.
var (
	allSets   []*wordSet
	unionOnce sync.Once
	union     *unionSet
)

// unionSet is every word of several sets, each word with the sets holding
// it, indexed like a wordSet.
type unionSet struct {
	first runeSet
	n     int                      // the sets covered: allSets[:n]
	ascii [utf8.RuneSelf][]setWord // words by first byte
	// The words of two bytes or more by their first two bytes, then the
	// words of one byte: at a first byte, only these can match.
	ascii2 [utf8.RuneSelf]*[256][]setWord
	ascii1 [utf8.RuneSelf][]setWord
	byRune map[rune][]setWord
}

type setWord struct {
	word string
	sets uint64
}

// setHit is a hit of a unionSet: a hit for each set in sets.
type setHit struct {
	hit
	sets uint64
}

func unionOfSets() *unionSet {
	unionOnce.Do(func() {
		u := &unionSet{n: min(len(allSets), 64), byRune: map[rune][]setWord{}}
		masks := map[string]uint64{}
		var words []string
		for _, ws := range allSets[:u.n] {
			u.first.or(&ws.first)
			add := func(l []string) {
				for _, w := range l {
					if _, ok := masks[w]; !ok {
						words = append(words, w)
					}
					masks[w] |= 1 << ws.id
				}
			}
			for _, l := range ws.ascii {
				add(l)
			}
			for _, l := range ws.byRune {
				add(l)
			}
		}
		// The order of every set: longest first, then by bytes.
		sort.Slice(words, func(i, j int) bool {
			return len(words[i]) > len(words[j]) || len(words[i]) == len(words[j]) && words[i] < words[j]
		})
		for _, w := range words {
			sw := setWord{w, masks[w]}
			if c := w[0]; c < utf8.RuneSelf {
				u.ascii[c] = append(u.ascii[c], sw)
				if len(w) == 1 {
					u.ascii1[c] = append(u.ascii1[c], sw)
					continue
				}
				if u.ascii2[c] == nil {
					u.ascii2[c] = new([256][]setWord)
				}
				u.ascii2[c][w[1]] = append(u.ascii2[c][w[1]], sw)
				continue
			}
			r, _ := decode(w, 0)
			u.byRune[r] = append(u.byRune[r], sw)
		}
		union = u
	})
	return union
}

func (b *runeSet) or(o *runeSet) {
	for i := range b {
		b[i] |= o[i]
	}
}

// find is wordSet.find for all the sets at once: filtering its hits by a
// set's bit gives exactly that set's find, in the same order.
func (u *unionSet) find(norm string, sp span) []setHit {
	var out []setHit
	for i := sp.start; i < sp.end; {
		c := norm[i]
		if c < utf8.RuneSelf {
			if u.ascii[c] == nil || isWordByte(c) && i > 0 && isWordByte(norm[i-1]) {
				i++
				continue
			}
			// Longest first: the longer words by their second byte, then
			// the one-byte words.
			if t := u.ascii2[c]; t != nil && i+1 < len(norm) {
				out = u.match(out, t[norm[i+1]], norm, i, sp)
			}
			out = u.match(out, u.ascii1[c], norm, i, sp)
			i++
			continue
		}
		r, w := decode(norm, i)
		if u.first.has(r) {
			out = u.match(out, u.byRune[r], norm, i, sp)
		}
		i += w
	}
	return out
}

// match appends the hits of words at norm[i].
func (u *unionSet) match(out []setHit, words []setWord, norm string, i int, sp span) []setHit {
	for _, sw := range words {
		word := sw.word
		b, ok := wordAt(norm, i, word, sp.end)
		if !ok {
			continue
		}
		out = append(out, setHit{hit{i, b, word}, sw.sets})
	}
	return out
}

// abbreviations are the words a period follows without ending a sentence:
// "the quarter ended Sept. 30", "Microsoft Corp. said".
var abbreviations = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "corp": true, "inc": true, "co": true, "ltd": true,
	"no": true, "vs": true, "mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "approx": true, "est": true}

// abbreviation reports whether the period at i ends an abbreviation
// followed by more of the sentence (a digit or a lower-case word).
func abbreviation(s string, i int) bool {
	j := i
	for j > 0 && (s[j-1] >= 'a' && s[j-1] <= 'z' || s[j-1] >= 'A' && s[j-1] <= 'Z') {
		j--
	}
	if !abbreviations[strings.ToLower(s[j:i])] {
		return false
	}
	k := i + 1
	for k < len(s) && s[k] == ' ' {
		k++
	}
	for _, sym := range []string{"$", "€", "£", "¥"} {
		if strings.HasPrefix(s[k:], sym) {
			return true // "vs. $38.05 billion expected"
		}
	}
	return k < len(s) && (isDigitByte(s[k]) || s[k] >= 'a' && s[k] <= 'z')
}

// wordAt reports whether word stands at norm[i], ending by limit, and
// where the match ends. An English word must stand whole, but may take a
// plural s ("cost" matches "costs"); Chinese words match anywhere.
func wordAt(norm string, i int, word string, limit int) (int, bool) {
	b := i + len(word)
	if b > limit || norm[i:b] != word {
		return 0, false
	}
	if isWordByte(word[0]) && i > 0 && isWordByte(norm[i-1]) {
		return 0, false
	}
	if isWordByte(word[len(word)-1]) && b < len(norm) && isWordByte(norm[b]) {
		if norm[b] != 's' || b+1 < len(norm) && isWordByte(norm[b+1]) {
			return 0, false
		}
		b++
	}
	return b, true
}

// hasTraditional reports whether s is written in Traditional characters:
// a few characters that exist in Traditional only (t2s changes them).
func hasTraditional(s string) bool {
	loadT2S()
	n := 0
	for _, r := range s {
		if r < rune(len(t2s)) && t2s[r] != 0 {
			if n++; n >= 3 {
				return true
			}
		}
	}
	return false
}
