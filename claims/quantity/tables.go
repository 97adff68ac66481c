package quantity

// The vocabulary of numbers, magnitudes, currencies, percentages and
// approximators, as data. Chinese entries are written in both scripts because
// this package may not depend on a converter.

// cjkKind says what role a Chinese numeral character plays.
type cjkKind uint8

const (
	cjkDigit cjkKind = iota + 1 // 一, 壹, 兩
	cjkSmall                    // 十 百 千: multiply the digit before them
	cjkBig                      // 萬 億 兆: multiply everything below them
	cjkPoint                    // 點: decimal point
	cjkSome                     // 幾: an unknown digit, makes the figure vague
	cjkMore                     // 多 餘: "and more", makes the figure at_least
)

type cjkChar struct {
	kind cjkKind
	val  float64
}

// cjk maps every character that can be part of a Chinese numeral.
var cjk = map[rune]cjkChar{
	'零': {cjkDigit, 0}, '〇': {cjkDigit, 0}, '○': {cjkDigit, 0},
	'一': {cjkDigit, 1}, '壹': {cjkDigit, 1}, '弌': {cjkDigit, 1},
	'二': {cjkDigit, 2}, '贰': {cjkDigit, 2}, '貳': {cjkDigit, 2}, '两': {cjkDigit, 2}, '兩': {cjkDigit, 2}, '倆': {cjkDigit, 2}, '俩': {cjkDigit, 2},
	'三': {cjkDigit, 3}, '叁': {cjkDigit, 3}, '參': {cjkDigit, 3}, '叄': {cjkDigit, 3},
	'四': {cjkDigit, 4}, '肆': {cjkDigit, 4},
	'五': {cjkDigit, 5}, '伍': {cjkDigit, 5},
	'六': {cjkDigit, 6}, '陆': {cjkDigit, 6}, '陸': {cjkDigit, 6},
	'七': {cjkDigit, 7}, '柒': {cjkDigit, 7},
	'八': {cjkDigit, 8}, '捌': {cjkDigit, 8},
	'九': {cjkDigit, 9}, '玖': {cjkDigit, 9},
	'十': {cjkSmall, 10}, '拾': {cjkSmall, 10},
	'百': {cjkSmall, 100}, '佰': {cjkSmall, 100},
	'千': {cjkSmall, 1000}, '仟': {cjkSmall, 1000},
	// 萬 is 10^4 and 億 10^8 (not 10^6 and 10^9): the Chinese scale groups
	// digits by four. 兆 is 10^12 as financial news uses it.
	'万': {cjkBig, 1e4}, '萬': {cjkBig, 1e4},
	'亿': {cjkBig, 1e8}, '億': {cjkBig, 1e8},
	'兆': {cjkBig, 1e12},
	'点': {cjkPoint, 0}, '點': {cjkPoint, 0},
	'几': {cjkSome, 0}, '幾': {cjkSome, 0},
	'多': {cjkMore, 0}, '余': {cjkMore, 0}, '餘': {cjkMore, 0},
}

// cjkNotNumber lists two-character words whose numeral character is not a
// number ("一切" is "everything", "四川" a province).
var cjkNotNumber = map[string]bool{
	"一切": true, "一看": true, "一些": true, "一直": true, "一起": true, "一样": true, "一樣": true,
	"一定": true, "一般": true, "一旦": true, "一致": true, "统一": true, "統一": true, "唯一": true,
	"万一": true, "萬一": true, "一同": true, "一向": true, "一度": true, "一味": true, "一边": true, "一邊": true,
	"一方": true, "一面": true, "一再": true, "一律": true, "一概": true, "一番": true, "一手": true,
	"同一": true, "之一": true, "一下": true, "一股": true, "一批": true, "一家": true, "一项": true, "一項": true,
	"一种": true, "一種": true, "一個": true, "一个": true, "一份": true, "一位": true, "一条": true, "一條": true,
	"四川": true, "陆地": true, "陸地": true, "大陆": true, "大陸": true, "海陆": true, "海陸": true,
	"登陆": true, "登陸": true, "陆续": true, "陸續": true, "队伍": true, "隊伍": true, "入伍": true, "退伍": true,
	"伍仁": true, "收拾": true, "拾取": true, "拾起": true, "拾到": true, "夕拾": true, "放肆": true,
	"肆意": true, "肆无": true, "肆無": true, "十足": true, "十分": true, "五角": true, "千万": true, "千萬": true,
	"百度": true, "万物": true, "萬物": true, "九九": true, "两两": true, "兩兩": true, "一直以": true,
	"三星": true, "壹切": true, "万达": true, "萬達": true, "百事": true, "千问": true, "千問": true, "一汽": true,
}

