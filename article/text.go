package article

import (
	nurl "net/url"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimwatch/claimwatch"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags end a paragraph; everything else is inline.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Br: true,
	atom.Figure: true, atom.Figcaption: true, atom.Header: true, atom.Footer: true,
	atom.Hr: true, atom.Aside: true, atom.Address: true, atom.Caption: true, atom.Tbody: true,
	atom.Thead: true, atom.Tfoot: true,
}

// paragraphs renders the text under n as paragraphs separated by blank
// lines, spaces collapsed, characters kept as they are.
func paragraphs(n *html.Node) string {
	if n == nil {
		return ""
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if t := collapseSpace(joinBoundaries(cur.String())); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(strings.ReplaceAll(n.Data, boundary, ""))
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Svg:
				return
			case atom.Td, atom.Th:
				cur.WriteByte(' ')
			}
		}
		block := n.Type == html.ElementNode && blockTags[n.DataAtom]
		if block {
			flush()
		} else {
			cur.WriteString(boundary)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		} else {
			cur.WriteString(boundary)
		}
	}
	walk(n)
	flush()
	return strings.Join(paras, "\n\n")
}

// boundary marks where an inline element opened or closed while rendering.
const boundary = "\x00"

// joinBoundaries turns element boundaries into spaces between Latin words
// and drops them elsewhere. Extractors strip the whitespace between inline
// elements ("<a>CNBC reported</a>that"), which glues English words; Chinese
// needs no spaces, and adding them would change the original text.
func joinBoundaries(s string) string {
	if !strings.Contains(s, boundary) {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, boundary)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		s = s[i+len(boundary):]
		rest := strings.TrimLeft(s, boundary)
		prev, _ := utf8.DecodeLastRuneInString(b.String())
		next, _ := utf8.DecodeRuneInString(rest)
		if latinWordEnd(prev) && latinWordStart(next) {
			b.WriteByte(' ')
		}
		s = rest
	}
}

func latinWordEnd(r rune) bool {
	return r < 0x2000 && (unicode.IsLetter(r) || unicode.IsDigit(r)) || strings.ContainsRune(".,;:!?)\"”’%", r)
}

func latinWordStart(r rune) bool {
	return r < 0x2000 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// links returns the hyperlinks under n that point elsewhere, resolved
// against base; anchors into the same page and script links are left out.
func links(n *html.Node, base *nurl.URL) []claimwatch.Link {
	var out []claimwatch.Link
	seen := map[string]bool{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.A {
			if u := citedURL(base, attr(n, "href")); u != "" && !seen[u] {
				seen[u] = true
				out = append(out, claimwatch.Link{URL: u, Text: collapseSpace(textOf(n))})
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

// citedURL resolves href and returns it when it can be a citation: an
// http(s) URL that is not the page itself, an anchor into it, or the
// site's home page.
func citedURL(base *nurl.URL, href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return ""
	}
	u := resolve(base, href)
	if u == nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	u.Fragment = ""
	if base != nil && strings.EqualFold(u.Host, base.Host) {
		if u.Path == base.Path && u.RawQuery == base.RawQuery {
			return ""
		}
		if u.Path == "" || u.Path == "/" {
			return ""
		}
	}
	return u.String()
}

func resolve(base *nurl.URL, ref string) *nurl.URL {
	if ref == "" {
		return nil
	}
	u, err := nurl.Parse(strings.TrimSpace(ref))
	if err != nil {
		return nil
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	return u
}

// bareURL matches a URL written out in text, as reference lists give them;
// it stops at whitespace, quotes and CJK punctuation.
var bareURL = regexp.MustCompile(`https?://[^\s<>"'，。、；：）【】「」《》]+`)

// appendTextLinks adds the URLs written out in text (a 參考鏈接 or
// References list) to ls, skipping those already there.
func appendTextLinks(ls []claimwatch.Link, text string) []claimwatch.Link {
	seen := map[string]bool{}
	for _, l := range ls {
		seen[l.URL] = true
	}
	for _, m := range bareURL.FindAllString(text, -1) {
		m = strings.TrimRight(m, ".,;:!?)]}")
		u, err := nurl.Parse(m)
		if err != nil || u.Host == "" {
			continue
		}
		if s := u.String(); !seen[s] {
			seen[s] = true
			ls = append(ls, claimwatch.Link{URL: s})
		}
	}
	return ls
}

// largestBlock returns the element whose own <p> children hold the most
// text, the paragraphs of the article when every extractor failed.
func largestBlock(doc *html.Node) *html.Node {
	var best *html.Node
	bestLen := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		size := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.P {
				size += utf8.RuneCountInString(strings.TrimSpace(textOf(c)))
			}
		}
		if size > bestLen {
			best, bestLen = n, size
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if best == nil {
		return nil
	}
	// Keep only the paragraphs: the block's other children are what the
	// extractors could not tell from the article.
	block := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for c := best.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			block.AppendChild(cloneNode(c))
		}
	}
	return block
}

func cloneNode(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, Data: n.Data, DataAtom: n.DataAtom, Attr: append([]html.Attribute(nil), n.Attr...)}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneNode(k))
	}
	return c
}

