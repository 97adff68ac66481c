package claims

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/claims/quantity"
)

// Rules for how Chinese news is written: the related-stories list under an
// article, investors listed around a round (由腾讯领投), chip brands before
// the chips counted (10萬顆輝達H100), and pronouns that stand for the
// subject of the sentence before.

// relatedHeads open a list of other stories' headlines at the foot of a
// page ("相关阅读：", "延伸閱讀", "鉅亨網熱門文章"); the lines under one, up to
// the next blank line, are furniture.
var relatedHeads = []string{"相关阅读", "延伸阅读", "推荐阅读", "相关新闻", "相关报道", "相关文章", "热门文章", "热门新闻",
	"更多阅读", "猜你喜欢", "往期回顾", "往期推荐", "往期精选", "精彩推荐", "热门推荐", "你可能还喜欢", "历史文章", "推荐文章",
	"read next", "read more", "read", "watch", "listen", "more", "see also", "also read", "related", "recommended", "more from", "further reading", "you may also like", "don't miss"}

// bulletMarks open a headline in such a list: "．台積電8月營收2508億元 年增33%".
var bulletMarks = []string{"．", "•", "·", "●", "■", "◆", "▶", "►", "★", "☆", "○"}

// furnitureContent lists, for a furniture word, the words that make it the
// article's content when written after it (广告投放 is ad spending, 订阅方案
// a price) or before it (付费订阅 counts subscribers).
var furnitureContent = map[string]struct{ after, before []string }{
	"广告": {after: []string{"投放", "支出", "收入", "营收", "业务", "费用", "开支", "主", "商"}, before: []string{"投放", "投", "买"}},
	"订阅": {after: []string{"方案", "费", "用户", "收入", "服务", "计划", "版", "人数", "者", "量", "制", "模式", "价格", "套餐", "业务"},
		before: []string{"付费", "消费者", "用户", "个人", "企业", "团队"}},
}

// notClaimContent does the same for the words that make a clause no claim:
// 股票回购 returns money to shareholders, 股票薪酬 pays staff; neither is a
// share price.
var notClaimContent = map[string][]string{"股票": {"回购", "薪酬", "激励", "期权", "奖励", "补偿"}}

// notClaimBefore are the words that, written before a closing-price word,
// make it part of another word: "营收在去年12月突破200亿美元" reads 营收, not
// 收在 (closed at), and "营收跌5%" is revenue.
var notClaimBefore = map[string][]string{"股价": {"招"}, "收在": {"营", "税"}, "收于": {"营", "税"}, "收跌": {"营", "税"}, "收涨": {"营", "税"}, "收报": {"营", "税"}}

// furnitureIn reports whether sentence sp is page furniture.
func (r *reader) furnitureIn(sp span) bool {
	for _, h := range r.find(furnitureSet, sp) {
		if h.word == "订阅" && r.mentionEndsAt(h.start) {
			continue // "来自ChatGPT订阅": subscriptions to a product
		}
		if !r.contentWord(h, furnitureContent[h.word].after, furnitureContent[h.word].before) {
			return true
		}
	}
	return r.relatedLine(sp)
}

// notClaimIn reports whether sp holds a word that makes its figures no
// claims (a share price, a fortune).
func (r *reader) notClaimIn(sp span) bool {
	return r.notClaimFor(sp, -1)
}

// notClaimFor is notClaimIn for the figure at p: an English share-price
// phrase before a figure with a measure of its own between does not make
// that figure a share price ("AMD shares fell 4.2% after the company said
// data-center revenue would be about $5.2 billion").
func (r *reader) notClaimFor(sp span, p int) bool {
	for _, h := range r.find(notClaimSet, sp) {
		if h.word == "a share" && r.earningsBefore(h, sp) {
			continue // "Adjusted earnings were $1.20 a share": earnings per share
		}
		if h.word == "a share" && !r.figureRightBefore(h.start) && !startsWithAny(r.norm[h.end:], []string{" that ", " which "}) {
			continue // "holds a share of about 80%", "after a share sale": no price of a share
		}
		if h.word == "股票" && containsAny(r.norm[sp.start:h.start], []string{"回购", "回購"}) {
			continue // "回购了13亿美元的股票": a buyback
		}
		if h.word == "a combined" && r.namesVenture(sp) {
			continue // "OpenAI, SoftBank and Oracle will invest a combined $500 billion in Stargate": the venture's
		}
		if p >= 0 && h.end <= p && h.word[0] < utf8.RuneSelf && len(r.find(metricSet, span{h.end, p})) > 0 {
			continue
		}
		if h.word == "in market value" && p >= 0 && p < h.start &&
			(endsWithAny(trimApprox(r.norm[sp.start:p]), []string{"passed", "topped", "reached", "hit", "surpassed", "crossed", "exceeded", "hits", "tops", "passes", "reaches", "worth"}) ||
				startsWithAny(r.norm[p:h.start], []string{"passed", "topped", "surpassed", "crossed", "exceeded"})) {
			continue // "Nvidia passed $4.5 trillion in market value": a level, its valuation
		}
		if !r.contentWord(h, notClaimContent[h.word], notClaimBefore[h.word]) {
			return true
		}
	}
	return false
}

// earningsBefore reports whether "a share" at h divides earnings, written
// before it in sp.
func (r *reader) earningsBefore(h hit, sp span) bool {
	pre := r.norm[r.sentenceOf(h.start).start:h.start] // the sentence's: "Net income climbed to $26.9 billion, or $1.08 a share"
	// An IPO's price is a claim too: "priced its IPO at $40 a share".
	for _, w := range []string{"earnings", "eps", "profit", "income", "loss", "ipo", "initial public offering", "offering", "priced its", "priced the"} {
		if strings.Contains(pre, w) {
			return true
		}
	}
	return false
}

// contentWord reports whether one of after follows hit h or one of before
// precedes it.
func (r *reader) contentWord(h hit, after, before []string) bool {
	for _, w := range after {
		if strings.HasPrefix(r.norm[h.end:], w) {
			return true
		}
	}
	for _, w := range before {
		if strings.HasSuffix(r.norm[:h.start], w) {
			return true
		}
	}
	return false
}

// relatedLine reports whether sp lies on a line of a related-stories list:
// a bulleted Chinese headline, or a line under a related-stories heading in
// the same paragraph.
func (r *reader) relatedLine(sp span) bool {
	ls := strings.LastIndexByte(r.norm[:sp.start], '\n') + 1
	le := strings.IndexByte(r.norm[sp.start:], '\n')
	if le < 0 {
		le = len(r.norm)
	} else {
		le += sp.start
	}
	line := strings.TrimSpace(r.norm[ls:le])
	if relatedHead(line) || bulletHeadline(line) || relatedPrefix(line) || promoLine(line) {
		return true
	}
	// Headlines may stand in paragraphs of their own under the heading:
	// "Read next\n\nMeta to spend up to $65 billion…\n\nSoftBank, OpenAI…".
	headlines := headlineLike(line)
	for e, n := ls-1, 0; e > 0 && n < 20; n++ {
		s := strings.LastIndexByte(r.norm[:e], '\n') + 1
		l := strings.TrimSpace(r.norm[s:e])
		if relatedHead(l) {
			return true
		}
		if l == "" && !headlines || l != "" && headlines && !headlineLike(l) && !startsWithAny(l, []string{"•", "- ", "* ", "·"}) {
			return false // a bulleted headline may hold a full stop: "• OpenAI Is Burning Cash. Investors Don't Care."
		}
		e = s - 1
	}
	return false
}

