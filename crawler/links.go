package crawler

import (
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// readListing queues the links of a listing page: further listing pages by
// the source's FollowPattern (up to MaxDepth), articles by its
// ArticlePattern or, without one, every other page on the same host.
func (r *run) readListing(j *job, doc *goquery.Document, page *url.URL) {
	base := baseOf(doc, page)
	maxDepth := max(j.src.src.MaxDepth, 1)
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		abs := resolve(base, a.AttrOr("href", ""))
		if abs == "" {
			return
		}
		if j.src.follow != nil && j.src.follow.MatchString(abs) {
			if j.depth < maxDepth {
				r.add(j, j.src, roleListing, abs, j.depth+1, nil, false)
			}
			return
		}
		if j.src.isArticle(abs, page) {
			r.add(j, j.src, roleArticle, abs, 0, nil, false)
		}
	})
}

// isArticle decides whether a link on a listing page leads to an article:
// by the source's pattern, or, without one, any page on the same host that
// is not the listing itself.
func (st *sourceState) isArticle(abs string, listing *url.URL) bool {
	if st.article != nil {
		return st.article.MatchString(abs)
	}
	u, err := url.Parse(abs)
	return err == nil && u.Host == listing.Host && dedupKey(Canonical(abs)) != dedupKey(Canonical(listing.String()))
}

func baseOf(doc *goquery.Document, page *url.URL) *url.URL {
	if h, ok := doc.Find("base[href]").Attr("href"); ok {
		if bu, err := page.Parse(strings.TrimSpace(h)); err == nil {
			return bu
		}
	}
	return page
}

func resolve(base *url.URL, href string) string {
	href = strings.TrimSpace(href)
	lower := strings.ToLower(href)
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(lower, "javascript:") || strings.HasPrefix(lower, "mailto:") {
		return ""
	}
	u, err := base.Parse(href)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// relCanonical returns the page's <link rel=canonical> in canonical form
// when it can be trusted to name the same article: on the same site
// (www. or not), not the site's front page and not the source's listing
// page, which is where misconfigured templates point every page.
func relCanonical(doc *goquery.Document, page *url.URL, st *sourceState) string {
	href, ok := doc.Find(`link[rel~="canonical"]`).First().Attr("href")
	if !ok {
		return ""
	}
	abs := resolve(page, href)
	if abs == "" {
		return ""
	}
	u, err := url.Parse(Canonical(abs))
	if err != nil || strings.TrimPrefix(u.Host, "www.") != strings.TrimPrefix(strings.ToLower(page.Host), "www.") {
		return ""
	}
	if u.Path == "/" || dedupKey(u.String()) == dedupKey(Canonical(st.src.URL)) {
		return ""
	}
	return u.String()
}

// bodySelectors find an article's text block, the most specific first.
var bodySelectors = []string{
	`[itemprop="articleBody"]`, "article", "main",
	".article-body, .article-content, .story-body, .post-content, .entry-content, #article, #content",
}

// boilerplate marks the parts of a page whose links are navigation, not
// citations.
const boilerplate = "nav, header, footer, aside, form, menu, " +
	`[class*="related"], [class*="share"], [class*="social"], [class*="comment"], [class*="breadcrumb"], [class*="menu"]`

// citedLinks returns the absolute links in the text of an article: inside
// its article element (or main, or the body), outside navigation, related
// stories and share bars. At most maxCitations are returned.
func citedLinks(doc *goquery.Document, page *url.URL) []string {
	base := baseOf(doc, page)
	scope := doc.Find("body")
	for _, sel := range bodySelectors {
		if s := doc.Find(sel).First(); s.Length() > 0 {
			scope = s
			break
		}
	}
	var out []string
	seen := map[string]bool{}
	scope.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		if len(out) >= maxCitations || a.ParentsUntilSelection(scope).Filter(boilerplate).Length() > 0 {
			return
		}
		abs := resolve(base, a.AttrOr("href", ""))
		if abs == "" || seen[abs] {
			return
		}
		seen[abs] = true
		out = append(out, abs)
	})
	return out
}
