package quantity

import (
	"math"
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		value  float64
		max    float64
		unit   string
		approx string
	}{
		{"dollar sign with thousands", "$700,000", 7e5, 0, "USD", Exact},
		{"bn abbreviation", "$5.4bn", 5.4e9, 0, "USD", Exact},
		{"US dollar sign and word magnitude", "US$10 billion", 1e10, 0, "USD", Exact},
		{"ISO code before", "USD 1.5 billion", 1.5e9, 0, "USD", Exact},
		{"euro m", "€2m", 2e6, 0, "EUR", Exact},
		{"pound billion", "£1.2 billion", 1.2e9, 0, "GBP", Exact},
		{"rupees crore", "Rs 500 crore", 5e9, 0, "INR", Exact},
		{"spelled out", "seven hundred thousand", 7e5, 0, "", Exact},
		{"half a billion", "half a billion", 5e8, 0, "", Exact},
		{"one and a half million", "one and a half million", 1.5e6, 0, "", Exact},
		{"decimal billion", "1.7 billion", 1.7e9, 0, "", Exact},
		{"percent sign", "12%", 12, 0, "percent", Exact},
		{"percent word", "12 percent", 12, 0, "percent", Exact},
		{"traditional 萬 with currency", "70萬美元", 7e5, 0, "USD", Exact},
		{"新台幣 range closed by 元", "新台幣1,500億元至2,000億元", 1.5e11, 2e11, "TWD", Exact},
		{"traditional 億 with decimals", "5.4億美元", 5.4e8, 0, "USD", Exact},
		{"simplified 亿 with decimals", "5.4亿美元", 5.4e8, 0, "USD", Exact},
		{"bare 萬", "508萬", 5.08e6, 0, "", Exact},
		{"萬億 is a trillion", "1.4萬億美元", 1.4e12, 0, "USD", Exact},
		{"simplified 万亿", "1.4万亿美元", 1.4e12, 0, "USD", Exact},
		{"Chinese numerals", "五億四千萬", 5.4e8, 0, "", Exact},
		{"兩千萬 traditional", "兩千萬", 2e7, 0, "", Exact},
		{"两千万 simplified", "两千万", 2e7, 0, "", Exact},
		{"一百億", "一百億", 1e10, 0, "", Exact},
		{"full-width digits", "５.４億", 5.4e8, 0, "", Exact},
		{"range with 至 simplified", "2000亿至3000亿美元", 2e11, 3e11, "USD", Exact},
		{"range with a hyphen between two symbols", "$5bn-$7bn", 5e9, 7e9, "USD", Exact},
		{"a minus before a symbol", "-$7bn", -7e9, 0, "USD", Exact},
		{"range with 至 traditional", "2000億至3000億美元", 2e11, 3e11, "USD", Exact},
		{"range sharing magnitude", "$200-300 billion", 2e11, 3e11, "USD", Exact},
		{"between and", "between $200 billion and $300 billion", 2e11, 3e11, "USD", Exact},
		{"上萬 is at least", "上萬", 1e4, 0, "", AtLeast},
		{"百分之 traditional", "百分之十二", 12, 0, "percent", Exact},
		{"百分之 with decimals", "百分之二點五", 2.5, 0, "percent", Exact},
		{"percentage points traditional", "12個百分點", 12, 0, "percent", Exact},
		{"percentage points simplified", "12个百分点", 12, 0, "percent", Exact},
		{"約 about", "約12%", 12, 0, "percent", About},
		{"约 about simplified", "约500万美元", 5e6, 0, "USD", About},
		{"近 about", "近百億元", 1e10, 0, "CNY", About},
		{"逾 at least", "逾300億港元", 3e10, 0, "HKD", AtLeast},
		{"超過 at least", "超過10億美元", 1e9, 0, "USD", AtLeast},
		{"超过 at least simplified", "超过10亿美元", 1e9, 0, "USD", AtLeast},
		{"多 inside at least", "100多億元", 1e10, 0, "CNY", AtLeast},
		{"餘 at least", "500餘萬", 5e6, 0, "", AtLeast},
		{"左右 about", "1000萬美元左右", 1e7, 0, "USD", About},
		{"以上 at least", "1000萬美元以上", 1e7, 0, "USD", AtLeast},
		{"不到 at most", "不到1億美元", 1e8, 0, "USD", AtMost},
		{"最高 before a figure bounds it", "最高1000亿美元", 1e11, 0, "USD", AtMost},
		{"passed before a figure is a floor", "passed $90 million", 9e7, 0, "USD", AtLeast},
		{"about", "about $5 billion", 5e9, 0, "USD", About},
		{"nearly", "nearly $5 billion", 5e9, 0, "USD", About},
		{"more than", "more than 1.5 million", 1.5e6, 0, "", AtLeast},
		{"up to", "up to $10bn", 1e10, 0, "USD", AtMost},
		{"人民幣 before", "人民幣508萬", 5.08e6, 0, "CNY", Exact},
		{"人民币 after", "508万人民币", 5.08e6, 0, "CNY", Exact},
		{"新台幣", "新台幣3,000億元", 3e11, 0, "TWD", Exact},
		{"日圓", "1萬億日圓", 1e12, 0, "JPY", Exact},
		{"日元 simplified", "1万亿日元", 1e12, 0, "JPY", Exact},
		{"歐元", "20億歐元", 2e9, 0, "EUR", Exact},
		{"港元", "1.95港元", 1.95, 0, "HKD", Exact},
		{"an ISO code before", "NOK 21 billion", 2.1e10, 0, "NOK", Exact},
		{"不超过 is a ceiling, not 超过", "不超过49.8亿元", 4.98e9, 0, "CNY", AtMost},
		{"不低于 is a floor", "不低于10亿元", 1e9, 0, "CNY", AtLeast},
		{"no more than is a ceiling, not more than", "no more than $5 billion", 5e9, 0, "USD", AtMost},
		{"no less than is a floor", "no less than $2 billion", 2e9, 0, "USD", AtLeast},
		{"kroner after", "about 4 billion Swedish kronor", 4e9, 0, "SEK", About},
		{"挪威克朗", "650亿挪威克朗", 6.5e10, 0, "NOK", Exact},
		{"元 is yuan", "36.57亿元", 3.657e9, 0, "CNY", Exact},
		{"兆 in money", "四十九兆九千五百九十二億元", 4.99592e13, 0, "CNY", Exact},
		{"full-width yen sign", "￥300", 300, 0, "CNY", Exact},
		{"yen words", "five million yen", 5e6, 0, "JPY", Exact},
		{"euros after", "323 million euros", 3.23e8, 0, "EUR", Exact},
		{"MUSD", "30 MUSD", 3e7, 0, "USD", Exact},
		{"trillion", "$1.4 trillion", 1.4e12, 0, "USD", Exact},
		{"negative percent", "-22.2%", -22.2, 0, "percent", Exact},
		{"一萬三 abbreviation", "一萬三", 13000, 0, "", Exact},
		{"四萬萬", "四萬萬", 4e8, 0, "", Exact},
		{"mixed digits and characters", "2千零30万", 2.03e7, 0, "", Exact},
		{"成 tenths", "九成", 90, 0, "percent", Exact},
		{"十成 is all", "十成", 100, 0, "percent", Exact},
		{"成 with a second digit", "七成六", 76, 0, "percent", Exact},
		{"a range of tenths shares 成", "三至四成", 30, 40, "percent", Exact},
		{"半成", "半成", 5, 0, "percent", Exact},
		{"negative fraction", "负３分之负一百五十七", 157.0 / 3, 0, "", Exact},
		{"cents are hundredths of a dollar", "50 cents", 0.5, 0, "USD", Exact},
		{"pence", "470 pence", 4.7, 0, "GBP", Exact},
		{"dollars and cents", "3 dollars 50 cents", 3.5, 0, "USD", Exact},
		{"spelled dollars and cents", "thirteen dollars and forty-five cents", 13.45, 0, "USD", Exact},
		{"五元三毛", "五元三毛", 5.3, 0, "CNY", Exact},
		{"美元又美分", "两美元又三美分", 2.03, 0, "USD", Exact},
		{"space-grouped digits", "1 234 567", 1234567, 0, "", Exact},
		{"narrow no-break space groups", "40\u202f000", 40000, 0, "", Exact},
		{"European decimal comma", "1.111,11", 1111.11, 0, "", Exact},
		{"Indian grouping", "12,34,567.89", 1234567.89, 0, "", Exact},
		{"one over three", "one over three", 1.0 / 3, 0, "", Exact},
		{"one out of three", "one out of three", 1.0 / 3, 0, "", Exact},
		{"hundred and thirty fifths", "one hundred and thirty fifths", 26, 0, "", Exact},
		{"million and a half", "two million and one half", 2.5e6, 0, "", Exact},
		{"digits with scale and a rest", "4 thousand 3 hundred and 21", 4321, 0, "", Exact},
		{"percent of a number", "per cent of 210", 210, 0, "percent", Exact},
		{"vulgar fraction", "¾", 0.75, 0, "", Exact},
		{"lower-case c $ is Canadian", "c $ 300 million", 3e8, 0, "CAD", Exact},
		{"million-currency before", "MAUD 60", 6e7, 0, "AUD", Exact},
		{"billion is exact", "$65.6 billion", 6.56e10, 0, "USD", Exact},
		{"dozens multiply only the number after hundred and", "three hundred and two dozens", 324, 0, "", Exact},
		{"hundred dozen", "three hundred dozen", 3600, 0, "", Exact},
		{"銭 is a hundredth of a yen", "10日元5日本銭", 10.05, 0, "JPY", Exact},
		{"a code glued to its figure", "USD50", 50, 0, "USD", Exact},
		{"a glued code with a magnitude", "USD50 million", 5e7, 0, "USD", Exact},
		{"satoshis are 10^-8 bitcoin", "2 satoshis", 2e-8, 0, "BTC", Exact},
		{"dollar and coins closing the phrase", "one dollar and one", 1.01, 0, "USD", Exact},
		{"prefix currency and coins closing the phrase", "c $ 100 and fifty", 100.5, 0, "CAD", Exact},
		{"kuai and mao", "one kuai and five mao five", 1.55, 0, "CNY", Exact},
		{"symbol after the figure and cents", "10 $ 30 cent", 10.3, 0, "USD", Exact},
		{"code and coins", "15 USD 50", 15.5, 0, "USD", Exact},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, ok := Parse(tt.in)
			if !ok {
				t.Fatalf("Parse(%q) found no single quantity; Find gives %+v", tt.in, Find(tt.in))
			}
			if !close(q.Value, tt.value) || !close(q.ValueMax, tt.max) || q.Unit != tt.unit || q.Approx != tt.approx {
				t.Errorf("Parse(%q) = value %g max %g unit %q approx %q; want %g %g %q %q",
					tt.in, q.Value, q.ValueMax, q.Unit, q.Approx, tt.value, tt.max, tt.unit, tt.approx)
			}
		})
	}
}