// FromText reads a plain-text article, as the extract command gets one
// from a .txt file. The first short line that looks like a headline becomes
// the title; when a line holding only a date follows it, that date is the
// publication time (unless date is set) and anything above the headline is
// taken for furniture copied along with the article and dropped. lang is a
// hint for text too short to tell. url may be empty; the ID then comes from
// the text.
func FromText(text, url string, date time.Time, lang string) claimwatch.Article {
	paras := splitParagraphs(text)
	l, script := chooseLang(text, "", lang, "")
	loc := time.UTC
	if l == LangChinese {
		loc = shanghai
	}
	ref := date
	if ref.IsZero() {
		ref = time.Now()
	}
	ref = ref.In(loc)

	var title string
	var found time.Time
	// A date line among the first few paragraphs anchors the layout:
	// headline just above it, furniture above that.
	for i := 0; i < len(paras) && i < 5; i++ {
		t, ok := ParseDate(paras[i], ref)
		if !ok {
			continue
		}
		found = t
		if i > 0 && looksLikeTitle(paras[i-1]) {
			title = paras[i-1]
			paras = append(paras[:0:0], paras[i+1:]...)
		} else {
			paras = append(paras[:i:i], paras[i+1:]...)
		}
		break
	}
	if title == "" && len(paras) > 1 && looksLikeTitle(paras[0]) {
		title, paras = paras[0], paras[1:]
	}
	body := strings.Join(paras, "\n\n")
	if found.IsZero() {
		found, _ = findDate(headOf(body, 300), ref)
	}
	if !date.IsZero() {
		found = date
	}
	if found.After(ref.Add(24 * time.Hour)) {
		found = time.Time{}
	}
	id := url
	if id == "" {
		id = "text:" + body
	}
	return claimwatch.Article{
		ID:           ID(id),
		URL:          url,
		Title:        title,
		Published:    found,
		Lang:         l,
		Script:       script,
		Text:         body,
		Links:        appendTextLinks(nil, body),
		Attributions: Attributions(body),
	}
}

