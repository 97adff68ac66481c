// Package fx converts money between currencies with monthly average
// exchange rates: a table bundled in the binary (rates.csv, ECB reference
// rates and, for TWD, the central bank of Taiwan), refreshable from the
// ECB's published CSV. A figure is converted at the rate of the month its
// article appeared, which is what a reader of the article had in mind.
package fx

import (
	"archive/zip"
	"bufio"
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed rates.csv
var bundled []byte

// Table holds monthly average rates, as units of a currency per US dollar.
// The zero Table converts only USD.
type Table struct {
	first int                  // month number (year*12 + month-1) of the first row
	n     int                  // number of months
	rates map[string][]float64 // currency → rate per month; 0 where unknown
}

var (
	defaultOnce  sync.Once
	defaultTable *Table
)

// Default returns the bundled table.
func Default() *Table {
	defaultOnce.Do(func() {
		t, err := Parse(bytes.NewReader(bundled))
		if err != nil {
			panic("fx: bundled rates.csv: " + err.Error()) // a broken build, caught by the tests
		}
		defaultTable = t
	})
	return defaultTable
}

func monthNumber(y int, m time.Month) int { return y*12 + int(m) - 1 }

func parseMonth(s string) (int, error) {
	t, err := time.Parse("2006-01", strings.TrimSpace(s))
	if err != nil {
		return 0, fmt.Errorf("month %q: want YYYY-MM", s)
	}
	return monthNumber(t.Year(), t.Month()), nil
}

func monthString(n int) string { return fmt.Sprintf("%04d-%02d", n/12, n%12+1) }

// Parse reads a table in the form WriteCSV writes: a header "month,EUR,..."
// then one row per month, "2023-08,0.9167,..."; lines starting with # are
// comments, empty cells are unknown rates.
func Parse(r io.Reader) (*Table, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	var (
		cols []string
		rows = map[int][]float64{}
		line int
	)
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cells := strings.Split(text, ",")
		if cols == nil {
			if !strings.EqualFold(strings.TrimSpace(cells[0]), "month") {
				return nil, fmt.Errorf("fx table line %d: the header must start with \"month\"", line)
			}
			for _, c := range cells[1:] {
				cols = append(cols, strings.ToUpper(strings.TrimSpace(c)))
			}
			continue
		}
		m, err := parseMonth(cells[0])
		if err != nil {
			return nil, fmt.Errorf("fx table line %d: %w", line, err)
		}
		vals := make([]float64, len(cols))
		for i := range cols {
			if i+1 >= len(cells) || strings.TrimSpace(cells[i+1]) == "" {
				continue
			}
			v, err := strconv.ParseFloat(strings.TrimSpace(cells[i+1]), 64)
			if err != nil || v <= 0 {
				return nil, fmt.Errorf("fx table line %d: %s rate %q is not a positive number", line, cols[i], cells[i+1])
			}
			vals[i] = v
		}
		rows[m] = vals
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read fx table: %w", err)
	}
	if cols == nil || len(rows) == 0 {
		return nil, errors.New("fx table: no rates")
	}
	t := newTable(rows)
	for i, c := range cols {
		col := make([]float64, t.n)
		for m, vals := range rows {
			col[m-t.first] = vals[i]
		}
		t.rates[c] = col
	}
	return t, nil
}

func newTable[V any](rows map[int]V) *Table {
	lo, hi := math.MaxInt, math.MinInt
	for m := range rows {
		lo, hi = min(lo, m), max(hi, m)
	}
	return &Table{first: lo, n: hi - lo + 1, rates: map[string][]float64{}}
}

