package claims

import "github.com/claimwatch/claimwatch"

// Default returns the built-in entities: the canonical names of CLAIMS.md
// with their English, Traditional and Simplified names and the products that
// stand for them. New merges them with the configured ones.
func Default() []claimwatch.Entity {
	out := make([]claimwatch.Entity, len(defaultEntities))
	for i, e := range defaultEntities {
		out[i] = claimwatch.Entity{
			Name:     e.Name,
			Aliases:  append([]string(nil), e.Aliases...),
			Products: append([]string(nil), e.Products...),
		}
	}
	return out
}

var defaultEntities = []claimwatch.Entity{
	{Name: "OpenAI", Aliases: []string{"Open AI", "OpenAI公司"}, Products: []string{"ChatGPT", "ChatGPT Plus", "ChatGPT Enterprise", "GPT-4", "GPT-4o", "GPT-5", "GPT-3.5", "DALL-E", "DALL·E", "Sora", "Codex", "Stargate", "星際之門", "星际之门"}},
	{Name: "Anthropic", Products: []string{"Claude"}},
	{Name: "xAI", Aliases: []string{"X.AI", "x.ai"}, Products: []string{"Grok", "Colossus"}},
	{Name: "Microsoft", Aliases: []string{"微軟", "微软", "MSFT"}, Products: []string{"Copilot", "Azure", "Bing"}},
	{Name: "Google", Aliases: []string{"谷歌", "Alphabet", "Google DeepMind", "DeepMind", "Google Cloud"}, Products: []string{"Gemini", "Bard", "YouTube"}},
	{Name: "Meta", Aliases: []string{"Meta Platforms", "Facebook", "臉書", "脸书"}, Products: []string{"Llama", "LLaMA", "Instagram", "WhatsApp"}},
	{Name: "Nvidia", Aliases: []string{"NVIDIA", "英偉達", "英伟达", "輝達", "辉达"}},
	{Name: "Amazon", Aliases: []string{"亞馬遜", "亚马逊", "AWS", "Amazon Web Services"}, Products: []string{"Alexa"}},
	{Name: "Apple", Aliases: []string{"蘋果公司", "苹果公司", "蘋果", "苹果"}, Products: []string{"iPhone"}},
	{Name: "Oracle", Aliases: []string{"甲骨文"}},
	{Name: "AMD", Aliases: []string{"超微", "Advanced Micro Devices"}},
	{Name: "SoftBank", Aliases: []string{"軟銀", "软银", "SoftBank Group"}},
	{Name: "Mistral AI", Aliases: []string{"Mistral"}},
	{Name: "Inflection AI", Aliases: []string{"Inflection"}},
	{Name: "Stability AI", Products: []string{"Stable Diffusion"}},
	{Name: "DeepSeek", Aliases: []string{"深度求索"}},
	{Name: "Baidu", Aliases: []string{"百度"}, Products: []string{"文心一言", "文心大模型", "Ernie", "蘿蔔快跑", "萝卜快跑", "Apollo Go"}},
	{Name: "Alibaba", Aliases: []string{"阿里巴巴", "阿里", "阿里雲", "阿里云", "Alibaba Cloud"}, Products: []string{"通義千問", "通义千问", "Qwen"}},
	{Name: "Tencent", Aliases: []string{"騰訊", "腾讯"}, Products: []string{"混元", "WeChat", "微信"}},
	{Name: "ByteDance", Aliases: []string{"字節跳動", "字节跳动"}, Products: []string{"TikTok", "抖音", "豆包"}},
	{Name: "Moonshot AI", Aliases: []string{"月之暗面"}, Products: []string{"Kimi"}},
	{Name: "Zhipu AI", Aliases: []string{"智譜", "智谱"}},
	{Name: "Tesla", Aliases: []string{"特斯拉"}},
	{Name: "Intel", Aliases: []string{"英特爾", "英特尔"}},
	{Name: "TSMC", Aliases: []string{"台積電", "台积电"}},
	{Name: "Samsung", Aliases: []string{"三星"}},
	{Name: "CoreWeave"},
	{Name: "Perplexity", Aliases: []string{"Perplexity AI"}},
	{Name: "Cohere"},
	{Name: "Databricks"},
	{Name: "Scale AI"},
	{Name: "Hugging Face"},
	{Name: "Character.AI"},
	{Name: "Safe Superintelligence", Aliases: []string{"SSI"}},
	{Name: "Thinking Machines Lab", Aliases: []string{"Thinking Machines"}},
	// Chip makers, suppliers and Chinese AI companies the money stories name.
	// Arm is left out: "arm" is an English word.
	{Name: "Foxconn", Aliases: []string{"Hon Hai", "鴻海", "鸿海", "富士康", "鴻海精密", "鸿海精密"}},
	{Name: "MediaTek", Aliases: []string{"聯發科", "联发科"}},
	{Name: "ASML", Aliases: []string{"艾司摩爾", "艾司摩尔", "阿斯麥", "阿斯麦"}},
	{Name: "Huawei", Aliases: []string{"華為", "华为"}, Products: []string{"昇騰", "昇腾", "Ascend"}},
	{Name: "Xiaomi", Aliases: []string{"小米集團", "小米集团", "小米"}},
	{Name: "iFlytek", Aliases: []string{"科大訊飛", "科大讯飞"}},
	{Name: "SenseTime", Aliases: []string{"商湯科技", "商汤科技", "商湯", "商汤"}},
	{Name: "MiniMax", Aliases: []string{"稀宇科技"}},
	{Name: "Baichuan", Aliases: []string{"百川智能", "Baichuan AI"}},
	{Name: "01.AI", Aliases: []string{"零一萬物", "零一万物"}},
	{Name: "StepFun", Aliases: []string{"階躍星辰", "阶跃星辰"}},
	// DeepSeek's parent, a company of its own.
	{Name: "High-Flyer", Aliases: []string{"幻方量化", "幻方", "High-Flyer Capital"}},
	{Name: "Taipower", Aliases: []string{"台電", "台电", "台灣電力公司", "台湾电力公司", "Taiwan Power"}},
	{Name: "Broadcom", Aliases: []string{"博通"}},
	{Name: "Qualcomm", Aliases: []string{"高通"}},
	{Name: "Micron", Aliases: []string{"美光", "Micron Technology"}},
	{Name: "SK Hynix", Aliases: []string{"SK海力士", "SK hynix", "海力士"}},
	{Name: "IBM"},
	{Name: "Salesforce"},
	{Name: "Palantir"},
	{Name: "Krutrim", Aliases: []string{"Ola Krutrim"}},
	{Name: "Midjourney"},
	{Name: "Figure AI"},
	{Name: "Groq"},
	{Name: "Cerebras", Aliases: []string{"Cerebras Systems"}},
}