// splitParagraphs splits on blank lines, or on line breaks when the text
// has no blank line at all.
func splitParagraphs(text string) []string {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	sep := "\n\n"
	if !strings.Contains(text, sep) {
		sep = "\n"
	}
	var out []string
	for _, p := range strings.Split(text, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// looksLikeTitle accepts a short single line that does not end a sentence;
// a headline may end with a question or exclamation mark, not a full stop.
func looksLikeTitle(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 4 || n > 100 || strings.ContainsAny(s, "\n") || bareURL.MatchString(s) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune("。.;；:：,，", last)
}

// furnitureMarks are words that mark a short paragraph at the end of a text
// as the site's footer rather than the article: copyright lines, Chinese
// licence numbers, reprint notices, editor credits and "back to" links.
var furnitureMarks = []string{
	"版权所有", "版權所有", "ICP备", "ICP證", "ICP证", "公网安备", "公網安備", "Copyright",
	"All Rights Reserved", "All rights reserved", "返回搜狐", "责任编辑", "責任編輯",
	"举报电话", "舉報電話", "违法和不良信息", "違法和不良信息", "免责声明", "免責聲明",
	"许可证编号", "許可證編號", "经营许可证", "經營許可證", "备案号", "備案號", "禁止转载", "禁止轉載",
	"不得转载", "不得轉載", "转载请注明", "轉載請註明", "转载申请", "轉載申請", "版权声明", "版權聲明",
	"反侵权公告", "反侵權公告", "商业转载", "商業轉載",
}

// footerHeadings head the blocks that follow an article on its page: lists
// of related items, comment forms, picture galleries. From such a heading
// on, the rest of the text is the page's, not the article's.
var footerHeadings = []string{
	"相关文章", "相關文章", "相关新闻", "相關新聞", "相关阅读", "相關閱讀", "相关内容", "相關內容",
	"相关专题", "相關專題", "相关报道", "相關報導", "相關報道", "延伸阅读", "延伸閱讀", "推荐阅读",
	"推薦閱讀", "热门推荐", "熱門推薦", "猜你喜欢", "猜你喜歡", "图片精选", "圖片精選", "文章评论",
	"文章評論", "发表评论", "發表評論", "网友评论", "網友評論", "其他报道", "其他報道", "反侵权公告",
	"反侵權公告", "更多精彩内容", "文档附件",
	"Related Articles", "Related Stories", "Related Posts", "Related Content", "Related Coverage",
	"More Stories", "More from", "You May Also Like", "You might also like", "Recommended for you",
	"Read Next", "Tags", "Topics", "Leave a Reply", "Leave a comment", "Comments", "Share this:",
	"Like this:", "About the Author",
}

// boilerplate are phrases that make a short paragraph the page's wherever
// it sits: newsletter boxes, share bars, reprint and error notices.
var boilerplate = []string{
	"Thanks for signing up", "Sign up for our", "Sign up for the", "Subscribe to our", "Subscribe to the",
	"Keep an eye on your inbox", "error processing your subscription", "right in your inbox",
	"Order Reprints", "Print Article", "Text size", "non-commercial use only", "An error has occurred",
	"Share this article", "Share this story", "Share it with a friend", "Follow us on",
	"Please try again later", "Advertisement", "ADVERTISEMENT", "Skip to content",
	"分享到", "扫一扫", "掃一掃", "打开APP", "打開APP", "展开全文", "展開全文", "返回顶部", "返回頂部",
	"【字体", "【字體", "字号：", "字號：", "点击查看", "點擊查看", "关注我们", "關注我們",
	"您还未登录", "您還未登錄", "请登录后", "請登錄後", "跳转到登录页", "跳轉到登錄頁", "轮播图预览", "輪播圖預覽",
}

// tailScan bounds how many paragraphs from the end trimFurniture examines.
const tailScan = 30

// trimFurniture drops the footer an extractor kept at the end of a text,
// the date and source lines at its top, and wherever they are share bars
// and the short paragraphs that carry a boilerplate phrase. At the end it removes, from
// the bottom up, paragraphs that are plainly the site's (a copyright or
// licence line, an item of a related-articles list, a footer heading) with
// the short fragments between them, stopping at the first paragraph of
// running text; a footer heading takes everything after it. Only short
// paragraphs go: a long one is article text whatever words it holds.
func trimFurniture(text string) string {
	paras := strings.Split(text, "\n\n")
	paras = slices.DeleteFunc(paras, func(p string) bool {
		return len(paras) > 1 && (isShareBar(p) || utf8.RuneCountInString(p) <= 120 &&
			slices.ContainsFunc(boilerplate, func(b string) bool { return strings.Contains(p, b) }))
	})
	if len(paras) == 0 {
		return ""
	}
	paras = dropRepeats(paras)
	// A footer heading or page navigation ends the article once past the
	// middle of the text, counted in paragraphs or, since the lists that
	// follow an article are many short items, in characters.
	total, seen := utf8.RuneCountInString(strings.Join(paras, "")), 0
	for i, p := range paras {
		if i > 0 && (2*i >= len(paras) || 2*seen >= total) && (isFooterHeading(p) || isPageNav(p) || postSignOff.MatchString(p)) {
			paras = paras[:i]
			break
		}
		seen += utf8.RuneCountInString(p)
	}
	cut := len(paras)
	for i := len(paras) - 1; i > 0 && i >= len(paras)-tailScan; i-- {
		p := paras[i]
		switch {
		case utf8.RuneCountInString(p) > 200:
			i = 0 // running text: stop
		case hasFurnitureMark(p) || isListedItem(p) || isSourceLine(p) || mentionsFooterHeading(p) || isPostMeta(p):
			cut = i
		case isFragment(p):
			// a short piece between footer lines goes with them
		default:
			i = 0
		}
	}
	paras = paras[:cut]
	for len(paras) > 1 && isHeaderLine(paras[0]) {
		paras = paras[1:]
	}
	return strings.Join(paras, "\n\n")
}

// shareNames are the networks a share bar lists.
var shareNames = []string{"facebook", "twitter", "whatsapp", "pinterest", "pint", "linkedin", "email",
	"reddit", "telegram", "微信", "微博", "朋友圈", "qq空间"}

// isShareBar recognises a paragraph that is a row of share buttons.
func isShareBar(p string) bool {
	if utf8.RuneCountInString(p) > 60 {
		return false
	}
	n := 0
	for _, w := range strings.Fields(strings.ToLower(p)) {
		if slices.Contains(shareNames, strings.Trim(w, ",|·/")) {
			n++
		}
	}
	return n >= 2
}

func hasFurnitureMark(s string) bool {
	return slices.ContainsFunc(furnitureMarks, func(m string) bool { return strings.Contains(s, m) })
}

func isFooterHeading(s string) bool {
	s = strings.Trim(collapseSpace(s), " :：>»·")
	return utf8.RuneCountInString(s) <= 12 && slices.ContainsFunc(footerHeadings, func(h string) bool { return strings.HasPrefix(s, h) })
}

// mentionsFooterHeading recognises a short line that names a footer block
// among other furniture ("盛典国际商机无限 图片精选 其他报道").
func mentionsFooterHeading(s string) bool {
	return utf8.RuneCountInString(s) <= 40 && slices.ContainsFunc(footerHeadings, func(h string) bool {
		return utf8.RuneCountInString(h) >= 4 && strings.Contains(s, h)
	})
}

// sourceLine is a line that only credits where a story came from; the
// credit is read by Attributions before the line is trimmed.
var sourceLine = regexp.MustCompile(`^(?:文章|稿件|新闻|新聞)?(?:来源|來源|稿源|出处|出處)\s*[:：]\s*\S.{0,30}$`)

func isSourceLine(s string) bool { return sourceLine.MatchString(s) }

// isListedItem recognises an item of a list of other articles: a bullet
// and a title, or a title closing on its date ("·蔡依林热舞 (2005-04-27 18:03PM)").
func isListedItem(s string) bool {
	if utf8.RuneCountInString(s) > 100 {
		return false
	}
	ds := datesIn(s, time.Time{})
	if len(ds) == 0 {
		return false
	}
	last := ds[len(ds)-1]
	rest := strings.Trim(s[last.end:], " )）]】PMApm")
	if rest == "" && last.at > 0 && !startsWithDate(s) {
		return true
	}
	// or a bracketed date opening a title: "[2005-08-21] 标题".
	first := ds[0]
	open, close := strings.TrimSpace(s[:first.at]), s[first.end:]
	return (open == "[" || open == "【") && (strings.HasPrefix(close, "]") || strings.HasPrefix(close, "】")) &&
		utf8.RuneCountInString(s) <= 80
}

// isFragment is a short piece without the punctuation of a sentence: a
// label, a name, a button's text.
func isFragment(s string) bool {
	return utf8.RuneCountInString(s) <= 30 && !strings.ContainsAny(s, "。！？；.!?;")
}

// headerLabels open or fill the line of date, source and author that sits
// above an article's first paragraph.
var headerLabels = []string{"来源", "來源", "发布时间", "發布時間", "發佈時間", "更新", "作者", "编辑", "編輯",
	"发布日期", "發布日期", "稿源", "出处", "出處"}

// columnTag is a column's name set in brackets above a story: 【新春走基层】.
var columnTag = regexp.MustCompile(`^[【\[［][^】\]］]{1,12}[】\]］]$`)

// reporterLine is a line that only names the reporters: 光明日报记者 王建宏 张文攀,
// 本報記者 陳大文, (记者 李四).
var reporterLine = regexp.MustCompile(`^[（(]?\s*(?:[\p{Han}]{0,10}(?:记者|記者|通讯员|通訊員|撰稿|文\s*[/／]|作者[:：]?))\s*((?:\p{Han}{2,4}[\s　、,，]*){1,4})[）)]?$`)

// reporters returns the names on a reporter line, or "".
func reporters(s string) string {
	m := reporterLine.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return ""
	}
	return strings.Join(strings.FieldsFunc(m[1], func(r rune) bool { return strings.ContainsRune(" 　、,，", r) }), " ")
}

// isHeaderLine recognises that line: short, and a date or a label in it,
// or a column tag or a line of reporters' names.
func isHeaderLine(s string) bool {
	if columnTag.MatchString(s) || reporters(s) != "" {
		return true
	}
	n := utf8.RuneCountInString(s)
	if n > 80 || strings.Contains(s, "。") {
		return false
	}
	if n <= 40 && startsWithDate(s) {
		return true
	}
	return len(datesIn(s, time.Time{})) > 0 && slices.ContainsFunc(headerLabels, func(l string) bool { return strings.Contains(s, l) })
}

// dateWords are the three-letter openings of English months and weekdays.
var dateWords = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "may": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "oct": true, "nov": true, "dec": true, "mon": true, "tue": true,
	"wed": true, "thu": true, "fri": true, "sat": true, "sun": true}