func close(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

func TestFindMarksWhatIsNotAnAmount(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want func(Quantity) bool
	}{
		{"vague 數十億", "數十億美元", func(q Quantity) bool { return q.Vague }},
		{"vague 数百万", "数百万用户", func(q Quantity) bool { return q.Vague }},
		{"model version GPT-4", "GPT-4", func(q Quantity) bool { return q.Attached }},
		{"model version GPT-3.5", "GPT-3.5", func(q Quantity) bool { return q.Attached }},
		{"model version DALL-E2", "DALL-E2", func(q Quantity) bool { return q.Attached }},
		{"chip name H100", "H100", func(q Quantity) bool { return q.Attached }},
		{"a code inside a hex run is no currency", "0x7aed79906", func(q Quantity) bool { return q.Attached && q.Unit == "" }},
		{"year with 年", "2024年底", func(q Quantity) bool { return q.DateLike }},
		{"month", "5月", func(q Quantity) bool { return q.DateLike }},
		{"bare year", "in 2024", func(q Quantity) bool { return q.DateLike }},
		{"ordinal", "第二季度", func(q Quantity) bool { return q.Ordinal }},
		{"IP address", "192.168.1.2", func(q Quantity) bool { return q.Attached }},
		{"percentage points flag", "3個百分點", func(q Quantity) bool { return q.PercentPoints }},
		{"each part of an address", "10.0.0.15", func(q Quantity) bool { return q.Attached && q.Value == 10 }},
		{"a percentage then a level is no range", "slipped 3.2% to 180.5 million", func(q Quantity) bool { return q.ValueMax == 0 && q.Unit == UnitPercent }},
		{"a round letter is no currency", "a Series C $100 million round", func(q Quantity) bool { return q.Unit == "USD" }},
		{"the quarter is no number", "in the quarter to $254 million", func(q Quantity) bool { return q.Value == 2.54e8 }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Find(tt.in)
			if len(qs) == 0 {
				t.Fatalf("Find(%q) found nothing", tt.in)
			}
			if !tt.want(qs[0]) {
				t.Errorf("Find(%q)[0] = %+v", tt.in, qs[0])
			}
		})
	}
}

