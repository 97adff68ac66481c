// Package quantity finds numbers, money and percentages in English and
// Chinese (Traditional and Simplified) running text and reads them into base
// units: "5.4億美元" is 540000000 USD, "$5.4bn" is 5400000000 USD, "百分之十二"
// is 12 percent. It knows nothing of companies or metrics; package claims
// decides which quantities are claims. It uses the standard library only.
package quantity

import (
	"math"
	"strings"
	"sync"
	"unicode/utf8"
)

// Quantity is one figure found in text.
type Quantity struct {
	Start, End int     // byte offsets of the whole expression in the input, approximators and currency included
	Value      float64 // in base units: 700000, 5.4e8; for percentages the number of percent
	ValueMax   float64 // the top of a range, 0 if none
	Unit       string  // ISO 4217 code, "percent", or "" for a bare number
	Approx     string  // "exact", "about", "at_least" or "at_most"
	Text       string  // the matched text

	// NumStart is the byte offset of the number proper, after any currency
	// symbol or approximator written before it.
	NumStart int
	// Scaled is true when a magnitude was written (million, bn, 萬, 億), so a
	// bare figure reads as an amount rather than an ordinal or a year.
	Scaled bool
	// PercentPoints marks percentage points (12個百分點, "percentage points").
	PercentPoints bool
	// Vague marks figures that name no amount: 數十億, 几百万, 成千上萬.
	Vague bool
	// Attached marks a number glued to a name or version: GPT-4, H100,
	// DALL-E2, 192.168.1.2.
	Attached bool
	// DateLike marks a number written as a year, month or day (2024年, 5月,
	// 15日) or a bare four-digit year.
	DateLike bool
	// Ordinal marks 第一, 1st, 2nd.
	Ordinal bool
	// Symbol is the currency marker as written ("$", "美元", "元", "¥").
	Symbol string
	// ApproxWord is the approximator as written ("約", "more than").
	ApproxWord string
	// Negative is true when a minus sign or word was written (負, minus).
	Negative bool
	// NoValue marks a currency or a percentage named without a figure ("the
	// dollar rose", "a small percent"); Value is 0 and means nothing. Only
	// FindAll returns these.
	NoValue bool

	mult float64 // the magnitude written, for "200-300 billion"
}

// Approximation qualifiers, as CLAIMS.md names them.
const (
	Exact   = "exact"
	About   = "about"
	AtLeast = "at_least"
	AtMost  = "at_most"
)

// UnitPercent is the unit of percentages.
const UnitPercent = "percent"

// Find returns every quantity in text, in order of appearance. Ranges
// ("2000亿至3000亿美元") are one quantity with ValueMax set.
func Find(text string) []Quantity {
	// The figures are gathered in a reused buffer and copied out at their
	// number: a slice grown figure by figure costs more in allocation than
	// the search.
	buf := findBuffers.Get().(*[]Quantity)
	found := appendFound((*buf)[:0], text)
	var out []Quantity
	if len(found) > 0 {
		out = make([]Quantity, len(found))
		copy(out, found)
	}
	if cap(found) <= maxKeptBuffer {
		clear(found) // keep no text alive in the pool
		*buf = found[:0]
		findBuffers.Put(buf)
	}
	return out
}

// findBuffers are Find's working buffers; one of more than maxKeptBuffer
// figures, grown for a rare huge text, is left to the collector.
var findBuffers = sync.Pool{New: func() any { return new([]Quantity) }}

const maxKeptBuffer = 4096