// enWord is the value of an English number word.
var enSmall = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// enScale holds the magnitude words that may follow a number, spelled out.
var enScale = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "dozen": 12, "dozens": 12, "doz": 12, "dozs": 12, "dz": 12, "dzs": 12,
}

// enAbbrev holds the magnitude abbreviations of financial writing ("$5.4bn",
// "€2m", "10k"); they count only when no letter follows.
var enAbbrev = map[string]float64{
	"k": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mio": 1e6,
	"b": 1e9, "bn": 1e9, "bln": 1e9, "g": 1e9, "tn": 1e12, "tln": 1e12, "trn": 1e12,
}

// currencyCode is a written currency marker and the ISO 4217 code it stands for.
type currencyCode struct {
	text string
	code string
}

// prefixCurrency are markers written before the figure, longest first per
// start so the scanner can take the first match. Letters are lower-case; the
// scanner compares ASCII without case.
var prefixCurrency = []currencyCode{
	{"u.s. $", "USD"}, {"u.s.$", "USD"}, {"u.s $", "USD"}, {"us $", "USD"}, {"us$", "USD"}, {"usd$", "USD"},
	{"usd", "USD"}, {"hk $", "HKD"}, {"hk$", "HKD"}, {"hkd", "HKD"}, {"nt $", "TWD"}, {"nt$", "TWD"}, {"twd", "TWD"},
	{"c $", "CAD"}, {"c$", "CAD"}, {"ca$", "CAD"}, {"cad$", "CAD"}, {"cad", "CAD"},
	{"a$", "AUD"}, {"au$", "AUD"}, {"aud$", "AUD"}, {"aud", "AUD"},
	{"s$", "SGD"}, {"sgd", "SGD"}, {"nz$", "NZD"}, {"nzd$", "NZD"}, {"nzd", "NZD"},
	{"mex$", "MXN"}, {"mxn$", "MXN"}, {"mxn", "MXN"}, {"r$", "BRL"}, {"brl", "BRL"},
	{"rs.", "INR"}, {"rs", "INR"}, {"inr", "INR"}, {"₹", "INR"},
	{"rmb", "CNY"}, {"cny", "CNY"}, {"eur", "EUR"}, {"gbp", "GBP"}, {"jpy", "JPY"}, {"chf", "CHF"}, {"krw", "KRW"},
	{"nok", "NOK"}, {"sek", "SEK"}, {"dkk", "DKK"}, {"aed", "AED"}, {"sar", "SAR"}, {"qar", "QAR"}, {"pln", "PLN"}, {"zar", "ZAR"},
	{"ils", "ILS"}, {"idr", "IDR"}, {"thb", "THB"}, {"myr", "MYR"}, {"vnd", "VND"}, {"rub", "RUB"}, {"czk", "CZK"}, {"huf", "HUF"},
	{"€", "EUR"}, {"£", "GBP"}, {"₩", "KRW"}, {"￥", "CNY"}, {"¥", "JPY"}, {"$", "USD"}, {"₿", "BTC"},
	{"dollar", "USD"}, {"w", "KRW"},
	{"人民幣", "CNY"}, {"人民币", "CNY"}, {"新台幣", "TWD"}, {"新台币", "TWD"}, {"新臺幣", "TWD"},
	{"港幣", "HKD"}, {"港币", "HKD"}, {"美元", "USD"},
}