// headlineLike reports whether a line reads as another story's headline:
// short, with no full stop at its end.
func headlineLike(line string) bool {
	if line == "" || len(line) > 120*4 || utf8.RuneCountInString(line) > 120 {
		return false
	}
	if numberedItem(line) && !strings.HasSuffix(line, "。") {
		return true // "1. 英伟达Q2营收300亿美元，黄仁勋：需求依然“疯狂”"
	}
	return !strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "。") &&
		!strings.HasSuffix(line, ".”") && !strings.HasSuffix(line, "”") && !strings.HasSuffix(line, "\"")
}

// numberedItem reports whether a line opens with a list number: "1. ",
// "2、".
func numberedItem(line string) bool {
	i := 0
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && (strings.HasPrefix(line[i:], ". ") || strings.HasPrefix(line[i:], "、") || strings.HasPrefix(line[i:], ") "))
}

// relatedHead reports whether a line is a related-stories heading: short,
// naming one.
// relatedPrefix reports whether a line opens with a related-stories
// heading and a colon: "相關新聞：騰訊第三季盈利料增15%", "Read next: …".
func relatedPrefix(line string) bool {
	if k := strings.IndexAny(line[:min(len(line), 48)], ":：|"); k < 0 || k > 40 {
		return false
	}
	line = strings.TrimLeft(line, "【[(（ ")
	for _, w := range relatedHeads {
		if rest, ok := strings.CutPrefix(line, w); ok {
			rest = strings.TrimLeft(rest, "】]）) ")
			if strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "|") {
				return true
			}
		}
	}
	return false
}

func relatedHead(line string) bool {
	if len(line) <= 60 && !strings.ContainsAny(line, ".,;") {
		for _, w := range []string{"more from ", "read more", "read next", "related", "recommended", "most popular", "most read", "also read", "see also"} {
			if strings.HasPrefix(line, w) {
				return true // "More from The Compute Ledger"
			}
		}
	}
	if len(line) > 16*4 || utf8.RuneCountInString(line) > 16 {
		return false
	}
	for _, w := range relatedHeads {
		if strings.Contains(line, w) {
			return true
		}
	}
	return false
}

// bulletHeadline reports whether a line is a bulleted headline of another
// story: a bullet, Chinese words, no sentence punctuation.
func bulletHeadline(line string) bool {
	for _, b := range bulletMarks {
		if rest, ok := strings.CutPrefix(line, b); ok {
			return langOf(rest) == "zh" && !strings.ContainsAny(rest, "，。；") && utf8.RuneCountInString(rest) <= 40
		}
	}
	return false
}

// brandAfter are the chip names that, written right after a chip maker's
// name, make the name the brand of the chips ("10萬顆輝達H100", "英伟达GPU"),
// not the company the figure is about.
var brandAfter = []string{"h100", "h200", "h800", "h20", "a100", "a800", "b200", "b100", "gb200", "gb300", "l40", "gpu", "芯片",
	"晶片", "显卡", "加速卡", "图形处理器", "blackwell", "hopper", "grace", "mi300", "gaudi"}

func (r *reader) brand(m mention) bool {
	post := strings.TrimLeft(r.norm[m.end:min(len(r.norm), m.end+16)], " ")
	for _, w := range brandAfter {
		if strings.HasPrefix(post, w) {
			return true
		}
	}
	return false
}

// roundMarks after a company name make it an investor of a round ("由腾讯领投",
// "高榕资本、阿里巴巴等老股东跟投"), the other side of the figure.
var roundMarks = []string{"领投", "跟投", "参投", "参与投资", "参与了本轮", "等参与"}

// roundInvestor reports whether m is named as an investor of a round: a
// round mark follows it in its clause, with no 由 or 完成 between
// ("OpenAI完成由Thrive领投的融资" names OpenAI as the receiver).
func (r *reader) roundInvestor(m mention, sp span) bool {
	if r.participant(m, sp) {
		return true
	}
	end := min(sp.end, m.end+3*16)
	if k := strings.IndexAny(r.norm[m.end:min(sp.end, m.end+120)], "领跟参"); k > 48 && !strings.ContainsAny(r.norm[m.end:m.end+k], "，,。；") {
		end = m.end + k + 6 // "富達（Fidelity）與Lightspeed Venture Partners共同領投": Latin names are long
	}
	for i := m.end; i < end; {
		c, n := decode(r.norm, i)
		switch {
		case strings.ContainsRune("领跟参等", c):
			for _, w := range roundMarks {
				if strings.HasPrefix(r.norm[i:], w) {
					return true
				}
			}
		case strings.ContainsRune("由完获宣的", c):
			return false
		case c != '、' && isClauseMark(r.norm, i):
			return false
		}
		i += n
	}
	return false
}

// dealPartner reports whether m is the other party of a deal the sentence's
// subject signs: "OpenAI已与甲骨文签署…合同".
func (r *reader) dealPartner(m mention, sp span) bool {
	return r.markedBefore(m, sp, []string{"与", "和", "同"}) && r.markedAfter(m, sp, []string{"签署", "签订", "签约", "达成", "订立", "的合作", "合作"}) ||
		r.markedBefore(m, sp, []string{"联合", "联手"}) || // "由OpenAI牵头、联合软银和甲骨文推进的星际之门": partners
		// "向微软租用算力的开支约40亿美元": the supplier of what the
		// subject spends on.
		r.markedBefore(m, sp, []string{"向"}) && r.markedAfter(m, sp, []string{"租用", "租赁", "采购", "购买", "购置"}) && containsAny(r.norm[sp.start:sp.end], []string{"开支", "支出", "费用", "成本", "花费"})
}

// listedAfter reports whether m continues a list that another mention opens
// ("从字节跳动、阿里巴巴和腾讯等中国客户处"): only a list mark between them.
func (r *reader) listedAfter(prev, m mention) bool {
	if prev.end > m.start {
		return false
	}
	switch strings.TrimSpace(r.norm[prev.end:m.start]) {
	case "、", "和", "及", "以及", "与", ",", "，", "and", ", and", "as well as", "or":
		return true
	}
	return false
}

