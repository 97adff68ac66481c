package quantity

import (
	"math"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// num is a number read from text, before units and qualifiers.
type num struct {
	v         float64
	end       int
	mult      float64 // the largest magnitude written (1 when none)
	vague     bool    // 几十, 二三十
	more      bool    // 一千多万: at least
	words     bool    // spelled out in English
	unitStart bool    // began with a magnitude character (萬, 百), no digit
	attached  bool    // a dotted run such as 192.168.1.2
	fraction  bool    // a fraction (五分之一, 3/5)
	ok        bool
}

// at returns the rune at byte i with full-width ASCII folded to ASCII (５ → 5,
// ％ → %), and its width in bytes. It returns -1 past the end.
func at(s string, i int) (rune, int) {
	if i >= len(s) || i < 0 {
		return -1, 0
	}
	b := s[i]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	var r rune
	var w int
	if b >= 0xE0 && b < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
		// Three-byte runes (all of CJK) decoded inline: this runs for every
		// character of a Chinese text.
		r, w = rune(b&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
	} else {
		r, w = utf8.DecodeRuneInString(s[i:])
	}
	return fold(r), w
}

// fold turns a full-width form into ASCII and a wide or no-break space into
// a space.
func fold(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFEE0
	case r == '\u3000' || r == '\u00a0' || r == '\u202f':
		return ' '
	}
	return r
}

// before returns the rune ending at byte i, folded like at, and its width.
func before(s string, i int) (rune, int) {
	if i <= 0 || i > len(s) {
		return -1, 0
	}
	if s[i-1] < utf8.RuneSelf {
		return at(s, i-1)
	}
	// Three-byte runes (all of CJK) found without decoding twice.
	if i >= 3 && s[i-3] >= 0xE0 && s[i-3] < 0xF0 && s[i-2]&0xC0 == 0x80 && s[i-1]&0xC0 == 0x80 {
		r, _ := at(s, i-3)
		return r, 3
	}
	_, w := utf8.DecodeLastRuneInString(s[:i])
	r, _ := at(s, i-w)
	return r, w
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }
func isLetterByte(b byte) bool {
	return b|0x20-'a' < 26 // setting 0x20 lower-cases A-Z and moves no other byte into a-z
}
func isDigit(r rune) bool { return r >= '0' && r <= '9' }
func isLetter(r rune) bool {
	return r >= 0 && (r < utf8.RuneSelf && isLetterByte(byte(r)) || r >= 0x80 && unicode.IsLetter(r))
}
func isCJK(r rune) bool   { return r >= 0x2E80 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF }
func isSpace(r rune) bool { return r == ' ' || r == '\t' }

// runeSet is a set of runes of the Basic Multilingual Plane, a bit each:
// the sets below are asked about every character of a Chinese text, and a
// bit is cheaper to read than a map.
type runeSet [1 << 16 / 64]uint64

func (s *runeSet) add(r rune) { s[r>>6] |= 1 << (r & 63) }

func (s *runeSet) has(r rune) bool { return uint32(r) < 1<<16 && s[r>>6]&(1<<(r&63)) != 0 }

// cjkStart reports whether r can begin a Chinese numeral.
func cjkStart(r rune) bool { return cjkStarts.has(r) }

// cjkRunes are the runes of cjk, and cjkStarts those that begin a numeral.
var cjkRunes, cjkStarts = func() (all, starts runeSet) {
	for r, c := range cjk {
		all.add(r)
		if c.kind != cjkPoint && c.kind != cjkMore {
			starts.add(r)
		}
	}
	return all, starts
}()

// cjkOf is cjk[r]; most runes are turned away by cjkRunes.
func cjkOf(r rune) (cjkChar, bool) {
	if !cjkRunes.has(r) {
		return cjkChar{}, false
	}
	c, ok := cjk[r]
	return c, ok
}

func isVagueMark(r rune) bool {
	for _, m := range vagueMarks {
		if m == r {
			return true
		}
	}
	return false
}

// vagueMarks are the characters of vagueBefore, decoded once.
var vagueMarks = func() (rs []rune) {
	for _, v := range vagueBefore {
		r, _ := utf8.DecodeRuneInString(v)
		rs = append(rs, r)
	}
	return rs
}()

// isDateChar reports whether r after a bare number makes it a date part.
func isDateChar(r rune) bool {
	switch r {
	case '年', '月', '日', '号', '號', '時', '时', '点', '點', '分', '秒', '週', '周', '季', '届', '屆', '歲', '岁', '天', '期', '章', '条', '條':
		return true
	}
	return false
}

func skipSpaces(s string, i int) int {
	for i >= 0 && i < len(s) {
		if c := s[i]; c == ' ' || c == '\t' {
			i++
			continue
		} else if c < utf8.RuneSelf {
			break
		}
		r, w := at(s, i)
		if !isSpace(r) {
			break
		}
		i += w
	}
	return i
}

func skipSpacesBack(s string, i, floor int) int {
	for i > floor && i > 0 && i <= len(s) {
		if c := s[i-1]; c == ' ' || c == '\t' {
			i--
			continue
		} else if c < utf8.RuneSelf {
			break
		}
		r, w := before(s, i)
		if !isSpace(r) {
			break
		}
		i -= w
	}
	return i
}

// letterRunEnd returns where the run of ASCII letters at i ends. It reads
// eight bytes at a time: Find passes over every word of a text, and a loop
// byte by byte mispredicts the end of each.
func letterRunEnd(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if m := nonLetters(x); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for i < len(s) && isLetterByte(s[i]) {
		i++
	}
	return i
}

// nonLetters sets the high bit of each byte of x that is not an ASCII
// letter. Each byte is lower-cased and cut to seven bits, so the sums that
// test it against 'a' and 'z' stay below 0x100 and carry into no other byte.
func nonLetters(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	y := (x | 0x20*ones) &^ high
	atLeastA := y + (0x80-'a')*ones
	pastZ := y + (0x80-'z'-1)*ones
	return ^(atLeastA &^ pastZ &^ x) & high
}

// wordAt returns the run of ASCII letters at i.
func wordAt(s string, i int) string {
	j := i
	for j < len(s) && isLetterByte(s[j]) {
		j++
	}
	return s[i:j]
}

// lowerWord returns the ASCII word at i lower-cased into buf.
func lowerWord(s string, i int, buf []byte) ([]byte, int) {
	buf = buf[:0]
	j := i
	for j < len(s) && isLetterByte(s[j]) {
		if len(buf) < cap(buf) {
			buf = append(buf, s[j]|0x20)
		}
		j++
	}
	if j-i > cap(buf) {
		return buf[:0], j
	}
	return buf, j
}

// hasWordAt reports whether s at i starts with w (ASCII compared without
// case); a w ending in a letter must not run into another letter.
func hasWordAt(s string, i int, w string) (int, bool) {
	// Reject on the first byte before decoding anything; only full-width
	// forms (which start with 0xEF) need the slow path.
	if i >= len(s) {
		return i, false
	}
	if c := s[i]; c != 0xEF {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[0] && !(w[0] == ' ' && (c == '\t' || c >= 0x80)) {
			return i, false
		}
	}
	// Compare bytes where that is comparing runes: ASCII with ASCII, and a
	// three-byte rune that at cannot fold or reach from other bytes.
	j := i
	for k := 0; k < len(w); k, j = k+1, j+1 {
		if j >= len(s) {
			return i, false
		}
		c, wc := s[j], w[k]
		switch {
		case wc < utf8.RuneSelf && wc != ' ' && c < utf8.RuneSelf:
			if lowerByte(c) != wc {
				return i, false
			}
		case wc >= utf8.RuneSelf && (wc < 0xC0 || plainLead(w[k:])):
			if c != wc {
				return i, false
			}
		default:
			return hasWordRunes(s, i, w) // a space in w, a full-width form in s
		}
	}
	return wordEnd(s, i, j, w)
}

