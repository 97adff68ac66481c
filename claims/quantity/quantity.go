// Package quantity finds numbers, money and percentages in English and
// Chinese (Traditional and Simplified) running text and reads them into base
// units: "5.4億美元" is 540000000 USD, "$5.4bn" is 5400000000 USD, "百分之十二"
// is 12 percent. It knows nothing of companies or metrics; package claims
// decides which quantities are claims. It uses the standard library only.
package quantity

import (
	"math"
	"strings"
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
	var out []Quantity
	floor := 0
	for i := 0; i < len(text); {
		b := text[i]
		switch {
		case b >= '0' && b <= '9', b == '.' && i+1 < len(text) && isDigitByte(text[i+1]):
			if q, ok := match(text, i, floor, true); ok {
				out = append(out, q)
				i, floor = q.End, q.End
				continue
			}
			// Skip the rest of the digit run so "123" is not retried as "23".
			i++
			for i < len(text) && (isDigitByte(text[i]) || text[i] == '.' || text[i] == ',') {
				i++
			}
			continue
		case isLetterByte(b):
			j := i
			for j < len(text) && isLetterByte(text[j]) {
				j++
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
		case b < 0x80:
			i++
			continue
		}
		r, w := at(text, i)
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
	if ranges {
		q.rangeEnd(s)
	}
	if q.Negative {
		q.Value = -q.Value
	}
	q.Text = s[q.Start:q.End]
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
		if !isLetter(r2) && !isDigit(r2) && r2 != ')' {
			q.Negative, p = true, p-w
		} else if isLetter(r2) {
			q.Attached = true
		}
	} else if isLetter(r) && !isCJK(r) && !n.words || strings.ContainsRune("=%/?&#_", r) {
		q.Attached = true // GPT4o, a URL's ?q=30
	}
	if r, w := before(s, p); r == '负' || r == '負' {
		q.Negative, p = true, p-w
	}
	if k, ok := endsWithWord(s, p, floor, "minus", "negative"); ok {
		q.Negative, p = true, k
	}
	if k, code, text, ok := endsWithCurrency(s, p, floor); ok {
		q.Unit, q.Symbol, p = code, text, k
		q.Attached = false
		if r, w := before(s, p); r == '-' {
			q.Negative, p = true, p-w
		}
	}
	j := skipSpacesBack(s, p, floor)
	for _, a := range approxBefore {
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
		} else if k, half, ok := tenthsAt(s, e); ok && !q.Scaled && q.Value > 0 && q.Value < 100 && (q.Value != 10 || s[k-3:k] == "成") {
			// 十成 is 100%, but 十折 is no discount at all.
			// 九成 and 九折 are 90%; a two-digit discount (75折, 五五折) is
			// already in percent.
			if q.Value < 10 {
				q.Value = q.Value*10 + half
			}
			q.Unit, e = UnitPercent, k
		}
	}
	if q.Unit != UnitPercent {
		if k, code, text, ok := currencyAt(s, e); ok && !(len(text) == 1 && digitAfter(s, k)) {
			if q.Unit == "" || q.Symbol == "人民幣" || q.Symbol == "人民币" || q.Unit == code {
				q.Unit, q.Symbol = code, text
			}
			e = k
			// "75 USD million" writes the magnitude after the currency.
			if k2, m, ok := scaleAt(s, e, true); ok && !q.Scaled {
				q.Value *= m
				q.Scaled, q.mult, e = true, m, k2
			}
		} else if k, code, ok := millionCurrencyAt(s, e); ok {
			q.Value *= 1e6
			q.mult = 1e6
			q.Unit, q.Symbol, q.Scaled, e = code, s[q.End:k], true, k
		}
	}
	for _, a := range approxAfter {
		if k, ok := hasWordAt(s, e, a.text); ok {
			if q.ApproxWord == "" || q.Approx == Exact {
				q.Approx, q.ApproxWord = a.approx, a.text
			}
			e = k
			break
		}
	}
	if r, _ := at(s, e); isDateChar(r) && q.Unit == "" && !q.Scaled {
		q.DateLike = true
	}
	if q.Unit == "" && !q.Scaled && q.Value >= 1900 && q.Value <= 2100 && q.Value == math.Trunc(q.Value) && q.End-q.NumStart == 4 {
		q.DateLike = true
	}
	if r, _ := at(s, q.End); e == q.End && isLetter(r) && !isCJK(r) {
		return false
	}
	q.End = e
	return true
}

// rangeEnd extends q over "至3000億美元", "-15%", "to $300 billion".
func (q *Quantity) rangeEnd(s string) {
	e := q.End
	j := skipSpaces(s, e)
	between, betweenAt := false, 0
	if k, ok := endsWithWord(s, q.Start, 0, "between"); ok && k >= 0 {
		between, betweenAt = true, k
	}
	for _, w := range notRangeBefore {
		if _, ok := endsWithWord(s, q.Start, 0, w); ok {
			return
		}
	}
	var k int
	ok := false
	for _, w := range rangeJoin {
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
	if q.Unit != "" && q2.Unit != "" && q.Unit != q2.Unit {
		return
	}
	if q.Unit == "" && q2.Unit == "" && !q.Scaled && !q2.Scaled {
		// Bare pairs ("2023-2024", "1-2") are too often dates and list
		// numbers to read as ranges.
		return
	}
	v := q.Value
	if !q.Scaled && q2.Scaled && q2.mult > 1 {
		v *= q2.mult
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

// digitAfter reports whether a digit follows i, spaces skipped: "$ 20 $ 37"
// has its second $ before the next figure, not after the first.
func digitAfter(s string, i int) bool {
	r, _ := at(s, skipSpaces(s, i))
	return isDigit(r)
}

// pronounOne are the words before "one" that make it a pronoun.
var pronounOne = []string{"the", "this", "that", "which", "each", "every", "any", "no", "another", "some", "only", "last", "next", "no"}