// startsWithDate reports whether s opens with a full date.
func startsWithDate(s string) bool {
	// Every form opens with a digit or an English month or weekday.
	r, _ := utf8.DecodeRuneInString(s)
	if !(r >= '0' && r <= '9' || r >= '０' && r <= '９') && (len(s) < 3 || !dateWords[strings.ToLower(s[:3])]) {
		return false
	}
	ds := datesIn(headOf(s, 60), time.Time{})
	return len(ds) > 0 && ds[0].at == 0
}

// referenceHeadings name the list of sources an article closes with.
var referenceHeadings = []string{
	"參考鏈接", "参考链接", "參考連結", "參考資料", "参考资料", "參考文獻", "参考文献", "參考來源", "参考来源",
	"原文鏈接", "原文链接", "資料來源", "资料来源", "References", "Reference links", "Sources", "Source",
}

// referenceLinks finds reference lists anywhere in the page (extractors
// often drop them as link-dense furniture) and returns their links: the
// hyperlinks and bare URLs in the few elements after a heading such as
// 參考鏈接.
func referenceLinks(doc *html.Node, base *nurl.URL) []claimwatch.Link {
	var out []claimwatch.Link
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom != atom.Body && n.DataAtom != atom.Html && isReferenceHeading(n) {
			taken := 0
			for s := n.NextSibling; s != nil && taken < 3; s = s.NextSibling {
				if s.Type != html.ElementNode {
					continue
				}
				taken++
				out = append(out, links(s, base)...)
				out = appendTextLinks(out, textOf(s))
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func isReferenceHeading(n *html.Node) bool {
	t := textOf(n)
	if len(t) > 60 {
		return false
	}
	t = strings.TrimRight(collapseSpace(t), ":：")
	return slices.ContainsFunc(referenceHeadings, func(h string) bool { return strings.EqualFold(h, t) })
}

// mergeLinks appends the links of more to ls, skipping URLs already there.
func mergeLinks(ls []claimwatch.Link, more []claimwatch.Link) []claimwatch.Link {
	seen := map[string]bool{}
	for _, l := range ls {
		seen[l.URL] = true
	}
	for _, l := range more {
		if !seen[l.URL] {
			seen[l.URL] = true
			ls = append(ls, l)
		}
	}
	return ls
}

// pageNav is the page navigation under an article: 第1页/共3页, 上一页 下一页,
// [1] [2] [3], Page 1 of 3.
var pageNav = regexp.MustCompile(`^(?:[\[【]\d+[\]】]\s*){2,}$|^(?:第\s*\d+\s*页\s*[/／]?\s*共\s*\d+\s*页|共\s*\d+\s*页)|上一页.{0,20}下一页|(?i)^page \d+ of \d+`)

// isPageNav recognises a short line of page navigation; past the middle of
// a text it ends the article, and what follows is the page's.
func isPageNav(s string) bool {
	return utf8.RuneCountInString(s) <= 60 && pageNav.MatchString(s)
}

// dropRepeats removes a paragraph that runs two or more of the earlier
// paragraphs together: the page printed the article twice (a print or
// mobile copy with its breaks lost) and the extractor kept both.
func dropRepeats(paras []string) []string {
	if len(paras) < 3 {
		return paras
	}
	squeezed := make([]string, len(paras))
	for i, p := range paras {
		squeezed[i] = strings.Join(strings.Fields(p), "")
	}
	var out []string
	for i, p := range paras {
		held := 0
		for j := 0; j < i && held < 2 && utf8.RuneCountInString(squeezed[i]) >= 200; j++ {
			if utf8.RuneCountInString(squeezed[j]) >= 20 && squeezed[i] != squeezed[j] && strings.Contains(squeezed[i], squeezed[j]) {
				held++
			}
		}
		if held < 2 {
			out = append(out, p)
		}
	}
	return out
}

// postSignOff is the line a forum or blog engine prints under a post: 本贴由
// 大卫于2005年8月12日16:12:21在〖…〗发表. Past the middle of a text it ends
// the post; the board's rules and the replies follow.
var postSignOff = regexp.MustCompile(`^(?:本[贴帖]|本文|此[贴帖]).{0,8}由.{1,60}(?:发表|發表|张贴|張貼)`)

// postMeta is the count of readers and comments on a post's date line.
var postMeta = regexp.MustCompile(`(?:阅读|閱讀|浏览|瀏覽|评论|評論|回复|回覆)\s*[:：(（]?\s*\d+`)

// isPostMeta recognises a post's date line with its counts: 发表于2004年12月27日
// 12:40-(阅读:3727;评论:63).
func isPostMeta(s string) bool {
	return utf8.RuneCountInString(s) <= 80 && postMeta.MatchString(s) && len(datesIn(s, time.Time{})) > 0
}