// appendFound appends the quantities of text to out.
func appendFound(out []Quantity, text string) []Quantity {
	floor := 0
	for i := 0; i < len(text); {
		b := text[i]
		switch byteKinds[b] {
		case byteOther:
			i++
			continue
		case byteDot:
			if i+1 >= len(text) || !isDigitByte(text[i+1]) || i > 0 && text[i-1] == '.' {
				i++
				continue
			}
			fallthrough
		case byteDigit:
			if q, ok := match(text, i, floor, true); ok {
				out = append(out, q)
				i, floor = q.End, q.End
				if q.Attached && i+1 < len(text) && text[i] == '.' && isDigitByte(text[i+1]) {
					i++ // the next part of 192.168.1.2
				}
				continue
			}
			// Skip the rest of the digit run so "123" is not retried as "23".
			i++
			for i < len(text) && (isDigitByte(text[i]) || text[i] == '.' || text[i] == ',') {
				i++
			}
			continue
		case byteLetter:
			j := letterRunEnd(text, i+1)
			// Only "per", "percent" and "percents" open a percentage
			// written before its number.
			if n := j - i; (n == 3 || n == 7 || n == 8) && b|0x20 == 'p' {
				if q, ok := percentOfAt(text, i, j); ok {
					out = append(out, q)
					i, floor = q.End, q.End
					continue
				}
			}
			if startsEnglishNumber(text[i:j]) && (i == 0 || !isLetterByte(text[i-1])) {
				if q, ok := match(text, i, floor, true); ok {
					out = append(out, q)
					i, floor = q.End, q.End
					continue
				}
			}
			i = j
			continue
		}
		if b >= 0xE0 && b < 0xF0 && i+2 < len(text) && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
			// Most characters of a Chinese text start nothing: one bit
			// says so before any of the checks below.
			if r := rune(b&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F); !findStarts.has(r) {
				i += 3
				continue
			}
		} else if b >= 0xC2 && b < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			// The same for two-byte runes (é, ×, a no-break space).
			if r := rune(b&0x1F)<<6 | rune(text[i+1]&0x3F); !findStarts.has(r) {
				i += 2
				continue
			}
		}
		r, w := at(text, i)
		// All the vulgar fractions are ¼½¾ or in U+2150–U+215F: the map is
		// asked only about those.
		if r >= '¼' && r <= '¾' || r >= 0x2150 && r <= 0x215F {
			if v, ok := vulgarFractions[r]; ok {
				out = append(out, Quantity{Start: i, NumStart: i, End: i + w, Value: v, Approx: Exact, Text: text[i : i+w]})
				i, floor = i+w, i+w
				continue
			}
		}
		if r == '半' || (r == '对' || r == '對') && func() bool { p, _ := before(text, i); return p == '打' }() {
			if q, ok := wholeWordAt(text, i); ok {
				out = append(out, q)
				i, floor = q.End, q.End
				continue
			}
		}
		if isDigit(r) || cjkStart(r) {
			if q, ok := match(text, i, floor, true); ok {
				out = append(out, q)
				i, floor = q.End, q.End
				continue
			}
		}
		i += w
	}
	return out
}

// The kinds of byte Find tells apart before reading a rune.
const (
	byteHigh   = iota // part of a multi-byte rune
	byteOther         // ASCII that starts nothing: spaces, punctuation
	byteDigit         // 0-9
	byteDot           // ".", which starts ".5"
	byteLetter        // a-z, A-Z
)

var byteKinds = func() (k [256]uint8) {
	for b := 0; b < utf8.RuneSelf; b++ {
		switch {
		case isDigitByte(byte(b)):
			k[b] = byteDigit
		case b == '.':
			k[b] = byteDot
		case isLetterByte(byte(b)):
			k[b] = byteLetter
		default:
			k[b] = byteOther
		}
	}
	return k
}()

// findStarts are the runes at which Find has something to try, as decoded
// before at folds them: those that fold to a digit, a Chinese numeral, 半,
// 对 or 對, or a vulgar fraction. Overlong forms count too: at reads
// "\xe0\x80\xb7" as 7, as its three bytes say.
var findStarts = func() (set runeSet) {
	for r := rune(0); r < 1<<16; r++ {
		f := fold(r)
		if isDigit(f) || cjkStart(f) || f == '半' || f == '对' || f == '對' || f >= '¼' && f <= '¾' || f >= 0x2150 && f <= 0x215F {
			set.add(r)
		}
	}
	return set
}()

// Parse reads one expression ("5.4億美元", "$5.4bn", "約12%") that makes up all
// of s, spaces aside. It reports false when s is not exactly one quantity.
func Parse(s string) (Quantity, bool) {
	t := strings.TrimSpace(s)
	qs := Find(t)
	if len(qs) != 1 || qs[0].Start != 0 || qs[0].End != len(t) {
		return Quantity{}, false
	}
	off := strings.Index(s, t)
	q := qs[0]
	q.Start += off
	q.End += off
	q.NumStart += off
	return q, true
}

