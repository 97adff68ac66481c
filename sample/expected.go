package sample

import "time"

// Ref names one page of one demo site.
type Ref struct {
	Site string // a name from Names
	Path string // the URL path on that site, e.g. "/news/1001.html"
}

// Article is one article page of the demo world, as a correct crawler and
// article extractor should see it.
type Article struct {
	Ref
	Title     string
	Published time.Time
	Lang      string // "en" or "zh"
	Script    string // "Hant" or "Hans" for Chinese
	Charset   string // the charset of the bytes served
	// Cites lists the pages the article credits as its source, in its
	// reference list; a repost echoes them rather than corroborating them.
	Cites []Ref
}

// ExpectedClaim is a claim a correct extractor finds in an article of the
// demo world, with the fields of CLAIMS.md. Values are in base units.
// Time is given only when the text names a period ("in July", "去年",
// "fiscal 2024"); "on Tuesday" names an announcement, not the figure's
// period, and gives none.
type ExpectedClaim struct {
	Ref
	// Text is the figure as the article writes it; it occurs verbatim in the
	// article's text, so a failing assertion can point at the sentence.
	Text         string
	Entity       string
	Product      string
	Counterparty string
	Metric       string
	Value        float64
	ValueMax     float64
	Unit         string
	Per          string
	Time         string
	Change       bool
	Approx       string
	Modality     string
	AttributedTo string
	Lang         string
}

// Decoy is a number in a demo page that must not become a claim: page
// furniture (menus, ads, related-article lists, footers, view counters),
// vague amounts, dates, or a page robots.txt forbids.
type Decoy struct {
	Ref
	Text string // occurs verbatim in the page's text
	Why  string
}

// Paths of the demo pages, named once because several tables use them.
const (
	ledgerCost      = "/articles/chatgpt-costs-700000-a-day.html"
	ledgerLosses    = "/articles/openai-losses-doubled.html"
	ledgerTraffic   = "/articles/chatgpt-traffic-falls-july.html"
	ledgerAnthropic = "/articles/anthropic-raises-450-million.html"
	ledgerNvidia    = "/articles/nvidia-data-center-revenue-record.html"
	dailyBurn       = "/news/2023/08/15/openai-daily-burn.html"
	dailyNvidia     = "/news/2023/08/24/nvidia-q2-record.html"
	dailyAmazon     = "/news/2023/09/26/amazon-anthropic.html"
	guiguLosses     = "/news/1001.html"
	guiguMicrosoft  = "/news/1002.html"
	guiguChips      = "/news/1003.html"
	guiguPrivate    = "/private/news/1004.html"
	wireBill        = "/stories/openai-inference-bill.html"
	wireStake       = "/stories/microsoft-openai-stake.html"
	wireNvidia      = "/stories/nvidia-quarter.html"
)

var (
	taipei   = time.FixedZone("CST", 8*3600)
	pacific  = time.FixedZone("PDT", -7*3600)
	ailedger = func(p string) Ref { return Ref{"ailedger", p} }
	daily    = func(p string) Ref { return Ref{"techdaily-tw", p} }
	guigu    = func(p string) Ref { return Ref{"guigu-caijing", p} }
	wire     = func(p string) Ref { return Ref{"computewire", p} }
)

