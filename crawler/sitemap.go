package crawler

import (
	"bytes"
	"compress/gzip"
	"encoding/xml"
	"fmt"
	"io"
	"net/url"
	"sort"
	"strings"
	"time"

	"github.com/claimwatch/claimwatch"
)

// maxSitemapBytes is the most a sitemap may hold uncompressed (the
// sitemaps.org limit); it also stops a gzip bomb.
const maxSitemapBytes = 50 << 20

// Sitemap is what one sitemap file lists: further sitemaps (a sitemap
// index) or pages (a urlset), newest first where dates are given.
type Sitemap struct {
	Sitemaps []string
	Pages    []FeedLink
}

// ParseSitemap reads a sitemap, sitemap index or Google News sitemap,
// plain or gzip-compressed. A news entry's publication date and title fill
// the FeedLink's Item; a plain entry's lastmod only orders the pages.
func ParseSitemap(body []byte, baseURL string) (Sitemap, error) {
	var sm Sitemap
	if bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return sm, fmt.Errorf("sitemap: %w", err)
		}
		body, err = io.ReadAll(io.LimitReader(zr, maxSitemapBytes+1))
		if err != nil {
			return sm, fmt.Errorf("sitemap: %w", err)
		}
		if len(body) > maxSitemapBytes {
			return sm, fmt.Errorf("sitemap larger than %d bytes uncompressed", maxSitemapBytes)
		}
	}
	text, _, err := decode(body, "", false)
	if err != nil {
		return sm, fmt.Errorf("sitemap: %w", err)
	}
	var doc struct {
		XMLName  xml.Name
		Sitemaps []struct {
			Loc string `xml:"loc"`
		} `xml:"sitemap"`
		URLs []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
			News    struct {
				Published string `xml:"publication_date"`
				Title     string `xml:"title"`
			} `xml:"news"`
		} `xml:"url"`
	}
	dec := xml.NewDecoder(bytes.NewReader(utf8Declaration(text)))
	dec.Strict = false
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil } // already UTF-8
	if err := dec.Decode(&doc); err != nil {
		return sm, fmt.Errorf("sitemap: %w", err)
	}
	switch doc.XMLName.Local {
	case "sitemapindex", "urlset":
	default:
		return sm, fmt.Errorf("sitemap: root element <%s> is neither <urlset> nor <sitemapindex>", doc.XMLName.Local)
	}
	base, _ := url.Parse(baseURL)
	if base == nil {
		base = &url.URL{}
	}
	for _, s := range doc.Sitemaps {
		if abs := resolve(base, s.Loc); abs != "" {
			sm.Sitemaps = append(sm.Sitemaps, abs)
		}
	}
	type dated struct {
		link FeedLink
		when time.Time
	}
	var pages []dated
	for _, u := range doc.URLs {
		abs := resolve(base, u.Loc)
		if abs == "" {
			continue
		}
		d := dated{link: FeedLink{URL: abs}}
		if t, ok := sitemapTime(u.News.Published); ok {
			d.link.Item.Published, d.when = t, t
			d.link.Item.Title = cleanText(u.News.Title)
		} else if t, ok := sitemapTime(u.LastMod); ok {
			d.when = t
		}
		pages = append(pages, d)
	}
	// Newest first, so a page limit keeps the latest news.
	sort.SliceStable(pages, func(i, j int) bool { return pages[i].when.After(pages[j].when) })
	for _, p := range pages {
		sm.Pages = append(sm.Pages, p.link)
	}
	return sm, nil
}

// sitemapTime reads the W3C datetime forms sitemaps use.
func sitemapTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// asFeedItem returns the item a sitemap entry carries, nil when it
// carries nothing.
func asFeedItem(l FeedLink) *claimwatch.FeedItem {
	if l.Item == (claimwatch.FeedItem{}) {
		return nil
	}
	it := l.Item
	return &it
}
