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