// plainLead reports whether w starts with a three-byte rune that the text
// can match only with the same three bytes: not one that at folds (U+3000,
// U+202F, the full-width forms), nor a shorter rune, which at also reads
// from an overlong three-byte form.
func plainLead(w string) bool {
	switch {
	case w[0] < 0xE0 || w[0] > 0xEE || len(w) < 3:
		return false
	case w[0] == 0xE3 && w[1] == 0x80 && w[2] == 0x80, w[0] == 0xE2 && w[1] == 0x80 && w[2] == 0xAF:
		return false
	}
	return true
}

// hasWordRunes is hasWordAt rune by rune, for a w with spaces or a text
// with full-width forms.
func hasWordRunes(s string, i int, w string) (int, bool) {
	j := i
	for k := 0; k < len(w); {
		if j >= len(s) {
			return i, false
		}
		wr, ww := utf8.DecodeRuneInString(w[k:])
		r, n := at(s, j)
		if wr == ' ' {
			if !isSpace(r) {
				return i, false
			}
			j = skipSpaces(s, j)
			k += ww
			continue
		}
		if r < utf8.RuneSelf && r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r != wr {
			return i, false
		}
		j += n
		k += ww
	}
	return wordEnd(s, i, j, w)
}

// wordEnd finishes a match of w from i to j: a w ending in a letter must
// not run into another letter.
func wordEnd(s string, i, j int, w string) (int, bool) {
	if last := w[len(w)-1]; last < utf8.RuneSelf && isLetterByte(last) {
		if r, _ := at(s, j); r < utf8.RuneSelf && r >= 0 && isLetterByte(byte(r)) {
			return i, false
		}
	}
	return j, true
}

// endsWithWord reports whether the text before i (spaces skipped) ends with
// one of ws, not reaching below floor; it returns where the word starts.
func endsWithWord(s string, i, floor int, ws ...string) (int, bool) {
	i = skipSpacesBack(s, i, floor)
	for _, w := range ws {
		if k, ok := endsWith(s, i, floor, w); ok {
			return k, true
		}
	}
	return i, false
}

