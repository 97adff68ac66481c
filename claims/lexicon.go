package claims

import (
	"strings"

	"github.com/claimwatch/claimwatch"
)

// The word tables the extractor reads figures with. Chinese entries are
// Simplified: texts are folded to Simplified before matching (see fold), so
// 運營成本 finds 运营成本. English entries are lower-case; plurals match too.

// metricWords names the metric each word points to. Where a longer phrase
// contains a shorter one, the longer wins (see pickMetric).
var metricWords = map[claimwatch.Metric][]string{
	claimwatch.OperatingCost: {"运作", "运转", "运营成本", "营运成本", "运行成本", "运营费用", "营运开支", "运营开支", "日烧", "日耗", "成本", "花掉", "花费", "开销",
		"on running", "total expenses", "total costs and expenses", "costs and expenses", "total costs", "operating cost", "operating costs", "operating expense", "operating expenses", "infrastructure expenses", "technology and infrastructure expenses", "running cost", "cost to run", "costs to run", "cost of running",
		"to run", "costs", "cost", "cost of revenue", "opex", "expenses", "spends", "spending"},
	claimwatch.Loss: {"净损", "淨損", "亏损", "净亏损", "亏", "赔", "损失", "loss", "losses", "lost", "lose", "loses", "losing", "net loss", "operating loss"},
	claimwatch.Revenue: {"收入", "营收", "营业收入", "营业额", "销售额", "销售收入", "潜在销售", "进账", "revenue", "revenues", "sales", "turnover", "turned over",
		"data center revenue", "data-center revenue", "data centre revenue", "data center sales", "data-center sales", "cloud revenue", "cloud sales", "cloud-computing revenue", "数据中心收入", "数据中心营收", "资料中心收入", "资料中心营收", "资料中心业务营收", "云收入", "云业务收入",
		"generated", "brought in", "bring in", "brings in", "bringing in", "income", "to sell", "guided to", "guidance of", "guides to", "consumer spending", "in-app spending", "in-app purchases"},
	claimwatch.AnnualizedRevenue: {"annual contract value", "in acv", "年化收入", "年化营收", "年度经常性收入", "年经常性收入", "年化", "annualized revenue", "annualised revenue",
		"annual recurring revenue", "recurring revenue", "annualized recurring revenue", "年化经常性收入", "年化收入（arr）", "annualised recurring revenue", "arr", "run-rate", "run rate", "at a pace of", "annual pace", "annualised pace", "annualized pace", "run-rate revenue", "run rate revenue", "revenue run-rate", "revenue run rate", "annualized", "annualised", "revenue run"},
	claimwatch.Profit:       {"毛利", "gross profit", "利润", "盈利", "净利", "获利", "赚", "溢利", "纯利", "纯益", "经营利润", "营业利益", "营业利润", "营益", "ebita", "ebitda", "经调整ebita", "profit", "profits", "net income", "earnings", "earned", "operating income", "operating profit"},
	claimwatch.ComputeCost:  {"租赁成本", "gpu租赁", "算力租赁", "renting", "rent servers", "rent chips", "算力", "推理成本", "推理", "推论运算", "推论", "云服务", "云计算", "计算成本", "compute", "computing", "inference", "cloud", "server costs", "servers"},
	claimwatch.TrainingCost: {"训练成本", "训练", "training", "train", "trained", "to train", "training costs"},
	claimwatch.StaffCost:    {"薪酬", "人力成本", "人员成本", "人事支出", "人事成本", "人事费用", "员工薪酬", "工资", "薪资", "员工成本", "salaries", "salary", "staffing", "compensation", "payroll", "stock-based compensation", "talent", "workforce costs", "workforce cost", "labor costs", "labour costs", "personnel costs", "employee costs", "staff costs", "people costs", "retention bonuses", "retention bonus", "bonuses", "on staff", "on employees", "on people", "on wages", "股权激励", "股票薪酬", "股权奖励"},
	claimwatch.CashBurn:     {"净流出", "现金流出", "现金消耗", "烧钱", "烧掉", "烧光", "消耗现金", "消耗", "累计消耗", "cash burn", "burn", "burned", "burning", "burns", "burnt", "burn through", "burned through", "burnt through", "burning through", "cash flow", "negative cash"},
	claimwatch.Funding: {"启动资金", "天使轮", "federal incentives", "in incentives", "chips act funding", "chips act grant", "chips act grants", "chips act award", "subsidies", "subsidy", "in grants", "grant of", "grants of", "配售", "putting", "putting in", "put in", "puts in", "chipping in", "chipped in", "入股", "股权融资", "债务融资", "债权融资", "投资", "融资", "注资", "出资", "投入", "募资", "募集", "筹集", "筹资", "轮", "贷款", "借款", "信贷额度", "循环信贷", "授信", "investment", "investments", "invest", "invested", "investing",
		"raise", "raised", "raising", "pledged", "pledge", "pledges", "contribute", "series a", "series b", "series c", "series d", "series e", "series f", "series g", "series h", "seed round", "bridge round", "agreed to put", "to put", "poured", "pour", "inject", "injected", "funding", "round", "bonds", "bond sale", "bond offering", "private credit", "private-credit", "credit facility", "credit line", "debt financing", "financing", "backing", "backed", "debt", "loan", "injection", "infusion", "seeking", "seeks", "sought", "put in", "集资", "集资总额", "集资净额", "募资总额", "认购"},
	claimwatch.Valuation: {"post-money valuation", "pre-money valuation", "post-money", "market capitalisation", "market capitalization", "估值", "市值", "valuation", "valued", "valuing", "values", "value it at", "value it", "value the company", "value the startup", "would value", "valuations", "market cap", "market capitalization", "market value", "worth"},
	claimwatch.Capex: {"in manufacturing", "on manufacturing", "chip plant", "chip plants", "new plant", "plant in", "factory in", "new factory", "bringing it back", "bring it back", "to restart", "restarting", "on facilities", "new fab", "fab in", "a fab", "资本支出", "资本开支", "数据中心", "资料中心", "算力建设", "基础设施建设", "campus", "基础设施", "算力合同", "算力合约", "算力协议", "采购合约", "signed a lease", "lease payments", "leases", "capex", "capital expenditure", "capital expenditures", "capital spending",
		"data center", "data centers", "data centre", "data centres", "datacenter", "data-center", "data-centers", "data-centre", "infrastructure", "build out", "buildout", "commitment", "commitments", "committed",
		"expanded its agreement", "expanded its contract", "value of its contracts", "compute deals", "compute deal", "compute contracts", "compute contract", "computing deals", "cloud contract", "cloud deal", "a contract with", "agreed to spend",
		"contracted to buy", "contracted to spend", "signed up for", "agreed to buy", "contract to buy", "deal to buy", "agreement to buy", "contract to spend", "committing to spend", "committed to spend", "commits to spend", "committing", "算力采购", "采购合同", "承诺采购", "额外采购", "额外购买", "承诺额外购买", "承诺购买", "承诺总额", "算力承诺", "capital projects", "capital investment", "capital investments"},
	claimwatch.Users: {"用户", "使用者", "访问量", "访问", "造访量", "造访", "浏览量", "客户", "下载量", "下载", "安装量", "downloads", "installs", "访客", "月活", "日活", "周活", "订阅者", "付费用户", "会员", "会员数", "开发者", "users", "user", "subscribers", "subscriber",
		"visits", "visitors", "monthly active", "weekly active", "daily active", "daily active people", "monthly active people", "daily active people (dap)", "mau", "dau", "wau", "customers", "audience"},
	claimwatch.GPUs:      {"gpu", "芯片", "晶片", "显卡", "加速器", "gpus", "chips", "accelerators", "h100", "h100s", "h200", "b200", "a100", "a100s", "tpus", "tpu", "blackwell"},
	claimwatch.Employees: {"rounds of layoffs", "round of layoffs", "layoffs", "job cuts", "roles", "团队", "员工", "雇员", "职员", "人员", "名工程师", "团队规模", "staff", "employees", "employee", "workers", "headcount", "people", "engineers", "researchers"},
	claimwatch.Other: {"gross margin", "gross margins", "operating margin", "adjusted gross margin", "profit margin", "input tokens", "output tokens", "per million input tokens", "per million output tokens", "per 1,000 input tokens", "per 1,000 output tokens", "round of restrictions", "round of export", "round of talks", "round of tariffs", "round of sanctions", "rounds of restrictions",
		"interest expense", "interest expenses", "interest payments", "interest payment", "interest costs", "a unit", "per unit", "apiece", "remaining performance obligations", "performance obligations", "remaining performance obligation", "performance obligation", "retention rate", "net revenue retention", "net retention", "inventory", "inventories", "pipeline", "sales pipeline", "deal pipeline", "backlog", "backlog of", "contracted revenue", "charges", "charge of", "charge", "write-off", "writeoff", "write-down", "writedown", "impairment", "fine", "fined", "penalty", "settlement", "damages", "earnings per share", "per share", "eps", "per million tokens", "per 1,000 tokens", "per token", "on developing", "to develop", "value of the stake", "holding valued", "每股收益", "每股盈余", "每股净利", "每股纯益", "每股纯利", "研发", "研究", "r&d", "research and development", "price", "priced", "costs $", "bookings", "stake", "acquire", "acquisition", "bought", "buy", "收购", "股份", "股权", "定价", "售价", "价值", "订单", "order", "orders", "buyback", "buybacks", "repurchase", "dividend", "收费", "月费", "订阅费", "subscription",
		"secondary sale", "share sale", "tender offer", "of stock", "使用成本", "interest rate", "lobbying", "on lobbying", "legal fees", "legal costs", "to settle", "settle", "cash on hand", "training programmes", "training programs", "skills training", "in assets", "assets under management", "oversees", "ebita利润率", "经调整ebita利润率", "相关费用", "一次性费用", "减值", "整车成本", "单车成本", "单位成本", "bom成本", "经营利润率", "净利润率", "经调整经营利润率", "现金等价物", "现金及现金等价物", "短期投资", "现金储备", "账上现金", "cash and cash equivalents", "cash and equivalents", "营业利益率", "营业利润率", "营益率", "cash reserves", "cash pile", "for each", "招股价", "广告投放", "投放广告", "广告费", "营销费用", "营销支出", "买量", "广告支出", "老股出售", "老股转让", "计提", "毛利率", "利润率", "净利率", "收入损失", "营收损失", "其他费用", "流动资金", "回购", "派息", "股息", "返还", "价格", "单价", "电价", "涨价", "调涨", "提价", "降价", "调价", "库存", "准备金", "减值"},
}