// Articles lists every article page of the demo world: 5 on AI Ledger, 3 on
// 科技日報, 3 on 硅谷财经 and 3 on Compute Wire.
var Articles = []Article{
	{Ref: ailedger(ledgerCost), Title: "ChatGPT costs OpenAI about $700,000 a day to run", Published: time.Date(2023, 8, 14, 8, 30, 0, 0, time.UTC), Lang: "en", Charset: "utf-8"},
	{Ref: ailedger(ledgerLosses), Title: "OpenAI's losses doubled to $540 million as it built ChatGPT", Published: time.Date(2023, 5, 5, 14, 0, 0, 0, time.UTC), Lang: "en", Charset: "utf-8"},
	{Ref: ailedger(ledgerTraffic), Title: "ChatGPT traffic falls 12% in July", Published: time.Date(2023, 8, 3, 16, 45, 0, 0, time.UTC), Lang: "en", Charset: "utf-8"},
	{Ref: ailedger(ledgerAnthropic), Title: "Anthropic raises $450 million led by Spark Capital", Published: time.Date(2023, 5, 23, 13, 10, 0, 0, time.UTC), Lang: "en", Charset: "utf-8"},
	{Ref: ailedger(ledgerNvidia), Title: "Nvidia's data-center revenue hits $10.3 billion", Published: time.Date(2023, 8, 23, 21, 30, 0, 0, time.UTC), Lang: "en", Charset: "utf-8"},

	{Ref: daily(dailyBurn), Title: "日燒70萬美元,OpenAI撐得過2024年嗎?", Published: time.Date(2023, 8, 15, 16, 55, 0, 0, taipei), Lang: "zh", Script: "Hant", Charset: "big5",
		Cites: []Ref{ailedger(ledgerCost), ailedger(ledgerTraffic)}},
	{Ref: daily(dailyNvidia), Title: "輝達第二季營收135億美元創新高", Published: time.Date(2023, 8, 24, 9, 12, 0, 0, taipei), Lang: "zh", Script: "Hant", Charset: "utf-8"},
	{Ref: daily(dailyAmazon), Title: "亞馬遜將向Anthropic投資最多40億美元", Published: time.Date(2023, 9, 26, 10, 20, 0, 0, taipei), Lang: "zh", Script: "Hant", Charset: "utf-8"},

	{Ref: guigu(guiguLosses), Title: "OpenAI去年亏损5.4亿美元 ChatGPT访问量连续两月下滑", Published: time.Date(2023, 8, 16, 9, 30, 0, 0, taipei), Lang: "zh", Script: "Hans", Charset: "utf-8",
		Cites: []Ref{ailedger(ledgerLosses), ailedger(ledgerTraffic)}},
	{Ref: guigu(guiguMicrosoft), Title: "微软押注OpenAI:100亿美元投资背后的算盘", Published: time.Date(2023, 8, 17, 11, 0, 0, 0, taipei), Lang: "zh", Script: "Hans", Charset: "utf-8"},
	{Ref: guigu(guiguChips), Title: "英伟达获中国大厂10亿美元芯片订单 百度阿里加码AI投入", Published: time.Date(2023, 8, 18, 14, 5, 0, 0, taipei), Lang: "zh", Script: "Hans", Charset: "gbk"},

	{Ref: wire(wireBill), Title: "OpenAI's inference bill nears $1 million a day", Published: time.Date(2023, 8, 17, 13, 0, 0, 0, pacific), Lang: "en", Charset: "utf-8"},
	{Ref: wire(wireStake), Title: "Microsoft's stake in OpenAI, explained", Published: time.Date(2023, 6, 20, 9, 0, 0, 0, pacific), Lang: "en", Charset: "utf-8"},
	{Ref: wire(wireNvidia), Title: "Nvidia sales double to $13.5 billion", Published: time.Date(2023, 8, 24, 6, 0, 0, 0, pacific), Lang: "en", Charset: "utf-8"},
}

// Disallowed lists pages that are linked and served but that robots.txt
// forbids: a crawler that obeys it never fetches them.
var Disallowed = []Ref{guigu(guiguPrivate)}