// match reads the quantity whose number starts at i; floor is the end of the
// previous quantity, which a prefix may not reach back past. ranges is false
// for the second figure of a range, so a chain of figures is not re-read
// from each of its links.
func match(s string, i, floor int, ranges bool) (Quantity, bool) {
	q := Quantity{Start: i, NumStart: i, Approx: Exact}
	prev, _ := before(s, i)
	var n num
	if div, j, ok := fractionAt(s, i); ok {
		n = readNumber(s, j, true, true) // 百分之百, 千分之一
		if !n.ok {
			return q, false
		}
		n.v /= div
		q.Unit = UnitPercent
	} else {
		n = number(s, i, prev == '上' || isVagueMark(prev) || prev == '第')
		if !n.ok {
			return q, false
		}
	}
	if math.IsInf(n.v, 0) || math.IsNaN(n.v) {
		return q, false
	}
	q.Value, q.End, q.Scaled, q.Vague, q.mult = n.v, n.end, n.mult > 1, n.vague, n.mult
	if n.more {
		q.Approx, q.ApproxWord = AtLeast, "多"
	}
	if n.attached {
		q.Attached = true
	}
	q.prefix(s, floor, n)
	if n.words && strings.EqualFold(s[q.NumStart:n.end], "one") && !q.Negative && q.Unit == "" {
		// "one" is as often a pronoun as a number: "the one", "which one".
		if _, det := endsWithWord(s, q.NumStart, floor, pronounOne...); det {
			return q, false
		}
	}
	if !q.suffix(s) {
		return q, false
	}
	if q.Unit == "" && n.end >= 2 && strings.IndexByte("bBgGtT", s[n.end-1]) >= 0 && isDigitByte(s[n.end-2]) {
		// "Llama 3.1 405B", "5G", "4T": a model size or a name; an amount
		// in billions writes its currency ($405B).
		q.Attached = true
	}
	if ranges {
		q.ratio(s)
	}
	if ranges {
		q.rangeEnd(s)
	}
	if q.Negative {
		q.Value = -q.Value
	}
	q.Text = s[q.Start:q.End]
	q.Value, q.ValueMax = roundSig(q.Value), roundSig(q.ValueMax)
	if math.IsInf(q.Value, 0) || math.IsNaN(q.Value) || math.IsInf(q.ValueMax, 0) || math.IsNaN(q.ValueMax) {
		return q, false
	}
	return q, true
}

// prefix reads what is written before the number: a minus sign, a currency,
// an approximator, a vague marker.
func (q *Quantity) prefix(s string, floor int, n num) {
	p := q.Start
	if n.unitStart {
		r, w := before(s, p)
		switch {
		case r == '上':
			q.Approx, q.ApproxWord, q.Start = AtLeast, "上", p-w
			return
		case isVagueMark(r):
			q.Vague = true
			q.Start = p - w
			return
		case r == '第':
			q.Ordinal = true
			q.Start = p - w
			return
		}
	}
	if r, w := before(s, p); r == '第' {
		q.Ordinal, q.Start = true, p-w
		return
	}
	// A minus sign glued to the number, not a hyphen between two words or
	// figures (GPT-4, 2023-2024).
	if r, w := before(s, p); (r == '-' || r == '−') && p-w >= floor {
		r2, _ := before(s, p-w)
		if !isLetter(r2) && !isDigit(r2) && r2 != ')' && r2 != '-' {
			q.Negative, p = true, p-w
		} else if isLetter(r2) {
			q.Attached = true
		}
	} else if isLetter(r) && !isCJK(r) && !n.words || strings.ContainsRune("=%/?&#_", r) || r == '.' && !n.words {
		q.Attached = true // GPT4o, a URL's ?q=30
	}
	if r, w := before(s, p); r == '负' || r == '負' {
		q.Negative, p = true, p-w
	}
	if k, ok := endsWithWord(s, p, floor, "minus", "negative"); ok {
		q.Negative, p = true, k
	}
	if k, code, ok := millionCurrencyBefore(s, p, floor); ok && !n.words {
		q.Unit, q.Symbol, p = code, s[k:k+4], k
		q.Value *= 1e6
		q.Scaled, q.mult = true, 1e6
	} else if k, code, text, ok := endsWithCurrency(s, p, floor); ok {
		q.Unit, q.Symbol, p = code, text, k
		q.Attached = false
		if r, w := before(s, p); r == '-' && p-w >= floor {
			// "-$7bn", but not the hyphen of "$5bn-$7bn".
			if r2, _ := before(s, p-w); !isLetter(r2) && !isDigit(r2) {
				q.Negative, p = true, p-w
			}
		}
	}
	j := skipSpacesBack(s, p, floor)
	if j <= floor {
		q.Start = p
		return
	}
	for _, n := range approxByLast[lowerByte(s[j-1])] {
		a := approxBefore[n]
		if k, ok := endsWith(s, j, floor, a.text); ok {
			q.Approx, q.ApproxWord, p = a.approx, a.text, k
			break
		}
	}
	q.Start = p
}

