package quantity

import (
	"strings"
	"unicode/utf8"
)

// FindAll is Find with the currencies and percentages named without a
// figure ("the dollar rose", "人民币 美元", "a small percent", "the % of
// increase") between the quantities, flagged NoValue. A claim needs a value,
// so Find leaves them out; a reader of exchange-rate or price tables may
// want to know which currency a passage is about.
func FindAll(text string) []Quantity {
	qs := Find(text)
	var out []Quantity
	next := 0 // the next quantity of qs not yet copied to out
	for i := 0; i < len(text); {
		for next < len(qs) && qs[next].Start <= i {
			if out == nil {
				out = make([]Quantity, 0, len(qs)+2)
			}
			out = append(out, qs[next])
			if qs[next].End > i {
				i = qs[next].End
			}
			next++
		}
		if i >= len(text) {
			break
		}
		limit := len(text) // a name must not run into the next quantity
		if next < len(qs) {
			limit = qs[next].Start
		}
		q, w := nameAt(text, i, limit)
		if q.NoValue {
			out = append(out, q)
			i = q.End
			continue
		}
		i += w
	}
	out = append(out, qs[next:]...)
	if len(out) == 0 {
		return nil
	}
	return out
}

// nameAt reads a currency or percentage name at i that ends by limit; when
// there is none it returns how far to step (a whole ASCII word, or a rune).
func nameAt(s string, i, limit int) (Quantity, int) {
	b := s[i]
	switch {
	case isLetterByte(b):
		var buf [12]byte
		w, j := lowerWord(s, i, buf[:0:12]) // longer words are no names: w is empty
		if i > 0 && isLetterByte(s[i-1]) || j > limit || len(w) == 0 {
			return Quantity{}, j - i
		}
		if string(w) == "per" {
			if k, ok := hasWordAt(s, skipSpaces(s, j), "cent"); ok && k <= limit {
				return named(s, i, k, UnitPercent), j - i
			}
			return Quantity{}, j - i
		}
		if code, ok := namedEnglish[string(w)]; ok {
			return named(s, i, j, code), j - i
		}
		return Quantity{}, j - i
	case b < utf8.RuneSelf && b != '%':
		return Quantity{}, 1
	}
	r, w := at(s, i)
	if r == '%' {
		// A sign standing alone ("the % of increase"), not URL escapes
		// (%28) or a sign after a figure Find left out.
		p, _ := before(s, i)
		n, _ := at(s, i+w)
		if isLetter(p) || isDigit(p) || isLetter(n) || isDigit(n) || i+w > limit {
			return Quantity{}, w
		}
		return named(s, i, i+w, UnitPercent), w
	}
	for _, n := range namedByFirst[r] {
		if strings.HasPrefix(s[i:], n.text) && i+len(n.text) <= limit {
			return named(s, i, i+len(n.text), n.code), w
		}
	}
	return Quantity{}, w
}

// namedByFirst indexes namedChinese by first character, so most characters
// of a Chinese text are passed over with one lookup.
var namedByFirst = func() map[rune][]currencyCode {
	m := map[rune][]currencyCode{}
	for _, n := range namedChinese {
		r, _ := utf8.DecodeRuneInString(n.text)
		m[r] = append(m[r], n)
	}
	return m
}()

func named(s string, i, j int, unit string) Quantity {
	return Quantity{Start: i, NumStart: i, End: j, Unit: unit, Approx: Exact, Text: s[i:j], Symbol: s[i:j], NoValue: true}
}