// suffixCurrency are markers written after the figure ("5.4億美元", "2 billion
// euros"), longest first where one is the start of another.
var suffixCurrency = []currencyCode{
	{"美元", "USD"}, {"美金", "USD"}, {"美圆", "USD"}, {"美圓", "USD"}, {"美刀", "USD"},
	{"元人民幣", "CNY"}, {"元人民币", "CNY"}, {"人民幣", "CNY"}, {"人民币", "CNY"},
	{"港元", "HKD"}, {"港幣", "HKD"}, {"港币", "HKD"},
	{"新台幣", "TWD"}, {"新台币", "TWD"}, {"新臺幣", "TWD"}, {"台幣", "TWD"}, {"台币", "TWD"}, {"臺幣", "TWD"},
	{"日元", "JPY"}, {"日圓", "JPY"}, {"日圆", "JPY"}, {"円", "JPY"},
	{"歐元", "EUR"}, {"欧元", "EUR"}, {"英鎊", "GBP"}, {"英镑", "GBP"},
	{"盧比", "INR"}, {"卢比", "INR"}, {"韓元", "KRW"}, {"韩元", "KRW"}, {"瑞士法郎", "CHF"},
	{"加元", "CAD"}, {"加幣", "CAD"}, {"加币", "CAD"}, {"澳元", "AUD"}, {"澳幣", "AUD"}, {"澳币", "AUD"},
	{"挪威克朗", "NOK"}, {"瑞典克朗", "SEK"}, {"丹麥克朗", "DKK"}, {"丹麦克朗", "DKK"}, {"迪拉姆", "AED"}, {"沙特里亞爾", "SAR"}, {"沙特里亚尔", "SAR"},
	{"盧布", "RUB"}, {"卢布", "RUB"}, {"新加坡元", "SGD"}, {"新元", "SGD"}, {"奈拉", "NGN"}, {"比特幣", "BTC"}, {"比特币", "BTC"},
	{"元", "CNY"}, {"块钱", "CNY"}, {"塊錢", "CNY"}, {"块", "CNY"}, {"塊", "CNY"},
	{"个比特币", "BTC"}, {"個比特幣", "BTC"},
	{"us dollars", "USD"}, {"us dollar", "USD"}, {"u.s. dollars", "USD"}, {"american dollars", "USD"},
	{"australian dollars", "AUD"}, {"canadian dollars", "CAD"}, {"hong kong dollars", "HKD"},
	{"singapore dollars", "SGD"}, {"new taiwan dollars", "TWD"}, {"taiwan dollars", "TWD"},
	{"dollars", "USD"}, {"dollar", "USD"}, {"usd", "USD"}, {"euros", "EUR"}, {"euro", "EUR"}, {"eur", "EUR"},
	{"pounds sterling", "GBP"}, {"pounds", "GBP"}, {"pound", "GBP"}, {"gbp", "GBP"}, {"sterling", "GBP"},
	{"yen", "JPY"}, {"jpy", "JPY"}, {"chinese yuan", "CNY"}, {"kuai", "CNY"}, {"yuan", "CNY"}, {"renminbi", "CNY"}, {"rmb", "CNY"}, {"cny", "CNY"},
	{"rupees", "INR"}, {"rupee", "INR"}, {"inr", "INR"}, {"swiss francs", "CHF"}, {"francs", "CHF"}, {"chf", "CHF"},
	{"norwegian kroner", "NOK"}, {"swedish kronor", "SEK"}, {"danish kroner", "DKK"}, {"kroner", "NOK"}, {"kronor", "SEK"},
	{"dirhams", "AED"}, {"riyals", "SAR"}, {"zlotys", "PLN"}, {"zloty", "PLN"}, {"shekels", "ILS"}, {"ringgit", "MYR"}, {"baht", "THB"},
	{"rupiah", "IDR"}, {"roubles", "RUB"}, {"rubles", "RUB"}, {"nok", "NOK"}, {"sek", "SEK"}, {"dkk", "DKK"}, {"aed", "AED"},
	{"won", "KRW"}, {"krw", "KRW"}, {"hkd", "HKD"}, {"twd", "TWD"}, {"cad", "CAD"}, {"aud", "AUD"}, {"sgd", "SGD"},
	{"satoshis", "BTC"}, {"satoshi", "BTC"}, {"bitcoins", "BTC"}, {"bitcoin", "BTC"}, {"btc", "BTC"}, {"turkish lira", "TRY"}, {"lira", "TRY"},
	{"finnish markka", "FIM"}, {"markka", "FIM"}, {"pesetas", "ESP"}, {"peseta", "ESP"}, {"dutch guilders", "NLG"}, {"guilders", "NLG"},
	{"cents", "USD"}, {"cent", "USD"}, {"pence", "GBP"}, {"penny", "GBP"}, {"美分", "USD"},
	{"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"₡", "CRC"}, {"₾", "GEL"}, {"₭", "LAK"}, {"ரூ", "LKR"},
}

// millionCurrency are the "MUSD" forms of engineering reports: a currency
// code with a leading M for million.
var millionCurrency = map[string]string{"musd": "USD", "meur": "EUR", "mgbp": "GBP", "maud": "AUD", "mcad": "CAD"}

// approxWord is an approximator and what it makes of the figure.
type approxWord struct {
	text   string
	approx string
}

// approxBefore are the approximators written before a figure, longest first
// where one ends another. English entries are lower-case.
var approxBefore = []approxWord{
	{"当前约合", "about"}, {"當前約合", "about"}, {"约合", "about"}, {"約合", "about"}, {"折合", "exact"},
	{"大约为", "about"}, {"大約為", "about"}, {"约为", "about"}, {"約為", "about"}, {"约达", "about"}, {"約達", "about"},
	{"约有", "about"}, {"約有", "about"}, {"约占", "about"}, {"約占", "about"}, {"約佔", "about"}, {"大约", "about"}, {"大約", "about"}, {"大概", "about"}, {"约", "about"}, {"約", "about"},
	{"将近", "about"}, {"將近", "about"}, {"接近", "about"}, {"近", "about"},
	{"不超过", "at_most"}, {"不超過", "at_most"}, {"不高于", "at_most"}, {"不高於", "at_most"}, {"不多于", "at_most"}, {"不多於", "at_most"},
	{"不低于", "at_least"}, {"不低於", "at_least"},
	{"超过", "at_least"}, {"超過", "at_least"}, {"突破", "at_least"}, {"超", "at_least"}, {"逾", "at_least"}, {"至少", "at_least"}, {"最少", "at_least"},
	{"不少于", "at_least"}, {"不少於", "at_least"}, {"多于", "at_least"}, {"多於", "at_least"},
	{"不到", "at_most"}, {"不足", "at_most"}, {"少于", "at_most"}, {"少於", "at_most"}, {"最多", "at_most"},
	{"至多", "at_most"}, {"最高", "at_most"}, {"上看", "at_most"}, {"高达", "exact"}, {"高達", "exact"}, {"多达", "exact"}, {"多達", "exact"},
	{"approximately", "about"}, {"roughly", "about"}, {"around", "about"}, {"about", "about"}, {"nearly", "about"},
	{"almost", "about"}, {"closer to", "about"}, {"close to", "about"}, {"some", "about"}, {"circa", "about"}, {"an estimated", "about"},
	{"no more than", "at_most"}, {"not more than", "at_most"}, {"no less than", "at_least"}, {"not less than", "at_least"}, {"no fewer than", "at_least"},
	{"more than", "at_least"}, {"over", "at_least"}, {"at least", "at_least"}, {"upwards of", "at_least"},
	{"in excess of", "at_least"}, {"north of", "at_least"}, {"above", "at_least"}, {"exceeding", "at_least"},
	{"well over", "at_least"}, {"topped", "at_least"}, {"tops", "at_least"}, {"surpassed", "at_least"}, {"surpasses", "at_least"},
	{"exceeded", "at_least"}, {"exceeds", "at_least"}, {"exceed", "at_least"}, {"surpass", "at_least"}, {"to top", "at_least"}, {"crossed", "at_least"}, {"passed", "at_least"}, {"topping", "at_least"},
	{"up to", "at_most"}, {"under", "at_most"}, {"less than", "at_most"}, {"fewer than", "at_most"},
	{"below", "at_most"}, {"at most", "at_most"},
	{"as much as", "exact"}, {"as many as", "exact"},
}

// approxAfter are the approximators written after a figure.
var approxAfter = []approxWord{
	{"左右", "about"}, {"上下", "about"}, {"以上", "at_least"}, {"以内", "at_most"}, {"以內", "at_most"},
	{"以下", "at_most"}, {"多", "at_least"}, {"余", "at_least"}, {"餘", "at_least"},
	{"or more", "at_least"}, {"or so", "about"}, {"plus", "at_least"},
}

// percentAfter are the percentage markers written after a figure; points
// marks percentage points.
var percentAfter = []struct {
	text   string
	points bool
}{
	{"%", false}, {"個百分點", true}, {"个百分点", true}, {"個百分点", true}, {"百分點", true}, {"百分点", true},
	{"percentage points", true}, {"percentage point", true}, {"percent", false}, {"per cent", false},
	{"percentage", false}, {"percents", false}, {"pct", false},
}

// fractionPrefix are the Chinese "parts of" prefixes: 百分之十二 is 12%.
var fractionPrefix = []struct {
	text string
	div  float64 // what the following number is divided by to give percent
}{
	{"百分之", 1}, {"佰分之", 1}, {"千分之", 10}, {"仟分之", 10}, {"万分之", 100}, {"萬分之", 100},
	{"百万万分之", 1e8}, {"百萬萬分之", 1e8}, {"百万分之", 1e4}, {"百萬分之", 1e4}, {"千万分之", 1e5}, {"千萬分之", 1e5}, {"万万分之", 1e6}, {"萬萬分之", 1e6},
}

// rangeJoin are the words that join the two ends of a range.
var rangeJoin = []string{"至", "到", "~", "～", "-", "–", "—", "to", "and"}

// vagueBefore make a figure vague when written just before its magnitude
// (數十億 "several billion").
var vagueBefore = []string{"數", "数", "几", "幾", "成"}

// notRangeBefore are the words that make "X to Y" a movement, not a range.
var notRangeBefore = []string{"from", "從", "从", "由"}

// namedEnglish are the words that name a currency or a percentage by
// themselves, for FindAll's mentions without a figure. Words that are as
// often something else ("won", "pound", "mark", "cent") are left out.
var namedEnglish = map[string]string{
	"dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
	"yen": "JPY", "jpy": "JPY", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY",
	"sterling": "GBP", "gbp": "GBP", "rupee": "INR", "rupees": "INR", "inr": "INR", "hkd": "HKD",
	"bitcoin": "BTC", "bitcoins": "BTC", "btc": "BTC",
	"percent": UnitPercent, "percentage": UnitPercent, "pct": UnitPercent,
}

// namedChinese are the Chinese names of currencies for FindAll; 元 and 块
// alone are left out (单元, 一块儿).
var namedChinese = []currencyCode{
	{"人民币", "CNY"}, {"人民幣", "CNY"}, {"美元", "USD"}, {"美金", "USD"}, {"欧元", "EUR"}, {"歐元", "EUR"},
	{"日元", "JPY"}, {"日圆", "JPY"}, {"日圓", "JPY"}, {"英镑", "GBP"}, {"英鎊", "GBP"},
	{"港元", "HKD"}, {"港币", "HKD"}, {"港幣", "HKD"}, {"新台币", "TWD"}, {"新台幣", "TWD"},
	{"比特币", "BTC"}, {"比特幣", "BTC"}, {"百分比", UnitPercent},
}

// metricUnits follow 兆 when it is the SI prefix mega- (兆瓦 megawatt, 兆赫
// megahertz, 兆字节 megabyte), not the magnitude 10^12.
var metricUnits = []string{"瓦", "赫", "字节", "字節", "位元", "比特", "帕", "焦"}