// endsWith compares the text ending at i with w, ASCII without case; a w
// starting with a letter must not be the tail of a longer word.
func endsWith(s string, i, floor int, w string) (int, bool) {
	if i-len(w) < floor {
		return i, false
	}
	k := i - len(w)
	// Tables are lower-case; compare from the end, folding ASCII only, so
	// most words are rejected on their last byte.
	for j := len(w) - 1; j >= 0; j-- {
		c := s[k+j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[j] {
			return i, false
		}
	}
	if isLetterByte(w[0]) && k > 0 && (isLetterByte(s[k-1]) || s[k-1] >= '0' && s[k-1] <= '9') {
		return i, false
	}
	return k, true
}

// endsWithCurrency finds a currency marker written just before i.
func endsWithCurrency(s string, i, floor int) (int, string, string, bool) {
	j := skipSpacesBack(s, i, floor)
	// Full-width ＄.
	if j > floor && s[j-1] >= 0x80 {
		if r, w := before(s, j); r == '$' && j-w >= floor {
			return j - w, "USD", "$", true
		}
	}
	if j <= floor {
		return i, "", "", false
	}
	for _, n := range prefixByLast[lowerByte(s[j-1])] {
		c := prefixCurrency[n]
		if k, ok := endsWith(s, j, floor, c.text); ok {
			if c.text == "dollar" && j == i {
				continue
			}
			if c.text == "w" && (s[k] != 'W' || j != i || !scaledAfter(s, i)) {
				continue // "W12.2tn" is won, as the Financial Times writes it; "W3" is a name
			}
			if c.text == "c $" && (s[k] != 'c' || afterWord(s, k, floor, "series", "class", "round", "type", "tier", "grade", "plan")) {
				continue // "Series C $100 million" is a round, not Canadian dollars
			}
			return k, c.code, c.text, true
		}
	}
	return i, "", "", false
}

// scaledAfter reports whether the number at i ends in a scale word: "12.2tn",
// "400bn", "7 trillion".
func scaledAfter(s string, i int) bool {
	for i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == ',') {
		i++
	}
	rest := strings.ToLower(s[i:min(len(s), i+10)])
	rest = strings.TrimPrefix(rest, " ")
	for _, w := range []string{"tn", "trn", "bn", "billion", "trillion", "million", "mn", "m "} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// The word tables indexed by the byte a match must end or start with, so a
// figure is compared with the few entries that can fit instead of all.
var (
	prefixByLast  = indexBy(len(prefixCurrency), func(i int) byte { return last(prefixCurrency[i].text) })
	approxByLast  = indexBy(len(approxBefore), func(i int) byte { return last(approxBefore[i].text) })
	suffixByFirst = indexBy(len(suffixCurrency), func(i int) byte { return suffixCurrency[i].text[0] })
	// Chinese markers share few first bytes (美元, 元, 台幣 and 日元 start
	// with 0xE5-0xE7), so they are indexed by their first rune.
	suffixByRune = func() map[rune][]int {
		m := map[rune][]int{}
		for i, c := range suffixCurrency {
			if r, _ := utf8.DecodeRuneInString(c.text); r >= utf8.RuneSelf {
				m[r] = append(m[r], i)
			}
		}
		return m
	}()
	suffixFirstRunes = func() (set runeSet) {
		for r := range suffixByRune {
			set.add(r)
		}
		return set
	}()
)

func last(s string) byte { return s[len(s)-1] }

// The word tables that hasWordAt is asked about after a figure, indexed by
// the text's byte where a match would start.
var (
	approxAfterAt  = startsAt(len(approxAfter), func(i int) string { return approxAfter[i].text })
	percentAfterAt = startsAt(len(percentAfter), func(i int) string { return percentAfter[i].text })
	rangeJoinAt    = startsAt(len(rangeJoin), func(i int) string { return rangeJoin[i] })
)

// startsAt lists, for each byte of a text, the words of a table that
// hasWordAt can match there, in table order: those whose first byte is the
// text's (ASCII compared without case), those starting with a space where the
// text has a tab or a multi-byte space, and all of them at a full-width form.
// The text's end has byte 0, which starts no word.
func startsAt(n int, word func(int) string) (idx [256][]int) {
	for c := 0; c < 256; c++ {
		for i := 0; i < n; i++ {
			w0 := word(i)[0]
			if c == 0xEF || lowerByte(byte(c)) == w0 || w0 == ' ' && (c == '\t' || c >= 0x80) {
				idx[c] = append(idx[c], i)
			}
		}
	}
	return idx
}

// byteAt is s[i], or 0 past the end.
func byteAt(s string, i int) byte {
	if i >= len(s) {
		return 0
	}
	return s[i]
}

func indexBy(n int, key func(int) byte) (idx [256][]int) {
	for i := 0; i < n; i++ {
		k := key(i)
		idx[k] = append(idx[k], i)
	}
	return idx
}

// afterWord reports whether one of ws ends just before k, spaces skipped.
func afterWord(s string, k, floor int, ws ...string) bool {
	_, ok := endsWithWord(s, k, floor, ws...)
	return ok
}

// millionCurrencyBefore finds "MAUD 60", a million-currency code before
// the figure.
func millionCurrencyBefore(s string, i, floor int) (int, string, bool) {
	j := skipSpacesBack(s, i, floor)
	if j == i || j < 4 || !isLetterByte(s[j-1]) {
		return i, "", false
	}
	// The codes are all four letters: look the four before j up whole.
	k := j - 4
	if k < floor || k > 0 && isLetterByte(s[k-1]) {
		return i, "", false
	}
	var buf [4]byte
	for n := range buf {
		buf[n] = lowerByte(s[k+n])
	}
	if code, ok := millionCurrency[string(buf[:])]; ok {
		return k, code, true
	}
	return i, "", false
}

// currencyAt finds a currency marker written just after e.
func currencyAt(s string, e int) (int, string, string, bool) {
	j := skipSpaces(s, e)
	if j >= len(s) {
		return e, "", "", false
	}
	// The markers that start with the rune at j (a full-width letter or sign
	// read as ASCII), in table order.
	var starts []int
	if r, _ := at(s, j); r < utf8.RuneSelf {
		starts = suffixByFirst[lowerByte(byte(r))]
	} else if suffixFirstRunes.has(r) {
		starts = suffixByRune[r]
	}
	for _, n := range starts {
		c := suffixCurrency[n]
		if k, ok := hasWordAt(s, j, c.text); ok {
			if c.text == "元" {
				// 元 ends a word in 元旦 (New Year) and 元素; not a currency there.
				if r, _ := at(s, k); r == '旦' || r == '素' || r == '年' {
					continue
				}
			}
			if c.text == "won" && j == e {
				continue
			}
			if isLetterByte(c.text[len(c.text)-1]) && k < len(s) && isDigitByte(s[k]) {
				continue // "3 USD50 cards": a code glued to a figure is that figure's
			}
			if c.text == "块" || c.text == "塊" {
				// 三块 is three yuan only at the end of a phrase: 上萬塊 GPU
				// counts pieces.
				if r, _ := at(s, k); k < len(s) && !strings.ContainsRune("，。、；！？,.;!?)）", r) {
					continue
				}
			}
			return k, c.code, c.text, true
		}
	}
	return e, "", "", false
}

func millionCurrencyAt(s string, e int) (int, string, bool) {
	j := skipSpaces(s, e)
	var buf [8]byte
	w, k := lowerWord(s, j, buf[:0:8])
	if !millionCurrencyFilter.mayHold(w) {
		return e, "", false
	}
	if code, ok := millionCurrency[string(w)]; ok {
		return k, code, true
	}
	return e, "", false
}

// percentAt finds a percent sign or word just after e.
func percentAt(s string, e int) (int, bool, bool) {
	j := skipSpaces(s, e)
	for _, n := range percentAfterAt[byteAt(s, j)] {
		p := percentAfter[n]
		if k, ok := hasWordAt(s, j, p.text); ok {
			if p.text[0] < utf8.RuneSelf && isLetterByte(p.text[0]) && j == e {
				continue // "12percent" is not written; "12pct" is a word
			}
			return k, p.points, true
		}
	}
	// 個 百 分 點 with spaces between the characters.
	if r, _ := at(s, j); r != '個' && r != '个' {
		return e, false, false
	}
	if k, ok := spacedAt(s, j, "個百分點"); ok {
		return k, true, true
	}
	if k, ok := spacedAt(s, j, "个百分点"); ok {
		return k, true, true
	}
	return e, false, false
}

// spacedAt matches the characters of w at i with optional spaces between.
func spacedAt(s string, i int, w string) (int, bool) {
	j := i
	for _, wr := range w {
		j = skipSpaces(s, j)
		r, n := at(s, j)
		if r != wr {
			return i, false
		}
		j += n
	}
	return j, true
}

// tenthsAt reads 成 (tenths: 九成 is 90%) and 折 (a discount: 八折 is 80%) after
// a number, unless they begin another word (成本, 成為, 折合).
func tenthsAt(s string, e int) (int, float64, bool) {
	j := skipSpaces(s, e)
	r, w := at(s, j)
	if r != '成' && r != '折' {
		return e, 0, false
	}

	next, nw := at(s, j+w)
	if strings.ContainsRune("本为為立功长長员員交熟型品效果绩績就分年都人家合算扣旧舊射", next) {
		return e, 0, false
	}
	k := j + w
	if next == '半' && r == '成' {
		return k + nw, 5, true // 三成半 is 35%
	}
	return k, 0, true
}

// fractionAt reads 百分之 and its kin at i; div turns the number after it into
// percent.
func fractionAt(s string, i int) (float64, int, bool) {
	if r, _ := at(s, i); r != '百' && r != '佰' && r != '千' && r != '仟' && r != '万' && r != '萬' {
		return 0, i, false
	}
	for _, f := range fractionPrefix {
		if k, ok := spacedAt(s, i, f.text); ok {
			return f.div, skipSpaces(s, k), true
		}
	}
	return 0, i, false
}

// scaleAt reads an English magnitude word or abbreviation at e (after
// optional spaces): "billion", "bn", "m", "crore".
func scaleAt(s string, e int, spaced bool) (int, float64, bool) {
	j := e
	if spaced {
		j = skipSpaces(s, e)
	}
	var buf [12]byte
	w, k := lowerWord(s, j, buf[:0:12])
	if len(w) == 0 {
		// A full-width magnitude letter: 百分之15Ｋ.
		if r, rw := at(s, j); j < len(s) && s[j] == 0xEF && r < utf8.RuneSelf && isLetterByte(byte(r)) {
			if r2, _ := at(s, j+rw); !isLetter(r2) {
				if m, ok := enAbbrev[string(rune(r|0x20))]; ok {
					return j + rw, m, true
				}
			}
		}
		return e, 0, false
	}
	if !scaleFilter.mayHold(w) {
		return e, 0, false
	}
	if m, ok := scaleWords[string(w)]; ok {
		return k, m, true
	}
	return e, 0, false
}

// scaleWords are enScale and enAbbrev in one map (no word is in both), for
// scaleAt, which runs after every figure.
var scaleWords = func() map[string]float64 {
	m := map[string]float64{}
	for _, t := range []map[string]float64{enScale, enAbbrev} {
		for w, v := range t {
			m[w] = v
		}
	}
	return m
}()

// wordFilter tells, by first byte and length, whether a word may be in a
// table: most words of a text are turned away before a map is asked.
type wordFilter [256]uint32

// add lets w through; words of 31 bytes and more share one bit.
func (f *wordFilter) add(w string) { f[w[0]] |= 1 << min(len(w), 31) }

func (f *wordFilter) mayHold(w []byte) bool {
	return len(w) > 0 && f[w[0]]&(1<<min(len(w), 31)) != 0
}

func filterOf[V any](m map[string]V) *wordFilter {
	var f wordFilter
	for w := range m {
		f.add(w)
	}
	return &f
}

var (
	scaleFilter           = filterOf(scaleWords)
	millionCurrencyFilter = filterOf(millionCurrency)
	enVocabularyFilter    = filterOf(enVocabulary)
)

// startsEnglishNumber reports whether an English word can begin a number.
// It is asked of every word of an English text, so a word is compared only
// with the few starters of its first letter and length, if its last letter
// ends one of them.
func startsEnglishNumber(w string) bool {
	if len(w) > 9 || len(w) < 1 {
		return false
	}
	c, l := w[0]|0x20-'a', w[len(w)-1]|0x20-'a'
	if c >= 26 || l >= 26 || enStartEnds[c][len(w)]&(1<<l) == 0 {
		return false
	}
next:
	for _, st := range enStarts[c][len(w)] {
		for i := 1; i < len(w); i++ {
			if w[i]|0x20 != st[i] {
				continue next
			}
		}
		return true
	}
	return false
}

// enStarts are the words that can begin a spelled-out number, by first
// letter and length.
var enStarts = func() (by [26][10][]string) {
	add := func(w string) { by[w[0]-'a'][len(w)] = append(by[w[0]-'a'][len(w)], w) }
	for _, w := range []string{"a", "an", "half", "quarter", "hundred", "dozen", "nought", "naught"} {
		add(w)
	}
	for w := range enSmall {
		add(w)
	}
	return by
}()

// enStartEnds are the last letters of the words of enStarts, a bit each,
// by first letter and length: most words are turned away on them, which
// also keeps the branch predictable.
var enStartEnds = func() (ends [26][10]uint32) {
	for c := range enStarts {
		for n, ws := range enStarts[c] {
			for _, w := range ws {
				ends[c][n] |= 1 << (w[n-1] - 'a')
			}
		}
	}
	return ends
}()

// number reads the number at i: digits, Chinese numerals, English words or
// a mix ("1.4萬億", "3 hundred"). unitOK allows a Chinese numeral to begin with
// a magnitude character (上萬, 數十億).
func number(s string, i int, unitOK bool) num {
	return readNumber(s, i, unitOK, false)
}

// readNumber is number; plain leaves out what may follow a number (分之, 又,
// 打), for the parts of a fraction, so a chain of them is read once.
func readNumber(s string, i int, unitOK, plain bool) num {
	r, _ := at(s, i)
	switch {
	case isDigit(r) || r == '.':
		return arabicNumber(s, i, plain)
	case r >= 0 && r < utf8.RuneSelf && isLetterByte(byte(r)):
		return englishNumber(s, i)
	default:
		return chineseNumber(s, i, 0, false, unitOK, plain)
	}
}

// digits reads a run of digits with thousands separators and one decimal
// point.
func digits(s string, i int) (float64, int, int, bool) {
	var buf [40]byte
	n, j, intDigits := 0, i, 0
	seenDot, spaced, commas := false, false, false
	for j < len(s) {
		r, w := at(s, j)
		switch {
		case isDigit(r):
			if n == len(buf) {
				return 0, j, intDigits, false
			}
			buf[n] = byte(r)
			n++
			if !seenDot {
				intDigits++
			}
			j += w
			continue
		case r == ',' && !seenDot && n > 0:
			// A full-width comma separates clauses in Chinese text; it
			// groups digits only between full-width digits (４，５６５).
			if w > 1 && s[j-1] < utf8.RuneSelf {
				break
			}
			if groupOfThree(s, j+w) && !spaced {
				commas = true
				j += w
				continue
			}
		case r == ' ' && !seenDot && !commas && n > 0 && (spaced || intDigits <= 3) && groupOfThree(s, j+w):
			// 1 234 567 and 40 000 (a space or a narrow no-break space
			// between groups of three).
			spaced = true
			j += w
			continue
		case r == '.' && !seenDot:
			if r2, _ := at(s, j+w); isDigit(r2) {
				if n == len(buf) {
					return 0, j, intDigits, false
				}
				seenDot = true
				buf[n] = '.'
				n++
				j += w
				continue
			}
		}
		break
	}
	if n == 0 || n == 1 && buf[0] == '.' {
		return 0, i, 0, false
	}
	v, err := parseDecimal(buf[:n])
	if err != nil {
		return 0, i, 0, false
	}
	return v, j, intDigits, true
}

// parseDecimal is strconv.ParseFloat for ASCII digits with at most one
// dot. Up to 15 digits it divides them, read as an integer, by a power of
// ten: both are exact in a float64, so the one rounding of the division
// gives the nearest float64, as ParseFloat does, without its string.
func parseDecimal(b []byte) (float64, error) {
	if len(b) > 16 {
		return strconv.ParseFloat(string(b), 64)
	}
	var m uint64
	places, dot := 0, false
	for _, c := range b {
		if c == '.' {
			dot = true
			continue
		}
		m = m*10 + uint64(c-'0')
		if dot {
			places++
		}
	}
	if len(b)-boolInt(dot) > 15 {
		return strconv.ParseFloat(string(b), 64)
	}
	return float64(m) / exactPow10[places], nil
}

// exactPow10 are the powers of ten that a float64 holds exactly.
var exactPow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// groupOfThree reports whether exactly three digits start at i.
func groupOfThree(s string, i int) bool {
	for k := 0; k < 3; k++ {
		r, w := at(s, i)
		if !isDigit(r) {
			return false
		}
		i += w
	}
	r, _ := at(s, i)
	return !isDigit(r)
}

func arabicNumber(s string, i int, plain bool) num {
	v, j, _, ok := digits(s, i)
	if !ok {
		return num{}
	}
	if p, w := before(s, i); p == '.' && isDigitBefore(s, i-w) {
		// The last parts of a dotted run (192.168.1.2): whole numbers.
		k := i
		for k < j && s[k] != '.' {
			k++
		}
		if k < j {
			v, _ = strconv.ParseFloat(foldDigits(s[i:k]), 64)
			j = k
		}
		return num{v: v, end: j, mult: 1, ok: true, attached: true}
	}
	n := num{v: v, end: j, mult: 1, ok: true}
	// A dotted run (192.168.1.2, v1.2.3) is an address or a version: each
	// part is a number of its own, attached to the others.
	if r, w := at(s, j); r == '.' {
		if r2, _ := at(s, j+w); isDigit(r2) {
			k := i
			for k < j && s[k] != '.' {
				k++
			}
			if v, err := strconv.ParseFloat(foldDigits(s[i:k]), 64); err == nil && k < j {
				n.v, n.end = v, k
			}
			n.attached = true
			return n
		}
	}
	// A European decimal comma (1.111,11 or 5,00) or Indian grouping
	// (12,34,567.89), read whole.
	if v, k, ok := otherGrouping(s, i); ok && k > j {
		n.v, n.end = v, k
		j = k
	}
	// The forms told by the character after the digits, read once.
	next, nw := at(s, j)
	// Powers of ten: 1.3x10^6.
	if next == 'x' || next == '×' {
		if strings.HasPrefix(s[j+nw:], "10^") {
			k, sign := j+nw+3, 1.0
			if r2, w2 := at(s, k); r2 == '-' || r2 == '+' {
				if r2 == '-' {
					sign = -1
				}
				k += w2
			}
			if ev, k2, _, ok := digits(s, k); ok && ev < 300 {
				n.v *= math.Pow(10, sign*ev)
				n.end = k2
				return n
			}
		}
	}
	// Scientific notation: 2e5, 1.3e6.
	if next == 'e' || next == 'E' {
		k := j + nw
		sign := 1.0
		if r2, w2 := at(s, k); r2 == '-' || r2 == '+' {
			if r2 == '-' {
				sign = -1
			}
			k += w2
		}
		if ev, k2, _, ok := digits(s, k); ok && ev < 300 && ev == float64(int(ev)) {
			if r3, _ := at(s, k2); !isLetter(r3) {
				p := 1.0
				for x := 0; x < int(ev); x++ {
					p *= 10
				}
				if sign < 0 {
					n.v /= p
				} else {
					n.v *= p
				}
				n.end = k2
				return n
			}
		}
	}
	// Powers: 2^5, 1.1^+23, 2.5^-1.
	if next == '^' {
		k, sign := j+nw, 1.0
		for {
			r2, w2 := at(s, k)
			if r2 != '-' && r2 != '+' {
				break
			}
			if r2 == '-' {
				sign = -sign
			}
			k += w2
		}
		if ev, k2, _, ok := digits(s, k); ok && ev < 300 {
			n.v = math.Pow(n.v, sign*ev)
			n.end = k2
			return n
		}
	}
	// Fractions: 3/5 (not a date 5/17/2018), and 16分之5.
	if next == '/' {
		if dv, k2, _, ok := digits(s, j+nw); ok && dv != 0 {
			if r2, _ := at(s, k2); r2 != '/' && !(isLetter(r2) && !isCJK(r2)) {
				if p, w := before(s, i); p != '/' && !(p == '-' && isDigitBefore(s, i-w)) {
					n.v, n.end, n.fraction = n.v/dv, k2, true
					return n
				}
			}
		}
	}
	if k := skipSpaces(s, j); !plain {
		if _, ok := spacedAt(s, k, "分之"); ok {
			n.end = k
			n.fractionAndDozen(s)
			if n.fraction {
				return n
			}
			n.end = j
		}
		if _, ok := spacedAt(s, k, "又"); ok {
			n.fractionAndDozen(s) // 3又一千分之23
			if n.end != j {
				return n
			}
		}
		// A mixed number: 2 1/4.
		if k > j && k-j <= 2 && !strings.ContainsRune(s[i:j], '.') {
			if f := arabicNumber(s, k, true); f.ok && f.fraction {
				n.v, n.end = n.v+f.v, f.end
				return n
			}
		}
	}
	// Chinese magnitudes after digits: 5.4億, 70萬, 2千零30万, 1000  万.
	k := skipSpaces(s, j)
	if r, _ := at(s, k); cjkContinues(r, s, k) {
		c := chineseNumber(s, k, v, true, false, plain)
		if c.ok && c.end > k {
			return c
		}
	}
	// English magnitudes: 5.4bn, 1.7 billion, 500 crore, three lakh crore.
	if k, m, ok := scaleAt(s, j, true); ok {
		n.v *= m
		n.mult = m
		n.end = k
		for {
			k2, m2, ok := scaleAt(s, n.end, true)
			if !ok || m2 == 100 {
				break
			}
			n.v *= m2
			n.mult *= m2
			n.end = k2
		}
		// "3 million and a half", "3 million and a quarter"
		if k2, ok := hasWordAt(s, skipSpaces(s, n.end), "and"); ok {
			if f := englishNumber(s, skipSpaces(s, k2)); f.ok && f.fraction && f.v < 1 {
				n.v += f.v * n.mult
				n.end = f.end
			}
		}
		n.continueAfterScale(s)
	}
	return n
}

// continueAfterScale reads the smaller part of a number written in pieces
// after a magnitude: "4 thousand 3 hundred and 21", "6 crore and two
// hundred". Without "and" the next piece must have a magnitude of its own;
// with it, only below a million, since "$5 billion and 300 staff" are two.
func (n *num) continueAfterScale(s string) {
	last := lastMagnitude(s, n.end)
	k := skipSpaces(s, n.end)
	and := false
	if k2, ok := hasWordAt(s, k, "and"); ok {
		if last >= 1e6 && last != 1e7 {
			return
		}
		and, k = true, skipSpaces(s, k2)
	}
	if k == n.end {
		return
	}
	r, _ := at(s, k)
	if !isDigit(r) && !(r >= 0 && r < utf8.RuneSelf && isLetterByte(byte(r)) && startsEnglishNumber(wordAt(s, k))) {
		return
	}
	c := readNumber(s, k, false, true)
	if !c.ok || c.v <= 0 || c.v >= last || c.attached || c.fraction || !and && c.mult <= 1 || c.mult >= last {
		return
	}
	if r2, _ := at(s, c.end); r2 == '.' || r2 == '/' || isDigit(r2) {
		return
	}
	n.v += c.v
	n.end = c.end
}

// lastMagnitude is the value of the magnitude word that ends at e ("3
// hundred" ends with a hundred).
func lastMagnitude(s string, e int) float64 {
	b := e
	for b > 0 && isLetterByte(s[b-1]) {
		b--
	}
	w := strings.ToLower(s[b:e])
	if m, ok := enScale[w]; ok {
		return m
	}
	if m, ok := enAbbrev[w]; ok {
		return m
	}
	return 0
}

// cjkContinues reports whether the Chinese character r at k continues a
// number begun with digits (a magnitude, or 多/餘 before one).
func cjkContinues(r rune, s string, k int) bool {
	c, ok := cjkOf(r)
	if !ok {
		return false
	}
	switch c.kind {
	case cjkSmall, cjkBig:
		return true
	case cjkMore, cjkSome:
		_, w := at(s, k)
		r2, _ := at(s, skipSpaces(s, k+w))
		c2, ok := cjkOf(r2)
		return ok && (c2.kind == cjkSmall || c2.kind == cjkBig)
	}
	return false
}

// cjkNotNumberPairs are the words of cjkNotNumber as pairs of runes, so a
// numeral is checked against its neighbours without building a string.
var cjkNotNumberPairs = func() map[uint64]bool {
	m := map[uint64]bool{}
	for w := range cjkNotNumber {
		if rs := []rune(w); len(rs) == 2 {
			m[runePair(rs[0], rs[1])] = true
		}
	}
	return m
}()

func runePair(a, b rune) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

type stackEntry struct{ v, u float64 }

// chineseNumber reads a Chinese numeral at i, possibly continuing digits
// already read (init). Big magnitudes multiply everything smaller before
// them, so 一萬五千億 is 1.5e12 and 四萬萬 is 4e8.
func chineseNumber(s string, i int, init float64, hasInit, unitOK, plain bool) num {
	var stack [6]stackEntry
	ns := 0
	section, cur, frac := 0.0, init, 0.0
	hasNum, numCJK, concat, zero := hasInit, false, false, false
	lastUnit, mult := 0.0, 1.0
	tokens, j := 0, i
	if hasInit {
		tokens = 1
	}
	res := num{mult: 1}
	unitStart := false
	end := i
loop:
	for j < len(s) && tokens < 64 {
		r, w := at(s, j)
		if isSpace(r) {
			if tokens == 0 {
				break
			}
			k := skipSpaces(s, j)
			r2, _ := at(s, k)
			if _, ok := cjkOf(r2); !ok && !(isDigit(r2) && lastUnit > 0 && !hasNum) {
				break
			}
			j = k
			continue
		}
		if isDigit(r) {
			if hasNum || tokens == 0 {
				break
			}
			v, k, _, ok := digits(s, j)
			if !ok {
				break
			}
			cur, hasNum, numCJK, zero = v, true, false, false
			tokens++
			j = k
			end = j
			continue
		}
		c, ok := cjkOf(r)
		if !ok {
			break
		}
		switch c.kind {
		case cjkDigit:
			if c.val == 0 && tokens > 0 {
				if r2, _ := at(s, j+w); r2 != '点' && r2 != '點' || hasNum {
					zero = true
					j += w
					continue
				}
			}
			if hasNum {
				if !numCJK {
					break loop
				}
				if cur >= 1e15 {
					break loop // a run of digits this long is no amount
				}
				cur = cur*10 + c.val
				concat = true
			} else {
				cur, hasNum, numCJK = c.val, true, true
			}
		case cjkSmall:
			if concat {
				res.vague = true
			}
			if lastUnit != 0 && lastUnit < 1e4 && c.val >= lastUnit {
				break loop // 五十千 is 50 and then a stray 千: magnitudes fall within a section
			}
			if hasNum && cur == 0 && numCJK {
				cur = 1 // 零十 is 10
			}
			if !hasNum {
				if tokens == 0 && c.val != 10 && !unitOK && !unitLeads(s, j+w, r) {
					break loop
				}
				if tokens == 0 {
					unitStart = true
				}
				cur = 1
			}
			section += cur * c.val
			cur, hasNum, numCJK, concat, zero = 0, false, false, false, false
			lastUnit = c.val
		case cjkBig:
			if r == '兆' && metricPrefix(s, j+w) {
				break loop // 150兆瓦 is 150 megawatts: 兆 is the SI prefix, no magnitude
			}
			val := section + cur
			pending := hasNum || section != 0
			if !pending {
				if ns == 0 || stack[ns-1].u > c.val {
					if tokens == 0 && unitOK {
						val = 1
						unitStart = true
					} else {
						break loop
					}
				}
			}
			// 四萬萬: a magnitude straight after the same one multiplies it.
			for ns > 0 && (stack[ns-1].u < c.val || !pending && stack[ns-1].u == c.val) {
				val += stack[ns-1].v
				ns--
			}
			val *= c.val
			if ns == len(stack) {
				break loop
			}
			stack[ns] = stackEntry{val, c.val}
			ns++
			section, cur, hasNum, numCJK, concat, zero = 0, 0, false, false, false, false
			lastUnit = c.val
			if c.val > mult {
				mult = c.val
			} else {
				mult *= c.val
			}
		case cjkPoint:
			if tokens == 0 {
				break loop
			}
			f, k, ok := fraction(s, j+w)
			if !ok {
				break loop
			}
			r2, _ := at(s, skipSpaces(s, k))
			if c2, ok := cjkOf(r2); ok && c2.kind == cjkBig {
				cur = section + cur + f
				section, hasNum, numCJK = 0, true, false
				j = k
				tokens++
				continue
			}
			frac = f
			j = k
			end = j
			tokens++
			break loop
		case cjkSome:
			if tokens == 0 {
				res.vague = true
			} else {
				res.more = true
			}
		case cjkMore:
			if tokens == 0 {
				break loop
			}
			res.more = true
			j += w
			end = j
			r2, _ := at(s, skipSpaces(s, j))
			if c2, ok := cjkOf(r2); !ok || c2.kind != cjkBig && c2.kind != cjkSmall {
				break loop
			}
			continue
		}
		tokens++
		j += w
		end = j
	}
	if tokens == 0 || end == i && !hasInit {
		return num{}
	}
	if tokens == 2 && !hasInit && !unitOK && end-i == 6 && cjkNotNumber[s[i:end]] {
		return num{}
	}
	if tokens == 1 && !hasInit && (!unitOK || unitStart) {
		r, w := at(s, i)
		if _, ok := cjkOf(r); ok {
			p, _ := before(s, i)
			n, _ := at(s, i+w)
			if cjkNotNumberPairs[runePair(p, r)] || cjkNotNumberPairs[runePair(r, n)] {
				return num{}
			}
		}
	}
	tail := cur
	if hasNum && numCJK && !concat && !zero && lastUnit >= 100 && cur < 10 {
		// 一萬三 is 13000 and 兩千四百五 is 2450: a lone digit after a
		// magnitude counts in the next smaller one.
		tail = cur * lastUnit / 10
	}
	total := section + tail + frac
	for k := 0; k < ns; k++ {
		total += stack[k].v
	}
	res.v, res.end, res.mult, res.ok, res.unitStart = total, end, mult, true, unitStart
	if !plain {
		res.fractionAndDozen(s)
	}
	return res
}

// fractionAndDozen reads what may follow a number: 分之 making it the
// denominator of a fraction (五分之一 is 0.2), 又 joining a whole number
// and a fraction (三又三分之一), 打 counting dozens (五十打 is 600).
func (n *num) fractionAndDozen(s string) {
	if k, ok := spacedAt(s, n.end, "分之"); ok && n.v != 0 {
		k = skipSpaces(s, k)
		sign := 1.0
		if r, w := at(s, k); r == '负' || r == '負' {
			sign, k = -1, k+w // 3分之负157
		}
		if nn := readNumber(s, k, true, true); nn.ok {
			n.v = sign * nn.v / n.v
			n.end = nn.end
			n.mult = 1
			n.fraction = true
		}
		return
	}
	if k, ok := spacedAt(s, n.end, "又"); ok {
		// 又 joins a fraction: denominator, 分之, numerator, read plainly.
		d := readNumber(s, skipSpaces(s, k), false, true)
		if !d.ok || d.v == 0 {
			return
		}
		if k2, ok := spacedAt(s, d.end, "分之"); ok {
			if nn := readNumber(s, skipSpaces(s, k2), true, true); nn.ok {
				n.v += nn.v / d.v
				n.end = nn.end
			}
		} else if d.fraction {
			n.v += d.v
			n.end = d.end
		}
		return
	}
	if r, w := at(s, n.end); r == '打' && n.mult == 1 {
		if r2, _ := at(s, n.end+w); !strings.ContainsRune("折算造破入击擊开開工", r2) {
			n.v *= 12
			n.end += w
		}
	}
}

// unitLeads reports whether a numeral may begin with the magnitude u (百, 千)
// followed by what is at i: a digit (千三 is 1300) or a larger magnitude
// (百億), but not 千萬 as the adverb "by all means" (千萬不要).
func unitLeads(s string, i int, u rune) bool {
	r, w := at(s, i)
	c, ok := cjkOf(r)
	if !ok {
		return false
	}
	switch {
	case c.kind == cjkDigit:
		return r != '零'
	case c.kind == cjkBig:
		if u == '千' && (r == '万' || r == '萬') {
			r2, _ := at(s, i+w)
			return !strings.ContainsRune("不别別要记記莫勿得", r2)
		}
		return true
	}
	return false
}

// fraction reads the digits after a Chinese decimal point (點五五 or 點55).
func fraction(s string, i int) (float64, int, bool) {
	j := skipSpaces(s, i)
	f, scale := 0.0, 0.1
	n := 0
	for j < len(s) {
		r, w := at(s, j)
		var d float64
		if isDigit(r) {
			d = float64(r - '0')
		} else if c, ok := cjkOf(r); ok && c.kind == cjkDigit && r != '两' && r != '兩' && r != '倆' {
			// 兩 counts things; after 點 it starts a new number (一點兩小時).
			d = c.val
		} else if isSpace(r) {
			k := skipSpaces(s, j)
			r2, _ := at(s, k)
			if c, ok := cjkOf(r2); !ok || c.kind != cjkDigit {
				break
			}
			j = k
			continue
		} else {
			break
		}
		f += d * scale
		scale /= 10
		n++
		j += w
	}
	return f, j, n > 0
}

// enToken is one word of a spelled-out number and where it ends.
type enToken struct {
	word   string
	end    int
	hyphen bool // joined to the word before by a hyphen (twenty-first)
}

// enTokens reads up to len(toks) ASCII words from i, separated by spaces or
// hyphens, into toks. It stops after the first word englishNumber does not
// know, which it keeps as "": nothing past that word can change the number,
// and a word it does not know is treated like no word at all.
func enTokens(s string, i int, toks *[32]enToken) []enToken {
	n := 0
	hyphen := false
	for n < len(toks) {
		var buf [16]byte
		w, k := lowerWord(s, i, buf[:0:16])
		if len(w) == 0 {
			break
		}
		var word string
		known := false
		if enVocabularyFilter.mayHold(w) {
			word, known = enVocabulary[string(w)]
		}
		toks[n] = enToken{word, k, hyphen}
		n++
		if !known {
			break
		}
		j := skipSpaces(s, k)
		hyphen = false
		if r, w := at(s, j); r == '-' {
			hyphen = true
			j = skipSpaces(s, j+w)
		}
		if j >= len(s) || !isLetterByte(s[j]) {
			break
		}
		i = j
	}
	return toks[:n]
}

// enVocabulary holds every word that englishNumber, enDenominator and
// enDecimals look for, each mapped to itself, so a token can share the
// table's string instead of allocating its own.
var enVocabulary = func() map[string]string {
	m := map[string]string{}
	add := func(w string) { m[w] = w }
	for _, w := range []string{"a", "an", "of", "and", "point", "hundred", "hundreds", "dozen", "dozens", "nought", "naught", "oh", "half", "quarter", "halves", "quarters"} {
		add(w)
	}
	for w := range enSmall {
		add(w)
	}
	for w := range enScale {
		add(w)
	}
	for w := range enOrdinals {
		add(w)
		add(w + "s")
	}
	return m
}()

// englishNumber reads spelled-out numbers: "seven hundred thousand", "half a
// billion", "one and a half million", "two thirds", "twenty-one", "two
// hundred point zero three".
func englishNumber(s string, i int) num {
	var buf [32]enToken
	toks := enTokens(s, i, &buf)
	total, group, frac := 0.0, 0.0, 0.0
	have, aPending, afterScale := false, false, false
	zeroWord := false // "nought" stands alone: three-nought-four is three numbers
	scaleAnd := 0.0   // the magnitude before "and" a fraction: "two million and one half"
	sawAnd := false
	hundredAnd := -1.0      // the group before "hundred and": "three hundred and two dozens" is 300 + 2×12
	bigDenominator := false // the fraction ahead is in hundredths or smaller
	lastScale, mult := 0.0, 1.0
	end, k := i, 0
	word := func(j int) string {
		if j < len(toks) {
			return toks[j].word
		}
		return ""
	}
	// fractionAhead reports whether a fraction follows "and" (twenty and
	// three fifths): then the whole number is complete before it.
	fractionAhead := func(j int) bool {
		for ; j < len(toks); j++ {
			w := toks[j].word
			if d, ok := enDenominator(w); ok {
				bigDenominator = d >= 100
				return true
			}
			if _, ok := enSmall[w]; !ok && w != "a" && w != "an" {
				return false
			}
		}
		return false
	}
	// applyScale multiplies by a magnitude; a fraction before it is a part
	// of that magnitude ("three quarters billion", "one billion and a half
	// million", "five and a half million").
	applyScale := func(m float64) {
		switch {
		case frac != 0 && lastScale == 0:
			total = (total + group + frac) * m
		case frac != 0:
			total += (group + frac) * m
		case afterScale && group == 0:
			total *= m // "three lakh crore"
		default:
			g := group
			if g == 0 {
				g = 1
			}
			total += g * m
		}
		group, frac, afterScale = 0, 0, true
		if m > lastScale {
			lastScale = m
		}
		mult = math.Max(mult, m)
	}
loop:
	for k < len(toks) {
		w := toks[k].word
		if v, ok := enSmall[w]; ok {
			if zeroWord {
				break
			}
			afterAnd := k > 0 && toks[k-1].word == "and"
			if d, ok := tensOrdinal(word(k + 1)); ok && !afterAnd && v >= 20 && int(v)%10 == 0 && group != 0 && !afterScale && (toks[k+1].hyphen || d < 10) {
				// "three twenty-firsts" is 3/21.
				frac += group / (v + d)
				group, have, aPending = 0, true, false
				k += 2
				end = toks[k-1].end
				continue
			}
			if d, ok := enDenominator(word(k + 1)); !afterAnd && (ok && v >= 20 && int(v)%10 == 0 && (have || aPending) && (group+frac) != v && toks[k+1].hyphen || ok && v >= 20 && int(v)%10 == 0 && group != 0 && !afterScale && !toks[k+1].hyphen && d < 10) {
				// A tens word joined to an ordinal names one denominator:
				// "one twenty-fifth" is 1/25, "one hundred thirty fifths" 100/35.
				num := group
				if num == 0 {
					num = 1
				}
				frac += num / (v + d)
				group, have, aPending = 0, true, false
				k += 2
				end = toks[k-1].end
				continue
			}
			if have && !afterScale && group != 0 && int(group)%100 != 0 && (int(group)%10 != 0 || v >= 10) {
				break // "five two" is two numbers; "twenty one" and "hundred and six" one
			}
			group += v
			have, aPending, afterScale = true, false, false
			end = toks[k].end
			k++
			continue
		}
		switch {
		case w == "nought" || w == "naught":
			if have {
				break loop
			}
			have, zeroWord = true, true
			end = toks[k].end
		case w == "a" || w == "an":
			if have && !afterScale && word(k-1) != "and" && frac == 0 {
				break loop
			}
			if n := word(k + 1); n == "" || !(enScale[n] > 0 || n == "dozen" || n == "half" || n == "quarter" || isDenominator(n)) {
				break loop
			}
			aPending = true
		case w == "of":
			// "two thirds of a million"
			if frac == 0 || (word(k+1) != "a" && enScale[word(k+1)] == 0) {
				break loop
			}
		case w == "hundred" || w == "hundreds" && have:
			if !have && !aPending {
				break loop
			}
			if group == 0 {
				group = 1
			}
			group *= 100
			have, aPending, afterScale = true, false, false
			end = toks[k].end
		case w == "dozen" || w == "dozens":
			if !have && !aPending {
				break loop
			}
			if hundredAnd > 0 && group > hundredAnd && !afterScale {
				total += hundredAnd
				group -= hundredAnd
			}
			applyScale(12)
			have, aPending = true, false
			end = toks[k].end
		case enScale[w] > 0:
			if !have && !aPending {
				break loop
			}
			applyScale(enScale[w])
			have, aPending = true, false
			end = toks[k].end
		case w == "and":
			if !have || k+1 >= len(toks) {
				break loop
			}
			// "one hundred and thirty fifths" is 130/5, but "one hundred and
			// three quarters" 100.75.
			if fractionAhead(k+1) && (word(k-1) != "hundred" || enSmall[word(k+1)] < 20 || bigDenominator) {
				sawAnd = true
				if afterScale && lastScale >= 1000 {
					scaleAnd = lastScale
				}
				total += group
				group = 0
			} else if word(k-1) == "hundred" || word(k-1) == "hundreds" {
				hundredAnd = group
			}
		case w == "point":
			if !have {
				break loop
			}
			d, n, e := enDecimals(toks[k+1:])
			if n == 0 {
				break loop
			}
			group += d
			end = e
			k += 1 + n
			break loop
		default:
			d, ok := enDenominator(w)
			if !ok {
				break loop
			}
			num := group
			if num > 1 && !strings.HasSuffix(w, "s") && w != "half" && w != "quarter" {
				break loop // "two millionth" is two and an ordinal
			}
			if total != 0 && group != 0 && lastScale < 1e6 && !sawAnd && !afterScale {
				// "one million two thousand two hundred three fifths":
				// the whole number is the numerator.
				num, total = total+group, 0
			}
			switch {
			case group != 0:
			case aPending:
				num = 1
			case !have && (w == "half" || w == "quarter"):
				// "half a billion", "quarter million"; "the quarter to June"
				// is no number.
				if n := word(k + 1); w == "quarter" && n != "a" && n != "an" && enScale[n] == 0 {
					break loop
				}
				num = 1
			case afterScale && w != "half" && w != "quarter":
				break loop
			default:
				if !have {
					break loop
				}
				num = 1
			}
			frac += num / d
			group, have, aPending = 0, true, false
			end = toks[k].end
		}
		k++
	}
	if !have {
		return num{}
	}
	v := total + group
	if frac != 0 {
		if scaleAnd > 0 && group == 0 {
			v += frac * scaleAnd
		} else if afterScale && lastScale > 0 {
			v += frac * lastScale // "one million and a half", "five billion and three quarters"
		} else {
			v += frac
		}
	}
	return num{v: v, end: end, mult: mult, words: true, ok: true, fraction: frac != 0 && total == 0 && group == 0}
}

// enOrdinals are the ordinals that name a denominator ("two thirds").
var enOrdinals = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "fourth": 4, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
	"fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
	"first": 1, "second": 2,
}

