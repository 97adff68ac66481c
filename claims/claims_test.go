package claims

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
)

// want is the part of a claim record a case checks: every field but the
// quote (checked to hold the figure's sentence), sentiment and offsets.
type want struct {
	Entity, Product, Counterparty string
	Metric                        claimwatch.Metric
	Value, Max                    float64
	Unit, Per, Time               string
	Change                        bool
	Approx, Modality, Attributed  string
	Lang                          string
}

var extractor = New(nil)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

// extractCase is one table row: a text, its date and the claims it must
// give, in order.
type extractCase struct {
	name string
	pub  time.Time
	text string
	want []want
}

// runCases extracts each case's text and compares every field CLAIMS.md
// scores, and checks the quote comes from the text and the offset from the
// body.
func runCases(t *testing.T, cases []extractCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			a := claimwatch.Article{ID: "t", Text: tt.text, Published: tt.pub, Lang: langOf(tt.text)}
			got := extractor.Extract(a)
			if len(got) != len(tt.want) {
				for _, e := range extractor.Explain(a) {
					t.Logf("got %+v", e)
				}
				t.Fatalf("got %d claims, want %d", len(got), len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				gw := want{g.Entity, g.Product, g.Counterparty, g.Metric, g.Value, g.ValueMax, g.Unit, g.Per, g.Time, g.Change, g.Approx, g.Modality, g.AttributedTo, g.Lang}
				if !sameWant(gw, w) {
					t.Errorf("claim %d:\n got %+v\nwant %+v", i, gw, w)
				}
				if g.Quote == "" || !strings.Contains(tt.text, g.Quote) {
					t.Errorf("claim %d: quote %q is not from the text", i, g.Quote)
				}
				if g.ArticleID != "t" || g.Offset < 0 || g.Offset >= len(tt.text) {
					t.Errorf("claim %d: article %q offset %d", i, g.ArticleID, g.Offset)
				}
			}
		})
	}
}