// suffix reads what is written after the number: a percent sign, a currency,
// an approximator, a date character. It reports false when letters glued to
// the number make it part of a word ("180ml", "4th").
func (q *Quantity) suffix(s string) bool {
	e := q.End
	if q.Unit != UnitPercent {
		if k, points, ok := percentAt(s, e); ok {
			q.Unit, q.PercentPoints, e = UnitPercent, points, k
		} else if k, ok := spacedDiscountAt(s, e, q); ok {
			q.Value, q.Unit, e = q.Value*10+float64(digitValue(s, skipSpaces(s, e))), UnitPercent, k // 7 2 折 is 72%
		} else if k, half, ok := tenthsAt(s, e); ok && !q.Scaled && q.Value > 0 && q.Value < 100 && (q.Value != 10 || s[k-3:k] == "成") {
			// 十成 is 100%, but 十折 is no discount at all.
			// 九成 and 九折 are 90%; a two-digit discount (75折, 五五折) is
			// already in percent.
			switch {
			case q.Value == 10:
				q.Value = 100
			case q.Value < 10:
				q.Value = q.Value*10 + half
				if k2, d, ok := tenthDigitAt(s, k); ok && half == 0 && s[k-3:k] == "成" {
					q.Value, k = q.Value+d, k2 // 七成六 is 76%
				}
			}
			q.Unit, e = UnitPercent, k
		}
	}
	if q.Unit != UnitPercent {
		hyphen := false
		if r, _ := at(s, e); r == '-' && q.Unit == "" && !q.Scaled {
			hyphen = true // "a 12-cent dividend", "a one-yen bid"
		}
		if k, code, text, ok := currencyAt(s, e+boolInt(hyphen)); ok && !(len(text) == 1 && digitAfter(s, k) && !symbolsAfter(s, k, text)) && (!hyphen || isLetterByte(text[0])) &&
			!(q.Scaled && (text == "块" || text == "塊")) {
			if q.Unit == "" || q.Symbol == "人民幣" || q.Symbol == "人民币" || q.Unit == code {
				q.Unit, q.Symbol = code, text
				if d, ok := subunit[text]; ok {
					q.Value /= d // cents and pence: the amount in dollars and pounds
				}
			}
			e = k
			e = q.subunits(s, e, text)
			// "75 USD million" writes the magnitude after the currency.
			if k2, m, ok := scaleAt(s, e, true); ok && !q.Scaled {
				q.Value *= m
				q.Scaled, q.mult, e = true, m, k2
			}
		} else if k, code, ok := millionCurrencyAt(s, e); ok {
			q.Value *= 1e6
			q.mult = 1e6
			q.Unit, q.Symbol, q.Scaled, e = code, s[q.End:k], true, k
		} else if q.Unit != "" && q.NumStart > q.Start {
			e = q.coinsAfterPrefix(s, e)
		}
	}
	for _, n := range approxAfterAt[byteAt(s, e)] {
		a := approxAfter[n]
		if k, ok := hasWordAt(s, e, a.text); ok {
			if q.ApproxWord == "" || q.Approx == Exact {
				q.Approx, q.ApproxWord = a.approx, a.text
			}
			e = k
			break
		}
	}
	if r, _ := at(s, e); isDateChar(r) && q.Unit == "" && !q.Scaled && !(r == '分' && q.Value != math.Trunc(q.Value)) {
		q.DateLike = true // but "每股虧損12.66分" is fen, no time
	}
	if q.Unit == "" && !q.Scaled && q.Value >= 1900 && q.Value <= 2100 && q.Value == math.Trunc(q.Value) && q.End-q.NumStart == 4 {
		q.DateLike = true
	}
	if r, _ := at(s, q.End); e == q.End && isLetter(r) && !isCJK(r) {
		// "GPT-4o", "405B" are names; "1.2万亿tokens" ends in a Chinese
		// magnitude, after which a Latin word is what the figure counts.
		if m, _ := before(s, q.End); !isCJK(m) {
			return false
		}
	}
	q.End = e
	return true
}

