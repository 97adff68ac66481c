package quantity

import (
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
	ok        bool
}

// at returns the rune at byte i with full-width ASCII folded to ASCII (５ → 5,
// ％ → %), and its width in bytes. It returns -1 past the end.
func at(s string, i int) (rune, int) {
	if i >= len(s) || i < 0 {
		return -1, 0
	}
	if b := s[i]; b < utf8.RuneSelf {
		return rune(b), 1
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
	case r == '\u3000' || r == '\u00a0' || r == '\u202f':
		r = ' '
	}
	return r, w
}

// before returns the rune ending at byte i, folded like at, and its width.
func before(s string, i int) (rune, int) {
	if i <= 0 || i > len(s) {
		return -1, 0
	}
	_, w := utf8.DecodeLastRuneInString(s[:i])
	r, _ := at(s, i-w)
	return r, w
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }
func isLetterByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z'
}
func isDigit(r rune) bool  { return r >= '0' && r <= '9' }
func isLetter(r rune) bool { return r >= 0 && (r < utf8.RuneSelf && isLetterByte(byte(r)) || r >= 0x80 && unicode.IsLetter(r)) }
func isCJK(r rune) bool    { return r >= 0x2E80 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF }
func isSpace(r rune) bool  { return r == ' ' || r == '\t' }

// cjkStart reports whether r can begin a Chinese numeral.
func cjkStart(r rune) bool {
	c, ok := cjk[r]
	return ok && c.kind != cjkPoint && c.kind != cjkMore
}

func isVagueMark(r rune) bool {
	for _, v := range vagueBefore {
		if r0, _ := utf8.DecodeRuneInString(v); r0 == r {
			return true
		}
	}
	return false
}

// isDateChar reports whether r after a bare number makes it a date part.
func isDateChar(r rune) bool {
	switch r {
	case '年', '月', '日', '号', '號', '時', '时', '点', '點', '分', '秒', '週', '周', '季', '届', '屆', '歲', '岁', '天', '期', '章', '条', '條':
		return true
	}
	return false
}

func skipSpaces(s string, i int) int {
	for i < len(s) {
		r, w := at(s, i)
		if !isSpace(r) {
			break
		}
		i += w
	}
	return i
}

func skipSpacesBack(s string, i, floor int) int {
	for i > floor {
		r, w := before(s, i)
		if !isSpace(r) {
			break
		}
		i -= w
	}
	return i
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
	last, _ := utf8.DecodeLastRuneInString(w)
	if isLetterByte(byte(last)) && last < utf8.RuneSelf {
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
	if isLetterByte(w[0]) && k > 0 && isLetterByte(s[k-1]) {
		return i, false
	}
	return k, true
}

// endsWithCurrency finds a currency marker written just before i.
func endsWithCurrency(s string, i, floor int) (int, string, string, bool) {
	j := skipSpacesBack(s, i, floor)
	for _, c := range prefixCurrency {
		if k, ok := endsWith(s, j, floor, c.text); ok {
			if c.text == "dollar" && j == i {
				continue
			}
			return k, c.code, c.text, true
		}
		// Full-width ＄ and the like.
		if c.text == "$" {
			if r, w := before(s, j); r == '$' && j-w >= floor {
				return j - w, c.code, "$", true
			}
		}
	}
	return i, "", "", false
}

// currencyAt finds a currency marker written just after e.
func currencyAt(s string, e int) (int, string, string, bool) {
	j := skipSpaces(s, e)
	for _, c := range suffixCurrency {
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
			return k, c.code, c.text, true
		}
	}
	return e, "", "", false
}

func millionCurrencyAt(s string, e int) (int, string, bool) {
	j := skipSpaces(s, e)
	var buf [8]byte
	w, k := lowerWord(s, j, buf[:0:8])
	if code, ok := millionCurrency[string(w)]; ok {
		return k, code, true
	}
	return e, "", false
}

// percentAt finds a percent sign or word just after e.
func percentAt(s string, e int) (int, bool, bool) {
	j := skipSpaces(s, e)
	for _, p := range percentAfter {
		if k, ok := hasWordAt(s, j, p.text); ok {
			if p.text[0] < utf8.RuneSelf && isLetterByte(p.text[0]) && j == e {
				continue // "12percent" is not written; "12pct" is a word
			}
			return k, p.points, true
		}
	}
	// 個 百 分 點 with spaces between the characters.
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
	if j > e && r == '折' {
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
		return e, 0, false
	}
	if m, ok := enScale[string(w)]; ok {
		return k, m, true
	}
	if m, ok := enAbbrev[string(w)]; ok {
		if r, _ := at(s, k); r == '.' && (w[0] == 'm' || w[0] == 'b') && len(w) == 1 {
			// "5 m." may end a sentence; still a magnitude in money.
			return k, m, true
		}
		return k, m, true
	}
	return e, 0, false
}