// Expected lists the claims a correct extractor finds in the demo world.
// The figures are built to be compared across sources:
//   - agree, independently: OpenAI's 2022 loss of $540 million (AI Ledger,
//     and Compute Wire with no citation); Nvidia's FY2024-Q2 revenue
//     (AI Ledger, 科技日報, Compute Wire, each crediting no one but Nvidia);
//   - agree, by echo: 科技日報's daily-cost repost and 硅谷财经's loss and
//     traffic story, which cite AI Ledger pages in their reference lists;
//   - disagree: ChatGPT's daily running cost ($700,000 against "closer to
//     $1 million") and Microsoft's January investment in OpenAI
//     ($10 billion against $13 billion).
var Expected = []ExpectedClaim{
	// AI Ledger: ChatGPT's running cost.
	{Ref: ailedger(ledgerCost), Text: "$700,000 a day", Entity: "OpenAI", Product: "ChatGPT", Metric: "operating_cost", Value: 7e5, Unit: "USD", Per: "day", Approx: "about", Modality: "reported", AttributedTo: "SemiAnalysis", Lang: "en"},
	{Ref: ailedger(ledgerCost), Text: "$540 million in 2022", Entity: "OpenAI", Metric: "loss", Value: 5.4e8, Unit: "USD", Time: "2022", Approx: "exact", Modality: "reported", AttributedTo: "The Information", Lang: "en"},
	{Ref: ailedger(ledgerCost), Text: "$10 billion investment", Entity: "OpenAI", Counterparty: "Microsoft", Metric: "funding", Value: 1e10, Unit: "USD", Time: "2023-01", Approx: "exact", Modality: "reported", Lang: "en"},
	{Ref: ailedger(ledgerCost), Text: "1.5 billion visits in July", Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.5e9, Unit: "count", Time: "2023-07", Approx: "exact", Modality: "reported", AttributedTo: "SimilarWeb", Lang: "en"},
	{Ref: ailedger(ledgerCost), Text: "1.7 billion in June", Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.7e9, Unit: "count", Time: "2023-06", Approx: "exact", Modality: "reported", AttributedTo: "SimilarWeb", Lang: "en"},
	{Ref: ailedger(ledgerCost), Text: "a fall of about 12%", Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: -12, Unit: "percent", Time: "2023-07", Change: true, Approx: "about", Modality: "reported", AttributedTo: "SimilarWeb", Lang: "en"},
	{Ref: ailedger(ledgerCost), Text: "$20 a month", Entity: "OpenAI", Product: "ChatGPT Plus", Metric: "other", Value: 20, Unit: "USD", Per: "month", Approx: "exact", Modality: "reported", Lang: "en"},

	// AI Ledger: OpenAI's losses.
	{Ref: ailedger(ledgerLosses), Text: "$540 million last year", Entity: "OpenAI", Metric: "loss", Value: 5.4e8, Unit: "USD", Time: "2022", Approx: "about", Modality: "reported", AttributedTo: "The Information", Lang: "en"},
	{Ref: ailedger(ledgerLosses), Text: "as much as $100 billion", Entity: "OpenAI", Metric: "funding", Value: 1e11, Unit: "USD", Approx: "at_most", Modality: "forecast", AttributedTo: "The Information", Lang: "en"},
	{Ref: ailedger(ledgerLosses), Text: "invest $10 billion in OpenAI", Entity: "OpenAI", Counterparty: "Microsoft", Metric: "funding", Value: 1e10, Unit: "USD", Time: "2023-01", Approx: "exact", Modality: "reported", Lang: "en"},
	{Ref: ailedger(ledgerLosses), Text: "revenue of $200 million this year", Entity: "OpenAI", Metric: "revenue", Value: 2e8, Unit: "USD", Time: "2023", Approx: "exact", Modality: "forecast", AttributedTo: "Reuters", Lang: "en"},
	{Ref: ailedger(ledgerLosses), Text: "$1 billion in 2024", Entity: "OpenAI", Metric: "revenue", Value: 1e9, Unit: "USD", Time: "2024", Approx: "exact", Modality: "forecast", AttributedTo: "Reuters", Lang: "en"},

	// AI Ledger: ChatGPT traffic. Visits and unique visitors are both
	// `users`, for the same month, with different values: verification must
	// not call them a conflict only because the metric matches.
	{Ref: ailedger(ledgerTraffic), Text: "about 1.5 billion", Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.5e9, Unit: "count", Time: "2023-07", Approx: "about", Modality: "reported", AttributedTo: "SimilarWeb", Lang: "en"},
	{Ref: ailedger(ledgerTraffic), Text: "1.7 billion in June", Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.7e9, Unit: "count", Time: "2023-06", Approx: "exact", Modality: "reported", AttributedTo: "SimilarWeb", Lang: "en"},
	{Ref: ailedger(ledgerTraffic), Text: "a drop of about 12%", Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: -12, Unit: "percent", Time: "2023-07", Change: true, Approx: "about", Modality: "reported", AttributedTo: "SimilarWeb", Lang: "en"},
	{Ref: ailedger(ledgerTraffic), Text: "slipped 3.2% to 180.5 million", Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.805e8, Unit: "count", Time: "2023-07", Approx: "exact", Modality: "reported", Lang: "en"},
	{Ref: ailedger(ledgerTraffic), Text: "slipped 3.2%", Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: -3.2, Unit: "percent", Time: "2023-07", Change: true, Approx: "exact", Modality: "reported", Lang: "en"},
	{Ref: ailedger(ledgerTraffic), Text: "dropped 9.7% in June", Entity: "OpenAI", Metric: "users", Value: -9.7, Unit: "percent", Time: "2023-06", Change: true, Approx: "exact", Modality: "reported", Lang: "en"},

	// AI Ledger: Anthropic.
	{Ref: ailedger(ledgerAnthropic), Text: "raised $450 million", Entity: "Anthropic", Counterparty: "Spark Capital", Metric: "funding", Value: 4.5e8, Unit: "USD", Approx: "exact", Modality: "reported", AttributedTo: "Anthropic", Lang: "en"},
	{Ref: ailedger(ledgerAnthropic), Text: "about $300 million", Entity: "Anthropic", Counterparty: "Google", Metric: "funding", Value: 3e8, Unit: "USD", Time: "2023", Approx: "about", Modality: "reported", Lang: "en"},
	{Ref: ailedger(ledgerAnthropic), Text: "about $1 billion over the next 18 months", Entity: "Anthropic", Metric: "training_cost", Value: 1e9, Unit: "USD", Approx: "about", Modality: "forecast", AttributedTo: "TechCrunch", Lang: "en"},

	// AI Ledger: Nvidia. The headline's "$10.3 billion" is the body's
	// $10.32 billion, one claim.
	{Ref: ailedger(ledgerNvidia), Text: "$13.51 billion", Entity: "Nvidia", Metric: "revenue", Value: 1.351e10, Unit: "USD", Time: "FY2024-Q2", Approx: "exact", Modality: "reported", AttributedTo: "Nvidia", Lang: "en"},
	{Ref: ailedger(ledgerNvidia), Text: "up 101%", Entity: "Nvidia", Metric: "revenue", Value: 101, Unit: "percent", Time: "FY2024-Q2", Change: true, Approx: "exact", Modality: "reported", AttributedTo: "Nvidia", Lang: "en"},
	{Ref: ailedger(ledgerNvidia), Text: "$10.32 billion", Entity: "Nvidia", Metric: "revenue", Value: 1.032e10, Unit: "USD", Time: "FY2024-Q2", Approx: "exact", Modality: "reported", Lang: "en"},
	{Ref: ailedger(ledgerNvidia), Text: "up 171%", Entity: "Nvidia", Metric: "revenue", Value: 171, Unit: "percent", Time: "FY2024-Q2", Change: true, Approx: "exact", Modality: "reported", Lang: "en"},
	{Ref: ailedger(ledgerNvidia), Text: "about $16 billion", Entity: "Nvidia", Metric: "revenue", Value: 1.6e10, Unit: "USD", Time: "FY2024-Q3", Approx: "about", Modality: "forecast", AttributedTo: "Nvidia", Lang: "en"},
	{Ref: ailedger(ledgerNvidia), Text: "$25 billion share buyback", Entity: "Nvidia", Metric: "other", Value: 2.5e10, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"},

	// 科技日報: the Big5 repost of AI Ledger's cost story. The chain "AI
	// Ledger, citing SemiAnalysis" credits the original source.
	{Ref: daily(dailyBurn), Text: "70萬美元", Entity: "OpenAI", Product: "ChatGPT", Metric: "operating_cost", Value: 7e5, Unit: "USD", Per: "day", Approx: "about", Modality: "reported", AttributedTo: "SemiAnalysis", Lang: "zh"},
	{Ref: daily(dailyBurn), Text: "人民幣508萬", Entity: "OpenAI", Product: "ChatGPT", Metric: "operating_cost", Value: 5.08e6, Unit: "CNY", Per: "day", Approx: "about", Modality: "reported", AttributedTo: "SemiAnalysis", Lang: "zh"},
	{Ref: daily(dailyBurn), Text: "投資100億美元", Entity: "OpenAI", Counterparty: "Microsoft", Metric: "funding", Value: 1e10, Unit: "USD", Time: "2023-01", Approx: "exact", Modality: "reported", AttributedTo: "AI Ledger", Lang: "zh"},
	{Ref: daily(dailyBurn), Text: "約5.4億美元", Entity: "OpenAI", Metric: "loss", Value: 5.4e8, Unit: "USD", Time: "2022", Approx: "about", Modality: "reported", AttributedTo: "The Information", Lang: "zh"},
	{Ref: daily(dailyBurn), Text: "6月的17億次", Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.7e9, Unit: "count", Time: "2023-06", Approx: "exact", Modality: "reported", AttributedTo: "SimilarWeb", Lang: "zh"},
	{Ref: daily(dailyBurn), Text: "降至15億次", Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.5e9, Unit: "count", Time: "2023-07", Approx: "exact", Modality: "reported", AttributedTo: "SimilarWeb", Lang: "zh"},
	{Ref: daily(dailyBurn), Text: "減少約12%", Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: -12, Unit: "percent", Time: "2023-07", Change: true, Approx: "about", Modality: "reported", AttributedTo: "SimilarWeb", Lang: "zh"},
	{Ref: daily(dailyBurn), Text: "每月收費20美元", Entity: "OpenAI", Product: "ChatGPT Plus", Metric: "other", Value: 20, Unit: "USD", Per: "month", Approx: "exact", Modality: "reported", AttributedTo: "AI Ledger", Lang: "zh"},

	// 科技日報: Nvidia, with a conversion to 新台幣.
	{Ref: daily(dailyNvidia), Text: "135.1億美元", Entity: "Nvidia", Metric: "revenue", Value: 1.351e10, Unit: "USD", Time: "FY2024-Q2", Approx: "exact", Modality: "reported", AttributedTo: "Nvidia", Lang: "zh"},
	{Ref: daily(dailyNvidia), Text: "年增101%", Entity: "Nvidia", Metric: "revenue", Value: 101, Unit: "percent", Time: "FY2024-Q2", Change: true, Approx: "exact", Modality: "reported", AttributedTo: "Nvidia", Lang: "zh"},
	{Ref: daily(dailyNvidia), Text: "103.2億美元", Entity: "Nvidia", Metric: "revenue", Value: 1.032e10, Unit: "USD", Time: "FY2024-Q2", Approx: "exact", Modality: "reported", AttributedTo: "Nvidia", Lang: "zh"},
	{Ref: daily(dailyNvidia), Text: "年增171%", Entity: "Nvidia", Metric: "revenue", Value: 171, Unit: "percent", Time: "FY2024-Q2", Change: true, Approx: "exact", Modality: "reported", AttributedTo: "Nvidia", Lang: "zh"},
	{Ref: daily(dailyNvidia), Text: "約合4,300億元", Entity: "Nvidia", Metric: "revenue", Value: 4.3e11, Unit: "TWD", Time: "FY2024-Q2", Approx: "about", Modality: "reported", Lang: "zh"},
	{Ref: daily(dailyNvidia), Text: "約160億美元", Entity: "Nvidia", Metric: "revenue", Value: 1.6e10, Unit: "USD", Time: "FY2024-Q3", Approx: "about", Modality: "forecast", AttributedTo: "Nvidia", Lang: "zh"},

	// 科技日報: Amazon and Anthropic.
	{Ref: daily(dailyAmazon), Text: "最多40億美元", Entity: "Anthropic", Counterparty: "Amazon", Metric: "funding", Value: 4e9, Unit: "USD", Approx: "at_most", Modality: "forecast", AttributedTo: "Amazon", Lang: "zh"},
	{Ref: daily(dailyAmazon), Text: "新台幣1,280億元", Entity: "Anthropic", Counterparty: "Amazon", Metric: "funding", Value: 1.28e11, Unit: "TWD", Approx: "about", Modality: "forecast", AttributedTo: "Amazon", Lang: "zh"},
	{Ref: daily(dailyAmazon), Text: "12.5億美元", Entity: "Anthropic", Counterparty: "Amazon", Metric: "funding", Value: 1.25e9, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "zh"},
	{Ref: daily(dailyAmazon), Text: "4.5億美元", Entity: "Anthropic", Counterparty: "Spark Capital", Metric: "funding", Value: 4.5e8, Unit: "USD", Time: "2023-05", Approx: "exact", Modality: "reported", Lang: "zh"},

	// 硅谷财经: losses and traffic, citing AI Ledger.
	{Ref: guigu(guiguLosses), Text: "亏损约5.4亿美元", Entity: "OpenAI", Metric: "loss", Value: 5.4e8, Unit: "USD", Time: "2022", Approx: "about", Modality: "reported", AttributedTo: "The Information", Lang: "zh"},
	{Ref: guigu(guiguLosses), Text: "约为15亿次", Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.5e9, Unit: "count", Time: "2023-07", Approx: "about", Modality: "reported", AttributedTo: "SimilarWeb", Lang: "zh"},
	{Ref: guigu(guiguLosses), Text: "6月为17亿次", Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.7e9, Unit: "count", Time: "2023-06", Approx: "exact", Modality: "reported", AttributedTo: "SimilarWeb", Lang: "zh"},
	{Ref: guigu(guiguLosses), Text: "环比下降约12%", Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: -12, Unit: "percent", Time: "2023-07", Change: true, Approx: "about", Modality: "reported", AttributedTo: "SimilarWeb", Lang: "zh"},
	{Ref: guigu(guiguLosses), Text: "每月收费20美元", Entity: "OpenAI", Product: "ChatGPT Plus", Metric: "other", Value: 20, Unit: "USD", Per: "month", Approx: "exact", Modality: "reported", Lang: "zh"},

	// 硅谷财经: Microsoft. "Azure OpenAI服务" is Microsoft's product, though
	// it holds OpenAI's name.
	{Ref: guigu(guiguMicrosoft), Text: "100亿美元", Entity: "OpenAI", Counterparty: "Microsoft", Metric: "funding", Value: 1e10, Unit: "USD", Time: "2023-01", Approx: "exact", Modality: "reported", Lang: "zh"},
	{Ref: guigu(guiguMicrosoft), Text: "营收为562亿美元", Entity: "Microsoft", Metric: "revenue", Value: 5.62e10, Unit: "USD", Time: "FY2023-Q4", Approx: "exact", Modality: "reported", Lang: "zh"},
	{Ref: guigu(guiguMicrosoft), Text: "同比增长8%", Entity: "Microsoft", Metric: "revenue", Value: 8, Unit: "percent", Time: "FY2023-Q4", Change: true, Approx: "exact", Modality: "reported", Lang: "zh"},
	{Ref: guigu(guiguMicrosoft), Text: "107亿美元", Entity: "Microsoft", Metric: "capex", Value: 1.07e10, Unit: "USD", Time: "FY2023-Q4", Approx: "exact", Modality: "reported", Lang: "zh"},
	{Ref: guigu(guiguMicrosoft), Text: "超过1.1万家", Entity: "Microsoft", Product: "Azure", Metric: "users", Value: 11000, Unit: "count", Approx: "at_least", Modality: "reported", AttributedTo: "Microsoft", Lang: "zh"},

	// 硅谷财经: the GBK page on chips and Chinese R&D spending.
	{Ref: guigu(guiguChips), Text: "约10万块A800芯片", Entity: "Nvidia", Product: "A800", Metric: "gpus", Value: 1e5, Unit: "count", Time: "2023", Approx: "about", Modality: "reported", AttributedTo: "Financial Times", Lang: "zh"},
	{Ref: guigu(guiguChips), Text: "价值约10亿美元", Entity: "Nvidia", Product: "A800", Metric: "other", Value: 1e9, Unit: "USD", Time: "2023", Approx: "about", Modality: "reported", AttributedTo: "Financial Times", Lang: "zh"},
	{Ref: guigu(guiguChips), Text: "价值40亿美元", Entity: "Nvidia", Metric: "other", Value: 4e9, Unit: "USD", Time: "2024", Approx: "exact", Modality: "forecast", AttributedTo: "Financial Times", Lang: "zh"},
	{Ref: guigu(guiguChips), Text: "研发投入233亿元", Entity: "Baidu", Metric: "other", Value: 2.33e10, Unit: "CNY", Time: "2022", Approx: "exact", Modality: "reported", Lang: "zh"},
	{Ref: guigu(guiguChips), Text: "约占总营收的19%", Entity: "Baidu", Metric: "other", Value: 19, Unit: "percent", Time: "2022", Approx: "about", Modality: "reported", Lang: "zh"},
	{Ref: guigu(guiguChips), Text: "研发投入约567亿元", Entity: "Alibaba", Metric: "other", Value: 5.67e10, Unit: "CNY", Time: "FY2023", Approx: "about", Modality: "reported", Lang: "zh"},

	// Compute Wire: a higher daily cost, and the loss reported with no
	// citation, which corroborates AI Ledger rather than echoing it.
	{Ref: wire(wireBill), Text: "closer to $1 million a day", Entity: "OpenAI", Product: "ChatGPT", Metric: "operating_cost", Value: 1e6, Unit: "USD", Per: "day", Approx: "about", Modality: "reported", Lang: "en"},
	{Ref: wire(wireBill), Text: "$540 million last year", Entity: "OpenAI", Metric: "loss", Value: 5.4e8, Unit: "USD", Time: "2022", Approx: "exact", Modality: "reported", Lang: "en"},

	// Compute Wire: Microsoft's investment put at $13 billion.
	{Ref: wire(wireStake), Text: "$13 billion investment", Entity: "OpenAI", Counterparty: "Microsoft", Metric: "funding", Value: 1.3e10, Unit: "USD", Time: "2023-01", Approx: "exact", Modality: "reported", Lang: "en"},
	{Ref: wire(wireStake), Text: "49% stake", Entity: "OpenAI", Counterparty: "Microsoft", Metric: "other", Value: 49, Unit: "percent", Approx: "exact", Modality: "reported", Lang: "en"},

	// Compute Wire: Nvidia. Analysts' consensus is a forecast, not a second
	// reported revenue for the quarter.
	{Ref: wire(wireNvidia), Text: "$13.5 billion", Entity: "Nvidia", Metric: "revenue", Value: 1.35e10, Unit: "USD", Time: "FY2024-Q2", Approx: "exact", Modality: "reported", Lang: "en"},
	{Ref: wire(wireNvidia), Text: "roughly $11.2 billion", Entity: "Nvidia", Metric: "revenue", Value: 1.12e10, Unit: "USD", Time: "FY2024-Q2", Approx: "about", Modality: "forecast", Lang: "en"},
	{Ref: wire(wireNvidia), Text: "$10.3 billion", Entity: "Nvidia", Metric: "revenue", Value: 1.03e10, Unit: "USD", Time: "FY2024-Q2", Approx: "exact", Modality: "reported", Lang: "en"},
	{Ref: wire(wireNvidia), Text: "revenue of $16 billion", Entity: "Nvidia", Metric: "revenue", Value: 1.6e10, Unit: "USD", Time: "FY2024-Q3", Approx: "exact", Modality: "forecast", AttributedTo: "Nvidia", Lang: "en"},
}

// Decoys lists numbers in the demo pages that must not become claims.
var Decoys = []Decoy{
	{Ref: ailedger(ledgerCost), Text: "12,408 views", Why: "view counter"},
	{Ref: ailedger(ledgerCost), Text: "Subscribe now: 50% off, $4.99/month", Why: "advertisement"},
	{Ref: ailedger(ledgerCost), Text: "for the first 12 months", Why: "advertisement"},
	{Ref: ailedger(ledgerCost), Text: "Top 50 AI startups of 2023", Why: "navigation menu"},
	{Ref: ailedger(ledgerCost), Text: "Nvidia's data-center revenue hits $10.3 billion", Why: "related-articles list: no Nvidia claim comes from this page"},
	{Ref: ailedger(ledgerCost), Text: "+1 (415) 555-0134", Why: "footer phone number"},
	{Ref: ailedger(ledgerCost), Text: "© 2023 AI Ledger Media Ltd.", Why: "footer copyright year"},
	{Ref: ailedger(ledgerCost), Text: "GPT-4", Why: "a product name, not a figure"},
	{Ref: ailedger(ledgerLosses), Text: "30,112 views", Why: "view counter"},
	{Ref: ailedger(ledgerLosses), Text: "Anthropic raises $450 million led by Spark Capital", Why: "related-articles list: no Anthropic claim comes from this page"},
	{Ref: ailedger(ledgerAnthropic), Text: "founded it in 2021", Why: "a year on its own"},
	{Ref: ailedger(ledgerNvidia), Text: "ended on July 30", Why: "a date"},

	{Ref: daily(dailyBurn), Text: "2023081516:55", Why: "publication date and time, glued"},
	{Ref: daily(dailyBurn), Text: "在2024年底前", Why: "a date, not a figure"},
	{Ref: daily(dailyBurn), Text: "首月只要新台幣1元", Why: "advertisement"},
	{Ref: daily(dailyBurn), Text: "蘋果Vision Pro售價3,499美元", Why: "hot-articles list"},
	{Ref: daily(dailyBurn), Text: "輝達第二季營收135億美元創新高", Why: "hot-articles list: no Nvidia claim comes from this page"},
	{Ref: daily(dailyBurn), Text: "Top 10 排行榜", Why: "navigation menu"},
	{Ref: daily(dailyBurn), Text: "(02) 2555-0168", Why: "footer phone number"},
	{Ref: daily(dailyNvidia), Text: "上下浮動2%", Why: "a tolerance on a forecast, not a figure of its own"},
	{Ref: daily(dailyNvidia), Text: "2023-08-24 09:12", Why: "publication date and time"},
	{Ref: daily(dailyAmazon), Text: "亞馬遜25日宣布", Why: "a day of the month"},

	{Ref: guigu(guiguLosses), Text: "阅读 3568", Why: "view counter"},
	{Ref: guigu(guiguLosses), Text: "开通会员立减30元,仅需98元/年", Why: "advertisement"},
	{Ref: guigu(guiguLosses), Text: "京ICP备00000000号", Why: "footer licence number"},
	{Ref: guigu(guiguLosses), Text: "010-5555-0188", Why: "footer phone number"},
	{Ref: guigu(guiguLosses), Text: "2023年8月16日 09:30", Why: "publication date and time"},
	{Ref: guigu(guiguMicrosoft), Text: "“数十亿美元”", Why: "a vague amount"},
	{Ref: guigu(guiguMicrosoft), Text: "截至6月30日", Why: "a date"},
	{Ref: guigu(guiguChips), Text: "阅读 4127", Why: "view counter"},
	{Ref: guigu(guiguChips), Text: "截至2023年3月", Why: "a date"},
	{Ref: guigu(guiguPrivate), Text: "99亿美元", Why: "robots.txt disallows /private/: the page must never be fetched"},

	{Ref: wire(wireBill), Text: "tens of thousands of Nvidia A100 chips", Why: "a vague amount"},
	{Ref: wire(wireBill), Text: "2 days, 40 speakers · Early-bird tickets $299", Why: "promotional banner"},
	{Ref: wire(wireBill), Text: "Nvidia sales double to $13.5 billion", Why: "more-stories list: no Nvidia claim comes from this page"},
	{Ref: wire(wireBill), Text: "+1 (408) 555-0199", Why: "footer phone number"},
	{Ref: wire(wireNvidia), Text: "plus or minus 2%", Why: "a tolerance on a forecast, not a figure of its own"},
}