// rangeEnd extends q over "至3000億美元", "-15%", "to $300 billion".
func (q *Quantity) rangeEnd(s string) {
	j := skipSpaces(s, q.End)
	// Most figures have no joining word after them: look for one first.
	if j >= len(s) || len(rangeJoinAt[s[j]]) == 0 {
		return
	}
	b := skipSpacesBack(s, q.Start, 0)
	between, betweenAt := false, 0
	if k, ok := endsWith(s, b, 0, "between"); ok && k >= 0 {
		between, betweenAt = true, k
	}
	for _, w := range notRangeBefore {
		if _, ok := endsWith(s, b, 0, w); ok {
			return
		}
	}
	var k int
	ok := false
	for _, n := range rangeJoinAt[s[j]] {
		w := rangeJoin[n]
		if w == "and" && !between {
			continue
		}
		if k2, hit := hasWordAt(s, j, w); hit {
			k, ok = k2, true
			break
		}
	}
	if !ok || q.Vague {
		return
	}
	k = skipSpaces(s, k)
	start := k
	// Step over a currency symbol to the number.
	for n := 0; n < 3 && k < len(s); n++ {
		r, w := at(s, k)
		if isDigit(r) || cjkStart(r) || isLetter(r) && startsEnglishNumber(wordAt(s, k)) {
			break
		}
		k += w
	}
	q2, ok := match(s, k, start, false)
	if !ok || q2.Start != start || q2.Negative || q2.Vague || q2.Attached || q2.DateLike != q.DateLike {
		return
	}
	if q2.Symbol == "元" && (q.Unit == "TWD" || q.Unit == "HKD") {
		q2.Unit = q.Unit // "新台幣1,500億元至2,000億元": 元 counts the currency named first
	}
	if q.Unit != "" && q2.Unit != "" && q.Unit != q2.Unit || q.Unit == UnitPercent && q2.Unit != UnitPercent {
		// "slipped 3.2% to 180.5 million" is a change and a level.
		return
	}
	if q.Unit == "" && q2.Unit == "" && !q.Scaled && !q2.Scaled {
		// Bare pairs ("2023-2024", "1-2") are too often dates and list
		// numbers to read as ranges; a Chinese pair counted by a measure
		// word is one: "每秒20至22个token".
		r, _ := at(s, skipSpaces(s, q2.End))
		if s[j] < 0x80 || !strings.ContainsRune("个家款名颗块张台人次座辆条项", r) {
			return
		}
	}
	v := q.Value
	if !q.Scaled && q2.Scaled && q2.mult > 1 {
		v *= q2.mult
	}
	if q.Unit == "" && q2.Unit == UnitPercent && strings.HasSuffix(q2.Text, "成") && !q.Scaled && v < 10 {
		v *= 10 // "三至四成" is 30% to 40%
	}
	if v >= q2.Value || q.Negative {
		return
	}
	q.Value, q.ValueMax = v, q2.Value
	if q.Unit == "" {
		q.Unit, q.Symbol = q2.Unit, q2.Symbol
	}
	q.Scaled = q.Scaled || q2.Scaled
	q.PercentPoints = q.PercentPoints || q2.PercentPoints
	if q2.Approx != Exact && q.Approx == Exact {
		q.Approx, q.ApproxWord = q2.Approx, q2.ApproxWord
	}
	q.End = q2.End
	if between {
		q.Start = betweenAt
	}
}

// wholeWords are the Chinese words that are a quantity by themselves:
// 半百 is fifty, 半成 5%, 半折 and 對折 a half-price discount, 50%.
var wholeWords = []struct {
	text  string
	value float64
	unit  string
	after string // characters that, next, make the word part of another
}{
	{"半百", 50, "", ""}, {"半成", 5, UnitPercent, "品"}, {"半折", 50, UnitPercent, ""},
	{"对折", 50, UnitPercent, ""}, {"對折", 50, UnitPercent, ""},
}