// TestFindKeepsFiguresApart checks that the coin and glued-code rules do
// not merge figures that news text writes side by side.
func TestFindKeepsFiguresApart(t *testing.T) {
	type fig struct {
		value, max float64
		unit       string
	}
	tests := []struct {
		name string
		in   string
		want []fig
	}{
		{"a price and a count of shares", "$100 and 50 shares", []fig{{100, 0, "USD"}, {50, 0, ""}}},
		{"a scaled amount and a count", "$5 billion and 20 million users", []fig{{5e9, 0, "USD"}, {2e7, 0, ""}}},
		{"a price and a count in words", "raised $100 and fifty investors joined", []fig{{100, 0, "USD"}, {50, 0, ""}}},
		{"a price and a count after a currency word", "10 dollars and 20 shares", []fig{{10, 0, "USD"}, {20, 0, ""}}},
		{"coins before another noun", "paid 10 dollars 20 times", []fig{{10, 0, "USD"}, {20, 0, ""}}},
		{"between is a range, not coins", "between $10 and 50.", []fig{{10, 50, "USD"}}},
		{"a glued code binds forward", "we are giving away 3 USD50 Cards.", []fig{{3, 0, ""}, {50, 0, "USD"}}},
		{"symbols before figures", "$ 20 $ 37", []fig{{20, 0, "USD"}, {37, 0, "USD"}}},
		{"symbols after figures", "10 $ 30 $", []fig{{10, 0, "USD"}, {30, 0, "USD"}}},
		{"a scaled yen amount keeps its 銭 apart", "10万日元5日本銭", []fig{{1e5, 0, "JPY"}, {5, 0, ""}}},
		{"more than coins after a scaled amount", "15 million USD 50 more", []fig{{1.5e7, 0, "USD"}, {50, 0, ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Find(tt.in)
			var got []fig
			for _, q := range qs {
				got = append(got, fig{q.Value, q.ValueMax, q.Unit})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("Find(%q) = %v, want %v", tt.in, got, tt.want)
			}
			for i := range got {
				if !close(got[i].value, tt.want[i].value) || !close(got[i].max, tt.want[i].max) || got[i].unit != tt.want[i].unit {
					t.Errorf("Find(%q) = %v, want %v", tt.in, got, tt.want)
				}
			}
		})
	}
}

func TestFindAllNamesCurrenciesWithoutFigures(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string // Text and Unit, "!" after a name without a figure
	}{
		{"two Chinese names", "人民币 美元", []string{"人民币 CNY!", "美元 USD!"}},
		{"Chinese names glued", "人民币美元", []string{"人民币 CNY!", "美元 USD!"}},
		{"a currency in a compound", "a multibillion - dollar deal", []string{"dollar USD!"}},
		{"a name after an amount", "50 dollar rmb", []string{"50 dollar USD", "rmb CNY!"}},
		{"a rate table", "dollar : 143.80 yen", []string{"dollar USD!", "143.80 yen JPY"}},
		{"a percent word", "Only a small percent attain the top ranks", []string{"percent percent!"}},
		{"a lone percent sign", "the % of increase", []string{"% percent!"}},
		{"per cent", "what per cent of them", []string{"per cent percent!"}},
		{"names around figures", "the dollar rose 2% against the yen", []string{"dollar USD!", "2% percent", "yen JPY!"}},
		{"URL escapes are no percentages", "q=%2Fa%2F and 100%", []string{"100% percent"}},
		{"a word that only contains a name", "dollarization and Yenisei", nil},
		{"amounts only", "$5 billion and 12%", []string{"$5 billion USD", "12% percent"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range FindAll(tt.in) {
				g := q.Text + " " + q.Unit
				if q.NoValue {
					g += "!"
				}
				got = append(got, g)
				if tt.in[q.Start:q.End] != q.Text {
					t.Errorf("offsets %d:%d do not give %q", q.Start, q.End, q.Text)
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("FindAll(%q) = %q, want %q", tt.in, got, tt.want)
			}
			for _, q := range Find(tt.in) {
				if q.NoValue {
					t.Errorf("Find(%q) returned a name without a figure: %+v", tt.in, q)
				}
			}
		})
	}
}

func TestFindSkipsWordsThatAreNotNumbers(t *testing.T) {
	for _, in := range []string{"一切", "四川", "陆地", "billions of dollars", "The one you mentioned", "万", "千萬不要"} {
		if qs := Find(in); len(qs) != 0 {
			t.Errorf("Find(%q) = %+v, want nothing", in, qs)
		}
	}
}

func TestFindInRunningText(t *testing.T) {
	text := "據報道,ChatGPT每天的運營成本為70萬美元(當前約合人民幣508萬)。今年5月其虧損達到了5.4億美元。"
	qs := Find(text)
	var got []float64
	for _, q := range qs {
		if q.DateLike {
			continue
		}
		got = append(got, q.Value)
		if text[q.Start:q.End] != q.Text {
			t.Errorf("offsets %d:%d do not give %q", q.Start, q.End, q.Text)
		}
	}
	want := []float64{7e5, 5.08e6, 5.4e8}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if !close(got[i], want[i]) {
			t.Errorf("figure %d = %g, want %g", i, got[i], want[i])
		}
	}
}