// heldIn reports whether m is the company a stake is held in: "阿里巴巴目前在
// 月之暗面的持股比例", "持有月之暗面约36%的股份".
func (r *reader) heldIn(m mention, sp span) bool {
	if r.heldAfter(m, sp) {
		return true
	}
	post := r.norm[m.end:min(sp.end, m.end+18)]
	for _, d := range []string{"的", "第一大", "第二大", "第三大", "最大", "最大的", "重要", "机构", "外部", "战略"} {
		post = strings.TrimPrefix(post, d) // "MiniMax第一大机构股东": past the rank
	}
	for _, d := range []string{"机构", "外部", "战略"} {
		post = strings.TrimPrefix(post, d)
	}
	for _, w := range []string{"主要股东", "的主要股东", "的股东", "股东"} {
		// "甲骨文與凱雷為Ampere主要股東，其中甲骨文持股約29%".
		if strings.HasPrefix(post, w) && strings.Contains(r.norm[m.end:sp.end], "持股") {
			return true
		}
	}
	if !r.markedBefore(m, sp, []string{"在"}) {
		return false
	}
	for _, w := range []string{"的持股", "的股份", "的股权", "持股"} {
		if strings.HasPrefix(post, w) {
			return true
		}
	}
	return false
}

// heldAfter reports whether m is the company a stake is held in, written
// after 持有: "阿里巴巴目前持有月之暗面约36%的股份" is a share of Moonshot AI.
func (r *reader) heldAfter(m mention, sp span) bool {
	// 持有 right before the name, or a few words before it: "微軟持有重組後
	// OpenAI集團約27%股權".
	pre := r.norm[max(sp.start, m.start-24):m.start]
	k := strings.LastIndex(pre, "持有")
	if k < 0 || strings.ContainsAny(pre[k:], "，,。；;、") {
		return false
	}
	return len(r.find(stakeWords, span{m.end, r.clauseAround(sp, m.end).end})) > 0
}

// clauseOpening reports whether byte p opens its sentence or a clause in it
// ("今年2月，公司刚刚完成…"), where 公司 alone stands for the company.
func clauseOpening(norm string, start, p int) bool {
	pre := strings.TrimRight(norm[start:p], " ")
	if pre == "" {
		return true
	}
	for _, m := range []string{"，", ",", "：", "；"} {
		if strings.HasSuffix(pre, m) {
			return true
		}
	}
	// "2021年公司前五大客户…", "今年上半年公司营收…": a time opening the
	// clause before it.
	for _, t := range []string{"年", "月", "季度", "上半年", "下半年", "同期", "目前", "此外", "另外", "同时"} {
		if k := strings.LastIndex(pre, t); k >= 0 && k+len(t) == len(pre) {
			head := pre[:k]
			if c := max(strings.LastIndex(head, "，"), strings.LastIndex(head, "。"), strings.LastIndex(head, ",")); c >= 0 {
				head = head[c:]
			}
			if utf8.RuneCountInString(head) <= 8 && (t != "年" && t != "月" || strings.ContainsAny(head, "0123456789今去明前上下本同")) {
				return true
			}
		}
	}
	return false
}

// sameFigureWords stand for the figure before: "到2030年这一数字将升至约400亿美元"
// measures what that figure measured.
var sameFigureWords = []string{"这一数字", "该数字", "这个数字", "此数字", "这一数据", "这一数值", "这一比例", "这一金额",
	"the number to", "that number to", "the figure to", "that figure to", "the total to", "the number will", "the figure will"}

// sameFigure returns the word before q in its clause that makes it the
// same measure as the figure before.
func (r *reader) sameFigure(q quantity.Quantity, cl span) string {
	pre := r.norm[cl.start:q.Start]
	if comparisonBase(pre) {
		return "较…的" // "较去年同期的5000万次": the base of the comparison
	}
	for _, w := range sameFigureWords {
		if k := strings.Index(pre, w); k >= 0 {
			return r.text[cl.start+k : cl.start+k+len(w)]
		}
	}
	return ""
}

// otherCounts are counts of operations that are no users, GPUs or staff:
// "文心大模型日均调用量达到15亿次" is a claim, metric other.
var otherCounts = []string{"回购", "调用量", "调用次数", "请求量", "请求次数", "处理量", "token消耗量", "tokens", "出行服务", "服务次数", "出行次数",
	"车辆", "骑手", "订单量", "单量", "车队规模", "衍生模型", "模型数量", "提示词", "出货量", "出货", "销量", "交付量", "交付", "产能", "生成图片", "生成视频", "生成图像", "智能体数量", "token总数", "token数", "节点"}

// otherCountsAfter do the same written after the figure: "提供约98.8万次自动
// 驾驶出行服务", "衍生模型已超过10万个" has its noun before, "已完成超过20轮融资"
// counts rounds.
var otherCountsAfter = []string{"个国家", "座城市", "个城市", "名骑手", "家制造基地", "个制造基地", "家生产基地", "个生产基地", "座工厂", "家工厂", "款车型", "款搭载", "个业务场景", "个场景", "个token", "万h800 gpu小时", "h800 gpu小时", "gpu小时", " gpu hours", " gpu-hours", "家生态合作伙伴", "家合作伙伴", "个应用", "个节点", "个视频", "段视频", "张图片", "张图像", "个模型", "个智能体", "出行服务", "乘车服务", "次乘车", "次出行", "订单", "调用", "衍生模型", "轮融资", " queries", " api calls", " requests", " messages", " rides", " downloads of", "data centers", "data centres"}

// otherCount returns the word in q's clause that makes a bare count an
// operations figure: before it ("日均调用量达到15亿次") or after it.
func (r *reader) otherCount(q quantity.Quantity, cl span) string {
	for i, part := range []span{{cl.start, q.Start}, {q.End, cl.end}} {
		if part.end <= part.start {
			continue
		}
		s := r.norm[part.start:part.end]
		words := otherCounts
		if i == 1 {
			words = otherCountsAfter
		}
		for _, w := range words {
			if k := strings.Index(s, w); k >= 0 {
				return r.text[part.start+k : part.start+k+len(w)]
			}
		}
	}
	return ""
}

// collectives are subjects that name no organization: a figure about
// "欧洲AI初创企业" or "全球数据中心支出" is nobody's claim, so it does not
// continue the company of the sentence before.
var collectives = []string{"初创企业", "初创公司", "新创企业", "新创公司", "科技企业", "ai企业", "科技公司", "科技巨头", "各大",
	"行业", "业界", "全球数据中心", "全球ai", "全球科技", "全球半导体", "全球云", "市场规模"}

// collectivesOrIndustry are the collectives and 产业, for industryFigure.
var collectivesOrIndustry = append(slices.Clone(collectives), "产业")

func (r *reader) collective(q quantity.Quantity, sp span) bool {
	pre := r.norm[sp.start:q.Start]
	for _, w := range collectives {
		if k := strings.Index(pre, w); k >= 0 {
			b := strings.TrimRight(pre[:k], " ")
			if strings.HasSuffix(b, "这家") || strings.HasSuffix(b, "该") || strings.HasSuffix(b, "此") {
				continue // "这家初创公司" is a pronoun
			}
			return true
		}
	}
	return false
}