// percentOfAt reads "percent of 10" and "per cent of twenty-two", the
// percentage written before its number; word is text[i:j].
func percentOfAt(text string, i, j int) (Quantity, bool) {
	if n := j - i; n != 3 && n != 7 && n != 8 || text[i]|0x20 != 'p' {
		return Quantity{}, false
	}
	w := strings.ToLower(text[i:j])
	if w != "percent" && w != "percents" && w != "per" || i > 0 && isLetterByte(text[i-1]) {
		return Quantity{}, false
	}
	k := j
	if w == "per" {
		var ok bool
		if k, ok = hasWordAt(text, skipSpaces(text, j), "cent"); !ok {
			return Quantity{}, false
		}
	}
	k, ok := hasWordAt(text, skipSpaces(text, k), "of")
	if !ok {
		return Quantity{}, false
	}
	k = skipSpaces(text, k)
	r, _ := at(text, k)
	if !isDigit(r) && !(r >= 0 && r < utf8.RuneSelf && isLetterByte(byte(r)) && startsEnglishNumber(wordAt(text, k))) {
		return Quantity{}, false
	}
	n := number(text, k, false)
	if !n.ok || n.attached || n.mult > 1 {
		return Quantity{}, false
	}
	if r2, _ := at(text, n.end); isLetter(r2) {
		return Quantity{}, false
	}
	return Quantity{Start: i, NumStart: k, End: n.end, Value: n.v, Unit: UnitPercent, Approx: Exact, Text: text[i:n.end]}, true
}

func wholeWordAt(s string, i int) (Quantity, bool) {
	for _, w := range wholeWords {
		if !strings.HasPrefix(s[i:], w.text) {
			continue
		}
		e := i + len(w.text)
		if r, _ := at(s, e); w.after != "" && strings.ContainsRune(w.after, r) {
			return Quantity{}, false
		}
		return Quantity{Start: i, NumStart: i, End: e, Value: w.value, Unit: w.unit, Approx: Exact, Text: s[i:e]}, true
	}
	return Quantity{}, false
}

// ratioWords join the two numbers of a spelled-out fraction: "one over
// three", "two out of five hundred", "1 in twenty-one". end says the
// denominator must close the phrase ("$2000 over 3 years" is no fraction).
var ratioWords = []struct {
	text string
	end  bool
	less bool // the numerator is the smaller ("8 in 5" is two numbers)
}{{"over", true, false}, {"out of", false, true}, {"in", true, true}}

// ratio reads "X over Y", "X out of Y", "X in Y" after a bare number.
func (q *Quantity) ratio(s string) {
	if q.Unit != "" || q.Scaled || q.Vague || q.Attached || q.Value == 0 {
		return
	}
	j := skipSpaces(s, q.End)
	if j == q.End {
		return
	}
	for _, rw := range ratioWords {
		k, ok := hasWordAt(s, j, rw.text)
		if !ok {
			continue
		}
		k = skipSpaces(s, k)
		r, _ := at(s, k)
		if !isDigit(r) && !(r >= 0 && r < utf8.RuneSelf && isLetterByte(byte(r)) && startsEnglishNumber(wordAt(s, k))) {
			return
		}
		d := number(s, k, false)
		if !d.ok || d.v == 0 || d.fraction || d.attached {
			return
		}
		if d.end-k == 4 && d.v >= 1900 && d.v <= 2100 || rw.less && q.Value >= d.v {
			return // "3 in 2024"
		}
		if rw.end {
			t := skipSpaces(s, d.end)
			if r2, _ := at(s, t); t < len(s) && !strings.ContainsRune(".,;:!?)", r2) {
				return
			}
		}
		if q.DateLike && !rw.end {
			return
		}
		q.Value /= d.v
		q.End, q.DateLike = d.end, false
		return
	}
}

// vulgarFractions are the single-character fractions of Unicode.
var vulgarFractions = map[rune]float64{'½': 0.5, '⅓': 1.0 / 3, '⅔': 2.0 / 3, '¼': 0.25, '¾': 0.75, '⅕': 0.2, '⅖': 0.4,
	'⅗': 0.6, '⅘': 0.8, '⅙': 1.0 / 6, '⅚': 5.0 / 6, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875}

// subunit are the currency words that name a fraction of the unit, with how
// many make one: a cent is a hundredth of a dollar, a satoshi 10^-8 bitcoin.
var subunit = map[string]float64{"cents": 100, "cent": 100, "pence": 100, "penny": 100, "美分": 100, "satoshis": 1e8, "satoshi": 1e8}

