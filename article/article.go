// Package article turns a fetched page into an article: its main text
// without the page furniture, title, byline, publication and update time,
// canonical URL and main image, language and Chinese script, the links it
// cites and the outlets it credits.
//
// The main text comes from go-trafilatura; go-readability steps in when
// trafilatura finds little or misses body paragraphs, and the paragraphs of
// the page's largest text block are the last resort. Standfirsts, header
// and source lines, share bars, newsletter boxes and footers (related
// lists, copyright and licence lines, reprint notices) are trimmed after.
// Chinese date forms, bylines, language and script detection, Normalize
// and attribution phrases are this package's own.
package article

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	nurl "net/url"
	"regexp"
	"slices"
	"strconv"
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
	// shortText is the length below which readability is asked for a
	// second opinion even when trafilatura's text looks whole: on short
	// articles trafilatura drops a paragraph or two more often.
	shortText = 1000
)

// Extract reads the article in p. p.Body must be UTF-8 HTML. It fails only
// when the page has no text at all.
func Extract(p claimwatch.Page) (claimwatch.Article, error) {
	a, _, err := ExtractDetails(p)
	return a, err
}

// Details are what Extract reads from a page beyond the fields of
// claimwatch.Article.
type Details struct {
	// Canonical is the URL the page declares as its own (<link
	// rel=canonical>, og:url), resolved, on whatever host it names.
	Canonical string
	// Image is the article's main image: og:image, twitter:image or the
	// JSON-LD image.
	Image string
	// Updated is when the page says it was last modified, if after its
	// publication.
	Updated time.Time
}

// ExtractDetails is Extract that also returns the page's Details.
func ExtractDetails(p claimwatch.Page) (claimwatch.Article, Details, error) {
	var d Details
	a := claimwatch.Article{
		ID:        ID(p.URL),
		URL:       firstNonEmpty(p.FinalURL, p.URL),
		Source:    p.Source,
		FetchedAt: p.FetchedAt,
	}
	doc, err := html.Parse(bytes.NewReader(p.Body))
	if err != nil {
		return a, d, fmt.Errorf("parse %s: %w", a.URL, err)
	}
	base, _ := nurl.Parse(a.URL)
	meta := readMeta(doc)
	if c := resolve(base, firstNonEmpty(meta.canonical, meta.metas["og:url"])); c != nil && (c.Scheme == "http" || c.Scheme == "https") {
		d.Canonical = c.String()
	}
	if u := resolve(base, firstNonEmpty(meta.first(imageMetaKeys), meta.ld.image)); u != nil && (u.Scheme == "http" || u.Scheme == "https") {
		d.Image = u.String()
	}

	if c := resolve(base, meta.canonical); c != nil && base != nil && strings.EqualFold(c.Host, base.Host) {
		a.URL = c.String()
		base = c
	}

	body := mainText(doc, base)
	a.SiteName = firstNonEmpty(meta.first(siteMetaKeys), meta.ld.publisher, body.siteName)
	for _, b := range []string{meta.first(bylineMetaKeys), meta.ld.author, body.author} {
		// article:author is often a profile URL, and a CMS may put its own
		// name in the author tag.
		if b = cleanBylineLabel(b); plausibleByline(b) {
			a.Byline = b
			break
		}
	}
	a.Title = pageTitle(meta, a.SiteName, p.Feed)
	full := dropLeadingTitle(body.text, a.Title, meta)
	full = dropStandfirst(full, doc, meta)
	a.Text = trimFurniture(full)
	if a.Byline == "" {
		a.Byline = firstNonEmpty(bylineInText(full), findByline(collapseSpace(textOf(bodyOf(doc)))))
	}
	a.Links = appendTextLinks(linksInText(body.links, a.Text), a.Text)
	a.Links = mergeLinks(a.Links, referenceLinks(doc, base))
	// Credits are read before the footer is trimmed: a 来源 line above or
	// below the text is furniture to a reader but says where it came from.
	// A site crediting itself ("Compute Wire has learned") is no source.
	a.Attributions = slices.DeleteFunc(Attributions(full), func(s string) bool { return strings.EqualFold(s, a.SiteName) })

	a.Lang, a.Script = chooseLang(a.Title+"\n\n"+a.Text, meta.htmlLang, p.LangHint, p.ScriptHint)

	a.Published = published(p, meta, doc, a.Lang, a.Title, a.Text)
	d.Updated = updated(p, meta, a.Published, a.Lang)

	if strings.TrimSpace(a.Text) == "" && a.Title == "" {
		return a, d, fmt.Errorf("extract %s: no text found", a.URL)
	}
	return a, d, nil
}

