package quantity

import (
	"bytes"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The Number, Percent and Currency cases of Microsoft Recognizers-Text
// (shared/conformance/recognizers, see its README): each case's input goes
// through Find, and the quantities of the model's kind must match the
// expected results in number, value and currency.

const conformanceDir = "../../../shared/conformance/recognizers"

type recognizerCase struct {
	Input                string
	NotSupported         string
	NotSupportedByDesign string
	Results              []struct {
		Text       string
		Resolution map[string]any
	}
}

// conformanceFloors are the numbers of cases passed so far; the test fails
// if a change passes fewer.
//
// Deliberate differences: the spaced symbol forms "c $" and "a $" of the
// English currency cases are not read as CAD and AUD, because in running
// text they are "Series C $100 million" and "a $157 billion valuation";
// cents, pence and a currency named without a figure ("dollar") are not
// quantities here; "5-20%" is one range, not 20%.
var conformanceFloors = []struct {
	file  string
	floor int
}{
	{"Chinese/Number/NumberModel.json", 346},
	{"Chinese/Number/PercentModel.json", 138},
	{"Chinese/NumberWithUnit/CurrencyModel.json", 25},
	{"English/Number/NumberModel.json", 171},
	{"English/Number/PercentModel.json", 13},
	{"English/NumberWithUnit/CurrencyModel.json", 128},
}

// currencyFamilies accept an ISO code for a unit the suite leaves generic
// ("$20" is "Dollar", currency unknown).
var currencyFamilies = map[string][]string{
	"Dollar":  {"USD", "CAD", "AUD", "HKD", "TWD", "SGD", "NZD", "MXN"},
	"Pound":   {"GBP"},
	"Franc":   {"CHF"},
	"Rupee":   {"INR"},
	"Bitcoin": {"BTC"},
}

func TestConformance(t *testing.T) {
	if _, err := os.Stat(conformanceDir); err != nil {
		t.Skipf("conformance suite not available: %v", err)
	}
	verbose := os.Getenv("CONFORMANCE_VERBOSE") != ""
	total, passed := 0, 0
	for _, cf := range conformanceFloors {
		file, floor := cf.file, cf.floor
		b, err := os.ReadFile(filepath.Join(conformanceDir, file))
		if err != nil {
			t.Fatal(err)
		}
		b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
		var cases []recognizerCase
		if err := json.Unmarshal(b, &cases); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		kind := filepath.Base(file)
		n, ok := 0, 0
		for _, c := range cases {
			if strings.Contains(strings.ToLower(c.NotSupported+","+c.NotSupportedByDesign), "dotnet") {
				continue
			}
			n++
			got := conformanceKind(Find(c.Input), kind)
			if conformanceMatch(got, c, kind) {
				ok++
			} else if verbose {
				var gs []string
				for _, q := range got {
					gs = append(gs, q.Text+"="+strconv.FormatFloat(q.Value, 'g', -1, 64)+q.Unit)
				}
				var ws []string
				for _, r := range c.Results {
					ws = append(ws, r.Text+"="+toString(r.Resolution["value"])+toString(r.Resolution["isoCurrency"]))
				}
				t.Logf("%s: %q got %v want %v", kind, c.Input, gs, ws)
			}
		}
		rate := 100 * float64(ok) / float64(n)
		t.Logf("%-45s %3d/%3d = %5.1f%%", file, ok, n, rate)
		if ok < floor {
			t.Errorf("%s: %d cases pass, fewer than the %d passed before", file, ok, floor)
		}
		total += n
		passed += ok
	}
	t.Logf("overall %d/%d = %.1f%%", passed, total, 100*float64(passed)/float64(total))
}

func toString(v any) string {
	if v == nil {
		return ""
	}
	if s, ok := v.(string); ok {
		return s
	}
	return ""
}

// conformanceKind keeps the quantities a model reports: every number for
// NumberModel, percentages for PercentModel, money for CurrencyModel.
func conformanceKind(qs []Quantity, kind string) []Quantity {
	var out []Quantity
	for _, q := range qs {
		if q.Vague {
			continue
		}
		switch kind {
		case "PercentModel.json":
			if q.Unit != UnitPercent || q.Attached {
				continue
			}
		case "CurrencyModel.json":
			if q.Unit == "" || q.Unit == UnitPercent || q.Attached {
				continue
			}
		}
		out = append(out, q)
	}
	return out
}

func conformanceMatch(got []Quantity, c recognizerCase, kind string) bool {
	if len(got) != len(c.Results) {
		return false
	}
	for i, r := range c.Results {
		vs := toString(r.Resolution["value"])
		vs = strings.TrimSuffix(vs, "%")
		want, err := strconv.ParseFloat(vs, 64)
		if err != nil {
			return false
		}
		v := got[i].Value
		if got[i].ValueMax != 0 {
			return false
		}
		if math.Abs(v-want) > 1e-9*math.Max(1, math.Abs(want)) {
			return false
		}
		if kind == "CurrencyModel.json" {
			iso := toString(r.Resolution["isoCurrency"])
			unit := toString(r.Resolution["unit"])
			switch {
			case iso != "":
				if got[i].Unit != iso {
					return false
				}
			default:
				okFam := false
				for _, u := range currencyFamilies[unit] {
					if got[i].Unit == u {
						okFam = true
					}
				}
				if !okFam {
					return false
				}
			}
		}
	}
	return true
}
