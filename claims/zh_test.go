package claims

import (
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
)

// TestExtractChineseNews covers how Chinese news is written: related-story
// lists, investors around a round, chip brands, pronouns and the measures
// the lexicon names.
func TestExtractChineseNews(t *testing.T) {
	tests := []struct {
		name string
		pub  time.Time
		text string
		want []want
	}{
		{"hant a company outside the first list", day(2024, 11, 21),
			"鴻海今年AI伺服器營收可望突破新台幣1兆元。",
			[]want{{Entity: "Foxconn", Metric: "revenue", Value: 1e12, Unit: "TWD", Time: "2024", Approx: "at_least", Modality: "forecast", Lang: "zh"}}},
		{"hans headlines under a related-stories heading are furniture", day(2025, 5, 29),
			"英伟达当季营收为440.6亿美元。\n\n相关阅读：\n英伟达遭遇H20禁令 或损失55亿美元\n微软一季度Azure收入增长33%",
			[]want{{Entity: "Nvidia", Metric: "revenue", Value: 4.406e10, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hant a bulleted headline of another story is furniture", day(2024, 10, 3),
			"OpenAI宣布完成66億美元融資。\n．台積電8月營收2508億元 年增33%",
			[]want{{Entity: "OpenAI", Metric: "funding", Value: 6.6e9, Unit: "USD", Approx: "exact", Modality: "reported", Attributed: "OpenAI", Lang: "zh"}}},
		{"hant a subscription plan's price is no subscribe banner", day(2025, 3, 4),
			"Claude Pro訂閱方案每月收費20美元。",
			[]want{{Entity: "Anthropic", Product: "Claude", Metric: "other", Value: 20, Unit: "USD", Per: "month", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hans ad spending is no advertisement", day(2024, 8, 6),
			"Kimi智能助手今年5月的广告投放金额超过1.5亿元。",
			[]want{{Entity: "Moonshot AI", Product: "Kimi", Metric: "other", Value: 1.5e8, Unit: "CNY", Time: "2024-05", Approx: "at_least", Modality: "reported", Lang: "zh"}}},
		{"hans a buyback is no share price", day(2025, 5, 29),
			"英伟达当季通过股票回购和派息向股东返还了143亿美元。",
			[]want{{Entity: "Nvidia", Metric: "other", Value: 1.43e10, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hans investors of a round are its other side", day(2024, 8, 6),
			"月之暗面完成新一轮超3亿美元的融资，由腾讯领投，阿里巴巴等老股东跟投，投后估值达到33亿美元。",
			[]want{
				{Entity: "Moonshot AI", Counterparty: "Tencent", Metric: "funding", Value: 3e8, Unit: "USD", Approx: "at_least", Modality: "reported", Lang: "zh"},
				{Entity: "Moonshot AI", Counterparty: "Tencent", Metric: "valuation", Value: 3.3e9, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "zh"},
			}},
		{"hans 公司 opening a clause stands for the company", day(2024, 8, 6),
			"这是月之暗面今年的第二轮融资。今年2月，公司完成一轮超10亿美元的融资，由阿里巴巴领投。",
			[]want{{Entity: "Moonshot AI", Counterparty: "Alibaba", Metric: "funding", Value: 1e9, Unit: "USD", Time: "2024-02", Approx: "at_least", Modality: "reported", Lang: "zh"}}},
		{"hans a stake held in a company is the company's", day(2024, 8, 6),
			"阿里巴巴目前在月之暗面的持股比例约为36%。",
			[]want{{Entity: "Moonshot AI", Counterparty: "Alibaba", Metric: "other", Value: 36, Unit: "percent", Approx: "about", Modality: "reported", Lang: "zh"}}},
		{"hans a compute contract signed with a partner", day(2025, 9, 24),
			"OpenAI已与甲骨文签署一份总额3000亿美元的算力采购合同。",
			[]want{{Entity: "OpenAI", Counterparty: "Oracle", Metric: "capex", Value: 3e11, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hans a list after 从 is all the other side", day(2025, 5, 29),
			"英伟达从字节跳动、阿里巴巴和腾讯等中国客户处获得了价值至少160亿美元的H20订单。",
			[]want{{Entity: "Nvidia", Counterparty: "ByteDance", Metric: "other", Value: 1.6e10, Unit: "USD", Approx: "at_least", Modality: "reported", Lang: "zh"}}},
		{"hant a chip brand is not the chips' owner", day(2024, 12, 24),
			"其超級電腦「Colossus」配備10萬顆輝達H100。",
			[]want{{Entity: "xAI", Product: "Colossus", Metric: "gpus", Value: 1e5, Unit: "count", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hant 向其 is the company that received money before", day(2025, 3, 4),
			"亞馬遜已向Anthropic累計投資80億美元。谷歌今年1月再向其追加投資逾10億美元。",
			[]want{
				{Entity: "Anthropic", Counterparty: "Amazon", Metric: "funding", Value: 8e9, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "zh"},
				{Entity: "Anthropic", Counterparty: "Google", Metric: "funding", Value: 1e9, Unit: "USD", Time: "2025-01", Approx: "at_least", Modality: "reported", Lang: "zh"},
			}},
		{"hant investors' shares of a round are the round's", day(2024, 10, 3),
			"OpenAI宣布完成66億美元新一輪融資。Thrive Capital投資約12.5億美元，軟銀出資5億美元。",
			[]want{
				{Entity: "OpenAI", Metric: "funding", Value: 6.6e9, Unit: "USD", Approx: "exact", Modality: "reported", Attributed: "OpenAI", Lang: "zh"},
				{Entity: "OpenAI", Counterparty: "Thrive Capital", Metric: "funding", Value: 1.25e9, Unit: "USD", Approx: "about", Modality: "reported", Lang: "zh"},
				{Entity: "OpenAI", Counterparty: "SoftBank", Metric: "funding", Value: 5e8, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "zh"},
			}},
		{"hant a company named after 對 is the object, not the subject", day(2025, 1, 30),
			"微軟本季因認列對OpenAI的投資損失而產生9.39億美元的其他費用。",
			[]want{{Entity: "Microsoft", Counterparty: "OpenAI", Metric: "other", Value: 9.39e8, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hans a figure about unnamed startups is nobody's", day(2025, 9, 10),
			"Anthropic估值为1830亿美元。据PitchBook数据，今年上半年欧洲AI初创企业共融资约83亿欧元。",
			[]want{{Entity: "Anthropic", Metric: "valuation", Value: 1.83e11, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hans a market size is no claim and a share moves between two levels", day(2025, 5, 29),
			"黄仁勋表示，中国AI芯片市场规模有望达到500亿美元，而美国出口管制已将英伟达在中国的市场份额从95%降至约50%。",
			[]want{
				{Entity: "Nvidia", Metric: "other", Value: 95, Unit: "percent", Approx: "exact", Modality: "reported", Lang: "zh"},
				{Entity: "Nvidia", Metric: "other", Value: 50, Unit: "percent", Approx: "about", Modality: "reported", Lang: "zh"},
			}},
		{"hans 这一数字 measures what the figure before measured", day(2025, 9, 6),
			"OpenAI预计今年在训练模型上的支出约为90亿美元，到2030年这一数字将升至约400亿美元。",
			[]want{
				{Entity: "OpenAI", Metric: "training_cost", Value: 9e9, Unit: "USD", Time: "2025", Approx: "about", Modality: "forecast", Attributed: "OpenAI", Lang: "zh"},
				{Entity: "OpenAI", Metric: "training_cost", Value: 4e10, Unit: "USD", Time: "2030", Approx: "about", Modality: "forecast", Attributed: "OpenAI", Lang: "zh"},
			}},
		{"hans a count of calls is an operations figure", day(2024, 11, 12),
			"百度文心大模型日均调用量达到15亿次。",
			[]want{{Entity: "Baidu", Metric: "other", Value: 1.5e9, Unit: "count", Per: "day", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hant a gross margin is other, its move in points too", day(2024, 11, 21),
			"輝達毛利率為74.6%，季減0.5個百分點。",
			[]want{
				{Entity: "Nvidia", Metric: "other", Value: 74.6, Unit: "percent", Approx: "exact", Modality: "reported", Lang: "zh"},
				{Entity: "Nvidia", Metric: "other", Value: -0.5, Unit: "percent", Change: true, Approx: "exact", Modality: "reported", Lang: "zh"},
			}},
		{"hans the part of revenue a product brings is a share", day(2025, 9, 6),
			"目前OpenAI收入中约70%来自ChatGPT订阅。",
			[]want{{Entity: "OpenAI", Metric: "other", Value: 70, Unit: "percent", Approx: "about", Modality: "reported", Lang: "zh"}}},
		{"hans stock compensation is staff cost, a share sale is no valuation", day(2025, 9, 6),
			"OpenAI今年的股权激励支出预计约为45亿美元。OpenAI正进行一项约60亿美元的员工老股出售，对应估值约为5000亿美元。",
			[]want{
				{Entity: "OpenAI", Metric: "staff_cost", Value: 4.5e9, Unit: "USD", Time: "2025", Approx: "about", Modality: "forecast", Lang: "zh"},
				{Entity: "OpenAI", Metric: "other", Value: 6e9, Unit: "USD", Approx: "about", Modality: "reported", Lang: "zh"},
				{Entity: "OpenAI", Metric: "valuation", Value: 5e11, Unit: "USD", Approx: "about", Modality: "reported", Lang: "zh"},
			}},
		{"hant revenue at a yearly rate is annualized", day(2025, 3, 3),
			"DeepSeek換算下來，一年的收入接近2億美元。",
			[]want{{Entity: "DeepSeek", Metric: "annualized_revenue", Value: 2e8, Unit: "USD", Approx: "about", Modality: "reported", Lang: "zh"}}},
		{"hans 营收在 is revenue, not a closing price", day(2026, 1, 20),
			"OpenAI年化营收在去年12月突破200亿美元。",
			[]want{{Entity: "OpenAI", Metric: "annualized_revenue", Value: 2e10, Unit: "USD", Time: "2025-12", Approx: "at_least", Modality: "reported", Lang: "zh"}}},
		{"hans headlines under 往期推荐 are furniture", day(2026, 1, 20),
			"月之暗面完成5亿美元融资。\n\n往期推荐：\n▶ 英伟达市值突破5万亿美元，黄仁勋身家超过1500亿美元",
			[]want{{Entity: "Moonshot AI", Metric: "funding", Value: 5e8, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hant 溢利 is profit and an expectation beside a figure is its own claim", day(2025, 5, 16),
			"阿里巴巴期內收入2,364.5億元人民幣，遜於市場預期的2,373億元人民幣；股東應佔溢利123.9億元人民幣。",
			[]want{
				{Entity: "Alibaba", Metric: "revenue", Value: 2.3645e11, Unit: "CNY", Approx: "exact", Modality: "reported", Lang: "zh"},
				{Entity: "Alibaba", Metric: "revenue", Value: 2.373e11, Unit: "CNY", Approx: "exact", Modality: "forecast", Lang: "zh"},
				{Entity: "Alibaba", Metric: "profit", Value: 1.239e10, Unit: "CNY", Approx: "exact", Modality: "reported", Lang: "zh"},
			}},
		{"hans 烧钱 is cash burn", day(2026, 1, 20),
			"据《华尔街日报》报道，xAI目前每月烧钱约10亿美元。",
			[]want{{Entity: "xAI", Metric: "cash_burn", Value: 1e9, Unit: "USD", Per: "month", Approx: "about", Modality: "reported", Attributed: "Wall Street Journal", Lang: "zh"}}},
		{"hans a sum over listed companies and its conversion are nobody's", day(2025, 2, 10),
			"微软、谷歌、Meta、亚马逊四家今年合计资本开支预计超过3200亿美元，折合人民币约2.3万亿元，其中Meta预计为600亿至650亿美元。",
			[]want{{Entity: "Meta", Metric: "capex", Value: 6e10, Max: 6.5e10, Unit: "USD", Time: "2025", Approx: "exact", Modality: "forecast", Attributed: "Meta", Lang: "zh"}}},
		{"hant the cost of training a frontier model is nobody's", day(2025, 9, 3),
			"執行長Dario Amodei日前受訪時提到，訓練一個前沿模型的成本今年約10億美元。",
			nil},
		{"hans a chip compared with a chip is a specification", day(2025, 4, 17),
			"H20是英伟达推出的芯片，其FP16算力约为148 TFLOPS，仅为H100的15%左右。",
			nil},
		{"hant a sum that defines a group of customers is no claim", day(2025, 9, 3),
			"Anthropic企業客戶數超過30萬家；年貢獻營收逾10萬美元的大型客戶數量成長近7倍。",
			[]want{{Entity: "Anthropic", Metric: "users", Value: 3e5, Unit: "count", Approx: "at_least", Modality: "reported", Lang: "zh"}}},
		{"hans a model's parameters are no count", day(2023, 10, 20),
			"智谱 AI 目前员工规模约 800 人，其 GLM-130B 模型参数量达 1300 亿。",
			[]want{{Entity: "Zhipu AI", Metric: "employees", Value: 800, Unit: "count", Approx: "about", Modality: "reported", Lang: "zh"}}},
		{"hant the base of a comparison measures what its level does", day(2025, 9, 3),
			"Anthropic投後估值達1,830億美元，較今年3月E輪融資時的615億美元成長近兩倍。",
			[]want{
				{Entity: "Anthropic", Metric: "valuation", Value: 1.83e11, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "zh"},
				{Entity: "Anthropic", Metric: "valuation", Value: 6.15e10, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "zh"},
			}},
		{"hans a share compared with an earlier share is a level", day(2025, 4, 17),
			"英伟达2025财年来自中国市场的营收约为171亿美元，占总营收约13%，较2022财年的26%明显下降。",
			[]want{
				{Entity: "Nvidia", Metric: "revenue", Value: 1.71e10, Unit: "USD", Time: "FY2025", Approx: "about", Modality: "reported", Lang: "zh"},
				{Entity: "Nvidia", Metric: "other", Value: 13, Unit: "percent", Time: "FY2025", Approx: "about", Modality: "reported", Lang: "zh"},
				{Entity: "Nvidia", Metric: "other", Value: 26, Unit: "percent", Time: "FY2022", Approx: "exact", Modality: "reported", Lang: "zh"},
			}},
		{"hant a percentage of revenue is a share", day(2024, 10, 2),
			"依協議OpenAI須將營收的20%分給微軟。",
			[]want{{Entity: "OpenAI", Metric: "other", Value: 20, Unit: "percent", Approx: "exact", Modality: "forecast", Lang: "zh"}}},
		{"hans a part after 其中 measures what its total does", day(2025, 2, 10),
			"字节跳动今年在AI基础设施上的资本开支预计高达1600亿元，其中900亿元左右用于采购AI算力。",
			[]want{
				{Entity: "ByteDance", Metric: "capex", Value: 1.6e11, Unit: "CNY", Time: "2025", Approx: "at_most", Modality: "forecast", Lang: "zh"},
				{Entity: "ByteDance", Metric: "capex", Value: 9e10, Unit: "CNY", Time: "2025", Approx: "about", Modality: "reported", Lang: "zh"},
			}},
		{"hans counts of operations beat a user word outside the clause", day(2024, 11, 22),
			"李彦宏表示，文心大模型日均调用量已达15亿次，较去年同期的5000万次增长30倍；文心一言用户规模达4.3亿。萝卜快跑第三季度在全国提供约98.8万次自动驾驶出行服务。",
			[]want{
				{Entity: "Baidu", Product: "文心大模型", Metric: "other", Value: 1.5e9, Unit: "count", Per: "day", Approx: "exact", Modality: "reported", Lang: "zh"},
				{Entity: "Baidu", Product: "文心大模型", Metric: "other", Value: 5e7, Unit: "count", Approx: "exact", Modality: "reported", Lang: "zh"},
				{Entity: "Baidu", Product: "文心一言", Metric: "users", Value: 4.3e8, Unit: "count", Approx: "exact", Modality: "reported", Lang: "zh"},
				{Entity: "Baidu", Product: "蘿蔔快跑", Metric: "other", Value: 9.88e5, Unit: "count", Time: "2024-Q3", Approx: "about", Modality: "reported", Lang: "zh"},
			}},
		{"hans companies listed as participants are not the subject", day(2023, 10, 20),
			"智谱 AI 今年以来已累计获得超 25 亿元人民币融资，参与方包括美团、蚂蚁、阿里、腾讯、小米等，公司最新估值已超 100 亿元。",
			[]want{
				{Entity: "Zhipu AI", Counterparty: "Meituan", Metric: "funding", Value: 2.5e9, Unit: "CNY", Time: "2023", Approx: "at_least", Modality: "reported", Lang: "zh"},
				{Entity: "Zhipu AI", Counterparty: "Meituan", Metric: "valuation", Value: 1e10, Unit: "CNY", Time: "2023", Approx: "at_least", Modality: "reported", Lang: "zh"},
			}},
		{"hant a group of companies or of a kind is nobody's", day(2025, 8, 28),
			"法人估計，台積電、鴻海、廣達、緯創等台廠本季AI伺服器相關營收將持續季增一成以上。他並預估到2030年底，全球AI基礎設施支出將達3兆至4兆美元，而光是今年，四大雲端服務商的資本支出就已倍增至約6千億美元。",
			nil},
		{"hans a closing share price is no claim", day(2024, 11, 22),
			"百度第三季度营收为336亿元。受此影响，百度美股周四收跌1.1%，报83.7美元。",
			[]want{{Entity: "Baidu", Metric: "revenue", Value: 3.36e10, Unit: "CNY", Time: "2024-Q3", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hans a ten-odd figure names no amount", day(2024, 11, 14),
			"阿里云收入为265亿元，其中AI相关产品收入同比增长百分之二十几。",
			[]want{{Entity: "Alibaba", Metric: "revenue", Value: 2.65e10, Unit: "CNY", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hans the terms of a ratio after 每 are no sums", day(2025, 8, 20),
			"换句话说，百度每投入1元研发，就能带来3元营收。",
			nil},
		{"hant an industry's figure after a company's is the industry's", day(2025, 4, 17),
			"台積電預估今年營收成長約30%，高於半導體產業約15%的成長幅度。",
			[]want{{Entity: "TSMC", Metric: "revenue", Value: 30, Unit: "percent", Time: "2025", Change: true, Approx: "about", Modality: "forecast", Attributed: "TSMC", Lang: "zh"}}},
		{"hans a gap against the industry after 比 is the subject's", day(2025, 5, 22),
			"火山引擎表示，豆包大模型的价格比行业平均水平低99.3%。",
			[]want{{Entity: "ByteDance", Product: "豆包", Metric: "other", Value: -99.3, Unit: "percent", Change: true, Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hant a share price's move before the market value is no claim", day(2025, 6, 4),
			"台積電股價今日收在新台幣1,010元，上漲1.5%，市值約26.2兆元。",
			[]want{{Entity: "TSMC", Metric: "valuation", Value: 2.62e13, Unit: "TWD", Approx: "about", Modality: "reported", Lang: "zh"}}},
		{"hans a price cut to a share of the old price is a level", day(2025, 3, 1),
			"月之暗面宣布，Kimi的API价格降至原价的40%。",
			[]want{{Entity: "Moonshot AI", Metric: "other", Value: 40, Unit: "percent", Approx: "exact", Modality: "reported", Attributed: "Moonshot AI", Lang: "zh"}}},
		{"hant a stake 持有 in a company is the company's", day(2025, 3, 1),
			"騰訊持有智譜約5%的股份。",
			[]want{{Entity: "Zhipu AI", Counterparty: "Tencent", Metric: "other", Value: 5, Unit: "percent", Approx: "about", Modality: "reported", Lang: "zh"}}},
		{"hans companies a product ranks behind are not its subject", day(2025, 2, 20),
			"豆包月活跃用户达到1亿，仅次于ChatGPT；日活跃用户约为2000万。",
			[]want{
				{Entity: "ByteDance", Product: "豆包", Metric: "users", Value: 1e8, Unit: "count", Per: "month", Approx: "exact", Modality: "reported", Lang: "zh"},
				{Entity: "ByteDance", Product: "豆包", Metric: "users", Value: 2e7, Unit: "count", Per: "day", Approx: "about", Modality: "reported", Lang: "zh"},
			}},
		{"hant 純益 is profit, per share it is other", day(2025, 7, 17),
			"台積電第二季稅後純益新台幣3,983億元，每股純益15.36元。",
			[]want{
				{Entity: "TSMC", Metric: "profit", Value: 3.983e11, Unit: "TWD", Time: "2025-Q2", Approx: "exact", Modality: "reported", Lang: "zh"},
				{Entity: "TSMC", Metric: "other", Value: 15.36, Unit: "TWD", Time: "2025-Q2", Approx: "exact", Modality: "reported", Lang: "zh"},
			}},
		{"hans a percentage after 其中 of a sum is a share", day(2025, 3, 1),
			"百度今年资本开支约为110亿元，其中约60%用于AI算力。",
			[]want{
				{Entity: "Baidu", Metric: "capex", Value: 1.1e10, Unit: "CNY", Time: "2025", Approx: "about", Modality: "reported", Lang: "zh"},
				{Entity: "Baidu", Metric: "other", Value: 60, Unit: "percent", Time: "2025", Approx: "about", Modality: "reported", Lang: "zh"},
			}},
		{"hans pay per head is other", day(2025, 3, 1),
			"字节跳动员工人均年薪约80万元。",
			[]want{{Entity: "ByteDance", Metric: "other", Value: 8e5, Unit: "CNY", Approx: "about", Modality: "reported", Lang: "zh"}}},
		{"hant a compute contract is capex", day(2025, 6, 4),
			"xAI正與甲骨文洽談一項總額約200億美元的雲端算力合約。",
			[]want{{Entity: "xAI", Metric: "capex", Value: 2e10, Unit: "USD", Approx: "about", Modality: "forecast", Lang: "zh"}}},
		{"hant 兆瓦 is megawatts", day(2025, 6, 4),
			"xAI的資料中心部署5萬顆輝達GB200晶片，首期電力容量150兆瓦。",
			[]want{{Entity: "xAI", Metric: "gpus", Value: 5e4, Unit: "count", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hans tokens served are a count of operations", day(2025, 5, 22),
			"豆包大模型日均调用量已超过10万亿tokens。",
			[]want{{Entity: "ByteDance", Product: "豆包", Metric: "other", Value: 1e13, Unit: "count", Per: "day", Approx: "at_least", Modality: "reported", Lang: "zh"}}},
		{"hant shares bought back are a count", day(2025, 5, 15),
			"阿里巴巴本季回購5,000萬股普通股。",
			[]want{{Entity: "Alibaba", Metric: "other", Value: 5e7, Unit: "count", Approx: "exact", Modality: "reported", Lang: "zh"}}},
		{"hans rounds raised are a count", day(2025, 3, 1),
			"百川智能成立以来已完成超过10轮融资。",
			[]want{{Entity: "Baichuan", Metric: "other", Value: 10, Unit: "count", Approx: "at_least", Modality: "reported", Lang: "zh"}}},
		{"hant a range in 新台幣 closed by 元", day(2025, 2, 14),
			"鴻海今年資本支出預估約新台幣1,500億元至2,000億元。",
			[]want{{Entity: "Foxconn", Metric: "capex", Value: 1.5e11, Max: 2e11, Unit: "TWD", Time: "2025", Approx: "about", Modality: "forecast", Lang: "zh"}}},
		{"hans a part after 其中 takes its whole's period, not an earlier one's", day(2025, 8, 20),
			"2024年智谱的算力费用占研发开支的七成左右。智谱目前有员工800多人，其中研发人员占比70%以上。",
			[]want{
				{Entity: "Zhipu AI", Metric: "other", Value: 70, Unit: "percent", Time: "2024", Approx: "about", Modality: "reported", Lang: "zh"},
				{Entity: "Zhipu AI", Metric: "employees", Value: 800, Unit: "count", Approx: "at_least", Modality: "reported", Lang: "zh"},
				{Entity: "Zhipu AI", Metric: "other", Value: 70, Unit: "percent", Approx: "at_least", Modality: "reported", Lang: "zh"},
			}},
		{"hant a power price rise is other", day(2024, 11, 5),
			"台電表示，工業電價自10月起平均調漲12.5%。",
			[]want{{Entity: "Taipower", Metric: "other", Value: 12.5, Unit: "percent", Time: "2024-10", Change: true, Approx: "exact", Modality: "reported", Attributed: "Taipower", Lang: "zh"}}},
	}
	for _, tt := range tests {
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
				if !strings.Contains(tt.text, g.Quote) {
					t.Errorf("claim %d: quote %q not in the text", i, g.Quote)
				}
			}
		})
	}
}