// updated reads the modification time from meta tags and JSON-LD; it is
// kept only when it is after the publication time and not in the future.
func updated(p claimwatch.Page, m pageMeta, pub time.Time, lang string) time.Time {
	ref := p.FetchedAt
	if ref.IsZero() {
		ref = time.Now()
	}
	if lang == LangChinese {
		ref = ref.In(shanghai)
	} else {
		ref = ref.In(time.UTC)
	}
	for _, c := range []string{m.first(updatedMetaKeys), m.ld.dateModified} {
		if t, found := parseMetaDate(c, ref); found && !t.After(ref.Add(24*time.Hour)) && (pub.IsZero() || t.After(pub)) {
			return t
		}
	}
	return time.Time{}
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
		// A headline set on two lines, a main line and a subtitle after a
		// dash, is one title in <title>.
		second, after, _ := strings.Cut(rest, "\n\n")
		for _, t := range titles {
			t = collapseSpace(t)
			if t == "" {
				continue
			}
			if strings.EqualFold(first, t) {
				return rest
			}
			if after != "" && strings.EqualFold(squeezeSpace(first+second), squeezeSpace(t)) {
				return after
			}
		}
	}
	return text
}

// bylineInText returns the reporters named on a line of their own among
// the first paragraphs, as Chinese papers print them.
func bylineInText(text string) string {
	for i, p := range strings.SplitN(text, "\n\n", 5) {
		if i < 4 {
			if r := reporters(p); r != "" {
				return r
			}
		}
	}
	return ""
}

// dropStandfirst removes a first paragraph that is the page's description
// word for word and is set apart from the body as a standfirst: a heading
// or an element whose class names it so. It restates the story (and its
// figures, which would otherwise be read twice). A description that is
// the lede, a plain paragraph of the body, stays.
func dropStandfirst(text string, doc *html.Node, m pageMeta) string {
	first, rest, ok := strings.Cut(text, "\n\n")
	if !ok || !strings.Contains(rest, "\n\n") {
		return text
	}
	first = collapseSpace(first)
	isDesc := false
	for _, k := range []string{"og:description", "description", "twitter:description"} {
		if d := collapseSpace(m.metas[k]); d != "" && strings.EqualFold(first, d) {
			isDesc = true
		}
	}
	if !isDesc {
		return text
	}
	if n := elementWithText(bodyOf(doc), first); n != nil && isStandfirst(n) {
		return rest
	}
	return text
}

// standfirstClass matches the class names sites give a standfirst.
var standfirstClass = regexp.MustCompile(`(?i)dek|standfirst|summary|sub-?title|subhead|teaser|excerpt|description|intro|strapline|deck`)

func isStandfirst(n *html.Node) bool {
	for a, i := n, 0; a != nil && i < 3; a, i = a.Parent, i+1 {
		switch a.DataAtom {
		case atom.H2, atom.H3, atom.H4:
			return true
		}
		if standfirstClass.MatchString(attr(a, "class")) {
			return true
		}
	}
	return false
}

// elementWithText returns the deepest element under root whose whole text
// is text.
func elementWithText(root *html.Node, text string) *html.Node {
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != nil || n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		if n.DataAtom == atom.Script || n.DataAtom == atom.Style {
			return
		}
		t := collapseSpace(textOf(n))
		if !strings.Contains(t, text) {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if found == nil && strings.EqualFold(t, text) {
			found = n
		}
	}
	walk(root)
	return found
}