// researchBody reports whether a research word names who researched, not
// research spending: "研究机构SemiAnalysis", "research firm".
func researchBody(word, after string) bool {
	if word != "研究" && word != "research" {
		return false
	}
	after = strings.TrimLeft(after, " ")
	for _, w := range []string{"机构", "公司", "员", "人员", "院", "报告", "所", "显示", "指出", "firm", "group", "note", "analyst", "report", "house", "company", "shop"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// weakMetricWords are general words that lose to any specific one near the
// figure: "cost $100 million to train" is a training cost.
var weakMetricWords = map[string]bool{"花掉": true, "花费": true, "开销": true, "worth": true, "cloud": true, "computing": true, "云服务": true, "云计算": true, "成本": true, "cost": true, "costs": true, "spending": true, "spends": true, "expenses": true,
	"invest": true, "investment": true, "investing": true, "invested": true, "投资": true, "投入": true, "to run": false}

// investWords name money put into something; with no company receiving it,
// the investor's spending is capex ("台積電在美國的投資"), not funding.
var pledgeWords = map[string]bool{"committed": true, "commit": true, "commits": true, "commitment": true, "pledged": true, "pledge": true, "pledges": true}

var investWords = map[string]bool{"putting in": true, "put in": true, "puts in": true, "chipping in": true, "contribute": true, "contributes": true, "contributed": true, "contributing": true, "入股": true, "投资": true, "出资": true, "投入": true, "认购": true, "invest": true, "invests": true, "investment": true, "investments": true, "invested": true, "investing": true}

// boundingWords stress a figure ("高達"); bounding a forecast they make it
// at_most, as CLAIMS.md's conventions say.
var boundingWords = map[string]bool{"高达": true, "高達": true, "多达": true, "多達": true, "as much as": true, "as many as": true}

// forecastAfter are the forecast words that count after the figure too:
// "以600億美元估值洽談融資" is a target.
var forecastAfterWords = []string{"consensus forecast", "consensus estimate", "洽谈", "谈判", "商谈", "in talks", "talks", "will be invested", "will be paid", "will be spent", "will be raised", "will be used", "will be deployed", "will go to", "is to be", "are to be", "would be invested", "would be paid", "had expected", "analysts expected", "expected by analysts", "analysts had forecast", "市场预期", "分析师预期"}

// countMetrics are the metrics whose figure may be a bare count.
var countMetrics = map[claimwatch.Metric]bool{claimwatch.Users: true, claimwatch.GPUs: true, claimwatch.Employees: true}

// measureWords are the Chinese classifiers between a figure and what it
// counts (上萬塊 GPU, 30位高管).
var measureWords = []string{"块", "张", "个", "名", "位", "颗", "片", "枚", "台", "家", "人次", "次", "人", "辆", "轮", "款", "座"}

// countNouns are the words that, written right after a bare figure (and its
// classifier), make it a count of that thing ("15億用戶", "10,000 GPUs").
var countNouns = map[string]claimwatch.Metric{
	"用户": claimwatch.Users, "月活": claimwatch.Users, "日活": claimwatch.Users, "周活": claimwatch.Users, "访问": claimwatch.Users, "访客": claimwatch.Users,
	"订阅": claimwatch.Users, "付费用户": claimwatch.Users, "使用者": claimwatch.Users,
	"users": claimwatch.Users, "user": claimwatch.Users, "subscribers": claimwatch.Users, "visits": claimwatch.Users, "visitors": claimwatch.Users,
	"monthly": claimwatch.Users, "weekly": claimwatch.Users, "daily": claimwatch.Users, "customers": claimwatch.Users, "paying": claimwatch.Users,
	"active": claimwatch.Users, "downloads": claimwatch.Users,
	"gpu": claimwatch.GPUs, "芯片": claimwatch.GPUs, "晶片": claimwatch.GPUs, "显卡": claimwatch.GPUs, "英伟达": claimwatch.GPUs, "加速器": claimwatch.GPUs,
	"gpus": claimwatch.GPUs, "chips": claimwatch.GPUs, "h100s": claimwatch.GPUs, "h100": claimwatch.GPUs, "nvidia": claimwatch.GPUs, "accelerators": claimwatch.GPUs, "graphics processing units": claimwatch.GPUs, "graphics processors": claimwatch.GPUs, "ai processors": claimwatch.GPUs, "tpus": claimwatch.GPUs,
	"员工": claimwatch.Employees, "雇员": claimwatch.Employees, "职员": claimwatch.Employees, "工程师": claimwatch.Employees,
	"employees": claimwatch.Employees, "staff": claimwatch.Employees, "workers": claimwatch.Employees, "people": claimwatch.Employees, "jobs": claimwatch.Employees,
	"engineers": claimwatch.Employees, "researchers": claimwatch.Employees, "roles": claimwatch.Employees, "positions": claimwatch.Employees, "seats": claimwatch.Users, "paid seats": claimwatch.Users,
	"people use": claimwatch.Users, "people used": claimwatch.Users, "people using": claimwatch.Users, "people who use": claimwatch.Users,
	"developers": claimwatch.Users, "businesses": claimwatch.Users, "enterprises": claimwatch.Users, "companies pay": claimwatch.Users,
	"companies use": claimwatch.Users, "companies that pay": claimwatch.Users, "companies using": claimwatch.Users, "开发者": claimwatch.Users, "企业客户": claimwatch.Users,
	"insurers": claimwatch.Users, "agencies": claimwatch.Users, "law firms": claimwatch.Users, "hospitals": claimwatch.Users, "banks": claimwatch.Users,
	"brands": claimwatch.Users, "organizations": claimwatch.Users, "organisations": claimwatch.Users, "schools": claimwatch.Users, "universities": claimwatch.Users,
	"retailers": claimwatch.Users, "advertisers": claimwatch.Users, "creators": claimwatch.Users, "merchants": claimwatch.Users, "clients": claimwatch.Users,
	"publishers": claimwatch.Users, "students": claimwatch.Users, "teams": claimwatch.Users, "accounts": claimwatch.Users, "members": claimwatch.Users,
	"客户": claimwatch.Users, "家企业": claimwatch.Users, "家客户": claimwatch.Users,
}

// uncountedNouns after a bare figure make it a count of something no claim
// counts: "160 million AMD shares", "70 billion parameters", "6 gigawatts".
var uncountedNouns = []string{"shares", "share", "stock", "warrants", "options", "parameters", "tokens", "words", "pages", "megawatts",
	"gigawatts", "mw", "gw", "kilowatts", "tons", "barrels", "hours", "miles", "kilometers", "times", "votes",
	"股", "参数", "兆瓦", "吉瓦", "千瓦", "小时", "公里", "吨", "票"}

// perWords give the period a rate is per.
var perWords = map[string]string{
	"每天": "day", "每日": "day", "单日": "day", "日烧": "day", "日耗": "day", "一天": "day", "日均": "day", "每一天": "day", "日活": "day",
	"每周": "week", "每星期": "week", "周活": "week",
	"每月": "month", "每个月": "month", "单月": "month", "月均": "month", "月活": "month", "/月": "month",
	"每季": "quarter", "每季度": "quarter", "每年": "year", "年均": "year", "一年": "year",
	"a day": "day", "per day": "day", "each day": "day", "every day": "day", "daily": "day", "/day": "day", "a-day": "day", "dau": "day", "daily active": "day",
	"a week": "week", "a-week": "week", "per week": "week", "each week": "week", "weekly": "week", "wau": "week", "weekly active": "week",
	"a month": "month", "a-month": "month", "per month": "month", "each month": "month", "monthly": "month", "/month": "month", "/mo": "month", "mau": "month", "monthly active": "month",
	"a quarter": "quarter", "per quarter": "quarter", "each quarter": "quarter", "quarterly": "quarter",
	"a year": "year", "a-year": "year", "per year": "year", "each year": "year", "annually": "year", "per annum": "year", "/year": "year", "/yr": "year", "yearly": "year",
}

// changeWords mark a percentage as a change; sign is the direction.
var changeWords = map[string]float64{
	"下降": -1, "下跌": -1, "减少": -1, "降低": -1, "下滑": -1, "缩水": -1, "萎缩": -1, "跌": -1, "降": -1, "减": -1, "收窄": -1, "缩窄": -1, "回落": -1,
	"narrowed": -1, "narrowing": -1, "narrows": -1,
	"fell": -1, "fall": -1, "falls": -1, "dropped": -1, "drop": -1, "drops": -1, "declined": -1, "decline": -1, "declines": -1, "down": -1,
	"decreased": -1, "decrease": -1, "shrank": -1, "slid": -1, "slipped": -1, "plunged": -1, "tumbled": -1, "lower": -1, "cut": -1,
	"增长": 1, "增加": 1, "上升": 1, "升": 1, "上涨": 1, "提高": 1, "提升": 1, "增": 1, "涨": 1, "成长": 1, "飙升": 1, "高出": 1, "多出": 1,
	"rose": 1, "rise": 1, "rises": 1, "grew": 1, "grown": 1, "grow": 1, "grows": 1, "growth": 1, "up": 1, "increased": 1, "increase": 1, "increases": 1,
	"jumped": 1, "jump": 1, "surged": 1, "soared": 1, "climbed": 1, "gained": 1, "higher": 1,
}

// forecastWords make a figure a forecast when written before it in its
// sentence.
var forecastWords = []string{
	"预计", "预期", "预测", "可能", "承诺", "可望", "将", "将会", "会在", "会达到", "有望", "计划", "打算", "目标", "拟于", "拟将", "拟募资", "拟募集", "拟融资", "拟投资", "拟发行", "拟收购", "拟以", "拟在", "料将", "预料", "估计将", "最快", "预估", "寻求", "希望", "即将", "洽谈", "谈判", "商谈", "寻求",
	"could", "may", "might", "will", "would", "expected", "expects", "expect", "plans to", "plan to", "planning to", "planned to", "plans for", "projected", "projects", "forecast",
	"forecasts", "target", "targets", "close to securing", "close to raising", "close to finalizing", "close to a deal", "nearing a deal", "targeting", "aims", "aim", "aiming", "is set to", "on track", "seeking", "seeks", "looking to", "in talks", "guidance",
	"anticipates", "estimates it will", "guided", "guides", "outlook", "预估", "analysts' average estimate", "analysts' estimate", "average estimate", "consensus",
	"analysts had expected", "analysts expected", "分析师预期", "市场预期", "分析师平均预期", "hopes", "intends", "talks", "would value", "will spend", "pledged", "pledges", "on course to", "on pace to", "is raising", "are raising", "seeking to raise", "is seeking", "hoping to", "aims to raise", "discussions about", "discussing", "weighs", "weighing", "considering", "mulling", "正在融资", "寻求融资",
}

// attributionPatterns find who a figure is credited to: the name sits
// between open and close ("据外媒" X "报道"). An empty close ends the name at a
// clause mark.
var attributionPatterns = []struct{ open, close string }{
	{"据外媒", "报道"}, {"据外媒", "报导"}, {"据外媒", "消息"}, {"据外媒", "的报道"}, {"根据", "的数据"}, {"根据", "的报告"}, {"根据", "的统计"},
	{"根据", "数据"}, {"根据", "报告"}, {"据", "报道"}, {"据", "报导"}, {"根据", "报道"}, {"根据", "报导"}, {"据", "援引"}, {"据", "数据"}, {"据", "消息"}, {"据", "统计"}, {"据", "估计"}, {"据", "估算"},
	{"援引", "的"}, {"援引", ""},
	{"according to ", ""}, {"data from ", ""}, {"figures from ", ""}, {"estimates from ", ""}, {"citing ", ""}, {"reported by ", ""}, {"per ", ""},
}

// reportedBy are English verbs after a source name: "The Information reported".
var reportedBy = []string{" reported", " reports", " said", " says", " estimated", " estimates", " found", " expects", " forecast", " forecasts",
	" projected", " projects", " guided", " announced", " disclosed"}

// outlets gives the usual English name of an outlet written another way.
var outlets = map[string]string{
	"彭博": "Bloomberg", "彭博社": "Bloomberg", "彭博新闻社": "Bloomberg", "华尔街日报": "Wall Street Journal", "the wall street journal": "Wall Street Journal",
	"wsj": "Wall Street Journal", "路透": "Reuters", "路透社": "Reuters", "金融时报": "Financial Times", "英国金融时报": "Financial Times", "ft": "Financial Times",
	"纽约时报": "New York Times", "the new york times": "New York Times", "经济学人": "The Economist", "福布斯": "Forbes", "财富": "Fortune", "商业内幕": "Business Insider",
	"科技媒体the information": "The Information", "the information": "The Information", "cnbc": "CNBC", "彭博终端": "Bloomberg", "日经": "Nikkei", "日经亚洲": "Nikkei Asia",
	"techcrunch": "TechCrunch", "the verge": "The Verge", "the economist": "The Economist", "bloomberg news": "Bloomberg", "reuters": "Reuters", "bloomberg": "Bloomberg", "financial times": "Financial Times", "wall street journal": "Wall Street Journal", "new york times": "New York Times", "washington post": "Washington Post", "the washington post": "Washington Post",
	"forbes": "Forbes", "fortune": "Fortune", "business insider": "Business Insider", "axios": "Axios", "semafor": "Semafor", "marketwatch": "MarketWatch", "barron's": "Barron's",
	"nikkei": "Nikkei", "nikkei asia": "Nikkei Asia", "caixin": "Caixin", "the wall street journal's": "Wall Street Journal", "cnn": "CNN", "bbc": "BBC", "the guardian": "The Guardian",
	"36氪": "36Kr", "36kr": "36Kr", "财新": "Caixin", "财新网": "Caixin", "晚点latepost": "LatePost", "晚点": "LatePost", "钛媒体": "TMTPost", "界面新闻": "Jiemian", "美联社": "Associated Press", "法新社": "AFP", "日本经济新闻": "Nikkei", "日经新闻": "Nikkei", "商业周刊": "Bloomberg Businessweek",
}

// pronouns stand for the company named before them.
var pronouns = []string{"其", "他指出", "他表示", "他认为", "他说", "她指出", "她表示", "她认为", "她说", "该公司", "公司", "集团", "本集团", "这家公司", "该企业", "他们", "它", "the company", "the firm", "the startup", "the group", "its", "it", "they", "their", "the product", "the service", "the app", "the tool",
	"-based company", "-based firm", "-based group", "-based maker", "-based chipmaker", "-backed company", "-backed firm", "-owned company", "-owned firm", "-owned unit"}

// descriptors stand for the last company named of a kind: "the startup"
// after "Google has invested in Anthropic" is Anthropic, "the chipmaker"
// is Nvidia.
var descriptors = map[string][]string{
	"the startup": startups, "the start-up": startups, "-based startup": startups, "-based start-up": startups, "the ai startup": startups, "the ai start-up": startups, "the lab": startups,
	"-backed startup": startups, "-backed start-up": startups, "-backed ai startup": startups, "-backed lab": startups, "-backed ai lab": startups,
	"-owned chip designer": chipmakers, "-owned chipmaker": chipmakers, "-backed chipmaker": chipmakers,
	"the ai lab": startups, "the young company": startups, "the chatbot maker": startups, "the san francisco-based startup": startups,
	"这家初创公司": startups, "该初创公司": startups, "这家初创企业": startups, "这家新创": startups, "该新创": startups, "这家独角兽": startups,
	"biggest memory chipmaker": chipmakers, "largest memory chipmaker": chipmakers, "the memory chipmaker": chipmakers, "the memory-chip maker": chipmakers,
	"the chipmaker": chipmakers, "the chip maker": chipmakers, "the chip giant": chipmakers, "the chip designer": chipmakers,
	"the chip company": chipmakers, "芯片巨头": chipmakers, "芯片龙头": chipmakers, "晶片巨头": chipmakers, "芯片厂商": chipmakers,
	"the software giant": {"Microsoft", "Oracle", "Salesforce"}, "the software maker": {"Microsoft", "Oracle", "Salesforce"},
	"software group": {"Salesforce", "Microsoft", "Oracle", "SAP", "Adobe", "ServiceNow", "Palantir", "Snowflake", "Workday"}, "the software group": {"Salesforce", "Microsoft", "Oracle", "SAP", "Adobe", "ServiceNow", "Palantir", "Snowflake", "Workday"},
	"the software company": {"Salesforce", "Microsoft", "Oracle", "SAP", "Adobe", "ServiceNow", "Palantir", "Snowflake", "Workday"},
	"the windows maker":    {"Microsoft"}, "软件巨头": {"Microsoft", "Oracle"},
	"the search giant": {"Google", "Baidu"}, "the search company": {"Google", "Baidu"}, "搜索巨头": {"Google", "Baidu"},
	"the e-commerce giant": {"Amazon", "Alibaba"}, "the online retailer": {"Amazon"}, "the retail giant": {"Amazon"}, "电商巨头": {"Amazon", "Alibaba"},
	"the iphone maker": {"Apple"}, "the social media giant": {"Meta"}, "the facebook parent": {"Meta"}, "the instagram owner": {"Meta"},
	"社交巨头": {"Meta", "Tencent"}, "the japanese conglomerate": {"SoftBank"}, "the japanese group": {"SoftBank"}, "the japanese investor": {"SoftBank"},
	"the database company": {"Oracle"}, "the database giant": {"Oracle"}, "the cloud giant": {"Amazon", "Microsoft", "Google", "Oracle", "Alibaba"},
}

var (
	startups = []string{"OpenAI", "Anthropic", "xAI", "Mistral AI", "Inflection AI", "Stability AI", "DeepSeek", "Moonshot AI", "Zhipu AI",
		"Perplexity", "Cohere", "Databricks", "Scale AI", "Character.AI", "Safe Superintelligence", "Thinking Machines Lab", "CoreWeave",
		"Hugging Face", "MiniMax", "Baichuan AI", "01.AI", "StepFun", "Krutrim", "Midjourney", "Figure AI", "Groq", "Cerebras",
		"Windsurf", "Anysphere", "Cognition", "ElevenLabs", "Runway", "Glean", "Harvey", "Lovable", "Replit", "Poolside", "Reka", "Adept", "Sakana AI", "Aleph Alpha", "Lambda", "Crusoe", "Together AI", "Fireworks AI", "Physical Intelligence", "Skild AI", "World Labs", "Pika", "Jasper", "Isomorphic Labs", "Reflection AI", "Pony.ai", "WeRide", "Unitree", "AgiBot", "Mobvoi", "SenseTime", "Kunlunxin", "Biren", "Moore Threads", "MetaX", "Cambricon", "XtalPi", "Insilico Medicine", "Appier", "Kneron", "Preferred Networks", "ELYZA", "Run:ai", "Nebius", "Hippocratic AI", "Abridge", "Decagon"}
	chipmakers = []string{"Nvidia", "AMD", "Intel", "TSMC", "Qualcomm", "Broadcom", "Arm", "Micron", "SK Hynix", "Samsung", "Samsung Electronics", "MediaTek", "Cerebras", "Groq"}
)

// notPronounAfter and notPronounBefore rule out 其 inside other words
// (其他 "other", 尤其 "especially").
const (
	notPronounAfter  = "他中实次余它间"
	notPronounBefore = "尤与极及"
)

// sourceMarks written just before a company name make it the other side of
// the figure, not its subject: "从英伟达处购入" (bought from Nvidia), "从OpenAI离职"
// (left OpenAI), "from Microsoft".
// comparedMarks set a company beside another for comparison: its figure
// is still its own ("compares with ChatGPT's 180 million users").
var comparedMarks = []string{"compares with", "compared with", "compares to", "compared to", "in line with"}

var sourceMarks = []string{"从", "来自", "from", "by", "with", "left", "离开", "former", "ex-", "前", "includes", "including", "participation from", "包括", "pay", "pays", "paid", "paying"}

// formerMarks are the sourceMarks that name where people came from, never
// the other side of a deal ("former OpenAI researchers").
var formerMarks = []string{"left", "离开", "former", "ex-", "前"}

// creditMarks written just before a company name make it the source of a
// figure, not its subject ("according to Microsoft", "根據台積電"); saidMarks
// after one do the same ("Microsoft said").
var (
	creditMarks = []string{"according to", "根据", "据", "per", "citing", "援引"}
	saidMarks   = []string{"said", "says", "reported", "estimated", "表示", "称", "指出", "透露", "报道"}
)

// parentMarks after a company name make the figure another company's:
// "DeepSeek母公司幻方量化", "OpenAI's parent".
var parentMarks = []string{"母公司", "'s parent", "’s parent", "的母公司", "parent company"}

// stakeWords make a deal a stake: the company owned is the entity, the
// holder the counterparty; the price paid for it is funding.
var stakeWords = newWordSet([]string{"stake", "股份", "股权", "持股", "equity", "owns", "holds", "own", "hold", "give", "gives", "giving", "持有"})

// targetMarks written just before a company name make it the receiver of a
// deal: "微软对OpenAI的投资", "investment in OpenAI".
var targetMarks = []string{"对", "向", "in", "into", "投资", "入股", "收购", "of"}

// investorMarks written just after a company name make it the investor:
// "Microsoft invested", "微软投资".
var investorMarks = []string{"对", "投资", "注资", "invested", "invests", "'s investment", "’s investment", "led", "'s $", "’s $"}

// shareWords before a percentage make it a share, metric other: "占总营收的
// 88%", "accounted for 88%".
var shareWords = []string{"占", "比例", "渗透率", "转化率", "accounted for", "accounts for", "account for", "share of", "stake", "股份", "股权", "持股", "市场份额", "市占率", "份额", "比重", "占比"}

// furnitureWords mark a line as page furniture: banners, menus, footers.
var furnitureWords = []string{"go deeper:", "subscribe", "sign up", "newsletter", "print edition as", "appeared in the print edition", "advertisement", "related:", "read more", "cookie", "copyright", "©",
	"订阅", "广告", "相关阅读", "相关文章", "责任编辑", "版权所有", "免责声明", "点击", "扫码", "扫描二维码", "|"}

// The tables above, indexed for finding (see wordSet).
var (
	metricOf      = metricIndex()
	metricSet     = newWordSet(keys(metricOf))
	shareSet      = newWordSet(shareWords)
	pronounSet    = newWordSet(pronouns, keys(descriptors))
	perSet        = newWordSet(keys(perWords))
	changeSet     = newWordSet(keys(changeWords))
	forecastSet   = newWordSet(forecastWords)
	forecastAfter = newWordSet(forecastAfterWords)
	furnitureSet  = newWordSet(furnitureWords)
	// sameTimeSet are the words that date a figure by the one before it
	// ("当季资本支出", "in the same quarter").
	sameTimeSet = newWordSet([]string{"当季", "同期", "当月", "同季", "单季", "其中", "of which", "the quarter", "the same quarter", "the same period"})
	// perFallback are the rate words a heading may hold away from the figure.
	perFallback = newWordSet([]string{"每天", "每日", "每月", "每年", "per day", "a day", "per month", "a month", "per year", "a year"})
)

// metricIndex maps each metric word to its metric; a word listed twice keeps
// the metric listed first in claimwatch.Metrics.
func metricIndex() map[string]claimwatch.Metric {
	m := map[string]claimwatch.Metric{}
	for _, metric := range claimwatch.Metrics {
		for _, w := range metricWords[metric] {
			if _, ok := m[w]; !ok {
				m[w] = metric
			}
		}
	}
	return m
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// scoreSet are the words of a sentence about benchmark scores, whose
// percentages grade a model rather than count money or operations.
var scoreSet = newWordSet([]string{"benchmark", "benchmarks", "mmlu", "scored", "accuracy", "基准测试", "跑分", "得分", "准确率", "测评", "swe-bench", "humaneval", "gpqa"})

// notClaimWords in a figure's clause make it no claim: share-price moves,
// personal wealth, national figures (CLAIMS.md, "What is not a claim").
var notClaimSet = newWordSet([]string{"▲", "▼", "% upside", "% downside", "upside to", "shares rose", "shares fell", "shares jumped", "shares dropped", "shares climbed", "shares slid",
	"stock rose", "stock fell", "stock price", "share price", "shares were up", "shares were down", "shares are up", "shares are down",
	"net worth", "personal fortune", "whose stake is worth", "his stake is worth", "her stake is worth", "together plan", "labs alone", "to the fortune of", "his fortune", "her fortune", "world's richest", "所持股份的市值", "所持股份市值", "持股市值", "美元兑", "元兑", "汇率假设", "市值蒸发", "蒸发", "wiped", "erased", "a share", "shares closed", "shares have", "shares gained", "shares surged", "shares plunged", "shares tumbled",
	"a combined", "collectively", "to its market value", "in market value", "of market value", "from its market value", "get it on", "get it at", "get it for", "get it with", "buy it", "price drop", "on sale now", "on sale for", "is on sale", "are on sale", "currently on sale", "best deals", "today's deal", "today’s deal",
	"coupon", "promo code", "gift card", "originally $", "usually selling", "regularly goes", "free shipping", "black friday", "cyber monday", "closed up", "closed down", "closed at",
	"shares of", "in extended trading", "premarket", "pre-market", "after-hours", "s&p 500", "nasdaq", "dow jones", "盘后", "盘前", "收盘", "收在", "收于", "收跌", "收涨", "收报", "plus or minus", "give or take", "±", "目标价", "price target", "高开", "低开", "高收", "低收", "开市报", "午收报", "较招股价", "较发售价", "开盘报", "开盘价", "盘中", "持有的股份市值", "持股市值", "自给率", "累计跌幅", "累计涨幅", "港股大涨", "港股大跌", "收市大升", "收市大跌", "收市升", "收市跌", "兑美元汇率", "汇率为", "关税", "tariffs of", "tariff of", "港股上涨", "港股下跌", "美股大涨", "美股大跌", "美股上涨", "美股下跌", "a股大涨", "a股大跌", "美股累计", "港股累计", "首日大涨", "首日涨", "首日股价", "whose fortune", "fortune forbes", "a city of", "a town of", "residents", "上下浮动", "his fortune", "her fortune", "gdp", "股价", "股票", "身价", "身家", "个人财富", "净资产", "国内生产总值", "市场规模"})

// linkWords join a figure to what follows without making it a modifier:
// "valued at $183bn after raising $13bn" is no "$183bn raising".
// ("$5 billion in funding", "$2 billion of revenue" do name the measure).
var linkWords = map[string]bool{"after": true, "before": true, "from": true, "and": true, "or": true,
	"to": true, "by": true, "with": true, "at": true, "since": true, "while": true, "as": true}