// leaders stand for their company when no company is named in the sentence:
// "馬斯克已經從英偉達處購入了上萬塊 GPU" is about xAI's GPUs.
var leaders = map[string]string{
	"马斯克": "xAI", "musk": "xAI", "elon musk": "xAI",
	"奥特曼": "OpenAI", "阿尔特曼": "OpenAI", "altman": "OpenAI", "sam altman": "OpenAI",
	"黄仁勋": "Nvidia", "jensen huang": "Nvidia", "纳德拉": "Microsoft", "nadella": "Microsoft",
	"扎克伯格": "Meta", "zuckerberg": "Meta", "皮查伊": "Google", "劈柴": "Google", "pichai": "Google",
	"孙正义": "SoftBank", "masayoshi son": "SoftBank", "amodei": "Anthropic", "阿莫迪": "Anthropic",
	"梁文锋": "DeepSeek", "李彦宏": "Baidu", "马化腾": "Tencent",
	"robin li": "Baidu", "lisa su": "AMD", "苏姿丰": "AMD", "tim cook": "Apple", "库克": "Apple", "andy jassy": "Amazon", "jassy": "Amazon",
	"safra catz": "Oracle", "larry ellison": "Oracle", "ellison": "Oracle", "埃里森": "Oracle", "arthur mensch": "Mistral AI", "mensch": "Mistral AI",
	"sundar pichai": "Google", "mark zuckerberg": "Meta", "dario amodei": "Anthropic", "daniela amodei": "Anthropic", "satya nadella": "Microsoft",
	"greg brockman": "OpenAI", "brockman": "OpenAI", "sarah friar": "OpenAI", "brad lightcap": "OpenAI", "lightcap": "OpenAI",
	"colette kress": "Nvidia", "kress": "Nvidia", "amy hood": "Microsoft", "eddie wu": "Alibaba", "吴泳铭": "Alibaba", "joe tsai": "Alibaba",
	"蔡崇信": "Alibaba", "pony ma": "Tencent", "liang wenfeng": "DeepSeek", "yang zhilin": "Moonshot AI", "杨植麟": "Moonshot AI",
	"michael intrator": "CoreWeave", "emad mostaque": "Stability AI", "c.c. wei": "TSMC", "魏哲家": "TSMC", "hock tan": "Broadcom",
	"jensen": "Nvidia", "huang": "Nvidia", "黄仁勳": "Nvidia",
}