// enDenominator reads an ordinal used as a denominator, singular or plural.
// "first" and "second" count only inside a compound (twenty-first).
func enDenominator(w string) (float64, bool) {
	if d, ok := enOrdinals[w]; ok {
		return d, w != "first" && w != "second"
	}
	if w == "halves" || w == "quarters" {
		return enOrdinals[w[:len(w)-1]], true
	}
	if strings.HasSuffix(w, "s") {
		if d, ok := enOrdinals[w[:len(w)-1]]; ok {
			return d, w != "firsts" && w != "seconds"
		}
	}
	return 0, false
}

func isDenominator(w string) bool {
	_, ok := enDenominator(w)
	return ok
}

// tensOrdinal reads the ordinal of a compound denominator ("twenty-first",
// "twenty firsts"), where first and second count.
func tensOrdinal(w string) (float64, bool) {
	w = strings.TrimSuffix(w, "s")
	if d, ok := enOrdinals[w]; ok && d < 10 {
		return d, true
	}
	return 0, false
}

// enDecimals reads the words after "point": digits ("zero three") or one
// number below 100 ("seventy-one") as decimal places.
func enDecimals(toks []enToken) (float64, int, int) {
	var digits strings.Builder
	n, end := 0, 0
	for _, t := range toks {
		v, ok := enSmall[t.word]
		if t.word == "nought" || t.word == "naught" || t.word == "oh" {
			v, ok = 0, true
		}
		if !ok {
			break
		}
		if v >= 20 && int(v)%10 == 0 && n+1 < len(toks) && toks[n+1].hyphen {
			if u, ok := enSmall[toks[n+1].word]; ok && u < 10 {
				digits.WriteString(strconv.Itoa(int(v + u)))
				n += 2
				end = toks[n-1].end
				break
			}
		}
		digits.WriteString(strconv.Itoa(int(v)))
		n++
		end = t.end
	}
	if n == 0 {
		return 0, 0, 0
	}
	f, err := strconv.ParseFloat("0."+digits.String(), 64)
	if err != nil {
		return 0, 0, 0
	}
	return f, n, end
}