// roundBefore returns the funding round an investor's share continues:
// "OpenAI完成66億美元融資。…Thrive Capital投資約12.5億美元，軟銀出資5億美元" puts
// each sum into OpenAI's round. It looks back two sentences.
func (r *reader) roundBefore(q quantity.Quantity, sp span) *Explanation {
	from := sp.start
	i := r.sentenceIndex(sp)
	back := 2
	if !hasWide(r.norm[sp.start:sp.end]) {
		back = 3 // "The money will arrive in stages." may stand between
	}
	if i >= 1 {
		from = r.sents[max(0, i-back)].start
	}
	fs := r.figuresIn(span{from, q.Start})
	for k := len(fs) - 1; k >= 0; k-- {
		if o, ok := r.made[fs[k].Start]; ok && o.Claim.Metric == claimwatch.Funding && o.Claim.Entity != "" && r.round(r.sentenceOf(fs[k].Start)) {
			return o
		}
	}
	return nil
}

func (r *reader) sentenceIndex(sp span) int {
	return sort.Search(len(r.sents), func(i int) bool { return r.sents[i].start >= sp.start })
}

// moveWords join the two levels of a move ("市场份额从四年前的95%降至约50%"):
// a percentage before or after one is a level, not a change.
var moveWords = []string{"降至", "降到", "跌至", "升至", "升到", "涨至", "增至", "增加至", "增加到", "减少至", "减少到", "下降至", "下降到",
	"上升至", "上升到", "提升至", "提高至", "提高到", "回落至", "滑落至", "萎缩至", "扩大至", "缩小至"}

func (r *reader) levelOfMove(q quantity.Quantity) bool {
	if comparisonBase(r.norm[max(0, q.Start-60):q.Start]) {
		return true // "较2022财年的26%明显下降": the base is a level
	}
	post := strings.TrimLeft(r.norm[q.End:min(len(r.norm), q.End+12)], " ")
	pre := strings.TrimRight(r.norm[max(0, q.Start-12):q.Start], " ")
	for _, w := range moveWords {
		if strings.HasPrefix(post, w) || strings.HasSuffix(pre, w) {
			return true
		}
	}
	// "价格降至原价的50%": the level reached, a share of the old one.
	if wide, ok := strings.CutSuffix(strings.TrimRight(r.norm[max(0, q.Start-24):q.Start], " "), "的"); ok {
		for _, w := range moveWords {
			if k := strings.LastIndex(wide, w); k >= 0 && !strings.ContainsAny(wide[k:], "，,；;。") && utf8.RuneCountInString(wide[k+len(w):]) <= 4 {
				return true
			}
		}
	}
	return false
}

// receiverBefore returns the company that received money in the sentence
// before sentence i ("向Anthropic累計投資"), which 向其 and 对其 stand for.
func (r *reader) receiverBefore(i int) (mention, bool) {
	if i < 1 || i > len(r.sents) {
		return mention{}, false
	}
	s := r.sents[i-1]
	for _, m := range r.mentionsIn(s) {
		if !m.leader && (r.markedBefore(m, s, []string{"向", "对"}) || r.farTarget(m, s)) {
			return m, true
		}
	}
	return mention{}, false
}

// investorIn names the investor of a share of a round from the figure's
// clause: a company named before the figure, else a Latin name opening the
// clause ("Thrive Capital投資約12.5億美元").
func (r *reader) investorIn(q quantity.Quantity, cl span) (string, string) {
	for _, m := range r.mentionsIn(span{cl.start, q.Start}) {
		if !m.leader {
			return m.entity, r.text[m.start:m.end] + " (investor)"
		}
	}
	a := skipBlank(r.text, cl.start)
	if b := capitalizedEnd(r.text, a, q.Start); b > a {
		n := r.text[a:b]
		if k := strings.IndexFunc(n, func(c rune) bool { return c >= utf8.RuneSelf }); k >= 0 {
			n = n[:k] // "Thrive Capital投資": the name ends where Chinese begins
		}
		n = strings.TrimSpace(n)
		return r.canonicalSource(n), n + " (investor)"
	}
	return "", ""
}

// round reports whether a sentence tells of a funding round, not of any
// investment ("苹果承诺在美国投资6000亿美元" is none).
func (r *reader) round(sp span) bool {
	s := r.norm[sp.start:sp.end]
	if strings.Contains(s, "融资") || strings.Contains(s, "轮") || strings.Contains(s, "募资") || strings.Contains(s, "集资") || strings.Contains(s, "发售") || strings.Contains(s, "认购") {
		return true
	}
	for _, w := range []string{" round", "raised", "raising", "series ", "funding", " loan", "financing", "debt"} {
		if strings.Contains(s, w) {
			return true // "Mistral AI raised €1.7 billion in a round led by ASML"
		}
	}
	return false
}

// points reports whether a figure is in percentage points, which change a
// percentage before it ("毛利率為74.6%，季減0.5個百分點").
func points(fig string) bool {
	return strings.Contains(fig, "百分点") || strings.Contains(fig, "percentage point")
}

// objectOf returns the subject of a figure whose clause names m only as
// the object (对/向 m) of something other than an investment: the company
// named before it in the sentence.
func (r *reader) objectOf(m mention, before []mention, sp span, metric claimwatch.Metric) (mention, bool) {
	if metric == claimwatch.Funding || !r.markedBefore(m, sp, []string{"对", "向"}) || len(r.find(stakeWords, r.clauseAround(sp, m.start))) > 0 {
		return mention{}, false
	}
	for _, o := range before {
		if o.start < m.start && o.entity != m.entity && !o.leader {
			return o, true
		}
	}
	return mention{}, false
}

// objectAfter returns the company a figure's subject acts on (对/向 it) when
// the figure is no investment: "微軟因認列對OpenAI的投資損失" has OpenAI as the
// counterparty.
func (r *reader) objectAfter(subj mention, before []mention, sp span, metric claimwatch.Metric) (mention, bool) {
	for _, o := range before {
		if o.start > subj.start && o.entity != subj.entity && !o.leader {
			if _, ok := r.objectOf(o, []mention{subj}, sp, metric); ok {
				return o, true
			}
		}
	}
	return mention{}, false
}

// mentionEndsAt reports whether an entity name ends at byte p.
func (r *reader) mentionEndsAt(p int) bool {
	for _, m := range r.mentionsIn(span{max(0, p-40), p}) {
		if m.end == p {
			return true
		}
	}
	return false
}

// timeBefore reports whether the 前 before m ends a word of time (目前, 此前),
// not "former": "目前OpenAI收入中…" is about OpenAI.
func (r *reader) timeBefore(m mention, sp span) bool {
	pre := strings.TrimRight(r.norm[max(sp.start, m.start-12):m.start], " ")
	for _, w := range []string{"目前", "之前", "此前", "当前", "日前", "先前", "早前", "提前", "年前", "月前", "天前"} {
		if strings.HasSuffix(pre, w) {
			return true
		}
	}
	return false
}

// combinedWords sum or generalize over the companies a list names: "微软、谷歌、
// Meta、亚马逊四家今年合计资本开支", "阿里、百度、腾讯相继跟进，降幅普遍在90%以上".
// Such a figure is no one company's.
var combinedWords = []string{"合计", "共计", "总计", "合共", "加起来", "总共", "普遍"}

