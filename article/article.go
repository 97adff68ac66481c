// Package article turns a fetched page into an article: its main text
// without the page furniture, title, byline, publication time, language and
// Chinese script, the links it cites and the outlets it credits.
//
// The main text comes from go-trafilatura; go-readability steps in when
// trafilatura finds little, and the paragraphs of the page's largest text
// block are the last resort. Chinese date forms, language and script
// detection and attribution phrases are this package's own.
package article

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	nurl "net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/claimwatch/claimwatch"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ID returns the stable ID of an article: the first 16 hex digits of the
// SHA-256 of its canonical URL.
func ID(canonicalURL string) string {
	sum := sha256.Sum256([]byte(canonicalURL))
	return hex.EncodeToString(sum[:8])
}

// Text-length thresholds, in characters, that decide when a fallback runs.
const (
	// enoughText is the body length below which trafilatura's answer is
	// doubted and readability is asked too; short Chinese news items
	// (a 150-character brief) sit under it, so both are compared.
	enoughText = 250
	// minText is the length below which both extractors are deemed to have
	// failed and the largest block of paragraphs is taken instead.
	minText = 80
)

// Extract reads the article in p. p.Body must be UTF-8 HTML. It fails only
// when the page has no text at all.
func Extract(p claimwatch.Page) (claimwatch.Article, error) {
	a := claimwatch.Article{
		ID:        ID(p.URL),
		URL:       firstNonEmpty(p.FinalURL, p.URL),
		Source:    p.Source,
		FetchedAt: p.FetchedAt,
	}
	doc, err := html.Parse(bytes.NewReader(p.Body))
	if err != nil {
		return a, fmt.Errorf("parse %s: %w", a.URL, err)
	}
	base, _ := nurl.Parse(a.URL)
	meta := readMeta(doc)

	if c := resolve(base, meta.canonical); c != nil && base != nil && strings.EqualFold(c.Host, base.Host) {
		a.URL = c.String()
		base = c
	}

	body := mainText(doc, base)
	a.SiteName = firstNonEmpty(meta.first(siteMetaKeys), meta.ld.publisher, body.siteName)
	a.Byline = firstNonEmpty(meta.first(bylineMetaKeys), meta.ld.author, body.author)
	if strings.HasPrefix(a.Byline, "http") { // article:author is often a profile URL
		a.Byline = firstNonEmpty(meta.ld.author, body.author)
	}
	a.Title = pageTitle(meta, a.SiteName, p.Feed)
	a.Text = trimFurniture(dropLeadingTitle(body.text, a.Title, meta))
	a.Links = appendTextLinks(linksInText(body.links, a.Text), a.Text)
	a.Links = mergeLinks(a.Links, referenceLinks(doc, base))
	// A site crediting itself ("Compute Wire has learned") is no source.
	a.Attributions = slices.DeleteFunc(Attributions(a.Text), func(s string) bool { return strings.EqualFold(s, a.SiteName) })

	a.Lang, a.Script = chooseLang(a.Title+"\n\n"+a.Text, meta.htmlLang, p.LangHint, p.ScriptHint)

	a.Published = published(p, meta, doc, a.Lang, a.Text)

	if strings.TrimSpace(a.Text) == "" && a.Title == "" {
		return a, fmt.Errorf("extract %s: no text found", a.URL)
	}
	return a, nil
}

// linksInText keeps the links whose anchor text is still in text, so the
// links of a breadcrumb dropped with the headline go with it. Links without
// text (an image, say) stay.
func linksInText(ls []claimwatch.Link, text string) []claimwatch.Link {
	// Spaces are ignored: rendering may add one at an element boundary
	// inside the anchor.
	squeeze := func(s string) string { return strings.ReplaceAll(s, " ", "") }
	text = squeeze(text)
	var out []claimwatch.Link
	for _, l := range ls {
		if l.Text == "" || strings.Contains(text, squeeze(l.Text)) {
			out = append(out, l)
		}
	}
	return out
}