// spacedDiscountAt reads the second digit of a discount written apart from
// the first ("7 2 折" is 72%): one digit, then 折.
func spacedDiscountAt(s string, e int, q *Quantity) (int, bool) {
	if q.Scaled || q.Value != math.Trunc(q.Value) || q.Value < 1 || q.Value > 9 || q.End-q.NumStart > 3 {
		return e, false
	}
	j := skipSpaces(s, e)
	if j == e || digitValue(s, j) < 0 {
		return e, false
	}
	_, w := at(s, j)
	k := skipSpaces(s, j+w)
	if r, w2 := at(s, k); r == '折' {
		return k + w2, true
	}
	return e, false
}

// digitValue is the value of the single digit (Arabic or Chinese) at i, or -1.
func digitValue(s string, i int) int {
	r, _ := at(s, i)
	if isDigit(r) {
		return int(r - '0')
	}
	if c, ok := cjkOf(r); ok && c.kind == cjkDigit && c.val > 0 {
		return int(c.val)
	}
	return -1
}

// tenthDigitAt reads one more digit after 成, spaces allowed: 七成六 and
// 七成 六 are 76%. The digit must stand alone (not 七成六月, 七成5G).
func tenthDigitAt(s string, k int) (int, float64, bool) {
	j := skipSpaces(s, k)
	d := digitValue(s, j)
	if d < 0 {
		return k, 0, false
	}
	_, w := at(s, j)
	r, _ := at(s, j+w)
	if isDigit(r) || isLetter(r) && !isCJK(r) || isDateChar(r) || r == '.' {
		return k, 0, false
	}
	if _, ok := cjkOf(r); ok {
		return k, 0, false
	}
	if r >= 0x4E00 && !isSpace(r) && r != -1 {
		// A Chinese character after the digit makes it the start of
		// another phrase (七成六個…); only the end of the phrase counts.
		if !strings.ContainsRune("，。、；！？）)", r) {
			return k, 0, false
		}
	}
	return j + w, float64(d), true
}