// subunits reads the smaller coins after a whole amount: "3 dollars 50
// cents", "thirteen dollars and forty-five cents", "15 dollars 50", "五元三毛",
// "两美元又三美分". The whole amount must be plain (no magnitude) and the
// coins below a hundred, so "$5 billion and 30 staff" stays two figures.
func (q *Quantity) subunits(s string, e int, text string) int {
	if _, sub := subunit[text]; q.Scaled || q.Value != math.Trunc(q.Value) || sub {
		return e
	}
	switch text {
	case "日元", "日圆", "日圓", "円":
		// 10日元5日本銭: 銭 (sen) is a hundredth of a yen.
		n := number(s, e, false)
		if !n.ok || n.v <= 0 || n.v >= 100 || n.v != math.Trunc(n.v) || n.mult > 1 {
			return e
		}
		k := n.end
		if strings.HasPrefix(s[k:], "日本") {
			k += len("日本")
		}
		if !strings.HasPrefix(s[k:], "銭") {
			return e
		}
		q.Value += n.v / 100
		return k + len("銭")
	case "元", "块", "块钱", "塊錢":
		// 五元三毛: 毛 and 角 are tenths, 分 hundredths.
		k := e
		for _, sub := range []struct {
			chars string
			div   float64
		}{{"毛角", 10}, {"分", 100}} {
			d := digitValue(s, k)
			if d < 0 {
				break
			}
			_, w := at(s, k)
			r, w2 := at(s, k+w)
			if !strings.ContainsRune(sub.chars, r) {
				break
			}
			q.Value += float64(d) / sub.div
			k += w + w2
		}
		return k
	case "美元":
		k := e
		if r, w := at(s, k); r == '又' {
			k += w
		}
		n := number(s, k, false)
		if n.ok && n.v > 0 && n.v < 100 && n.v == math.Trunc(n.v) && strings.HasPrefix(s[n.end:], "美分") {
			q.Value += n.v / 100
			return n.end + len("美分")
		}
		return e
	}
	if !isLetterByte(text[0]) {
		if len(text) != 1 {
			return e
		}
		// "10 $ 30 cent" is 10.30.
		n := number(s, skipSpaces(s, e), false)
		if !n.ok || n.v <= 0 || n.v >= 100 || n.v != math.Trunc(n.v) || n.mult > 1 {
			return e
		}
		t := skipSpaces(s, n.end)
		for _, c := range []string{"cents", "cent"} {
			if k, ok := hasWordAt(s, t, c); ok {
				q.Value += n.v / 100
				return k
			}
		}
		return e
	}
	k := skipSpaces(s, e)
	and := false
	if k2, ok := hasWordAt(s, k, "and"); ok {
		and, k = true, skipSpaces(s, k2)
	}
	r, _ := at(s, k)
	if k == e || !(isDigit(r) || r >= 0 && r < utf8.RuneSelf && isLetterByte(byte(r)) && startsEnglishNumber(wordAt(s, k))) {
		return e
	}
	if text == "kuai" || text == "kuais" {
		return q.maoFen(s, e, k)
	}
	n := number(s, k, false)
	if !n.ok || n.v <= 0 || n.v >= 100 || n.v != math.Trunc(n.v) || n.mult > 1 {
		return e
	}
	t := skipSpaces(s, n.end)
	if k2, ok := hasWordAt(s, t, "cents"); ok {
		t = k2
	} else if k2, ok := hasWordAt(s, t, "cent"); ok {
		t = k2
	} else if closesCoins(s, n.end, and) {
		t = n.end
	} else {
		return e // "15 dollars 50" closes its phrase; "10 dollars 20 times" is two
	}
	q.Value += n.v / 100
	return t
}

// closesCoins reports whether the coins of an amount ("15 dollars 50",
// "one dollar and one") end at i: at the end of the phrase, or before a word
// that leaves them no noun of their own ("15 USD 50 more", "one dollar and
// one and ..."). Any other word makes them a count of their own ("10
// dollars and 20 shares").
func closesCoins(s string, i int, and bool) bool {
	t := skipSpaces(s, i)
	if r, _ := at(s, t); t >= len(s) || strings.ContainsRune(".,;:!?)", r) {
		return true
	}
	for _, w := range coinsClose {
		if _, ok := hasWordAt(s, t, w.text); ok && w.and == and {
			return true
		}
	}
	return false
}

// coinsClose are the words that may follow the coins of an amount; and says
// whether the coins were joined with "and" ("one dollar and one and one
// point") or not ("15 USD 50 more").
var coinsClose = []struct {
	text string
	and  bool
}{{"and", true}, {"more", false}, {"less", false}, {"each", false}, {"apiece", false}}