func TestExtract(t *testing.T) {
	tests := []extractCase{
		// English.
		{"en daily cost of a product with attribution", day(2023, 8, 15),
			"ChatGPT costs $700,000 a day to run, according to SemiAnalysis.",
			[]want{{Entity: "OpenAI", Product: "ChatGPT", Metric: "operating_cost", Value: 7e5, Unit: "USD", Per: "day", Approx: "exact", Modality: "reported", Attributed: "SemiAnalysis", Lang: "en"}}},
		{"en last year resolves against the article date", day(2023, 8, 15),
			"OpenAI's losses doubled to $540 million last year.",
			[]want{{Entity: "OpenAI", Metric: "loss", Value: 5.4e8, Unit: "USD", Time: "2022", Approx: "exact", Modality: "reported", Lang: "en"}}},
		{"en investment names receiver and investor", day(2023, 8, 15),
			"Microsoft's $10 billion investment in OpenAI may keep it afloat.",
			[]want{{Entity: "OpenAI", Counterparty: "Microsoft", Metric: "funding", Value: 1e10, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"}}},
		{"en revenue in a year", day(2025, 1, 10),
			"OpenAI generated $3.7 billion in revenue in 2024.",
			[]want{{Entity: "OpenAI", Metric: "revenue", Value: 3.7e9, Unit: "USD", Time: "2024", Approx: "exact", Modality: "reported", Lang: "en"}}},
		{"en forecast cash burn with bn", day(2025, 9, 5),
			"OpenAI expects to burn $17bn of cash in 2026.",
			[]want{{Entity: "OpenAI", Metric: "cash_burn", Value: 1.7e10, Unit: "USD", Time: "2026", Approx: "exact", Modality: "forecast", Attributed: "OpenAI", Lang: "en"}}},
		{"en users count and a fall in percent", day(2023, 8, 15),
			"ChatGPT users fell 12% in July to 1.5 billion, according to Similarweb.",
			[]want{
				{Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: -12, Unit: "percent", Time: "2023-07", Change: true, Approx: "exact", Modality: "reported", Attributed: "Similarweb", Lang: "en"},
				{Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.5e9, Unit: "count", Time: "2023-07", Approx: "exact", Modality: "reported", Attributed: "Similarweb", Lang: "en"},
			}},
		{"en GPUs bought from a seller", day(2023, 8, 15),
			"xAI bought more than 10,000 GPUs from Nvidia.",
			[]want{{Entity: "xAI", Counterparty: "Nvidia", Metric: "gpus", Value: 1e4, Unit: "count", Approx: "at_least", Modality: "reported", Lang: "en"}}},
		{"en capex plan in a fiscal year", day(2025, 1, 4),
			"Microsoft plans to spend $80 billion on AI data centers in fiscal 2025.",
			[]want{{Entity: "Microsoft", Metric: "capex", Value: 8e10, Unit: "USD", Time: "FY2025", Approx: "exact", Modality: "forecast", Lang: "en"}}},
		{"en pronoun resolves to the company before", day(2024, 7, 25),
			"OpenAI is growing fast. The company's annualized revenue reached $3.4 billion this year.",
			[]want{{Entity: "OpenAI", Metric: "annualized_revenue", Value: 3.4e9, Unit: "USD", Time: "2024", Approx: "exact", Modality: "reported", Lang: "en"}}},
		{"en money raised by people who left is no claim", day(2023, 8, 15),
			"Thirty executives left OpenAI to found start-ups that raised more than $1 billion.",
			nil},
		{"en euros with m", day(2024, 6, 11),
			"Mistral AI raised €600m in its latest round.",
			[]want{{Entity: "Mistral AI", Metric: "funding", Value: 6e8, Unit: "EUR", Approx: "exact", Modality: "reported", Lang: "en"}}},
		{"en half a billion dollars", day(2023, 8, 15),
			"OpenAI lost half a billion dollars in 2022.",
			[]want{{Entity: "OpenAI", Metric: "loss", Value: 5e8, Unit: "USD", Time: "2022", Approx: "exact", Modality: "reported", Lang: "en"}}},
		{"en up to bounds a possible investment", day(2024, 9, 1),
			"SoftBank could invest up to $40 billion in OpenAI.",
			[]want{{Entity: "OpenAI", Counterparty: "SoftBank", Metric: "funding", Value: 4e10, Unit: "USD", Approx: "at_most", Modality: "forecast", Lang: "en"}}},
		{"en vague billions is no claim", day(2024, 9, 1),
			"OpenAI is losing billions of dollars.",
			nil},
		{"en model version is no figure", day(2023, 8, 15),
			"GPT-4 cost more than $100 million to train.",
			[]want{{Entity: "OpenAI", Product: "GPT-4", Metric: "training_cost", Value: 1e8, Unit: "USD", Approx: "at_least", Modality: "reported", Lang: "en"}}},
		{"en pound and quarter", day(2024, 11, 1),
			"Google will invest £1.2 billion in UK data centres in Q3.",
			[]want{{Entity: "Google", Metric: "capex", Value: 1.2e9, Unit: "GBP", Time: "2024-Q3", Approx: "exact", Modality: "forecast", Lang: "en"}}},
		{"en rupees crore", day(2024, 11, 1),
			"Amazon will invest Rs 500 crore in Indian data centers.",
			[]want{{Entity: "Amazon", Metric: "capex", Value: 5e9, Unit: "INR", Approx: "exact", Modality: "forecast", Lang: "en"}}},

		{"en subscription price is other with per", day(2024, 5, 1),
			"ChatGPT Plus costs $20 a month.",
			[]want{{Entity: "OpenAI", Product: "ChatGPT Plus", Metric: "other", Value: 20, Unit: "USD", Per: "month", Approx: "exact", Modality: "reported", Lang: "en"}}},
		{"en share-price move is no claim", day(2024, 5, 1),
			"Nvidia shares rose 5% on Tuesday.",
			nil},
		{"en personal wealth is no claim", day(2024, 5, 1),
			"Musk's net worth reached $250 billion, boosted by xAI.",
			nil},

		{"en stake belongs to the company owned", day(2025, 4, 1),
			"SoftBank agreed to buy a 10% stake in OpenAI for $40 billion.",
			[]want{
				{Entity: "OpenAI", Counterparty: "SoftBank", Metric: "other", Value: 10, Unit: "percent", Approx: "exact", Modality: "reported", Lang: "en"},
				{Entity: "OpenAI", Counterparty: "SoftBank", Metric: "funding", Value: 4e10, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"},
			}},
		{"en a year earlier dates from the sentence's year", day(2024, 11, 25),
			"OpenAI's revenue in 2023 was $3.7 billion, up from $1 billion a year earlier.",
			[]want{
				{Entity: "OpenAI", Metric: "revenue", Value: 3.7e9, Unit: "USD", Time: "2023", Approx: "exact", Modality: "reported", Lang: "en"},
				{Entity: "OpenAI", Metric: "revenue", Value: 1e9, Unit: "USD", Time: "2022", Approx: "exact", Modality: "reported", Lang: "en"},
			}},
		{"en a year ago binds to the figure before it", day(2025, 3, 4),
			"The deal values Anthropic at $61.5 billion, up from $18 billion a year ago.",
			[]want{
				{Entity: "Anthropic", Metric: "valuation", Value: 6.15e10, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"},
				{Entity: "Anthropic", Metric: "valuation", Value: 1.8e10, Unit: "USD", Time: "2024", Approx: "exact", Modality: "reported", Lang: "en"},
			}},
		{"zh fiscal year capex", day(2025, 1, 4),
			"微軟宣布將在2025財年投資800億美元建設AI數據中心。",
			[]want{{Entity: "Microsoft", Metric: "capex", Value: 8e10, Unit: "USD", Time: "FY2025", Approx: "exact", Modality: "forecast", Attributed: "Microsoft", Lang: "zh"}}},

		// Traditional Chinese.
		{"hant two currencies are two claims", day(2023, 8, 15),
			"據報道，ChatGPT每天的運營成本為70萬美元（當前約合人民幣508萬）。",
			[]want{
				{Entity: "OpenAI", Product: "ChatGPT", Metric: "operating_cost", Value: 7e5, Unit: "USD", Per: "day", Approx: "exact", Modality: "reported", Lang: "zh"},
				{Entity: "OpenAI", Product: "ChatGPT", Metric: "operating_cost", Value: 5.08e6, Unit: "CNY", Per: "day", Approx: "about", Modality: "reported", Lang: "zh"},
			}},
		{"hant 今年5月 and 其", day(2023, 8, 15),
			"OpenAI不但還沒有盈利，今年5月其虧損還翻了一番，達到了5.4億美元。",
			[]want{{Entity: "OpenAI", Metric: "loss", Value: 5.4e8, Unit: "USD", Time: "2023-05", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hant investment with 對", day(2023, 8, 15),
			"之前微軟對OpenAI的100億美元投資可能會讓該公司暫時維持下去。",
			[]want{{Entity: "OpenAI", Counterparty: "Microsoft", Metric: "funding", Value: 1e10, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hant valuation credited to Bloomberg", day(2025, 1, 8),
			"據彭博報道，Anthropic正以600億美元估值洽談融資。",
			[]want{{Entity: "Anthropic", Metric: "valuation", Value: 6e10, Unit: "USD", Approx: "exact", Modality: "forecast", Attributed: "Bloomberg", Lang: "zh"}}},
		{"hant training cost about", day(2025, 1, 28),
			"DeepSeek的訓練成本約為560萬美元。",
			[]want{{Entity: "DeepSeek", Metric: "training_cost", Value: 5.6e6, Unit: "USD", Approx: "about", Modality: "reported", Lang: "zh"}}},
		{"hant 上萬塊 GPU", day(2023, 8, 15),
			"馬斯克已經從英偉達處購入了上萬塊 GPU。",
			[]want{{Entity: "xAI", Counterparty: "Nvidia", Metric: "gpus", Value: 1e4, Unit: "count", Approx: "at_least", Modality: "reported", Lang: "zh"}}},
		{"hant Chinese numerals and last year", day(2023, 8, 15),
			"OpenAI去年虧損了五億四千萬美元。",
			[]want{{Entity: "OpenAI", Metric: "loss", Value: 5.4e8, Unit: "USD", Time: "2022", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hant 新台幣 and a quarter", day(2024, 10, 17),
			"台積電第三季營收達7596億新台幣。",
			[]want{{Entity: "TSMC", Metric: "revenue", Value: 7.596e11, Unit: "TWD", Time: "2024-Q3", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hant vague 數十億 is no claim", day(2023, 8, 15),
			"OpenAI每年要燒掉數十億美元。",
			nil},
		{"hant percentage points of a margin, which is other", day(2024, 10, 30),
			"微軟雲業務利潤率提高了12個百分點。",
			[]want{{Entity: "Microsoft", Metric: "other", Value: 12, Unit: "percent", Change: true, Approx: "exact", Modality: "reported", Lang: "zh"}}},

		// Simplified Chinese.
		{"hans two currencies are two claims", day(2023, 8, 15),
			"据报道，ChatGPT每天的运营成本为70万美元（当前约合人民币508万）。",
			[]want{
				{Entity: "OpenAI", Product: "ChatGPT", Metric: "operating_cost", Value: 7e5, Unit: "USD", Per: "day", Approx: "exact", Modality: "reported", Lang: "zh"},
				{Entity: "OpenAI", Product: "ChatGPT", Metric: "operating_cost", Value: 5.08e6, Unit: "CNY", Per: "day", Approx: "about", Modality: "reported", Lang: "zh"},
			}},
		{"hans users with month times and a drop", day(2023, 8, 15),
			"根据SimilarWeb的数据，ChatGPT在7月的用户数量进一步下降，从6月的17亿下降到了15亿，较之6月下降了约12%。",
			[]want{
				{Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.7e9, Unit: "count", Time: "2023-06", Approx: "exact", Modality: "reported", Attributed: "SimilarWeb", Lang: "zh"},
				{Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.5e9, Unit: "count", Time: "2023-07", Approx: "exact", Modality: "reported", Attributed: "SimilarWeb", Lang: "zh"},
				{Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: -12, Unit: "percent", Time: "2023-07", Change: true, Approx: "about", Modality: "reported", Attributed: "SimilarWeb", Lang: "zh"},
			}},
		{"hans revenue in a half year", day(2024, 8, 20),
			"腾讯上半年营收3200亿元。",
			[]want{{Entity: "Tencent", Metric: "revenue", Value: 3.2e11, Unit: "CNY", Time: "2024-H1", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hans range with next year forecast", day(2024, 12, 1),
			"微软预计明年将在数据中心上投入2000亿至3000亿美元。",
			[]want{{Entity: "Microsoft", Metric: "capex", Value: 2e11, Max: 3e11, Unit: "USD", Time: "2025", Approx: "exact", Modality: "forecast", Attributed: "Microsoft", Lang: "zh"}}},
		{"hans at least with 超过 and 元", day(2025, 2, 24),
			"阿里巴巴计划在未来三年投入超过3800亿元用于云和AI基础设施。",
			[]want{{Entity: "Alibaba", Metric: "capex", Value: 3.8e11, Unit: "CNY", Approx: "at_least", Modality: "forecast", Lang: "zh"}}},
		{"hans Wall Street Journal and 6月份", day(2024, 8, 1),
			"据华尔街日报报道，OpenAI 6月份的年化收入达到34亿美元。",
			[]want{{Entity: "OpenAI", Metric: "annualized_revenue", Value: 3.4e9, Unit: "USD", Time: "2024-06", Approx: "exact", Modality: "reported", Attributed: "Wall Street Journal", Lang: "zh"}}},
		{"hans 百分之 and 增长", day(2024, 8, 29),
			"英伟达第二季度营收达到300亿美元，同比增长百分之一百二十二。",
			[]want{
				{Entity: "Nvidia", Metric: "revenue", Value: 3e10, Unit: "USD", Time: "2024-Q2", Approx: "exact", Modality: "reported", Lang: "zh"},
				{Entity: "Nvidia", Metric: "revenue", Value: 122, Unit: "percent", Time: "2024-Q2", Change: true, Approx: "exact", Modality: "reported", Lang: "zh"},
			}},
		{"hans 1亿美元 IPO requirement about no company", day(2023, 8, 15),
			"此外，同一份报告还指出，要想成功IPO，至少需要10年的运营和1亿美元的收入。",
			nil},
		{"hans dates are not claims", day(2023, 8, 15),
			"OpenAI可能在2024年底宣告破产。",
			nil},

		// Hard cases of CLAIMS.md and of news text.
		{"en a dollar sign is US dollars", day(2023, 8, 23),
			"Nvidia said its board also approved a $25 billion share buyback.",
			[]want{{Entity: "Nvidia", Metric: "other", Value: 2.5e10, Unit: "USD", Approx: "exact", Modality: "reported", Attributed: "Nvidia", Lang: "en"}}},
		{"en a change measures the figure before it", day(2023, 8, 23),
			"Nvidia reported record revenue of $13.51 billion for the second quarter of fiscal 2024, which ended on July 30, up 101% from a year earlier, as cloud companies scrambled for its H100 chips.",
			[]want{
				{Entity: "Nvidia", Metric: "revenue", Value: 1.351e10, Unit: "USD", Time: "FY2024-Q2", Approx: "exact", Modality: "reported", Attributed: "Nvidia", Lang: "en"},
				{Entity: "Nvidia", Metric: "revenue", Value: 101, Unit: "percent", Time: "FY2024-Q2", Change: true, Approx: "exact", Modality: "reported", Attributed: "Nvidia", Lang: "en"},
			}},
		{"en a product in a subordinate clause does not take the figure", day(2023, 8, 23),
			"Nvidia's revenue rose. Data-center revenue, which includes the chips used to train models such as ChatGPT, was a record $10.32 billion.",
			[]want{{Entity: "Nvidia", Metric: "revenue", Value: 1.032e10, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"}}},
		{"en stock prices and GDP are no claims", day(2024, 6, 13),
			"Microsoft shares closed up 1.2% at $447.67 on Wednesday. The U.S. economy grew at a 1.4% annual rate.",
			nil},
		{"en a table row takes its column heading", day(2024, 6, 13),
			"Company | Revenue | Valuation\nOpenAI | $3.4 billion | $86 billion",
			[]want{
				{Entity: "OpenAI", Metric: "revenue", Value: 3.4e9, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"},
				{Entity: "OpenAI", Metric: "valuation", Value: 8.6e10, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"},
			}},
		{"en a stake held by a company named before", day(2025, 1, 23),
			"Anthropic is growing. Amazon has committed to invest $8 billion in Anthropic, and Google owns about 14% of the company.",
			[]want{
				{Entity: "Anthropic", Counterparty: "Amazon", Metric: "funding", Value: 8e9, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"},
				{Entity: "Anthropic", Counterparty: "Google", Metric: "other", Value: 14, Unit: "percent", Approx: "about", Modality: "reported", Lang: "en"},
			}},
		{"hans a monthly price is other", day(2023, 8, 16),
			"为了增加收入，OpenAI推出了付费版ChatGPT Plus，每月收费20美元。",
			[]want{{Entity: "OpenAI", Product: "ChatGPT Plus", Metric: "other", Value: 20, Unit: "USD", Per: "month", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hans a source described before its name", day(2023, 8, 16),
			"另据网络分析公司SimilarWeb的数据，ChatGPT网站7月访问量约为15亿次。",
			[]want{{Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.5e9, Unit: "count", Time: "2023-07", Approx: "about", Modality: "reported", Attributed: "SimilarWeb", Lang: "zh"}}},
		{"hant a sentence without a company continues the one before", day(2023, 9, 26),
			"亞馬遜將向Anthropic投資最多40億美元。首筆投資為12.5億美元。",
			[]want{
				{Entity: "Anthropic", Counterparty: "Amazon", Metric: "funding", Value: 4e9, Unit: "USD", Approx: "at_most", Modality: "forecast", Lang: "zh"},
				{Entity: "Anthropic", Counterparty: "Amazon", Metric: "funding", Value: 1.25e9, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "zh"},
			}},
		{"hant a tolerance and a share price are no claims", day(2024, 11, 21),
			"輝達預估第四季營收約375億美元，上下浮動2%。輝達股價盤後下跌2.5%，收在每股146美元。",
			[]want{{Entity: "Nvidia", Metric: "revenue", Value: 3.75e10, Unit: "USD", Time: "2024-Q4", Approx: "about", Modality: "forecast", Attributed: "Nvidia", Lang: "zh"}}},
		{"hans a parent company's figure is the parent's, not the company's", day(2025, 1, 27),
			"据报道，DeepSeek母公司幻方量化管理的资金规模曾超过1000亿元人民币。",
			[]want{{Entity: "High-Flyer", Metric: "other", Value: 1e11, Unit: "CNY", Approx: "at_least", Modality: "reported", Lang: "zh"}}},
	}
	runCases(t, tests)
}

func sameWant(a, b want) bool {
	eq := func(x, y float64) bool { return x == y || math.Abs(x-y) <= 1e-9*math.Max(math.Abs(x), math.Abs(y)) }
	if !eq(a.Value, b.Value) || !eq(a.Max, b.Max) {
		return false
	}
	a.Value, a.Max, b.Value, b.Max = 0, 0, 0, 0
	return a == b
}

func TestExplainNamesTheDecidingWords(t *testing.T) {
	a := claimwatch.Article{ID: "e", Published: day(2023, 8, 15),
		Text: "據報道，ChatGPT每天的運營成本為70萬美元（當前約合人民幣508萬）。今年5月其虧損達到了5.4億美元。"}
	ex := extractor.Explain(a)
	if len(ex) != 3 {
		t.Fatalf("got %d explanations, want 3", len(ex))
	}
	checks := []struct{ field, got, want string }{
		{"entity", ex[0].Entity, "ChatGPT"},
		{"metric", ex[0].Metric, "運營成本"},
		{"per", ex[0].Per, "每天"},
		{"approx of the conversion", ex[1].Approx, "約合"},
		{"note of the conversion", ex[1].Note, "70萬美元"},
		{"time", ex[2].Time, "今年5月"},
		{"pronoun", ex[2].Entity, "其"},
	}
	for _, c := range checks {
		if !strings.Contains(c.got, c.want) {
			t.Errorf("%s: explanation %q does not name %q", c.field, c.got, c.want)
		}
	}
}

// TestExtractIsSafeForConcurrentUse runs one Extractor from many goroutines;
// run with -race.
func TestExtractIsSafeForConcurrentUse(t *testing.T) {
	a := claimwatch.Article{ID: "c", Published: day(2023, 8, 15),
		Text: "據報道，ChatGPT每天的運營成本為70萬美元。Microsoft's $10 billion investment in OpenAI."}
	want := len(extractor.Extract(a))
	done := make(chan int)
	for range 8 {
		go func() { done <- len(extractor.Extract(a)) }()
	}
	for range 8 {
		if got := <-done; got != want {
			t.Errorf("concurrent Extract found %d claims, want %d", got, want)
		}
	}
}

func TestNewMergesConfiguredEntities(t *testing.T) {
	x := New([]claimwatch.Entity{{Name: "Zhipu AI", Aliases: []string{"GLM Corp"}}, {Name: "Acme AI", Aliases: []string{"艾克美"}}})
	got := x.Extract(claimwatch.Article{Text: "艾克美去年營收達到5億美元。", Published: day(2024, 5, 1)})
	if len(got) != 1 || got[0].Entity != "Acme AI" || got[0].Metric != claimwatch.Revenue || got[0].Time != "2023" {
		t.Errorf("configured entity: got %+v", got)
	}
	got = x.Extract(claimwatch.Article{Text: "微软去年营收达到2000亿美元。", Published: day(2024, 5, 1)})
	if len(got) != 1 || got[0].Entity != "Microsoft" {
		t.Errorf("default entity lost after merge: got %+v", got)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"據報道，ChatGPT每天的運營成本為70萬美元（當前約合人民幣508萬）。", "Microsoft's $10 billion investment in OpenAI.",
		"OpenAI的其他收入约为，。", "ChatGPT users fell 12% in July to 1.5 billion.", "微软对OpenAI投资¥500亿"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range extractor.Extract(claimwatch.Article{Text: s, Title: s[:len(s)/2], Published: day(2024, 1, 1)}) {
			if math.IsInf(c.Value, 0) || math.IsNaN(c.Value) || math.IsNaN(c.ValueMax) || math.IsInf(c.ValueMax, 0) {
				t.Fatalf("value not finite: %+v", c)
			}
			if c.Offset < -1 || c.Offset >= len(s) || c.Entity == "" || c.Metric == "" || c.Unit == "" {
				t.Fatalf("bad claim %+v", c)
			}
		}
	})
}

// TestDefaultNamesUnique guards the built-in list: a name written under two
// entries would be read as either company, by accident of order.
func TestDefaultNamesUnique(t *testing.T) {
	owner := map[string]string{}
	for _, e := range Default() {
		for _, n := range append(append([]string{e.Name}, e.Aliases...), e.Products...) {
			k := strings.ToLower(n)
			if o, ok := owner[k]; ok && o != e.Name {
				t.Errorf("%q is a name of both %s and %s", n, o, e.Name)
			}
			owner[k] = e.Name
		}
	}
}