// startsEnglishNumber reports whether an English word can begin a number.
func startsEnglishNumber(w string) bool {
	if len(w) > 9 || len(w) < 1 {
		return false
	}
	var buf [9]byte
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20
	}
	lw := string(buf[:len(w)])
	switch lw {
	case "a", "an", "half", "quarter", "hundred", "dozen":
		return true
	}
	_, ok := enSmall[lw]
	return ok
}

// number reads the number at i: digits, Chinese numerals, English words or
// a mix ("1.4萬億", "3 hundred"). unitOK allows a Chinese numeral to begin with
// a magnitude character (上萬, 數十億).
func number(s string, i int, unitOK bool) num {
	r, _ := at(s, i)
	switch {
	case isDigit(r) || r == '.':
		return arabicNumber(s, i)
	case r >= 0 && r < utf8.RuneSelf && isLetterByte(byte(r)):
		return englishNumber(s, i)
	default:
		return chineseNumber(s, i, 0, false, unitOK)
	}
}

// digits reads a run of digits with thousands separators and one decimal
// point.
func digits(s string, i int) (float64, int, int, bool) {
	var buf [40]byte
	n, j, intDigits := 0, i, 0
	seenDot := false
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
			if groupOfThree(s, j+w) {
				j += w
				continue
			}
		case r == '.' && !seenDot:
			if r2, _ := at(s, j+w); isDigit(r2) {
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
	v, err := strconv.ParseFloat(string(buf[:n]), 64)
	if err != nil {
		return 0, i, 0, false
	}
	return v, j, intDigits, true
}

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

func arabicNumber(s string, i int) num {
	v, j, _, ok := digits(s, i)
	if !ok {
		return num{}
	}
	n := num{v: v, end: j, mult: 1, ok: true}
	// A dotted run (192.168.1.2, v1.2.3) is an address or a version.
	if r, w := at(s, j); r == '.' {
		if r2, _ := at(s, j+w); isDigit(r2) {
			for {
				r, w := at(s, j)
				if r != '.' && !isDigit(r) {
					break
				}
				j += w
			}
			n.end, n.attached = j, true
			return n
		}
	}
	// Scientific notation: 2e5, 1.3e6.
	if r, w := at(s, j); r == 'e' || r == 'E' {
		k := j + w
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
	// Chinese magnitudes after digits: 5.4億, 70萬, 2千零30万, 1000  万.
	k := skipSpaces(s, j)
	if r, _ := at(s, k); cjkContinues(r, s, k) {
		c := chineseNumber(s, k, v, true, false)
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
		// "3 million and a half"
		if k2, ok := hasWordAt(s, skipSpaces(s, n.end), "and a half"); ok {
			n.v += 0.5 * n.mult
			n.end = k2
		}
	}
	return n
}

// cjkContinues reports whether the Chinese character r at k continues a
// number begun with digits (a magnitude, or 多/餘 before one).
func cjkContinues(r rune, s string, k int) bool {
	c, ok := cjk[r]
	if !ok {
		return false
	}
	switch c.kind {
	case cjkSmall, cjkBig:
		return true
	case cjkMore, cjkSome:
		_, w := at(s, k)
		r2, _ := at(s, skipSpaces(s, k+w))
		c2, ok := cjk[r2]
		return ok && (c2.kind == cjkSmall || c2.kind == cjkBig)
	}
	return false
}

type stackEntry struct{ v, u float64 }

// chineseNumber reads a Chinese numeral at i, possibly continuing digits
// already read (init). Big magnitudes multiply everything smaller before
// them, so 一萬五千億 is 1.5e12 and 四萬萬 is 4e8.
func chineseNumber(s string, i int, init float64, hasInit, unitOK bool) num {
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
	for j < len(s) {
		r, w := at(s, j)
		if isSpace(r) {
			if tokens == 0 {
				break
			}
			k := skipSpaces(s, j)
			r2, _ := at(s, k)
			if _, ok := cjk[r2]; !ok && !(isDigit(r2) && lastUnit > 0 && !hasNum) {
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
		c, ok := cjk[r]
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
				cur = cur*10 + c.val
				concat = true
			} else {
				cur, hasNum, numCJK = c.val, true, true
			}
		case cjkSmall:
			if concat {
				res.vague = true
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
			if c2, ok := cjk[r2]; ok && c2.kind == cjkBig {
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
			if c2, ok := cjk[r2]; !ok || c2.kind != cjkBig && c2.kind != cjkSmall {
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
	if tokens == 1 && !hasInit && !unitOK {
		r, w := at(s, i)
		if _, ok := cjk[r]; ok {
			p, _ := before(s, i)
			n, _ := at(s, i+w)
			if cjkNotNumber[string(p)+string(r)] || cjkNotNumber[string(r)+string(n)] {
				return num{}
			}
		}
	}
	tail := cur
	if hasNum && numCJK && !concat && !zero && lastUnit >= 100 && cur < 10 && frac == 0 {
		// 一萬三 is 13000 and 兩千四百五 is 2450: a lone digit after a
		// magnitude counts in the next smaller one.
		tail = cur * lastUnit / 10
	}
	total := section + tail + frac
	for k := 0; k < ns; k++ {
		total += stack[k].v
	}
	res.v, res.end, res.mult, res.ok, res.unitStart = total, end, mult, true, unitStart
	// 五分之一: a fraction with this number as denominator.
	if k, ok := spacedAt(s, end, "分之"); ok && total != 0 {
		nn := number(s, skipSpaces(s, k), false)
		if nn.ok {
			res.v = nn.v / total
			res.end = nn.end
			res.mult = 1
		}
	}
	return res
}

// unitLeads reports whether a numeral may begin with the magnitude u (百, 千)
// followed by what is at i: a digit (千三 is 1300) or a larger magnitude
// (百億), but not 千萬 as the adverb "by all means" (千萬不要).
func unitLeads(s string, i int, u rune) bool {
	r, w := at(s, i)
	c, ok := cjk[r]
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
		} else if c, ok := cjk[r]; ok && c.kind == cjkDigit {
			d = c.val
		} else if isSpace(r) {
			k := skipSpaces(s, j)
			r2, _ := at(s, k)
			if c, ok := cjk[r2]; !ok || c.kind != cjkDigit {
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

// englishNumber reads spelled-out numbers: "seven hundred thousand", "half a
// billion", "one and a half million", "twenty-one".
func englishNumber(s string, i int) num {
	var buf [12]byte
	total, cur := 0.0, 0.0
	have, lastScale := false, false
	mult := 1.0
	j, end := i, i
	pendingA, prevAnd := false, false
	half := 0.0
	for j < len(s) {
		w, k := lowerWord(s, j, buf[:0:12])
		if len(w) == 0 {
			break
		}
		word := string(w)
		if v, ok := enSmall[word]; ok {
			if have && !lastScale && cur != 0 && int(cur)%100 != 0 && (int(cur)%10 != 0 || v >= 10) {
				break // "five two" is two numbers; "twenty one" and "hundred and six" are one
			}
			cur += v
			have, lastScale, pendingA = true, false, false
			end = k
		} else if word == "a" || word == "an" {
			if have && !lastScale && half == 0 && !prevAnd {
				break
			}
			pendingA = true
		} else if word == "half" || word == "quarter" {
			f := 0.5
			if word == "quarter" {
				f = 0.25
			}
			if have && cur != 0 && !prevAnd {
				break
			}
			half = f
			have, pendingA = true, false
			end = k
		} else if word == "dozen" || word == "dozens" {
			if !have && !pendingA {
				break
			}
			if cur == 0 {
				cur = 1
			}
			cur *= 12
			have, pendingA = true, false
			end = k
		} else if m, ok := enScale[word]; ok {
			if !have && !pendingA {
				break
			}
			if m == 100 {
				if cur == 0 {
					cur = 1
				}
				cur *= 100
			} else if lastScale && cur == 0 {
				total *= m
				mult *= m
			} else {
				base := cur
				if base == 0 {
					base = 1
				}
				if half != 0 && cur == 0 {
					base = half
					half = 0
				} else if half != 0 {
					base += half
					half = 0
				}
				total += base * m
				cur = 0
				if m > mult {
					mult = m
				}
				lastScale = true
			}
			have, pendingA = true, false
			end = k
		} else if word == "and" {
			if !have {
				break
			}
			k2 := skipSpaces(s, k)
			w2 := wordAt(s, k2)
			if !startsEnglishNumber(w2) {
				break
			}
		} else {
			break
		}
		if m, ok := enScale[word]; ok && m == 100 {
			lastScale = false
		}
		prevAnd = word == "and" || prevAnd && (word == "a" || word == "an")
		// Separators: spaces and hyphens (twenty-one, fifty - two).
		k2 := skipSpaces(s, k)
		if r, w := at(s, k2); r == '-' {
			k2 = skipSpaces(s, k2+w)
		}
		if k2 < len(s) && isLetterByte(s[k2]) {
			j = k2
			continue
		}
		break
	}
	if !have {
		return num{}
	}
	v := total + cur
	if half != 0 {
		if total != 0 && cur == 0 {
			v = total + half*mult // "one million and a half"
		} else {
			v += half
		}
	}
	return num{v: v, end: end, mult: mult, words: true, ok: true}
}