// TestFindReadsWhatFollowsAChineseFigure: 兆 before 瓦 is mega-, not 10^12,
// and a Latin word after a Chinese magnitude is what the figure counts.
func TestFindReadsWhatFollowsAChineseFigure(t *testing.T) {
	tests := []struct {
		name, in string
		value    float64
	}{
		{"兆瓦 is megawatts", "首期電力容量150兆瓦", 150},
		{"兆赫 is megahertz", "频率为800兆赫", 800},
		{"兆 alone is 10^12", "市值約2.45兆元", 2.45e12},
		{"tokens after 万亿", "日均调用量接近1.2万亿tokens", 1.2e12},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Find(tt.in)
			if len(qs) != 1 || !close(qs[0].Value, tt.value) {
				t.Fatalf("Find(%q) = %+v, want one figure of %g", tt.in, qs, tt.value)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"5.4億美元", "$5.4bn", "百分之十二", "2000亿至3000亿美元", "one and a half million", "1,234,567.89", "四千五百六十九万八千三百一十一亿", "1e308", "9e999", "..9", "上萬塊"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, ok := Parse(s)
		if !ok {
			return
		}
		if math.IsInf(q.Value, 0) || math.IsNaN(q.Value) || math.IsInf(q.ValueMax, 0) || math.IsNaN(q.ValueMax) {
			t.Fatalf("Parse(%q) value not finite: %+v", s, q)
		}
		if q.Start < 0 || q.End > len(s) || q.Start > q.End {
			t.Fatalf("Parse(%q) offsets out of range: %+v", s, q)
		}
	})
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"據報道,ChatGPT每天的運營成本為70萬美元(當前約合人民幣508萬)。", "OpenAI raised $6.6bn at a $157 billion valuation", "百 分 之  ５２.５ k", "１, 2４4, ６６7.123 五点八", "$$$", "-.5e-", "人民币美元 %", "10 $ 30 cent", "c $ 100 and fifty.", "one kuai and five mao five"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFound(t, s, Find(s))
		checkFound(t, s, FindAll(s))
	})
}