// maoFen reads the coins of a yuan written in pinyin: "one kuai and five
// mao five" is 1.55 CNY (mao are tenths, a digit after them hundredths).
func (q *Quantity) maoFen(s string, e, k int) int {
	n := number(s, k, false)
	if !n.ok || n.v <= 0 || n.v >= 10 || n.v != math.Trunc(n.v) || n.mult > 1 {
		return e
	}
	t, ok := hasWordAt(s, skipSpaces(s, n.end), "mao")
	if !ok {
		return e
	}
	q.Value += n.v / 10
	k = skipSpaces(s, t)
	if r, _ := at(s, k); k == t || !(isDigit(r) || r >= 0 && r < utf8.RuneSelf && isLetterByte(byte(r)) && startsEnglishNumber(wordAt(s, k))) {
		return t
	}
	f := number(s, k, false)
	if !f.ok || f.v <= 0 || f.v >= 10 || f.v != math.Trunc(f.v) || f.mult > 1 {
		return t
	}
	if k2, ok := hasWordAt(s, skipSpaces(s, f.end), "fen"); ok {
		q.Value += f.v / 100
		return k2
	}
	if closesCoins(s, f.end, false) {
		q.Value += f.v / 100
		return f.end
	}
	return t
}

// coinsAfterPrefix reads the coins after an amount whose currency was
// written before it: "c $ 100 and fifty." is 100.50 CAD. They must close
// the phrase, so "$100 and 50 shares" and "$100 and fifty investors" stay
// two figures, and "between $10 and 50." is a range.
func (q *Quantity) coinsAfterPrefix(s string, e int) int {
	if q.Scaled || q.Value != math.Trunc(q.Value) || q.Unit == UnitPercent || afterWord(s, q.Start, 0, "between") {
		return e
	}
	k, ok := hasWordAt(s, skipSpaces(s, e), "and")
	if !ok {
		return e
	}
	k = skipSpaces(s, k)
	r, _ := at(s, k)
	if !(isDigit(r) || r >= 0 && r < utf8.RuneSelf && isLetterByte(byte(r)) && startsEnglishNumber(wordAt(s, k))) {
		return e
	}
	n := number(s, k, false)
	if !n.ok || n.v <= 0 || n.v >= 100 || n.v != math.Trunc(n.v) || n.mult > 1 || n.attached {
		return e
	}
	t := skipSpaces(s, n.end)
	if r2, _ := at(s, t); t < len(s) && !strings.ContainsRune(".;!?", r2) {
		return e
	}
	q.Value += n.v / 100
	return n.end
}

// symbolsAfter reports whether the figure after a currency symbol at k is
// itself followed by the symbol or by cents: the text writes its symbols
// after the figures ("10 $ 30 $", "10 $ 30 cent"), so the symbol at k
// belongs to the figure before it.
func symbolsAfter(s string, k int, text string) bool {
	n := number(s, skipSpaces(s, k), false)
	if !n.ok || n.attached {
		return false
	}
	t := skipSpaces(s, n.end)
	if _, ok := hasWordAt(s, t, "cent"); ok {
		return true
	}
	if _, ok := hasWordAt(s, t, "cents"); ok {
		return true
	}
	return t > n.end && strings.HasPrefix(s[t:], text) && !digitAfter(s, t+len(text))
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// roundSig rounds v to 12 significant digits, so 65.6 billion is
// 65600000000 and not the 65599999999.99999 of binary arithmetic.
func roundSig(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	if math.Abs(v) < 1e11 && v == math.Trunc(v) {
		// A whole number of at most 11 digits is its own rounding: v*p
		// below stays an integer under 2^53, so nothing is lost.
		return v
	}
	p := math.Pow(10, 11-math.Floor(math.Log10(math.Abs(v))))
	if math.IsInf(p, 0) || p == 0 {
		return v
	}
	r := math.Round(v*p) / p
	if math.IsInf(r, 0) || math.IsNaN(r) {
		return v
	}
	return r
}

// digitAfter reports whether a digit follows i, spaces skipped: "$ 20 $ 37"
// has its second $ before the next figure, not after the first.
func digitAfter(s string, i int) bool {
	r, _ := at(s, skipSpaces(s, i))
	return isDigit(r)
}

// pronounOne are the words before "one" that make it a pronoun.
var pronounOne = []string{"the", "this", "that", "which", "each", "every", "any", "no", "another", "some", "only", "last", "next", "no"}
