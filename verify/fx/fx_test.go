package fx

import (
	"archive/zip"
	"bytes"
	"math"
	"strings"
	"testing"
	"time"
)

func month(s string) time.Time {
	t, err := time.Parse("2006-01", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestFXDefaultTableCoversTheCurrenciesOfCLAIMS(t *testing.T) {
	d := Default()
	first, last := d.Span()
	if first != "2015-01" || last < "2025-10" {
		t.Errorf("span %s to %s", first, last)
	}
	cases := []struct {
		cur    string
		month  string
		lo, hi float64
	}{
		{"USD", "2023-08", 1, 1},
		{"CNY", "2023-08", 7.2, 7.35},
		{"EUR", "2022-09", 1.0, 1.03}, // the euro below parity
		{"GBP", "2016-07", 0.74, 0.78},
		{"JPY", "2024-06", 155, 160},
		{"HKD", "2020-05", 7.74, 7.76},
		{"TWD", "2023-08", 31.5, 32.1},
		{"INR", "2015-01", 61, 63},
		{"KRW", "2022-10", 1400, 1450},
		{"cny", "2014-01", 6.1, 6.3}, // before the table: its first month
		{"CNY", "2031-01", 7.0, 7.3}, // after it: its last
	}
	for _, c := range cases {
		r, ok := d.Rate(c.cur, month(c.month))
		if !ok || r < c.lo || r > c.hi {
			t.Errorf("%s %s: %g, %v; want %g..%g", c.cur, c.month, r, ok, c.lo, c.hi)
		}
	}
	if _, ok := d.Rate("XYZ", month("2023-01")); ok {
		t.Error("an unknown currency has a rate")
	}
	usd, _ := d.ToUSD(5.08e6, "CNY", month("2023-08"))
	if math.Abs(usd-7e5)/7e5 > 0.02 {
		t.Errorf("人民幣508萬 in August 2023: $%g", usd)
	}
}

const ecbCSV = "Date,USD,JPY,CNY,GBP,TRL,\n" +
	"2024-03-29,1.0811,163.45,7.8144,0.85420,N/A,\n" +
	"2024-03-28,1.0811,163.80,7.8000,0.85500,N/A,\n" +
	"2024-02-29,1.0813,162.50,7.7800,N/A,N/A,\n" +
	"1999-01-04,1.1789,133.73,N/A,0.71110,N/A,\n"

func TestFXParseECBAveragesMonthsInDollars(t *testing.T) {
	var zipped bytes.Buffer
	zw := zip.NewWriter(&zipped)
	w, _ := zw.Create("eurofxref-hist.csv")
	w.Write([]byte(ecbCSV))
	zw.Close()
	for name, data := range map[string][]byte{"csv": []byte(ecbCSV), "zip": zipped.Bytes()} {
		tb, err := ParseECB(data, 2015)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if f, l := tb.Span(); f != "2024-02" || l != "2024-03" {
			t.Errorf("%s: span %s to %s", name, f, l)
		}
		cny, _ := tb.Rate("CNY", month("2024-03"))
		if want := (7.8144/1.0811 + 7.8/1.0811) / 2; math.Abs(cny-want) > 1e-4 {
			t.Errorf("%s: CNY %g, want %g", name, cny, want)
		}
		eur, _ := tb.Rate("EUR", month("2024-02"))
		if math.Abs(eur-1/1.0813) > 1e-5 {
			t.Errorf("%s: EUR %g", name, eur)
		}
		// GBP had no quote in February: the nearest month answers.
		if gbp, ok := tb.Rate("GBP", month("2024-02")); !ok || math.Abs(gbp-0.7904) > 0.001 {
			t.Errorf("%s: GBP %g %v", name, gbp, ok)
		}
		if _, ok := tb.Rate("TRL", month("2024-02")); ok {
			t.Errorf("%s: a currency never quoted has a rate", name)
		}
	}
	for _, bad := range []string{"", "hello", "Date,JPY\n2024-01-02,150\n", "PK\x03\x04junk"} {
		if _, err := ParseECB([]byte(bad), 2015); err == nil {
			t.Errorf("ParseECB(%q) succeeded", bad)
		}
	}
}

func TestFXMergeKeepsCurrenciesTheECBLacks(t *testing.T) {
	ecb, err := ParseECB([]byte(ecbCSV), 2015)
	if err != nil {
		t.Fatal(err)
	}
	m := Default().Merge(ecb)
	if r, _ := m.Rate("CNY", month("2024-03")); math.Abs(r-7.2215) > 0.001 {
		t.Errorf("CNY after merge: %g", r)
	}
	if r, _ := m.Rate("TWD", month("2024-03")); r != 31.7 {
		t.Errorf("TWD after merge: %g", r)
	}
	if r, _ := m.Rate("CNY", month("2019-05")); r != 6.84 {
		t.Errorf("CNY 2019-05 after merge: %g", r)
	}
	// Written and read back, the table is the same.
	var buf bytes.Buffer
	if err := m.WriteCSV(&buf, "test\ntable"); err != nil {
		t.Fatal(err)
	}
	back, err := Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range m.Currencies() {
		for _, mo := range []string{"2015-01", "2019-05", "2024-03", "2025-10"} {
			a, _ := m.Rate(c, month(mo))
			b, _ := back.Rate(c, month(mo))
			if math.Abs(a-b) > 1e-5*a {
				t.Errorf("%s %s: %g written, %g read", c, mo, a, b)
			}
		}
	}
}

func TestFXParseRejectsBadTables(t *testing.T) {
	for _, bad := range []string{"", "# only a comment\n", "currency,EUR\n", "month,EUR\n2023-13,0.9\n", "month,EUR\n2023-01,-1\n", "month,EUR\n2023-01,abc\n"} {
		if _, err := Parse(strings.NewReader(bad)); err == nil {
			t.Errorf("Parse(%q) succeeded", bad)
		}
	}
}

func FuzzParseECB(f *testing.F) {
	f.Add([]byte(ecbCSV))
	f.Add([]byte("Date,USD\n2024-01-01,0\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := ParseECB(data, 2000)
		if err != nil {
			return
		}
		for _, c := range tb.Currencies() {
			if r, ok := tb.Rate(c, month("2024-01")); ok && (r <= 0 || math.IsInf(r, 0) || math.IsNaN(r)) {
				t.Fatalf("%s rate %g", c, r)
			}
		}
	})
}