// checkFound fails when quantities are out of order, out of range or not
// finite.
func checkFound(t *testing.T, s string, qs []Quantity) {
	t.Helper()
	prev := 0
	for _, q := range qs {
		if math.IsInf(q.Value, 0) || math.IsNaN(q.Value) || math.IsInf(q.ValueMax, 0) || math.IsNaN(q.ValueMax) {
			t.Fatalf("%q: value not finite: %+v", s, q)
		}
		if q.Start < prev || q.End > len(s) || q.Start > q.End || q.NumStart < q.Start || q.NumStart > q.End {
			t.Fatalf("%q: offsets out of order or range: %+v", s, q)
		}
		if s[q.Start:q.End] != q.Text {
			t.Fatalf("%q: Text %q is not s[%d:%d]", s, q.Text, q.Start, q.End)
		}
		prev = q.End
	}
}

// TestFindStaysLinear guards against inputs that made Find re-read a chain
// of figures from each link (十又十又…, 五分之五分之…, 9至9至…): each
// 20,000-fold repetition must take well under the seconds a quadratic
// reading took.
func TestFindStaysLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for _, unit := range []string{"人民币", "dollar ", "% ", "一", "9至", "1,", "one ", "二三", "万", "百分之", "a half ", "五分之", "十又", "百億", "twenty-", "１２", "$1-"} {
		s := strings.Repeat(unit, 20000)
		start := time.Now()
		Find(s)
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("Find(%q × 20000) took %v", unit, d)
		}
	}
}