// dropLeadingTitle removes the headline when it is among the first
// paragraphs of the text, with whatever precedes it (breadcrumbs, category
// lists): the title has its own field, and a figure in it would otherwise
// be read twice.
func dropLeadingTitle(text, title string, m pageMeta) string {
	titles := []string{title, m.first(titleMetaKeys), m.ld.headline, collapseSpace(m.title)}
	if m.h1 != nil {
		titles = append(titles, collapseSpace(textOf(m.h1)))
	}
	rest := text
	for range 3 {
		var first string
		first, rest, _ = strings.Cut(rest, "\n\n")
		if rest == "" {
			return text
		}
		for _, t := range titles {
			if t != "" && strings.EqualFold(first, collapseSpace(t)) {
				return rest
			}
		}
	}
	return text
}

// pageTitle picks og:title, then the cleaned <title>, then JSON-LD
// headline, the first <h1>, and the feed's title.
func pageTitle(m pageMeta, siteName string, feed *claimwatch.FeedItem) string {
	if t := cleanTitle(m.first(titleMetaKeys), siteName, false); t != "" {
		return t
	}
	if t := cleanTitle(m.title, siteName, true); t != "" {
		return t
	}
	if t := collapseSpace(m.ld.headline); t != "" {
		return t
	}
	if m.h1 != nil {
		if t := collapseSpace(textOf(m.h1)); t != "" {
			return t
		}
	}
	if feed != nil {
		return collapseSpace(feed.Title)
	}
	return ""
}

// chooseLang detects the language from the text, and lets the page's
// <html lang> and then the source's configured hints decide what the text
// cannot: too little text, or as many Traditional as Simplified characters.
func chooseLang(text, htmlLang, langHint, scriptHint string) (lang, script string) {
	lang, script = DetectLang(text)
	hl, hs := langFromTag(htmlLang)
	if letterCount(text) < 40 {
		if hl != "" {
			lang = hl
		} else if langHint != "" {
			lang = langHint
		}
	}
	if lang != LangChinese {
		return lang, ""
	}
	if script == "" {
		script = firstNonEmpty(hs, scriptHint)
	}
	return lang, script
}

// langFromTag reads a BCP 47 tag such as zh-TW, zh-Hans-CN or en-US.
func langFromTag(tag string) (lang, script string) {
	t := strings.ToLower(strings.ReplaceAll(tag, "_", "-"))
	switch {
	case t == "":
		return "", ""
	case strings.HasPrefix(t, "en"):
		return LangEnglish, ""
	case !strings.HasPrefix(t, "zh"):
		return LangOther, ""
	case strings.Contains(t, "hant") || strings.Contains(t, "-tw") || strings.Contains(t, "-hk") || strings.Contains(t, "-mo"):
		return LangChinese, ScriptTraditional
	case strings.Contains(t, "hans") || strings.Contains(t, "-cn") || strings.Contains(t, "-sg"):
		return LangChinese, ScriptSimplified
	}
	return LangChinese, ""
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if r > 127 || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			n++
		}
	}
	return n
}

// published finds the publication time: the feed's date, then meta tags,
// JSON-LD, <time> elements, and a date written near the headline or at the
// top of the text. A time without a zone on a Chinese page is read as
// UTC+8. Dates after the fetch (plus a day of clock skew) or before the web
// carried news are rejected and the next source is tried.
func published(p claimwatch.Page, m pageMeta, doc *html.Node, lang, text string) time.Time {
	loc := time.UTC
	if lang == LangChinese {
		loc = shanghai
	}
	ref := p.FetchedAt
	if ref.IsZero() {
		ref = time.Now()
	}
	ref = ref.In(loc)
	ok := func(t time.Time) bool {
		return !t.IsZero() && t.Year() >= 1990 && !t.After(ref.Add(24*time.Hour))
	}
	if p.Feed != nil && ok(p.Feed.Published) {
		return p.Feed.Published
	}
	var fromMeta time.Time
	candidates := []string{m.first(publishedMetaKeys), m.ld.datePublished, m.ld.dateCreated}
	candidates = append(candidates, m.times...)
	for _, c := range candidates {
		if t, found := parseMetaDate(c, ref); found && ok(t) {
			fromMeta = t
			break
		}
	}
	visible := visibleDate(m, doc, text, ref, ok)
	switch {
	case fromMeta.IsZero():
		return visible
	case isMidnight(fromMeta) && !isMidnight(visible) && sameDay(fromMeta, visible):
		// Many pages give only the day in their meta tags and the time on
		// the page; keep the more precise of the two.
		return visible
	}
	return fromMeta
}