// Currencies lists the currencies the table knows besides USD, sorted.
func (t *Table) Currencies() []string {
	var out []string
	for c := range t.rates {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// Span returns the first and last month of the table, as YYYY-MM.
func (t *Table) Span() (first, last string) {
	if t == nil || t.n == 0 {
		return "", ""
	}
	return monthString(t.first), monthString(t.first + t.n - 1)
}

// Rate returns the units of cur per US dollar in the month of at. Outside
// the table's months, or in a month with no rate for cur, the nearest month
// that has one answers: a rate a few months off is far closer than none.
func (t *Table) Rate(cur string, at time.Time) (float64, bool) {
	cur = strings.ToUpper(cur)
	if cur == "USD" {
		return 1, true
	}
	if t == nil {
		return 0, false
	}
	col, ok := t.rates[cur]
	if !ok {
		return 0, false
	}
	i := monthNumber(at.Year(), at.Month()) - t.first
	if at.IsZero() {
		i = t.n - 1
	}
	i = max(0, min(t.n-1, i))
	for d := 0; d < t.n; d++ {
		if j := i - d; j >= 0 && col[j] > 0 {
			return col[j], true
		}
		if j := i + d; j < t.n && col[j] > 0 {
			return col[j], true
		}
	}
	return 0, false
}

// ToUSD converts v in cur to US dollars at the rate of at's month.
func (t *Table) ToUSD(v float64, cur string, at time.Time) (float64, bool) {
	r, ok := t.Rate(cur, at)
	if !ok {
		return 0, false
	}
	return v / r, true
}

// Merge returns a table with every rate of t, overridden by the rates newer
// has; currencies newer lacks (TWD is not an ECB currency) keep t's values.
func (t *Table) Merge(newer *Table) *Table {
	rows := map[int]bool{}
	for _, tb := range []*Table{t, newer} {
		for i := 0; i < tb.n; i++ {
			rows[tb.first+i] = true
		}
	}
	out := newTable(rows)
	for _, tb := range []*Table{t, newer} {
		for c, col := range tb.rates {
			dst, ok := out.rates[c]
			if !ok {
				dst = make([]float64, out.n)
				out.rates[c] = dst
			}
			for i, v := range col {
				if v > 0 {
					dst[tb.first+i-out.first] = v
				}
			}
		}
	}
	return out
}

// WriteCSV writes the table in the form Parse reads.
func (t *Table) WriteCSV(w io.Writer, comment string) error {
	bw := bufio.NewWriter(w)
	for _, l := range strings.Split(strings.TrimSpace(comment), "\n") {
		if l != "" {
			fmt.Fprintf(bw, "# %s\n", l)
		}
	}
	cols := t.Currencies()
	fmt.Fprintf(bw, "month,%s\n", strings.Join(cols, ","))
	for i := 0; i < t.n; i++ {
		bw.WriteString(monthString(t.first + i))
		for _, c := range cols {
			bw.WriteByte(',')
			if v := t.rates[c][i]; v > 0 {
				bw.WriteString(strconv.FormatFloat(v, 'g', 6, 64))
			}
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// ParseECB reads the ECB's historical reference rates (eurofxref-hist.csv,
// or the .zip the ECB serves it in: "Date,USD,JPY,...", one row per working
// day, euro-based, "N/A" where a currency was not quoted) and returns the
// monthly averages as units per US dollar, from the year since on.
func ParseECB(data []byte, since int) (*Table, error) {
	if bytes.HasPrefix(data, []byte("PK")) {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			return nil, fmt.Errorf("ecb rates: %w", err)
		}
		var found bool
		for _, f := range zr.File {
			if strings.HasSuffix(strings.ToLower(f.Name), ".csv") {
				rc, err := f.Open()
				if err != nil {
					return nil, fmt.Errorf("ecb rates: %w", err)
				}
				data, err = io.ReadAll(io.LimitReader(rc, 64<<20))
				rc.Close()
				if err != nil {
					return nil, fmt.Errorf("ecb rates: %w", err)
				}
				found = true
				break
			}
		}
		if !found {
			return nil, errors.New("ecb rates: the zip holds no .csv file")
		}
	}
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	if len(lines) == 0 || !strings.HasPrefix(strings.TrimSpace(lines[0]), "Date,") {
		return nil, errors.New("ecb rates: not the ECB's CSV (the header must start with \"Date,\")")
	}
	header := strings.Split(strings.TrimSpace(lines[0]), ",")
	usd := -1
	for i, h := range header {
		header[i] = strings.ToUpper(strings.TrimSpace(h))
		if header[i] == "USD" {
			usd = i
		}
	}
	if usd < 0 {
		return nil, errors.New("ecb rates: no USD column")
	}
	type acc struct {
		sum []float64
		cnt []int
	}
	months := map[int]*acc{}
	for ln, l := range lines[1:] {
		cells := strings.Split(strings.TrimSpace(l), ",")
		if len(cells) < 2 || cells[0] == "" {
			continue
		}
		d, err := time.Parse("2006-01-02", cells[0])
		if err != nil {
			return nil, fmt.Errorf("ecb rates line %d: date %q", ln+2, cells[0])
		}
		if d.Year() < since {
			continue
		}
		if usd >= len(cells) {
			continue // a short row has no dollar rate to cross through
		}
		eurUSD, err := strconv.ParseFloat(strings.TrimSpace(cells[usd]), 64)
		if err != nil || eurUSD <= 0 {
			continue
		}
		m := monthNumber(d.Year(), d.Month())
		a := months[m]
		if a == nil {
			a = &acc{sum: make([]float64, len(header)), cnt: make([]int, len(header))}
			months[m] = a
		}
		for i := 1; i < len(header) && i < len(cells); i++ {
			if header[i] == "" {
				continue
			}
			var perUSD float64
			if i == usd {
				perUSD = 1 / eurUSD // the euro itself
			} else {
				v, err := strconv.ParseFloat(strings.TrimSpace(cells[i]), 64)
				if err != nil || v <= 0 {
					continue
				}
				perUSD = v / eurUSD
			}
			if math.IsInf(perUSD, 0) || math.IsNaN(perUSD) || perUSD == 0 {
				continue
			}
			a.sum[i] += perUSD
			a.cnt[i]++
		}
	}
	if len(months) == 0 {
		return nil, errors.New("ecb rates: no rows")
	}
	t := newTable(months)
	for i, h := range header {
		if i == 0 || h == "" {
			continue
		}
		code := h
		if i == usd {
			code = "EUR"
		}
		col := make([]float64, t.n)
		any := false
		for m, a := range months {
			if a.cnt[i] > 0 {
				col[m-t.first] = RoundSig(a.sum[i]/float64(a.cnt[i]), 6)
				any = true
			}
		}
		if any {
			t.rates[code] = col
		}
	}
	return t, nil
}

// RoundSig keeps sig significant digits of v (0 for NaN and infinities).
// Rates, converted values and reported figures are all rounded with it.
func RoundSig(v float64, sig int) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0
	}
	// Divide by a power of ten that is exact (10^e for e >= 0) rather than
	// multiply by an inexact one, so 1.6e10 stays 1.6e10.
	e := math.Floor(math.Log10(math.Abs(v))) - float64(sig) + 1
	if e >= 0 {
		q := math.Pow(10, e)
		return math.Round(v/q) * q
	}
	p := math.Pow(10, -e)
	return math.Round(v*p) / p
}