// combined reports whether the figure at q, in clause cl, sums over a list
// of companies the sentence names before it.
func (r *reader) combined(q quantity.Quantity, sp, cl span) bool {
	if !containsAny(r.norm[cl.start:q.Start], combinedWords) {
		return false
	}
	ms := r.mentionsIn(span{sp.start, q.Start})
	for i := 1; i < len(ms); i++ {
		if ms[i].entity != ms[i-1].entity && r.listedAfter(ms[i-1], ms[i]) {
			return true
		}
	}
	return false
}

// indefinites open a noun phrase about any one of a kind: "训练一个前沿模型的
// 成本", "一座100兆瓦的AI资料中心". A figure about it is about no company.
var indefinites = []string{"一个", "一座", "一家", "一款", "一台", "一套", "单个", "每个", "每座"}

// indefiniteSubject reports whether the figure's sentence names no company
// before it and measures an indefinite thing ("一个…的成本").
func (r *reader) indefiniteSubject(q quantity.Quantity, sp span) bool {
	for _, m := range r.mentionsIn(span{sp.start, q.Start}) {
		if !m.leader {
			return false
		}
	}
	if len(r.find(pronounSet, span{sp.start, q.Start})) > 0 {
		return false // "公司训练一个模型的成本": the company's
	}
	pre := r.norm[sp.start:q.Start]
	for _, w := range indefinites {
		k := strings.Index(pre, w)
		if k < 0 {
			continue
		}
		np := pre[k+len(w):]
		if strings.HasPrefix(np, "月") || strings.HasPrefix(np, "季") || strings.HasPrefix(np, "星期") || strings.HasPrefix(np, "小时") || strings.HasPrefix(np, "多月") {
			continue // "成立仅一个月": a span of time
		}
		// The phrase runs to its 的 inside one clause: "一座100兆瓦的AI资料中心".
		d := strings.Index(np, "的")
		if d >= 0 && !strings.ContainsAny(np[:d], "，；,;。") {
			return true
		}
	}
	return false
}

// chipShare reports whether a percentage compares one chip with another:
// "FP16算力约为148 TFLOPS，仅为H100的15%左右" is a specification.
func (r *reader) chipShare(q quantity.Quantity, cl span) bool {
	pre, ok := strings.CutSuffix(strings.TrimRight(r.norm[cl.start:q.Start], " 约"), "的")
	if !ok {
		return false
	}
	pre = strings.TrimRight(pre, " ")
	for _, w := range brandAfter {
		if strings.HasSuffix(pre, w) {
			return true
		}
	}
	return false
}

// thresholdNouns after "的" make a sum the bar that defines a group counted:
// "年贡献营收逾10万美元的大型客户数量".
var thresholdNouns = []string{"客户数", "用户数", "企业数", "客户的数量"}

func (r *reader) threshold(q quantity.Quantity, cl span) bool {
	return r.nounAfterDe(q, cl, thresholdNouns)
}

// nounAfterDe reports whether the figure q is followed by 的 and, within
// ten characters, one of nouns: "逾10万美元的大型客户数", "约300亿美元的云端算力合约".
func (r *reader) nounAfterDe(q quantity.Quantity, cl span, nouns []string) bool {
	post, ok := strings.CutPrefix(strings.TrimLeft(r.norm[q.End:cl.end], " "), "的")
	if !ok {
		return false
	}
	post = post[:min(len(post), 3*10)]
	for _, w := range nouns {
		if strings.Contains(post, w) {
			return true
		}
	}
	return false
}

// specNouns written right before a bare figure make it a measure of a model
// or a machine, no count a claim makes: "模型参数量达1300亿".
var specNouns = []string{"参数", "参数量", "参数规模"}

func (r *reader) specCount(q quantity.Quantity, cl span) bool {
	pre := r.norm[cl.start:q.Start]
	pre = pre[max(0, len(pre)-3*8):]
	for _, w := range specNouns {
		if strings.Contains(pre, w) {
			return true
		}
	}
	return false
}

// zhNotClaim reports the Chinese ways of writing a figure that is no claim:
// a sum over a list of companies (and its conversion), an indefinite
// subject, a chip compared with a chip, a bar that defines customers, a
// model's size, a ten-odd figure, a ratio's term, an industry's figure, a
// share price's move.
func (r *reader) zhNotClaim(q quantity.Quantity, sp, cl span) bool {
	if !hasWide(r.norm[sp.start:sp.end]) {
		return false // every rule here reads Chinese words
	}
	if r.combined(q, sp, cl) || r.indefiniteSubject(q, sp) || r.group(q, sp, cl) {
		return true
	}
	if oddFigure(q) || r.ratioTerm(q, sp, cl) || r.industryFigure(q, cl) || r.sharePriceMove(q, sp) {
		return true
	}
	if pre := r.norm[sp.start:q.Start]; strings.Contains(pre, "领域") && (strings.Contains(pre, "总额") || strings.Contains(pre, "共") || strings.Contains(pre, "合计")) {
		return true // "2024年国内AI大模型领域融资总额超过600亿元": a whole field's total
	}
	if q.Unit != claimwatch.UnitPercent && strings.Contains(r.norm[sp.start:sp.end], "股价") {
		// "輝達盤後股價一度下跌逾3%，報175美元附近": the price a share fell to.
		pre := strings.TrimRight(r.norm[max(sp.start, q.Start-9):q.Start], " ")
		if strings.HasSuffix(pre, "报") || strings.HasSuffix(pre, "至") || strings.HasSuffix(pre, "收") {
			return true
		}
	}
	if q.Unit == claimwatch.UnitPercent && r.chipShare(q, cl) {
		return true
	}
	if q.Unit == "" && r.specCount(q, cl) {
		return true
	}
	if q.Unit != "" && q.Unit != claimwatch.UnitPercent && r.threshold(q, cl) {
		return true
	}
	// "合计…超过3200亿美元，折合人民币约2.3万亿元": the conversion of a sum.
	fs := r.figuresIn(span{sp.start, q.Start})
	if len(fs) > 0 {
		f := fs[len(fs)-1]
		if gap := r.norm[f.End:q.Start]; f.End <= q.Start && len(gap) <= 24 && strings.Contains(gap, "合") {
			return r.combined(f, sp, r.clauseAround(sp, f.NumStart))
		}
	}
	return false
}

// comparisonBase reports whether the words before a figure in its clause
// make it the base of a comparison: "较2022财年的26%", "较今年3月E轮融资时的
// 615亿美元". The base measures what the level before it measures, and is a
// level itself.
func comparisonBase(pre string) bool {
	if k := strings.LastIndexAny(pre, ",;"); k >= 0 {
		pre = pre[k+1:]
	}
	for _, m := range []string{"，", "；", "："} {
		if k := strings.LastIndex(pre, m); k >= 0 {
			pre = pre[k+len(m):]
		}
	}
	// A caller may have cut a wide comma in half: drop what is left of it.
	pre = strings.TrimLeftFunc(pre, func(c rune) bool { return c == utf8.RuneError || c == ' ' })
	if !strings.HasSuffix(pre, "的") || utf8.RuneCountInString(pre) > 20 {
		return false
	}
	for _, w := range []string{"较", "比", "相比", "相较", "对比", "远高于", "高于", "远低于", "低于", "远超", "超过"} {
		if strings.HasPrefix(pre, w) {
			return true // "远高于去年的37亿美元"
		}
	}
	return false
}

