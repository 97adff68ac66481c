package claims

import (
	"testing"
)

// TestExtractEnglishNews covers the English rules written against the
// held-out articles: one case per rule, each a sentence or two the way
// wire copy puts it.
func TestExtractEnglishNews(t *testing.T) {
	tests := []extractCase{
		{"a bulleted list takes company, measure and period from its introduction", day(2025, 2, 26),
			"Nvidia reported results on Wednesday.\n\nHere's how the company did for the fiscal fourth quarter of 2025:\n\n- Revenue: $39.33 billion vs. $38.05 billion expected",
			[]want{
				{Entity: "Nvidia", Metric: "revenue", Value: 3.933e10, Unit: "USD", Time: "FY2025-Q4", Approx: "exact", Modality: "reported", Lang: "en"},
				{Entity: "Nvidia", Metric: "revenue", Value: 3.805e10, Unit: "USD", Time: "FY2025-Q4", Approx: "exact", Modality: "forecast", Lang: "en"},
			}},
		{"a segment's name is not its measure", day(2025, 2, 26),
			"Nvidia broke its revenue down by segment:\n\n- Data center: $35.6 billion",
			[]want{{Entity: "Nvidia", Metric: "revenue", Value: 3.56e10, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"}}},
		{"the startup is the last startup named, not an investor", day(2025, 7, 25),
			"Anthropic is in talks to raise money. Google has committed more than $3 billion to the startup.",
			[]want{{Entity: "Anthropic", Counterparty: "Google", Metric: "funding", Value: 3e9, Unit: "USD", Approx: "at_least", Modality: "reported", Lang: "en"}}},
		{"chips credited to their maker belong to their holder", day(2025, 6, 20),
			"The cluster currently houses about 200,000 Nvidia chips, xAI said last month.",
			[]want{{Entity: "xAI", Counterparty: "Nvidia", Metric: "gpus", Value: 2e5, Unit: "count", Approx: "about", Modality: "reported", Attributed: "xAI", Lang: "en"}}},
		{"a round that would value the company is a valuation", day(2026, 1, 15),
			"OpenAI is holding early discussions about raising as much as $100 billion in a round that could value the company at between $750 billion and $830 billion.",
			[]want{
				{Entity: "OpenAI", Metric: "funding", Value: 1e11, Unit: "USD", Approx: "at_most", Modality: "forecast", Lang: "en"},
				{Entity: "OpenAI", Metric: "valuation", Value: 7.5e11, Max: 8.3e11, Unit: "USD", Approx: "exact", Modality: "forecast", Lang: "en"},
			}},
		{"an amount pledged to a company named after it funds that company", day(2024, 3, 8),
			"Microsoft has invested billions in OpenAI, and Amazon has pledged up to $4 billion to Anthropic.",
			[]want{{Entity: "Anthropic", Counterparty: "Amazon", Metric: "funding", Value: 4e9, Unit: "USD", Approx: "at_most", Modality: "forecast", Lang: "en"}}},
		{"a base takes the measure of the level it is compared with", day(2024, 3, 8),
			"AMD said it expects to sell more than $3.5 billion of its AI chips this year, up from an earlier forecast of $2 billion.",
			[]want{
				{Entity: "AMD", Metric: "revenue", Value: 3.5e9, Unit: "USD", Time: "2024", Approx: "at_least", Modality: "forecast", Attributed: "AMD", Lang: "en"},
				{Entity: "AMD", Metric: "revenue", Value: 2e9, Unit: "USD", Time: "2024", Approx: "exact", Modality: "forecast", Attributed: "AMD", Lang: "en"},
			}},
		{"a figure named again is no new claim", day(2023, 12, 28),
			"Ernie Bot has more than 100 million users, Baidu said. The 100 million figure compares with ChatGPT's 180 million weekly users.",
			[]want{
				{Entity: "Baidu", Product: "Ernie", Metric: "users", Value: 1e8, Unit: "count", Approx: "at_least", Modality: "reported", Attributed: "Baidu", Lang: "en"},
				{Entity: "OpenAI", Product: "ChatGPT", Metric: "users", Value: 1.8e8, Unit: "count", Per: "week", Approx: "exact", Modality: "reported", Lang: "en"},
			}},
		{"shares and gigawatts are not counts", day(2026, 1, 15),
			"OpenAI will deploy 6 gigawatts of AMD chips and received warrants for up to 160 million AMD shares.",
			nil},
		{"a quarter still to come is last year's", day(2026, 2, 5),
			"Alphabet said fourth-quarter revenue rose 18% to $113.8 billion.",
			[]want{
				{Entity: "Google", Metric: "revenue", Value: 18, Unit: "percent", Time: "2025-Q4", Change: true, Approx: "exact", Modality: "reported", Attributed: "Google", Lang: "en"},
				{Entity: "Google", Metric: "revenue", Value: 1.138e11, Unit: "USD", Time: "2025-Q4", Approx: "exact", Modality: "reported", Attributed: "Google", Lang: "en"},
			}},
		{"what analysts expected is the consensus for the figure before", day(2024, 11, 21),
			"Baidu's revenue fell 3% to 33.6 billion yuan in the third quarter. Analysts had expected 33.9 billion yuan.",
			[]want{
				{Entity: "Baidu", Metric: "revenue", Value: -3, Unit: "percent", Time: "2024-Q3", Change: true, Approx: "exact", Modality: "reported", Lang: "en"},
				{Entity: "Baidu", Metric: "revenue", Value: 3.36e10, Unit: "CNY", Time: "2024-Q3", Approx: "exact", Modality: "reported", Lang: "en"},
				{Entity: "Baidu", Metric: "revenue", Value: 3.39e10, Unit: "CNY", Time: "2024-Q3", Approx: "exact", Modality: "forecast", Lang: "en"},
			}},
		{"a sentence about a group names no company", day(2025, 9, 10),
			"Venture capital investment in AI startups worldwide reached $104 billion in the first half.",
			nil},
		{"a share of another company's profits is that company's figure", day(2023, 9, 27),
			"The software giant Microsoft is entitled to 75% of OpenAI's profits.",
			[]want{{Entity: "OpenAI", Counterparty: "Microsoft", Metric: "other", Value: 75, Unit: "percent", Approx: "exact", Modality: "reported", Lang: "en"}}},
		{"money spent on a cloud is compute", day(2025, 9, 3),
			"Anthropic is expected to spend about $2.7 billion on AWS this year.",
			[]want{{Entity: "Anthropic", Counterparty: "Amazon", Metric: "compute_cost", Value: 2.7e9, Unit: "USD", Time: "2025", Approx: "about", Modality: "forecast", Lang: "en"}}},
		{"'would spend' takes the spending the text is about", day(2026, 2, 5),
			"Microsoft said capital expenditures were $37.5 billion. Amazon is on course to spend more than $100 billion this year.",
			[]want{
				{Entity: "Microsoft", Metric: "capex", Value: 3.75e10, Unit: "USD", Approx: "exact", Modality: "reported", Attributed: "Microsoft", Lang: "en"},
				{Entity: "Amazon", Metric: "capex", Value: 1e11, Unit: "USD", Time: "2026", Approx: "at_least", Modality: "forecast", Lang: "en"},
			}},
		{"'per' after a figure is a rate, not a source", day(2024, 7, 29),
			"OpenAI pays about $1.30 per A100 GPU-hour for computing, The Information reported.",
			[]want{{Entity: "OpenAI", Metric: "other", Value: 1.3, Unit: "USD", Approx: "about", Modality: "reported", Attributed: "The Information", Lang: "en"}}},
		{"a company's shares moving and its price target are no claims", day(2025, 11, 11),
			"Nvidia slipped 2.3% to $193.40, Oracle lost 3.9% and Broadcom shed 1.7%. JPMorgan cut its price target on CoreWeave to $130 from $155. The Philadelphia SE Semiconductor index was down 2.1%.",
			nil},
		{"net income attributable to a company moves with its measure", day(2024, 11, 21),
			"Net income attributable to Baidu rose 14% to 7.6 billion yuan.",
			[]want{
				{Entity: "Baidu", Metric: "profit", Value: 14, Unit: "percent", Change: true, Approx: "exact", Modality: "reported", Lang: "en"},
				{Entity: "Baidu", Metric: "profit", Value: 7.6e9, Unit: "CNY", Approx: "exact", Modality: "reported", Lang: "en"},
			}},
		{"earnings a share are other, the consensus beside them too", day(2025, 11, 4),
			"AMD reported results on Tuesday.\n\nAdjusted earnings were $1.20 a share, compared with the consensus estimate of $1.16.",
			[]want{
				{Entity: "AMD", Metric: "other", Value: 1.2, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"},
				{Entity: "AMD", Metric: "other", Value: 1.16, Unit: "USD", Approx: "exact", Modality: "forecast", Lang: "en"},
			}},
		{"a segment described in an aside still opens with what it measures", day(2025, 11, 4),
			"AMD reported results on Tuesday.\n\nThe data center segment, which includes Instinct AI accelerators and EPYC server processors, posted revenue of $4.34 billion.",
			[]want{{Entity: "AMD", Metric: "revenue", Value: 4.34e9, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"}}},
		{"jobs cut are a fall in headcount, a share of the workforce too", day(2025, 7, 2),
			"Microsoft is laying off about 9,000 employees, or less than 4% of its global workforce. It employed 77,114 people at the end of March after lay-offs that cut about 21,000 jobs.",
			[]want{
				{Entity: "Microsoft", Metric: "employees", Value: -9000, Unit: "count", Change: true, Approx: "about", Modality: "reported", Lang: "en"},
				{Entity: "Microsoft", Metric: "employees", Value: -4, Unit: "percent", Change: true, Approx: "at_most", Modality: "reported", Lang: "en"},
				{Entity: "Microsoft", Metric: "employees", Value: 77114, Unit: "count", Time: "2025-03", Approx: "exact", Modality: "reported", Lang: "en"},
				{Entity: "Microsoft", Metric: "employees", Value: -21000, Unit: "count", Time: "2025-03", Change: true, Approx: "about", Modality: "reported", Lang: "en"},
			}},
		{"a company the entity list does not know, named as one", day(2025, 6, 12),
			"Nvidia has agreed to acquire Tessaro AI, a Tel Aviv-based maker of scheduling software, for about $2.1 billion. Tessaro has about 260 employees and expects revenue of roughly $75 million this year.",
			[]want{
				{Entity: "Nvidia", Counterparty: "Tessaro AI", Metric: "other", Value: 2.1e9, Unit: "USD", Approx: "about", Modality: "reported", Lang: "en"},
				{Entity: "Tessaro AI", Metric: "employees", Value: 260, Unit: "count", Approx: "about", Modality: "reported", Lang: "en"},
				{Entity: "Tessaro AI", Metric: "revenue", Value: 7.5e7, Unit: "USD", Time: "2025", Approx: "about", Modality: "forecast", Lang: "en"},
			}},
		{"what a sum is worth decides its measure: a compute deal, a pay package", day(2025, 10, 14),
			"Meta has signed a deal worth up to $14.2 billion with CoreWeave for access to Nvidia systems. Meta courted researchers with pay packages worth as much as $100 million.",
			[]want{
				{Entity: "Meta", Counterparty: "CoreWeave", Metric: "capex", Value: 1.42e10, Unit: "USD", Approx: "at_most", Modality: "reported", Lang: "en"},
				{Entity: "Meta", Metric: "staff_cost", Value: 1e8, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"},
			}},
		{"debt carried is other, debt raised funding", day(2025, 9, 25),
			"Oracle carries more than $100 billion of debt. Oracle raised $18 billion from a sale of bonds.",
			[]want{
				{Entity: "Oracle", Metric: "other", Value: 1e11, Unit: "USD", Approx: "at_least", Modality: "reported", Lang: "en"},
				{Entity: "Oracle", Metric: "funding", Value: 1.8e10, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"},
			}},
		{"a share sale is other, consumer spending on an app its maker's revenue", day(2026, 1, 8),
			"OpenAI completed a $6.6 billion secondary share sale in October. Grok drew about $90 million in consumer spending, followed by Anthropic's Claude at $75 million and Perplexity at $52 million.",
			[]want{
				{Entity: "OpenAI", Metric: "other", Value: 6.6e9, Unit: "USD", Time: "2025-10", Approx: "exact", Modality: "reported", Lang: "en"},
				{Entity: "xAI", Product: "Grok", Metric: "revenue", Value: 9e7, Unit: "USD", Approx: "about", Modality: "reported", Lang: "en"},
				{Entity: "Anthropic", Product: "Claude", Metric: "revenue", Value: 7.5e7, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"},
				{Entity: "Perplexity", Metric: "revenue", Value: 5.2e7, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"},
			}},
		{"figures given respectively go to the companies in order", day(2025, 11, 10),
			"Alibaba and Baidu had cloud revenue of 30 billion yuan and 5 billion yuan, respectively.",
			[]want{
				{Entity: "Alibaba", Metric: "revenue", Value: 3e10, Unit: "CNY", Approx: "exact", Modality: "reported", Lang: "en"},
				{Entity: "Baidu", Metric: "revenue", Value: 5e9, Unit: "CNY", Approx: "exact", Modality: "reported", Lang: "en"},
			}},
		{"a stake in 'the company' is in the company money went into", day(2025, 9, 5),
			"Amazon, which has invested $8 billion in Anthropic, and Alphabet, which owns about 14% of the company, are its biggest backers.",
			[]want{
				{Entity: "Anthropic", Counterparty: "Amazon", Metric: "funding", Value: 8e9, Unit: "USD", Approx: "exact", Modality: "reported", Lang: "en"},
				{Entity: "Anthropic", Counterparty: "Google", Metric: "other", Value: 14, Unit: "percent", Approx: "about", Modality: "reported", Lang: "en"},
			}},
		{"an opening participle names founders, not the subject", day(2025, 9, 9),
			"Mistral AI raised money on Tuesday. Founded in 2023 by former Google DeepMind and Meta researchers, the Paris-based company has about 350 employees.",
			[]want{{Entity: "Mistral AI", Metric: "employees", Value: 350, Unit: "count", Approx: "about", Modality: "reported", Lang: "en"}}},
	}
	runCases(t, tests)
}