func isDigitBefore(s string, i int) bool {
	r, _ := before(s, i)
	return isDigit(r)
}

// foldDigits turns full-width digits into ASCII ones.
func foldDigits(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := at(s, i)
		b.WriteRune(r)
		i += w
	}
	return b.String()
}

// otherGrouping reads the digit groupings other than 1,234.5: a European
// decimal comma (1.111,11; 5,00; 1,3) and Indian lakh grouping (12,34,567.89).
// It reports the value and where the number ends.
func otherGrouping(s string, i int) (float64, int, bool) {
	run := func(k int) int { // digits from k
		n := 0
		for k+n < len(s) && isDigitByte(s[k+n]) {
			n++
		}
		return n
	}
	n := run(i)
	if n == 0 || n > 3 {
		return 0, i, false
	}
	k := i + n
	if k >= len(s) {
		return 0, i, false
	}
	switch s[k] {
	case '.':
		// 1.111,11: dots group thousands, the comma is the decimal point.
		j := k
		for j < len(s) && s[j] == '.' && run(j+1) == 3 {
			j += 4
		}
		if j == k || j >= len(s) || s[j] != ',' {
			return 0, i, false
		}
		d := run(j + 1)
		if d < 1 || d > 2 {
			return 0, i, false
		}
		str := strings.ReplaceAll(s[i:j], ".", "") + "." + s[j+1:j+1+d]
		v, err := strconv.ParseFloat(str, 64)
		return v, j + 1 + d, err == nil
	case ',':
		d := run(k + 1)
		if d == 2 && n <= 2 && k+3 < len(s) && s[k+3] == ',' {
			// 12,34,567: pairs, then a group of three.
			j := k
			for j < len(s) && s[j] == ',' && run(j+1) == 2 {
				j += 3
			}
			if j >= len(s) || s[j] != ',' || run(j+1) != 3 {
				return 0, i, false
			}
			j += 4
			if j+1 < len(s) && s[j] == '.' && isDigitByte(s[j+1]) {
				j += 1 + run(j+1)
			}
			v, err := strconv.ParseFloat(strings.ReplaceAll(s[i:j], ",", ""), 64)
			return v, j, err == nil
		}
		// 5,00 and 1,3: one or two digits after the comma, then no more
		// digits, and no list of figures (1,2,3).
		if (d == 1 || d == 2) && !(k+1+d < len(s) && (s[k+1+d] == ',' || s[k+1+d] == '.') && k+2+d < len(s) && isDigitByte(s[k+2+d])) {
			if p, _ := before(s, i); p == ',' {
				return 0, i, false
			}
			v, err := strconv.ParseFloat(s[i:k]+"."+s[k+1:k+1+d], 64)
			return v, k + 1 + d, err == nil
		}
	}
	return 0, i, false
}

// metricPrefix reports whether a metric unit that takes 兆 as mega- starts at i.
func metricPrefix(s string, i int) bool {
	for _, u := range metricUnits {
		if strings.HasPrefix(s[i:], u) {
			return true
		}
	}
	return false
}