// zhMetric corrects the measure the nearest word gives in the Chinese ways
// of writing: a breakdown after 其中 measures what its total does, a
// percentage of a measure ("营收的20%") is a share, a count of operations in
// the figure's clause beats a count word outside it.
func (r *reader) zhMetric(q quantity.Quantity, sp, cl span, prev *Explanation, unit string, metric claimwatch.Metric, mword string) (claimwatch.Metric, string) {
	pre := strings.TrimRight(r.norm[cl.start:q.Start], " ")
	for _, w := range perCapita {
		if unit != claimwatch.UnitPercent && unit != claimwatch.UnitCount && unit != "" && strings.Contains(pre, w) {
			return claimwatch.Other, r.text[cl.start+strings.Index(pre, w):][:len(w)] + " (one person's share)"
		}
	}
	if metric == claimwatch.ComputeCost && r.computeContract(q, cl) {
		return claimwatch.Capex, mword + " … 的合约 (a compute contract)"
	}
	if fold(mword) == "价值" && containsAny(r.norm[q.End:min(sp.end, q.End+45)], []string{"算力合同", "算力合约", "算力协议", "云服务合同", "采购合同", "采购协议"}) {
		return claimwatch.Capex, mword + " … 算力合同 (a compute contract's worth)" // "价值约3000亿美元、为期约五年的算力合同"
	}
	if unit != claimwatch.UnitPercent && unit != claimwatch.UnitCount && unit != "" {
		// "向OpenAI投资最多1000亿美元": money put into the company named
		// after 向; "获得微软追加的100亿美元投资": money the subject received.
		if p := trimApprox(pre); endsWithAny(p, []string{"投资", "注资", "出资", "投入"}) {
			for _, m := range r.mentionsIn(span{cl.start, q.Start}) {
				if !m.leader && r.markedBefore(m, sp, []string{"向", "对"}) {
					return claimwatch.Funding, "向" + r.text[m.start:m.end] + "投资"
				}
			}
		}
		post := strings.TrimPrefix(strings.TrimLeft(r.norm[q.End:min(len(r.norm), q.End+12)], " "), "的")
		if startsWithAny(post, []string{"投资", "注资", "融资"}) && containsAny(pre, []string{"获得", "获", "得到", "收到"}) {
			return claimwatch.Funding, "获得…" + post[:6]
		}
		// "获得亚马逊最高40亿美元、谷歌最高20亿美元的投资承诺": a list of
		// sums received, its noun after the last.
		if tail := r.norm[q.End:sp.end]; strings.HasPrefix(tail, "、") && containsAny(r.norm[sp.start:q.Start], []string{"获得", "获", "得到", "收到"}) {
			if k := strings.Index(tail, "的投资"); k > 0 && !strings.ContainsAny(tail[:k], "，,；") {
				return claimwatch.Funding, "获得…投资"
			}
		}
		if sb := r.norm[sp.start:q.Start]; strings.Contains(sb, "、") && startsWithAny(post, []string{"投资", "注资", "融资"}) && containsAny(sb, []string{"获得", "得到", "收到"}) {
			return claimwatch.Funding, "获得…" + post[:6] // the list's last sum
		}
	}
	switch {
	case unit == claimwatch.UnitPercent && pre == "其中" && prev != nil && prev.Claim.Unit != claimwatch.UnitPercent && prev.Claim.Unit != claimwatch.UnitCount &&
		prev.Claim.Offset >= sp.start && prev.Claim.Offset < q.Start:
		// "资本支出维持380亿到420亿美元，其中约70%用于先进制程": a share of the sum.
		return claimwatch.Other, "其中 (a share of " + prev.Figure + ")"
	case unit == claimwatch.UnitPercent:
		if p, ok := strings.CutSuffix(pre, "的"); ok {
			for _, h := range r.find(metricSet, span{cl.start, cl.start + len(p)}) {
				if h.end == cl.start+len(p) {
					return claimwatch.Other, "share: " + r.text[h.start:q.Start]
				}
			}
		}
	case unit == "" || unit == claimwatch.UnitCount:
		if w := r.otherCount(q, cl); w != "" && countMetrics[metric] && !strings.Contains(r.norm[cl.start:cl.end], fold(mword)) {
			return claimwatch.Other, w
		}
	case r.expected(q, sp, cl, unit) != nil:
		o := r.expected(q, sp, cl, unit)
		return o.Claim.Metric, "expected (the measure of " + o.Figure + ")"
	case prev != nil && pre == "其中" && prev.Claim.Unit == unit && prev.Claim.Offset >= sp.start && prev.Claim.Offset < q.Start:
		return prev.Claim.Metric, "其中 (a part of " + prev.Figure + ")"
	}
	return metric, mword
}

// participantHeads open a list of the parties to a round or a deal:
// "参与方包括美团、蚂蚁、阿里、腾讯、小米…" names investors, however many of
// them are no known company.
var participantHeads = []string{"参与方包括", "投资方包括", "投资者包括", "投资人包括", "股东包括", "参与方有", "投资方有"}

// participant reports whether m is in such a list: only names and list
// marks between the head and m.
func (r *reader) participant(m mention, sp span) bool {
	pre := r.norm[sp.start:m.start]
	for _, h := range participantHeads {
		k := strings.LastIndex(pre, h)
		if k >= 0 && !strings.ContainsAny(pre[k:], "，；。,;") {
			return true
		}
	}
	return false
}

// groupNouns name a kind of company, not one: a figure about "四大云端服务商的
// 资本支出" or "全球AI基础设施支出" is nobody's.
var groupNouns = []string{"云端服务商", "云服务商", "云厂商", "台厂", "全球ai", "全球科技", "全球数据中心"}

// group reports whether q measures a kind of company or a list of them: a
// group noun with no company in the clause, or a list that is the first
// thing the sentence names and ends with 等 ("法人估计，台积电、鸿海、广达、纬创等
// 台厂本季…营收"); "英伟达收到来自字节跳动、阿里巴巴和腾讯等" has a subject first.
func (r *reader) group(q quantity.Quantity, sp, cl span) bool {
	inClause := false
	var ms []mention
	for _, m := range r.mentionsIn(span{sp.start, q.Start}) {
		if !m.leader {
			ms = append(ms, m)
			inClause = inClause || m.start >= cl.start
		}
	}
	if !inClause {
		pre := r.norm[cl.start:q.Start]
		for _, w := range groupNouns {
			if strings.Contains(pre, w) {
				return true
			}
		}
	}
	if len(ms) == 0 {
		return false
	}
	n := 1
	for n < len(ms) && r.listedAfter(ms[n-1], ms[n]) {
		n++
	}
	last := ms[n-1]
	return n >= 2 && n == len(ms) && strings.HasPrefix(strings.TrimLeft(r.norm[last.end:q.Start], " "), "等") && !r.roundInvestor(last, sp)
}