// visibleDate looks for a date written on the page: under the headline, on
// a "Published" line, at the top of the text, just before the text starts
// (old Chinese portals put it in a header row far from any <h1>), and at
// last anywhere in the page's opening text.
func visibleDate(m pageMeta, doc *html.Node, text string, ref time.Time, ok func(time.Time) bool) time.Time {
	// The whole page's text is built only when the cheaper places fail.
	var page string
	pageText := func() string {
		if page == "" {
			page = collapseSpace(textOf(doc))
		}
		return page
	}
	finders := []struct {
		text func() string
		find func(string, time.Time) (time.Time, bool)
	}{
		{func() string { return textAfter(m.h1, 600) }, findDate},
		{func() string { return datedLines(text) }, findDate},
		{func() string { return headOf(text, 300) }, findDate},
		{func() string { return textBefore(pageText(), text, 600) }, findLastDate},
		{pageText, findLabelledDate},
		{func() string { return headOf(pageText(), 3000) }, findDate},
	}
	for _, f := range finders {
		if t, found := f.find(f.text(), ref); found && ok(t) {
			return t
		}
	}
	return time.Time{}
}

func isMidnight(t time.Time) bool {
	return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0
}

func sameDay(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	b = b.In(a.Location())
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// textBefore returns up to limit characters of page that come just before
// the main text begins in it.
func textBefore(page, text string, limit int) string {
	first, _, _ := strings.Cut(text, "\n\n")
	first = headOf(first, 20)
	if utf8.RuneCountInString(first) < 6 {
		return ""
	}
	i := strings.Index(page, first)
	if i <= 0 {
		return ""
	}
	before := []rune(page[:i])
	return string(before[max(0, len(before)-limit):])
}

// parseMetaDate reads a machine-written date: RFC 3339 and its relatives
// first, then every form ParseDate knows, then any date inside the value.
func parseMetaDate(s string, ref time.Time) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, layout := range []string{time.RFC3339Nano, time.RFC1123Z, time.RFC1123, "2006-01-02T15:04:05-0700", "2006-01-02T15:04:05.000-0700"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	if t, ok := ParseDate(s, ref); ok {
		return t, true
	}
	return findDate(s, ref)
}

// datePrefixes open a line that states when an article was published.
var datePrefixes = []string{"Published", "Posted", "Posted on", "First published", "發布時間", "发布时间",
	"發佈時間", "發布於", "发布于", "發表於", "发表于", "時間：", "时间：", "日期：", "日期:"}

// datedLines returns the short paragraphs of text that begin with a
// publication word, wherever they sit (English pages often end with one).
func datedLines(text string) string {
	var out []string
	for _, p := range strings.Split(text, "\n\n") {
		if utf8.RuneCountInString(p) > 80 {
			continue
		}
		for _, pre := range datePrefixes {
			if strings.HasPrefix(p, pre) {
				out = append(out, p)
				break
			}
		}
	}
	return strings.Join(out, "\n")
}

// textAfter returns about limit characters of the text at and after n0 in
// document order, where bylines and dates sit below a headline.
func textAfter(n0 *html.Node, limit int) string {
	if n0 == nil {
		return ""
	}
	var b strings.Builder
	count := 0
	var walk func(n *html.Node) bool // false once limit is reached
	walk = func(n *html.Node) bool {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return true
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
			if count += utf8.RuneCountInString(n.Data); count > limit {
				return false
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	if !walk(n0) {
		return b.String()
	}
	// Climb towards the root, reading at each level what follows the node
	// we came from.
	for n := n0; n.Parent != nil; n = n.Parent {
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			if !walk(s) {
				return b.String()
			}
		}
	}
	return b.String()
}

func headOf(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// body is the main text of a page and the links inside it.
type body struct {
	text             string
	links            []claimwatch.Link
	author, siteName string
}

// briefConfig lowers the length under which trafilatura gives up on its
// own result and returns the whole page's text (250 characters by default):
// a Chinese brief says in 120 characters what English says in 300. It is
// not the default because it scores lower on the benchmark.
var briefConfig = func() *trafilatura.Config {
	c := trafilatura.DefaultConfig()
	c.MinExtractedSize = minText
	return c
}()

// rescueFactor bounds how much longer than trafilatura's short result its
// whole-page text may be and still be preferred.
const rescueFactor = 4

// mainText runs trafilatura (twice on pages of short fragments, see
// below), asks readability when trafilatura's text is short or misses body
// paragraphs, and falls back to the largest paragraph block when both fail.
func mainText(doc *html.Node, base *nurl.URL) body {
	var b body
	opts := trafilatura.Options{
		OriginalURL:     base,
		ExcludeComments: true,
		// Links are kept in the content tree so the article's citations can
		// be read from it.
		IncludeLinks: true,
		// FavorRecall scored higher than Balanced on the benchmark (F1
		// 0.962 against 0.960, trafilatura alone).
		Focus:        trafilatura.FavorRecall,
		HtmlDateMode: trafilatura.Disabled, // our own date reading knows Chinese forms
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err == nil && res != nil {
		b.text = paragraphs(res.ContentNode)
		b.links = links(res.ContentNode, base)
		b.author, b.siteName = res.Metadata.Author, res.Metadata.Sitename
	}
	long := longParagraphText(doc)
	// When trafilatura finds under 250 characters it returns the page's
	// whole text instead, which on a page of short fragments (a brief beside
	// a long sidebar, as Chinese portals serve) is mostly furniture. On such
	// pages it is run again with a lower bar, and its own short result wins
	// when the whole-page text dwarfs it, unless it is a footer itself.
	if long < enoughText && utf8.RuneCountInString(b.text) > rescueFactor*minText {
		opts.Config = briefConfig
		if res, err := trafilatura.ExtractDocument(doc, opts); err == nil && res != nil {
			t := paragraphs(res.ContentNode)
			if n := utf8.RuneCountInString(t); n >= minText && n < enoughText && !hasFurnitureMark(t) && utf8.RuneCountInString(b.text) > rescueFactor*n {
				b.text, b.links = t, links(res.ContentNode, base)
			}
		}
	}
	// readability is asked when trafilatura found little, or when it
	// stopped at the first of several containers the body is split into (by
	// an ad or a newsletter box), which shows as the page's long paragraphs
	// holding much more text than it returned.
	got := utf8.RuneCountInString(b.text)
	missed := got < long/2
	if got < enoughText || missed {
		parser := readability.NewParser()
		if r, err := parser.ParseDocument(doc, base); err == nil && r.Node != nil {
			t := paragraphs(r.Node)
			if readabilityIsBetter(b.text, t, missed) {
				b.text, b.links = t, links(r.Node, base)
				b.author = firstNonEmpty(b.author, r.Byline())
				b.siteName = firstNonEmpty(b.siteName, r.SiteName())
			}
		}
	}
	if utf8.RuneCountInString(b.text) < minText {
		if n := largestBlock(doc); n != nil {
			if t := paragraphs(n); utf8.RuneCountInString(t) > utf8.RuneCountInString(b.text) {
				b.text, b.links = t, links(n, base)
			}
		}
	}
	return b
}

// readabilityIsBetter decides between trafilatura's text and
// readability's. More text wins when trafilatura found next to nothing or
// missed body paragraphs; otherwise its short text is likely a real brief
// (Chinese news items run to 150 characters) and readability, which tends
// to take the whole page around a short text, must keep trafilatura's
// opening and not balloon past three times its length.
func readabilityIsBetter(traf, read string, missed bool) bool {
	tl, rl := utf8.RuneCountInString(traf), utf8.RuneCountInString(read)
	if rl <= tl {
		return false
	}
	if tl < minText || missed {
		return true
	}
	first, _, _ := strings.Cut(traf, "\n\n")
	squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
	return rl <= 3*tl && strings.Contains(squeeze(read), squeeze(headOf(first, 40)))
}

// longParagraphText counts the characters in the page's long <p> elements,
// the ones that are body text on any page.
func longParagraphText(doc *html.Node) int {
	total := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Nav, atom.Footer, atom.Aside, atom.Header:
				return
			case atom.P:
				if k := utf8.RuneCountInString(collapseSpace(textOf(n))); k >= 150 {
					total += k
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return total
}
