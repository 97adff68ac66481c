package article

import (
	"encoding/json"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what the markup says about a page, gathered in one walk.
type pageMeta struct {
	metas     map[string]string // <meta name|property|itemprop> → content, first wins
	title     string            // <title>
	h1        *html.Node        // the first <h1>
	heading   *html.Node        // the first element whose class names it a headline
	canonical string
	htmlLang  string
	times     []string // datetime of <time> and itemprop=datePublished elements, in order
	shown     []shownTime
	ld        ldFacts
}

// shownTime is a <time> element's machine-readable instant and the text it
// shows readers, which may be a wall clock in another zone.
type shownTime struct{ datetime, text string }

// ldFacts are the fields read from JSON-LD blocks.
type ldFacts struct {
	datePublished, dateCreated, dateModified, headline, author, publisher, image string
}

// publishedMetaKeys lists the meta tags that carry a publication time, most
// trusted first.
var publishedMetaKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished",
	"og:published_time", "published_time", "article.published", "og:release_date",
	"pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
	"sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued",
	"dc.date", "dcterms.created", "dcterms.date", "date", "og:time", "pubtime",
	"article:create_at", "weibo:article:create_at",
}

// headingClass matches the class or id an old page gives its headline
// where it has no <h1>: "Heading", "bt_title", "post-title", "art_tit".
var headingClass = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:heading|headline|title|tit|biaoti|bt_title|post-title|article-title|art_tit)(?:$|[\s_-]|\d)`)

// updatedMetaKeys and imageMetaKeys list the tags that carry a page's
// modification time and main image, most trusted first.
var (
	updatedMetaKeys = []string{"article:modified_time", "og:updated_time", "og:article:modified_time",
		"datemodified", "modified_time", "dcterms.modified", "last-modified", "lastmod"}
	imageMetaKeys = []string{"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "thumbnail"}
)

// titleMetaKeys, bylineMetaKeys and siteMetaKeys list the tags read for
// those fields, in order of trust.
var (
	titleMetaKeys  = []string{"og:title", "twitter:title"}
	bylineMetaKeys = []string{"author", "article:author", "byl", "parsely-author", "dc.creator", "sailthru.author"}
	siteMetaKeys   = []string{"og:site_name", "application-name", "apple-mobile-web-app-title"}
)

func readMeta(doc *html.Node) pageMeta {
	m := pageMeta{metas: map[string]string{}}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.htmlLang = attr(n, "lang")
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				if c := strings.TrimSpace(attr(n, "content")); key != "" && c != "" {
					if _, seen := m.metas[key]; !seen {
						m.metas[key] = c
					}
				}
			case atom.Title:
				if m.title == "" {
					m.title = collapseSpace(textOf(n))
				}
			case atom.H1:
				if m.h1 == nil {
					m.h1 = n
				}
			case atom.Div, atom.Td, atom.Span, atom.P, atom.H2, atom.B, atom.Strong, atom.Font:
				if m.heading == nil && headingClass.MatchString(attr(n, "class")+" "+attr(n, "id")) {
					if t := collapseSpace(textOf(n)); utf8.RuneCountInString(t) >= 5 && utf8.RuneCountInString(t) <= 80 {
						m.heading = n
					}
				}
			case atom.Link:
				if m.canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
					m.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					readJSONLD(textOf(n), &m.ld)
				}
				return
			case atom.Style, atom.Noscript:
				return
			case atom.Time:
				if d := attr(n, "datetime"); d != "" {
					m.times = append(m.times, d)
					m.shown = append(m.shown, shownTime{d, collapseSpace(textOf(n))})
				}
			}
			if attr(n, "itemprop") == "datePublished" && n.DataAtom != atom.Meta {
				if d := firstNonEmpty(attr(n, "datetime"), attr(n, "content"), textOf(n)); d != "" {
					m.times = append([]string{d}, m.times...)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return m
}

func (m pageMeta) first(keys []string) string {
	for _, k := range keys {
		if v := m.metas[k]; v != "" {
			return v
		}
	}
	return ""
}

// readJSONLD takes the first article-like facts from one JSON-LD block,
// which may hold an object, an array or an @graph.
func readJSONLD(src string, f *ldFacts) {
	var v any
	if json.Unmarshal([]byte(strings.TrimSpace(src)), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 6 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			setOnce(&f.datePublished, jsonString(x["datePublished"]))
			setOnce(&f.dateCreated, jsonString(x["dateCreated"]))
			setOnce(&f.dateModified, jsonString(x["dateModified"]))
			setOnce(&f.image, jsonImage(x["image"]))
			setOnce(&f.headline, jsonString(x["headline"]))
			setOnce(&f.author, jsonName(x["author"]))
			setOnce(&f.publisher, jsonName(x["publisher"]))
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = strings.TrimSpace(v)
	}
}

func jsonString(v any) string {
	s, _ := v.(string)
	return s
}

// jsonImage reads an image given as a URL, an ImageObject or a list of
// either; the first wins.
func jsonImage(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return firstNonEmpty(jsonString(x["url"]), jsonString(x["contentUrl"]))
	case []any:
		for _, e := range x {
			if s := jsonImage(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// jsonName reads a person or organisation given as a string, an object with
// a name, or a list of either.
func jsonName(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return jsonString(x["name"])
	case []any:
		var names []string
		for _, e := range x {
			if n := jsonName(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// titleSeparators split a page title from the site name around it.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", "｜", "_", " » "}

// cleanTitle strips the site name a <title> carries before or after the
// headline ("OpenAI raises $6.6B - TechCrunch", "新聞_新浪網"). A part is
// dropped when it is the site name, or (guess set, for <title>, which
// nearly always carries one) when it is short and the headline it leaves is
// longer: headlines outrun site names. og:title is usually clean already,
// so there only the site name itself is dropped.
func cleanTitle(title, siteName string, guess bool) string {
	title = collapseSpace(title)
	for changed := true; changed; {
		changed = false
		for _, sep := range titleSeparators {
			i := strings.LastIndex(title, sep)
			if i <= 0 {
				continue
			}
			head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
			if isSiteName(tail, siteName) || guess && (utf8.RuneCountInString(tail) <= 25 && utf8.RuneCountInString(head) > utf8.RuneCountInString(tail)+5) {
				title, changed = head, true
				break
			}
			j := strings.Index(title, sep)
			head, tail = strings.TrimSpace(title[:j]), strings.TrimSpace(title[j+len(sep):])
			if isSiteName(head, siteName) {
				title, changed = tail, true
				break
			}
		}
	}
	if guess {
		title = cutChineseSiteName(title)
	}
	return title
}

// chineseSeparators join a Chinese headline and its site's name without
// spaces: "…成长--大河网", "…虚假宣传-搜狐财经".
var chineseSeparators = []string{"--", "——", "-", "|", "｜", "_"}

// cutChineseSiteName drops a short Chinese tail after such a separator,
// repeatedly ("…-报社新闻-查报纸网"); a Latin tail is left alone, since
// "COVID-19" and "Wi-Fi" are part of English headlines.
func cutChineseSiteName(title string) string {
	for changed := true; changed; {
		changed = false
		for _, sep := range chineseSeparators {
			i := strings.LastIndex(title, sep)
			if i <= 0 {
				continue
			}
			head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
			n := utf8.RuneCountInString(tail)
			if n >= 2 && n <= 12 && !strings.Contains(tail, " ") && hanShare(tail) >= 0.5 && utf8.RuneCountInString(head) > n+4 {
				title, changed = head, true
				break
			}
		}
	}
	return title
}

// hanShare is the share of Han characters among the runes of s.
func hanShare(s string) float64 {
	han, n := 0, 0
	for _, r := range s {
		n++
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(han) / float64(n)
}

func isSiteName(s, siteName string) bool {
	return siteName != "" && strings.EqualFold(strings.TrimSpace(s), strings.TrimSpace(siteName))
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// textOf concatenates the text under root, the scripts and styles inside
// it left out (a script root keeps its text: that is how JSON-LD is read).
func textOf(root *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n != root && n.Type == html.ElementNode && (n.DataAtom == atom.Style || n.DataAtom == atom.Noscript || n.DataAtom == atom.Script):
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

func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