// expectationWords before a figure make it the forecast of a measure the
// sentence has given: "收入2,364.5亿元…逊于市场预期的2,373亿元".
var expectationWords = []string{"预期的", "预估的", "预测的", "预期", "共识的"}

// expected returns the claim before q in its sentence whose measure an
// expectation right before q forecasts.
func (r *reader) expected(q quantity.Quantity, sp, cl span, unit string) *Explanation {
	if !endsWithAny(strings.TrimRight(r.norm[cl.start:q.Start], " "), expectationWords) {
		return nil
	}
	fs := r.figuresIn(span{sp.start, q.Start})
	for k := len(fs) - 1; k >= 0; k-- {
		if o, ok := r.made[fs[k].Start]; ok && o.Claim.Unit == unit {
			return o
		}
	}
	return nil
}

// oddFigure reports whether a figure ends in 几 ("十几", "百分之二十几"):
// "ten-odd" names no amount, as 數百萬 does not (CLAIMS.md, vague amounts).
func oddFigure(q quantity.Quantity) bool {
	return strings.ContainsAny(q.Text, "几幾")
}

// ratioVerbs after 每 make the figure that follows one side of a ratio told
// as an illustration: "每赚1块钱，就要花5块钱去买算力" is no sum earned or spent.
var ratioVerbs = []string{"赚", "花", "投入", "收入", "卖出", "卖", "售出", "产生", "创造", "烧", "亏", "亏损", "投"}

// ratioTerm reports whether q is a term of such a ratio: right after 每 and
// its verb, or in the clause of 就 (则, 便) that completes one.
func (r *reader) ratioTerm(q quantity.Quantity, sp, cl span) bool {
	if q.Unit == claimwatch.UnitPercent {
		return false
	}
	ratioAt := func(end int) bool {
		k := strings.LastIndex(r.norm[sp.start:end], "每")
		if k < 0 {
			return false
		}
		verb := strings.TrimSpace(r.norm[sp.start+k+len("每") : end])
		for _, v := range ratioVerbs {
			if verb == v || verb == v+"了" {
				return true
			}
		}
		return false
	}
	if ratioAt(q.Start) {
		return true
	}
	lead := strings.TrimLeft(r.norm[cl.start:q.Start], " ")
	if !strings.HasPrefix(lead, "就") && !strings.HasPrefix(lead, "则") && !strings.HasPrefix(lead, "便") {
		return false
	}
	for _, f := range r.figuresIn(span{sp.start, cl.start}) {
		if ratioAt(f.Start) {
			return true
		}
	}
	return false
}

// industryFigure reports whether q measures an industry rather than a
// company: a collective noun ("产业", "行业", "业界") written just before it
// in a clause that names no company ("优于晶圆代工产业约10%的成长幅度",
// "业界第一个超过百亿美元的单一模型"). After 比 or 较 the industry is only
// the base of a comparison: "这一价格比行业平均水平低99.3%" is the price's.
func (r *reader) industryFigure(q quantity.Quantity, cl span) bool {
	for _, m := range r.mentionsIn(span{cl.start, q.Start}) {
		if !m.leader {
			return false
		}
	}
	if len(r.find(pronounSet, span{cl.start, q.Start})) > 0 {
		return false
	}
	pre := r.norm[cl.start:q.Start]
	sp := r.sentenceOf(q.NumStart)
	if strings.Contains(pre, "占全球") && startsWithAny(strings.TrimLeft(r.norm[sp.start:q.Start], " "), []string{"中国", "美国", "台湾", "韩国", "日本", "欧洲", "印度", "研调", "据"}) &&
		!slices.ContainsFunc(r.mentionsIn(span{sp.start, q.Start}), func(m mention) bool { return !m.leader }) {
		return true // "中國大陸成熟製程產能占全球比重將從去年的31%提升至39%": a region's share
	}
	for _, w := range []string{"中国", "国内", "全球", "全国", "全市场", "整体"} {
		// "2025年上半年中国加速卡出货量约190万张，华为昇腾占比约28%": a
		// market's total, the company's share after it; not "小米…全年全球
		// 智能手机出货量达1.685亿台", the company's own.
		if k := strings.Index(pre, w); k >= 0 && !slices.ContainsFunc(r.mentionsIn(span{sp.start, q.Start}), func(m mention) bool { return !m.leader }) {
			if t := pre[k+len(w):]; utf8.RuneCountInString(t) <= 12 && containsAny(t, []string{"出货量", "出货", "销量", "总量", "市场规模"}) && !containsAny(t, []string{"份额", "占比", "以外", "之外", "市占"}) {
				return true
			}
		}
	}
	for _, w := range collectivesOrIndustry {
		k := strings.LastIndex(pre, w)
		if k < 0 {
			continue
		}
		b := strings.TrimRight(pre[:k], " ")
		if strings.HasSuffix(b, "这家") || strings.HasSuffix(b, "该") || strings.HasSuffix(b, "此") {
			continue // "这家初创公司" is a pronoun
		}
		if strings.Contains(b, "比") || strings.Contains(b, "较") {
			continue
		}
		// The figure follows the noun closely, no measure of another between:
		// "行业解决方案收入增长20%" is a segment's revenue.
		between := span{cl.start + k + len(w), q.Start}
		if utf8.RuneCountInString(r.norm[between.start:between.end]) <= 8 && len(r.find(metricSet, between)) == 0 {
			return true
		}
	}
	return false
}

// sharePriceWords name a share's price or its trading.
var sharePriceWords = []string{"股价", "收在", "收于", "收盘", "收跌", "收涨", "收报", "盘后", "盘前"}

// sharePriceMove reports whether a percentage moves the share price named
// before it in the sentence: "鸿海股价今日收在176.5元，下跌1.12%，市值约2.45兆元"
// has no measure of the company between the price and the figure.
func (r *reader) sharePriceMove(q quantity.Quantity, sp span) bool {
	pre := r.norm[sp.start:q.Start]
	if q.Unit != claimwatch.UnitPercent {
		// "当日快手港股收涨2.1%，报每股65.3港元": the price it closed at.
		return q.Unit != claimwatch.UnitCount && q.Unit != "" && !q.Scaled && q.Value < 5000 &&
			endsWithAny(strings.TrimRight(pre, " "), []string{"报每股", "，报", ",报", "下跌", "上涨", "大跌", "大涨", "涨", "跌", "收在", "收于"}) && containsAny(pre, sharePriceWords)
	}
	end := -1
	for _, w := range sharePriceWords {
		k := strings.LastIndex(pre, w)
		if k < 0 || k+len(w) <= end {
			continue
		}
		if b := notClaimBefore[w]; b != nil && r.contentWord(hit{start: sp.start + k, end: sp.start + k + len(w), word: w}, nil, b) {
			continue // "营收在…": revenue
		}
		end = k + len(w)
	}
	return end >= 0 && len(r.find(metricSet, span{sp.start + end, q.Start})) == 0
}

