package claims

import (
	"slices"
	"testing"
)

func TestDiscover(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // canonical names found, in order
	}{
		{"a company word ends the name", "Nvidia agreed to buy Tessaro AI. Tessaro has 260 employees.", []string{"Tessaro AI"}},
		{"described after", "Halcyon, a Paris-based startup, raised money.", []string{"Halcyon"}},
		{"described before", "The AI startup Quillon raised $50 million.", []string{"Quillon"}},
		{"bought", "Nvidia will acquire Mellanox for $6.9 billion.", []string{"Mellanox"}},
		{"a Latin name after a Chinese company word", "軟銀收購美國晶片設計公司Ampere Computing，Ampere現有員工1,000人。", []string{"Ampere Computing"}},
		{"a known company written short", "Meta bought 49% of Scale AI. Scale's valuation doubled.", []string{"Scale AI"}},
		{"a source is no company", "Web-traffic firm Similarweb estimated 190 million visits.", nil},
		{"a division is part of its company", "Reality Labs, the division building headsets, lost $4 billion.", nil},
		{"an institution is no company", "It filed with the Securities and Exchange Commission, the company said.", nil},
		{"AI before a noun is an adjective", "Instinct AI accelerators sold well.", nil},
		{"a place before a possessive is not the company bought", "Nvidia to buy Israel's Tessaro AI.", []string{"Tessaro AI"}},
		{"a person founding a start-up", "Thinking Machines Lab, the start-up Murati founded, raised $2 billion.", nil},
		{"a product described by its company", "Blackwell, the company's newest AI chip, sold well.", nil},
		{"a part of a known company is that company", "Alibaba's Cloud Intelligence Group grew 26%. Meta put its Superintelligence Labs to work.", nil},
		{"a name joined by of is an institution's", "The Department of Social Services paid $449,000.", nil},
		{"a name joined by an ampersand is one name", "Pacific Gas & Electric Co. cut power to 375,000 customers.", []string{"Pacific Gas & Electric"}},
		{"a source credited is no company", "Sales fell 4%, according to InfoNation, a Sugar Land-based provider of sales figures.", nil},
		{"a verb is no description: fund, agency", "This grant will fund Evidence Action Beta. NASA, the space agency, asked for $1.6 billion.", nil},
		{"investors are not subjects", "The round was led by Iconiq Capital and Lightspeed Venture Partners.", nil},
		{"a sentence's subject raising money", "Quillstone, which uses OpenAI's technology, raised $125 million. Nscale raises $1.1bn Series B.", []string{"Quillstone", "Nscale"}},
		{"a person's clause is no company's", "Altman, who runs OpenAI, raised $10 billion. In May, Patel raised his bid.", nil},
		{"a Chinese name after a company mark, its head written again", "國內工業AI新創雲策智能今日宣布完成B輪募資。雲策目前自建的訓練叢集約有64張GPU。", []string{"雲策智能"}},
		{"a Chinese name written twice", "AI芯片初创公司星衡智能宣布完成A轮融资。星衡智能成立于2021年。", []string{"星衡智能"}},
		{"a Chinese name written once is too weak a sign", "AI芯片初创公司星衡智能宣布完成A轮融资。", nil},
		{"common nouns and verbs make no Chinese name", "人工智能发展迅速。报告还指出技术进步很快，报告指出技术成本下降。国产算力芯片需求旺盛，国产算力芯片供不应求。", nil},
		{"a Chinese name with its stock code, after its description", "散熱大廠奇翔(3999)今日公布9月營收。中际星创（300999.SZ）第三季度净利润增长。", []string{"奇翔", "中际星创"}},
		{"a bracketed year or a short number is no stock code", "該公司(2024)年報顯示營收成長。營收(2025)創新高，營收(2025)再創新高。星衡(12)名員工。", nil},
		{"an English name with its exchange and ticker", "QuantaMesh Robotics (NASDAQ: QMR) said revenue rose.", []string{"QuantaMesh Robotics"}},
		{"a place or a segment before a company word is no name", "Canadian AI firms grew. Revenue in Intelligent Cloud was $29.9 billion. Abu Dhabi AI spending rose.", nil},
		{"a known company's short form discovered on its own is that company", "Figure AI raised money. Figure, a Sunnyvale startup, builds robots.", []string{"Figure AI"}},
		{"a Chinese name after a mark of its kind, written again at a clause's opening", "規模較小的興櫃散熱廠昱晟熱傳，12月營收為2.18億元。昱晟熱傳董事會通過現金增資。", []string{"昱晟熱傳"}},
		{"a measure or a time after 公司 is no name", "該公司經調整純利為2,530億元。經調整純利增長。公司上半年營收增長，上半年利潤下滑。", nil},
		{"a nationality before AI is no company", "Mistral is a French AI lab; Aleph Alpha is a German AI firm; Lovable is a Swedish AI coding startup.", nil},
		{"a name written twice with a company's marks", "CrowdStrike reported revenue of $1.2 billion. CrowdStrike's chief executive said demand was strong. Kurtz said Kurtz's team grew.", []string{"CrowdStrike"}},
		{"common Chinese heads make no name", "利益集团反对。利益集团表示反对。社会网络发展，社会网络扩大。", nil},
		{"compute as a company word", "Halvard Compute signed a deal. The company employs 64 people.", []string{"Halvard Compute"}},
		{"a short name in brackets after a known name joins it", "Preferred Networks（PFN）完成融資。PFN成立於2014年。", []string{"Preferred Networks"}},
		{"a short name in brackets after an unknown name makes both a company", "Halvard Data Systems (HDS) said sales rose. HDS employs 300.", []string{"Halvard Data Systems"}},
		{"a discovered acronym spelled out elsewhere takes the full name", "Inside American Electric Power's offices, plans grew. AEP reported net income of $3.6 billion. AEP's chief executive spoke.", []string{"American Electric Power"}},
		{"a regional unit of an acronym is not the acronym", "AEP reported income. AEP's chief executive spoke. AEP Ohio, the subsidiary that serves Columbus, grew.", []string{"AEP", "AEP Ohio"}},
		{"a description's head comes first", "Sales grew in Guangzhou, the first time the Chinese robotaxi company broke even.", nil},
		{"a name described as the company's product is none", "CrowdStrike's chief executive spoke. CrowdStrike reported sales. Customers pay for Charlotte AI, the company's security assistant.", []string{"CrowdStrike"}},
		{"a company named by its first word often, in full once", "On the floor of Kestrel Chase's new headquarters, work began. Kestrel expects to spend $18 billion. Kestrel now employs 2,000 AI experts. Kestrel's budget grew.", []string{"Kestrel Chase"}},
		{"medical and wisdom endings make Chinese names; overseas is no head", "科创板AI医学影像公司森谷医疗发布半年报。森谷医疗的产品已装机。工業AI新創遠瞰智慧完成募資。遠瞰智慧目前員工約65人。公司海外信息分发业务收入增长，公司海外信息分发业务下滑。", []string{"森谷医疗", "遠瞰智慧"}},
		{"abbreviations of things are no companies", "公司IPO募资约2.6亿美元。新一代通用GPU研发项目拟投入募集资金。公司GPU产品累计销量超过2.5万颗。", nil},
		{"an adverb or a place is no company; 'the company has' opens a clause", "Separately, the company has outlined plans. South Dakota spends $449,000 a year. South Dakota's budget grew.", nil},
		{"a program's initials in brackets make no company", "NASA's Human Landing System (HLS) will cost $1.6 billion. HLS is late.", nil},
		{"a Chinese name after 的, written again; a numeral or a field opens none", "專攻液冷分歧管的晶沛科技9月營收3.82億元。晶沛總經理表示產能擴增。一位科技人士說，一位科技人士指出。开放的科学数据很多，开放的科学数据有用。", []string{"晶沛科技"}},
		{"a ticker or a year in brackets is no short name", "Nvidia (NASDAQ: NVDA) grew. Revenue (2024) rose. Profit (GAAP) fell.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			norm := fold(tt.text)
			for _, d := range extractor.discover(&text{text: tt.text, norm: norm, ments: extractor.mentions(norm)}) {
				got = append(got, d.canonical)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("discover(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