// pageTitle picks og:title, then the cleaned <title>, then JSON-LD
// headline, the first <h1>, an element classed as the headline, and the
// feed's title: the first that can be a headline, not a site's name or a
// placeholder such as "显示" (show) that old CMSs put in <title>.
func pageTitle(m pageMeta, siteName string, feed *claimwatch.FeedItem) string {
	candidates := []string{
		cleanTitle(m.first(titleMetaKeys), siteName, false),
		cleanTitle(m.title, siteName, true),
		collapseSpace(m.ld.headline),
	}
	for _, n := range []*html.Node{m.h1, m.heading} {
		if n != nil {
			candidates = append(candidates, collapseSpace(textOf(n)))
		}
	}
	if feed != nil {
		candidates = append(candidates, collapseSpace(feed.Title))
	}
	for _, t := range candidates {
		if utf8.RuneCountInString(t) >= 5 && !isSiteName(t, siteName) {
			return t
		}
	}
	return firstNonEmpty(candidates...)
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
// top of the text; a document's own month at the head of the text beats a
// later posting time. A time without a zone on a Chinese page is read as
// UTC+8; an instant the page shows as another zone's wall clock is kept in
// that zone. Dates after the fetch (plus a day of clock skew) or before the
// web carried news are rejected and the next source is tried.
func published(p claimwatch.Page, m pageMeta, doc *html.Node, lang, title, text string) time.Time {
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
	// An official document's metadata table gives both the day it was
	// signed (成文日期) and the day it was posted (发布日期); the text
	// speaks from the first, and its "today" and "this year" mean that day.
	if t, found := writtenDate(collapseSpace(textOf(bodyOf(doc))), ref); found && ok(t) {
		return t
	}
	posted := postedDate(p, m, doc, title, text, loc, ref, ok)
	// A report or essay reposted by a portal often dates itself with a
	// month under its author line (课题组 / 2003年5月); the portal's later
	// timestamp is when it was copied, and the text speaks from the month.
	if t, found := datelineMonth(text, ref); found && ok(t) && (posted.IsZero() || !posted.Before(t.AddDate(0, 1, 0))) {
		return t
	}
	return posted
}

// postedDate is when the page says it was posted: meta tags, JSON-LD,
// <time> elements, a date written on the page, and the URL's date.
func postedDate(p claimwatch.Page, m pageMeta, doc *html.Node, title, text string, loc *time.Location, ref time.Time, ok func(time.Time) bool) time.Time {
	var fromMeta time.Time
	candidates := []string{m.first(publishedMetaKeys), m.ld.datePublished, m.ld.dateCreated}
	candidates = append(candidates, m.times...)
	for _, c := range candidates {
		if t, found := parseMetaDate(c, ref); found && ok(t) {
			fromMeta = t
			break
		}
	}
	visible := visibleDate(m, doc, title, text, ref, ok)
	if day, found := urlDate(firstNonEmpty(p.FinalURL, p.URL), loc); found && ok(day) && fromMeta.IsZero() {
		// A date in the URL is the site's own record of the day; a page date
		// far from it is some other item's, so a date written on that day
		// is sought instead, and the URL's day is the answer when none is.
		if visible.IsZero() || !nearDay(visible, day) {
			if t, found := dateOnDay(collapseSpace(textSkipping(doc, listedDates(doc))), day, ref); found {
				return t
			}
			return day
		}
	}
	switch {
	case fromMeta.IsZero():
		return visible
	case isMidnight(fromMeta) && !isMidnight(visible) && sameDay(fromMeta, visible):
		// Many pages give only the day in their meta tags and the time on
		// the page; keep the more precise of the two.
		return visible
	}
	return inShownZone(fromMeta, m.shown, visible, ref)
}

// inShownZone returns t, an instant from the markup, in the zone the page
// shows it in: a <time> element for the same instant whose text is a wall
// clock some zone offset away (RFI writes 12:48 UTC as "06/02/2022 -
// 13:48", Paris time), else the visible date line. The instant is kept;
// only the zone changes, so the wall clock matches what readers see.
func inShownZone(t time.Time, shown []shownTime, visible, ref time.Time) time.Time {
	for _, s := range shown {
		if u, ok := parseMetaDate(s.datetime, ref); !ok || !u.Equal(t) {
			continue
		}
		if z, ok := zoneOfClock(t, s.text); ok {
			return z
		}
	}
	if z, ok := zoneOfWall(t, visible, ref.Location()); ok {
		return z
	}
	return t
}

// visibleDate looks for a date written on the page: under the headline, on
// a "Published" line, at the top of the text, just before the text starts
// (old Chinese portals put it in a header row far from any <h1>), and at
// last anywhere in the page's opening text. Dates of linked items (a list
// of related articles, each title followed by its date) are not read.
func visibleDate(m pageMeta, doc *html.Node, title, text string, ref time.Time, ok func(time.Time) bool) time.Time {
	skip := listedDates(doc)
	// The whole page's text is built only when the cheaper places fail.
	var page string
	pageText := func() string {
		if page == "" {
			page = collapseSpace(textSkipping(bodyOf(doc), skip))
		}
		return page
	}
	finders := []struct {
		text func() string
		find func(string, time.Time) (time.Time, bool)
	}{
		{func() string { return textAfter(m.h1, 600, skip) }, findDate},
		{func() string { return afterHeadline(pageText(), title, 150) }, findDate},
		{func() string { return datedLines(text) }, findDate},
		{func() string { return headOfDates(text, 300) }, findDate},
		{func() string { return textBefore(pageText(), text, 600) }, findLastDate},
		{pageText, findLabelledDate},
		{func() string { return headOfDates(pageText(), 3000) }, findDate},
		{func() string { return text }, issueDate},
	}
	for _, f := range finders {
		if t, found := f.find(f.text(), ref); found && ok(t) {
			return t
		}
	}
	return time.Time{}
}

// listedDates returns the text nodes that date a linked item: a date right
// after a link, where the link's container holds two or more such pairs.
// That is a list of other articles ("<a>title</a> 2005-06-28 15:28"); a
// single author link followed by a date is a byline and is kept.
func listedDates(doc *html.Node) map[*html.Node]bool {
	type pair struct{ link, date *html.Node }
	var pairs []pair
	var lastLink *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			t := strings.TrimLeft(strings.TrimSpace(n.Data), "（(【[|-—·/ \u00a0")
			if t == "" {
				return
			}
			if lastLink != nil && startsWithDate(t) {
				pairs = append(pairs, pair{lastLink, n})
			}
			lastLink = nil
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript:
				return
			case atom.A:
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
				lastLink = n
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	// A pair belongs to the nearest block around its link and the block
	// above that (a list item and its list).
	containers := func(n *html.Node) []*html.Node {
		var out []*html.Node
		for a := n.Parent; a != nil && len(out) < 2; a = a.Parent {
			if a.Type == html.ElementNode && blockTags[a.DataAtom] || a.DataAtom == atom.Td {
				out = append(out, a)
			}
		}
		return out
	}
	count := map[*html.Node]int{}
	for _, p := range pairs {
		for _, c := range containers(p.link) {
			count[c]++
		}
	}
	skip := map[*html.Node]bool{}
	for _, p := range pairs {
		for _, c := range containers(p.link) {
			if count[c] >= 2 {
				skip[p.date] = true
			}
		}
	}
	return skip
}

// afterHeadline returns the limit characters after each place the headline
// is written in page, where the date line sits on most layouts.
func afterHeadline(page, title string, limit int) string {
	title = collapseSpace(title)
	if utf8.RuneCountInString(title) < 6 {
		return ""
	}
	var out []string
	for rest := page; ; {
		i := strings.Index(rest, title)
		if i < 0 {
			break
		}
		rest = rest[i+len(title):]
		out = append(out, headOfDates(rest, limit))
	}
	return strings.Join(out, "\n")
}

// bodyOf returns the <body> element, or doc when there is none.
func bodyOf(doc *html.Node) *html.Node {
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if found != nil {
			return
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			found = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if found == nil {
		return doc
	}
	return found
}

// textSkipping is textOf(root) without the text nodes in skip.
func textSkipping(root *html.Node, skip map[*html.Node]bool) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			if !skip[n] {
				b.WriteString(n.Data)
			}
		case n.Type == html.ElementNode && (n.DataAtom == atom.Style || n.DataAtom == atom.Noscript || n.DataAtom == atom.Script):
			return
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteByte('\n')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return b.String()
}

// urlPathDate matches a date in a URL path: /2005/07/18/, /2005-07-18/,
// /20050718/ (the last only as a whole path segment).
var urlPathDate = regexp.MustCompile(`/((?:19|20)\d{2})([/-]?)([01]?\d)([/-]?)([0-3]?\d)(?:/|[-_.]|$)`)

// urlDate reads the day a URL's path gives, at midnight in loc.
func urlDate(rawURL string, loc *time.Location) (time.Time, bool) {
	u, err := nurl.Parse(rawURL)
	if err != nil {
		return time.Time{}, false
	}
	m := urlPathDate.FindStringSubmatch(u.Path)
	if m == nil || m[2] != m[4] || (m[2] == "" && (len(m[3]) != 2 || len(m[5]) != 2)) {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[3])
	d, _ := strconv.Atoi(m[5])
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(time.Month(mo), y) {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(mo), d, 0, 0, 0, 0, loc), true
}

// nearDay reports whether t falls within a day either side of day, which
// absorbs the time zones a URL's date may have been written in.
func nearDay(t, day time.Time) bool {
	d := t.Sub(day)
	return d > -24*time.Hour && d < 48*time.Hour
}

// dateOnDay returns the first date in text that falls on day, preferring
// one that gives a time.
func dateOnDay(text string, day, ref time.Time) (time.Time, bool) {
	var best time.Time
	for _, d := range datesIn(text, ref) {
		if !sameDay(day, d.t) {
			continue
		}
		if !isMidnight(d.t) {
			return d.t, true
		}
		if best.IsZero() {
			best = d.t
		}
	}
	return best, !best.IsZero()
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
func textAfter(n0 *html.Node, limit int, skip map[*html.Node]bool) string {
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
		if n.Type == html.TextNode && !skip[n] {
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

// headOfDates is headOf that does not cut a date in two: a date that starts
// within the first n characters is kept whole, so a window ending inside
// "7/5/2005 9:23:57 PM" keeps the time. Digits come back narrowed.
func headOfDates(s string, n int) string {
	s = narrowDigits(s)
	head := headOf(s, n)
	if len(head) == len(s) {
		return s
	}
	window := headOf(s, n+60) // longer than any one date with its time and zone
	for _, d := range datesIn(window, time.Time{}) {
		if d.at < len(head) && d.end > len(head) {
			return window[:d.end]
		}
	}
	return head
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
	// holding much more text than it returned, or when it took a block the
	// page prints twice.
	got := utf8.RuneCountInString(b.text)
	missed := got < long/2 || repeatsItself(b.text) || isOneBlock(b.text)
	if got < shortText || missed {
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
	// A blog's archive or index page lists several posts in the same
	// wrapper; the page's article is the first of them, not the longest.
	if n := firstOfSeveralPosts(doc); n != nil {
		if t := paragraphs(n); utf8.RuneCountInString(t) >= minText && !strings.HasPrefix(squeezeSpace(b.text), headOf(squeezeSpace(t), 40)) {
			b.text, b.links = t, links(n, base)
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

// repeatsItself reports a text whose opening recurs later in it: the
// extractor took a block the page prints twice (a record table above and
// below a notice, a desktop and a mobile copy) instead of the article.
func repeatsItself(text string) bool {
	head := headOf(strings.Join(strings.Fields(text), ""), 60)
	if utf8.RuneCountInString(head) < 60 {
		return false
	}
	squeezed := strings.Join(strings.Fields(text), "")
	return strings.Count(squeezed, head) > 1
}

// readabilityIsBetter decides between trafilatura's text and
// readability's. More text wins when trafilatura found next to nothing or
// missed body paragraphs; otherwise its short text is likely a real brief
// (Chinese news items run to 150 characters) and readability, which tends
// to take the whole page around a short text, must keep trafilatura's
// opening and not balloon past three times its length.
func readabilityIsBetter(traf, read string, missed bool) bool {
	tl, rl := utf8.RuneCountInString(traf), utf8.RuneCountInString(read)
	// trafilatura's text run into one block is its whole-page fallback;
	// readability's choice of container wins unless it is a mere scrap of
	// it.
	if isOneBlock(traf) && rl >= tl/4 {
		return true
	}
	if rl <= tl {
		return false
	}
	if tl < minText || missed {
		return true
	}
	if rl > 3*tl {
		return false
	}
	// readability's text, half as long again, that holds nearly all of
	// trafilatura's is the same article with the paragraphs trafilatura
	// dropped; a few lines more are more likely furniture.
	if tl >= enoughText {
		return 2*rl >= 3*tl && covered(traf, read) >= 0.8
	}
	first, _, _ := strings.Cut(traf, "\n\n")
	squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
	return strings.Contains(squeeze(read), squeeze(headOf(first, 40)))
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
			case atom.P, atom.Div:
				// A <div> that holds no other block is a paragraph too, as
				// government and portal pages write them.
				if n.DataAtom == atom.P || !hasBlockChild(n) {
					if k := utf8.RuneCountInString(collapseSpace(textOf(n))); k >= 150 {
						total += k
					}
					return
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return total
}

// hasBlockChild reports whether n holds a block element, which makes it a
// container rather than a paragraph written as a <div>.
func hasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (blockTags[c.DataAtom] && c.DataAtom != atom.Br || c.DataAtom == atom.Td || hasBlockChild(c)) {
			return true
		}
	}
	return false
}

// postBodyClasses are the class names blog engines give the body of one
// post (Blogger, WordPress, Movable Type and the portals that copied them).
var postBodyClasses = []string{"post-body", "postbody", "post_body", "entry-body", "entry-content", "post-content"}

// firstOfSeveralPosts returns the first post body of a page that lists
// three or more posts under the same post-body class, an archive or index
// page whose article is its first post; nil on any other page.
func firstOfSeveralPosts(doc *html.Node) *html.Node {
	found := map[string][]*html.Node{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			hit := false
			for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
				if slices.Contains(postBodyClasses, c) {
					found[c] = append(found[c], n)
					hit = true
				}
			}
			if hit {
				return // an outer post body holds its own inner ones
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	var first *html.Node
	for _, c := range postBodyClasses {
		if ns := found[c]; len(ns) >= 3 && (first == nil || before(ns[0], first)) {
			first = ns[0]
		}
	}
	return first
}

// before reports whether a comes before b in document order.
func before(a, b *html.Node) bool {
	seen := false
	var walk func(n *html.Node) bool
	walk = func(n *html.Node) bool {
		if n == a {
			seen = true
			return true
		}
		if n == b {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	root := a
	for root.Parent != nil {
		root = root.Parent
	}
	walk(root)
	return seen
}

func squeezeSpace(s string) string { return strings.Join(strings.Fields(s), "") }

// isOneBlock reports a long text that is almost all one paragraph:
// trafilatura's fallback of the whole page's text run together (a footer
// line or two may follow it), which a page of paragraphs is better read
// from by readability.
func isOneBlock(text string) bool {
	longest := 0
	for _, p := range strings.Split(text, "\n\n") {
		longest = max(longest, utf8.RuneCountInString(p))
	}
	return longest > 1000 && 10*longest >= 9*utf8.RuneCountInString(text)
}

// datelineHead is how many paragraphs at the head of the text may hold a
// dateline: the title or author line, then the date.
const datelineHead = 3

// yearMonth matches a paragraph that is only a year and a month.
var yearMonth = regexp.MustCompile(`^(\d{4})\s*年\s*(\d{1,2})\s*月$`)

// datelineMonth returns the month a paragraph of its own at the head of
// text gives (2003年5月), read as the first of the month in ref's zone. A
// bare month standing alone is how a document dates itself; a page's own
// timestamp always gives the day. A text with more than one such paragraph
// is a chronology whose months are headings, and has no dateline.
func datelineMonth(text string, ref time.Time) (time.Time, bool) {
	var found []string
	at := -1
	for i, p := range strings.Split(text, "\n\n") {
		if m := yearMonth.FindStringSubmatch(strings.TrimSpace(narrowDigits(p))); m != nil {
			found = append(found, m[1], m[2])
			if at < 0 {
				at = i
			}
		}
	}
	if len(found) != 2 || at >= datelineHead {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(found[0])
	mo, _ := strconv.Atoi(found[1])
	if mo < 1 || mo > 12 {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, ref.Location()), true
}

// writtenLabels name the signing date of an official document.
var writtenLabels = []string{"成文日期", "成文時間", "成文时间"}

// writtenDate returns the date a 成文日期 label gives in page text.
func writtenDate(page string, ref time.Time) (time.Time, bool) {
	for _, l := range writtenLabels {
		if i := strings.Index(page, l); i >= 0 {
			rest := strings.TrimLeft(page[i+len(l):], " :：\u00a0\t")
			return ParseDate(headOf(dateHead.FindString(rest), 30), ref)
		}
	}
	return time.Time{}, false
}

// dateHead matches the date at the start of a text, in the forms an
// official document's metadata table writes it.
var dateHead = regexp.MustCompile(`^\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?`)

// covered returns the share of a's five-character runs (spaces left out)
// that occur in b.
func covered(a, b string) float64 {
	ra := []rune(strings.Join(strings.Fields(a), ""))
	rb := []rune(strings.Join(strings.Fields(b), ""))
	const k = 5
	if len(ra) < k {
		return 0
	}
	in := map[string]bool{}
	for i := 0; i+k <= len(rb); i++ {
		in[string(rb[i:i+k])] = true
	}
	hit := 0
	for i := 0; i+k <= len(ra); i++ {
		if in[string(ra[i:i+k])] {
			hit++
		}
	}
	return float64(hit) / float64(len(ra)-k+1)
}