// perCapita are the words that make a sum one person's share: "人均年薪约50万元"
// is a salary, no cost the company reports.
var perCapita = []string{"人均", "平均每人", "每名员工", "每位员工", "每个员工"}

// contractNouns, written after a compute figure and its 的, make it a
// contract: "总额约300亿美元的云端算力合约" commits spending, which CLAIMS.md
// files under capex.
var contractNouns = []string{"合约", "合同", "协议", "订单"}

// computeContract reports whether the compute figure q is the size of a contract.
func (r *reader) computeContract(q quantity.Quantity, cl span) bool {
	return r.nounAfterDe(q, cl, contractNouns)
}

// rankMarks before a company name compare the subject with it: "Kimi…排名
// 第三，仅次于豆包和DeepSeek" ranks Kimi, so a figure after is not theirs.
var rankMarks = []string{"仅次于", "次于", "落后于", "领先于", "超越"}

// ranked reports whether m is named only to rank the subject against it, or
// continues a list that such a mark opens.
func (r *reader) ranked(m mention, sp span) bool {
	if r.markedBefore(m, sp, rankMarks) {
		return true
	}
	ms := r.mentionsIn(span{sp.start, m.start})
	for i := len(ms) - 1; i >= 0 && r.listedAfter(ms[i], m); i-- {
		if r.markedBefore(ms[i], sp, rankMarks) {
			return true
		}
		m = ms[i]
	}
	return false
}

// buybackVerbs written right before a count of shares make it shares bought
// back ("期内公司回购1.19亿股普通股"), an operation of the company.
var buybackVerbs = []string{"回购", "回购了", "购回", "累计回购"}

// countedUnits reports whether a figure that counts units no claim counts
// (shares, tokens) is a count of operations after all: shares a company
// bought back, or tokens its models served ("日均调用量也已接近1.2万亿tokens").
func (r *reader) countedUnits(q quantity.Quantity, cl span) bool {
	post := strings.TrimLeft(r.norm[q.End:cl.end], " ")
	switch {
	case strings.HasPrefix(post, "token"):
		return r.otherCount(q, cl) != ""
	case strings.HasPrefix(post, "股"):
		pre := strings.TrimRight(r.norm[cl.start:q.Start], " ")
		for _, w := range buybackVerbs {
			if strings.HasSuffix(pre, w) {
				return true
			}
		}
	}
	return false
}

// gapWords written between a comparison and its figure give the gap's
// sign: "这一价格比行业平均水平低99.3%" is -99.3, "比去年同期高出5%" 5.
var gapWords = map[string]float64{"低": -1, "高": 1, "少": -1, "多": 1, "便宜": -1, "贵": 1}

// comparedGap reads the sign of a percentage that is the gap a comparison
// with 比 or 较 states, or "" when the figure is none.
func (r *reader) comparedGap(q quantity.Quantity, cl span) (float64, string) {
	pre := strings.TrimRight(r.norm[cl.start:q.Start], " ")
	pre = strings.TrimSuffix(strings.TrimSuffix(pre, "了"), "出")
	for w, sign := range gapWords {
		b, ok := strings.CutSuffix(pre, w)
		if !ok {
			continue
		}
		b = strings.NewReplacer("占比", "", "比例", "", "比重", "", "比率", "").Replace(b)
		if strings.Contains(b, "比") || strings.Contains(b, "较") {
			return sign, "比…" + w
		}
	}
	return 0, ""
}

// partOfSentence reports whether the sentence's only same-period word is 其中
// and a claim before it in the sentence is the whole it divides: "员工800多人，
// 其中研发人员占比70%以上" is a part of that headcount, of its period, not of
// the period of a figure sentences before.
func (r *reader) partOfSentence(sp span) bool {
	hs := r.find(sameTimeSet, sp)
	for _, h := range hs {
		if h.word != "其中" {
			return false
		}
	}
	for _, f := range r.figuresIn(span{sp.start, hs[0].start}) {
		if _, ok := r.made[f.Start]; ok {
			return true
		}
	}
	return false
}

// hasWide reports a byte outside ASCII in s: Chinese text, or a symbol.
func hasWide(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// approxAfterClassifier reads an approximator written after a counting
// word the figure does not hold: "3萬櫃左右", "1,000名以上".
func approxAfterClassifier(rest string) (string, string) {
	r, n := utf8.DecodeRuneInString(rest)
	if n == 0 || !strings.ContainsRune("个台柜块颗张家次人名条则座辆部件枚", r) {
		return "", ""
	}
	rest = rest[n:]
	for _, a := range []struct{ word, approx string }{{"左右", claimwatch.About}, {"上下", claimwatch.About}, {"以上", claimwatch.AtLeast}, {"多", claimwatch.AtLeast}, {"以内", claimwatch.AtMost}} {
		if strings.HasPrefix(rest, a.word) {
			return a.approx, a.word
		}
	}
	return "", ""
}

// roundAfter reports whether a round's name follows a figure directly:
// "35億美元E輪募資", "400億美元融資".
func roundAfter(rest string) bool {
	if strings.ContainsAny(rest, "，,。；;") {
		if k := strings.IndexAny(rest, "，,。；;"); k >= 0 {
			rest = rest[:k]
		}
	}
	for _, w := range []string{"融资", "募资", "轮", "集资"} {
		if strings.Contains(rest, w) {
			return true
		}
	}
	return false
}

// zhKinds end a Chinese description of a company: "資料標註新創".
var zhKinds = []string{"新创", "初创公司", "初创企业", "初创", "公司", "企业", "独角兽", "厂商", "大厂", "龙头", "创企"}

// zhDescribed strips a Chinese description of a company from the end of
// pre, with no punctuation in it: "入股资料标注新创" → "入股". It returns ""
// when pre ends with none.
func zhDescribed(pre string) string {
	for _, k := range zhKinds {
		if !strings.HasSuffix(pre, k) {
			continue
		}
		rest := strings.TrimSuffix(pre, k)
		for i := len(rest); i > 0; {
			r, w := utf8.DecodeLastRuneInString(rest[:i])
			if !unicode.Is(unicode.Han, r) {
				return rest[i:]
			}
			i -= w
			if endsWithAny(rest[:i], []string{"入股", "投资", "收购", "向", "对", "注资"}) {
				return rest[:i]
			}
		}
		return ""
	}
	return ""
}

// figureRightBefore reports whether a figure ends right before p: "$193.40
// a share".
func (r *reader) figureRightBefore(p int) bool {
	for _, f := range r.figuresIn(span{max(0, p-40), p}) {
		if f.End <= p && strings.TrimSpace(r.norm[f.End:p]) == "" {
			return true
		}
	}
	return false
}

// namesVenture reports whether sp names a company's product or venture:
// "Stargate".
func (r *reader) namesVenture(sp span) bool {
	for _, m := range r.mentionsIn(sp) {
		if m.product != "" {
			return true
		}
	}
	return false
}
