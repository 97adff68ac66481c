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
// through FindAll (the suite also reports currencies and percentages named
// without a figure, with value null), and the quantities of the model's kind
// must match the expected results in number, value and currency.

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
var conformanceFloors = []struct {
	file  string
	floor int
}{
	{"Chinese/Number/NumberModel.json", 358},
	{"Chinese/Number/PercentModel.json", 151},
	{"Chinese/NumberWithUnit/CurrencyModel.json", 32},
	{"English/Number/NumberModel.json", 225},
	{"English/Number/PercentModel.json", 20},
	{"English/NumberWithUnit/CurrencyModel.json", 175},
}

// deliberate lists the cases this package answers differently on purpose,
// by input, with the reason; they are scored like the others, and the rate
// over the rest is reported beside the overall one.
var deliberate = map[string]string{
	// "$10 dollars" writes its currency twice; sloppy news copy does the
	// same ("$10 million dollars") and means one amount.
	"1 $10 dollars bill": "a currency written twice is one amount",
	// The Chinese NumberModel leaves out numbers that are part of a price;
	// here a price is a quantity, with its currency.
	"一美元": "a price is a quantity", "两美刀": "a price is a quantity", "苹果折扣一美元": "a price is a quantity",
	"这台电脑两美刀": "a price is a quantity", "苹果折扣一折": "a discount is a quantity",
	"包括在金融市场中管理的基金管理业务在内的FILP总额也减少了二％，为四十九兆九千五百九十二億元，是有史以来最大的。": "a percentage is a quantity",
	// 一种 is "a kind of", not the number one; reading it would put a 1 in
	// every sentence with 一种, 一个, 一家.
	"三的另一种写法是叁": "一种 is not a number",
	// A range is one quantity with a top: 5-20% is 5 to 20 percent.
	"找出酒精量在5-20%之间的产品": "a range is one quantity",
	// "1m" is a million in financial writing ("1m users", "$1m").
	"1m isn't a number.": "m is a million",
	// A dash and a space open a list item in running text, not a negative.
	"- 1 4/5": "a dash and a space open a list item", "- 10  k": "a dash and a space open a list item",
}

// currencyFamilies accept an ISO code for a unit the suite leaves generic
// ("$20" is "Dollar", currency unknown).
var currencyFamilies = map[string][]string{
	"Dollar":              {"USD", "CAD", "AUD", "HKD", "TWD", "SGD", "NZD", "MXN"},
	"Pound":               {"GBP"},
	"Franc":               {"CHF"},
	"Rupee":               {"INR"},
	"Bitcoin":             {"BTC"},
	"Satoshi":             {"BTC"},
	"Finnish markka":      {"FIM"},
	"Peseta":              {"ESP"},
	"Netherlands guilder": {"NLG"},
	"Cent":                {"USD"},
	"Pence":               {"GBP"},
	"Penny":               {"GBP"},
}

// subunitFamilies are the units the suite counts in the coin ("50 cents" is
// 50 Cent, "2 satoshis" 2 Satoshi) and this package in the currency itself
// ($0.50, 0.00000002 BTC), with how many coins make the currency.
var subunitFamilies = map[string]float64{"Cent": 100, "Pence": 100, "Penny": 100, "Satoshi": 1e8}

func TestConformance(t *testing.T) {
	if _, err := os.Stat(conformanceDir); err != nil {
		t.Skipf("conformance suite not available: %v", err)
	}
	verbose := os.Getenv("CONFORMANCE_VERBOSE") != ""
	total, passed, rest, restPassed := 0, 0, 0, 0
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
			_, skip := deliberate[c.Input]
			if !skip {
				rest++
			}
			got := conformanceKind(FindAll(c.Input), kind)
			if conformanceMatch(got, c, kind) {
				ok++
				if !skip {
					restPassed++
				}
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
	t.Logf("overall %d/%d = %.1f%%; without the %d deliberate differences %d/%d = %.1f%%", passed, total, 100*float64(passed)/float64(total),
		total-rest, restPassed, rest, 100*float64(restPassed)/float64(rest))
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
// NumberModel, percentages for PercentModel, money for CurrencyModel. A
// currency or percentage named without a figure (NoValue) is a result of
// the Percent and Currency models, with value null; the Number model has
// no such results.
func conformanceKind(qs []Quantity, kind string) []Quantity {
	var out []Quantity
	for _, q := range qs {
		if q.Vague || q.NoValue && kind == "NumberModel.json" {
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
		if vs == "" || vs == "null" {
			// A name without a figure: null in the suite, NoValue here.
			if !got[i].NoValue {
				return false
			}
		} else {
			vs = strings.TrimSuffix(vs, "%")
			want, err := strconv.ParseFloat(vs, 64)
			if err != nil || got[i].NoValue {
				return false
			}
			v := got[i].Value
			if m, ok := subunitFamilies[toString(r.Resolution["unit"])]; ok && kind == "CurrencyModel.json" {
				v *= m
			}
			if got[i].ValueMax != 0 {
				return false
			}
			if math.Abs(v-want) > 1e-9*math.Max(1, math.Abs(want)) {
				return false
			}
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
