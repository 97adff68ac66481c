package crawler

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch"
)

func TestParseFeedReadsEveryKind(t *testing.T) {
	const base = "https://news.example.com/feeds/all.xml"
	for _, tc := range []struct {
		name, ct string
		body     []byte
		urls     []string
		title    string // of the first item
		dated    bool   // the first item has a date
	}{
		{"rss 0.91", "text/xml", []byte(`<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>t</title><link>https://news.example.com/</link><description>d</description><language>en</language>
<item><title>OpenAI loses $540 million</title><link>https://news.example.com/a/1.html</link><description>s</description></item>
</channel></rss>`), []string{"https://news.example.com/a/1.html"}, "OpenAI loses $540 million", false},
		{"rss 1.0 rdf", "application/rdf+xml", []byte(`<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.example.com/"><title>t</title><link>https://news.example.com/</link><description>d</description>
<items><rdf:Seq><rdf:li resource="https://news.example.com/a/2.html"/></rdf:Seq></items></channel>
<item rdf:about="https://news.example.com/a/2.html"><title>Anthropic raises $450 million</title><link>https://news.example.com/a/2.html</link><dc:date>2023-05-23T09:00:00Z</dc:date></item>
</rdf:RDF>`), []string{"https://news.example.com/a/2.html"}, "Anthropic raises $450 million", true},
		{"rss 2.0 relative links and entities", "application/rss+xml", []byte(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>
<item><title>Nvidia&nbsp;revenue &amp; profit</title><link>/a/3.html</link><pubDate>Wed, 23 Aug 2023 20:00:00 GMT</pubDate></item>
<item><title>second</title><link>../b/4.html</link></item>
<item><title>guid only</title><guid isPermaLink="true">https://news.example.com/a/5.html</guid></item>
</channel></rss>`), []string{"https://news.example.com/a/3.html", "https://news.example.com/b/4.html", "https://news.example.com/a/5.html"}, "Nvidia revenue & profit", true},
		{"atom", "application/atom+xml", []byte(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:x</id><updated>2023-08-15T08:00:00Z</updated>
<entry><title type="html">Microsoft &amp;amp; OpenAI</title><id>urn:1</id><link rel="alternate" href="https://news.example.com/a/6.html"/><updated>2023-08-15T08:00:00Z</updated><summary>s</summary><author><name>Ann</name></author></entry>
</feed>`), []string{"https://news.example.com/a/6.html"}, "Microsoft & OpenAI", true},
		{"json feed", "application/feed+json", []byte(`{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[
{"id":"1","url":"https://news.example.com/a/7.html","title":"xAI valued at $24 billion","summary":"s","date_published":"2024-05-27T10:00:00Z"},
{"id":"2","url":"/a/8.html","title":"relative"}]}`), []string{"https://news.example.com/a/7.html", "https://news.example.com/a/8.html"}, "xAI valued at $24 billion", true},
		{"broken xml repaired", "application/rss+xml", []byte("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>AT&T news</title>\n" +
			"<item><title>Revenue\x01 up&nbsp;5% at AT&T &copy; 2023&#1;</title><description>Line<br>break <img src=\"x.png\"></description><link>https://news.example.com/a/9.html?x=1&y=2</link></item>\n" +
			"</channel></rss>"), []string{"https://news.example.com/a/9.html?x=1&y=2"}, "Revenue up 5% at AT&T © 2023", false},
		{"truncated feed keeps its complete items", "application/rss+xml", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
<item><title>whole</title><link>https://news.example.com/a/13.html</link></item>
<item><title>cut sh`), []string{"https://news.example.com/a/13.html"}, "whole", false},
		{"declared utf-8 but gbk", "application/rss+xml", append([]byte(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title><item><title>`),
			append(gbk(t, "微软对OpenAI的100亿美元投资可能会让该公司暂时维持下去，今年5月其亏损还翻了一番"), []byte(`</title><link>https://news.example.com/a/10.html</link></item></channel></rss>`)...)...),
			[]string{"https://news.example.com/a/10.html"}, "微软对OpenAI的100亿美元投资可能会让该公司暂时维持下去，今年5月其亏损还翻了一番", false},
		{"declared gb2312 but utf-8", "text/xml; charset=gb2312", []byte(`<?xml version="1.0" encoding="gb2312"?><rss version="2.0"><channel><title>t</title><item><title>日耗70萬美元</title><link>https://news.example.com/a/11.html</link></item></channel></rss>`),
			[]string{"https://news.example.com/a/11.html"}, "日耗70萬美元", false},
		{"gbk declared in xml only", "application/xml", append([]byte(`<?xml version="1.0" encoding="GBK"?><rss version="2.0"><channel><title>t</title><item><title>`),
			append(gbk(t, "亏损5.4亿美元"), []byte(`</title><link>https://news.example.com/a/12.html</link></item></channel></rss>`)...)...),
			[]string{"https://news.example.com/a/12.html"}, "亏损5.4亿美元", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			links, err := ParseFeed(tc.body, tc.ct, base)
			if err != nil {
				t.Fatal(err)
			}
			var urls []string
			for _, l := range links {
				urls = append(urls, l.URL)
			}
			if strings.Join(urls, " ") != strings.Join(tc.urls, " ") {
				t.Errorf("urls %v, want %v", urls, tc.urls)
			}
			if len(links) > 0 {
				if links[0].Item.Title != tc.title {
					t.Errorf("title %q, want %q", links[0].Item.Title, tc.title)
				}
				if links[0].Item.Published.IsZero() == tc.dated {
					t.Errorf("published %v, want dated=%v", links[0].Item.Published, tc.dated)
				}
			}
		})
	}
}

func TestParseFeedReportsWhatItCannotRead(t *testing.T) {
	for _, body := range []string{`<rss><channel><item><title>unclosed`, `<html><body>moved</body></html>`, `{"not":"a feed"`, ``} {
		if _, err := ParseFeed([]byte(body), "", "https://x.example/"); err == nil || !strings.Contains(err.Error(), "malformed feed") {
			t.Errorf("ParseFeed(%q) err %v, want a malformed feed", body, err)
		}
	}
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func TestCrawlReadsSitemapIndexGzipAndNewsSitemaps(t *testing.T) {
	var s *site
	s = newSiteH(t, handlers{
		"/sitemap_index.xml": func(w http.ResponseWriter, _ *http.Request) {
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>%[1]s/sitemap-news.xml</loc></sitemap><sitemap><loc>%[1]s/sitemap-old.xml.gz</loc></sitemap></sitemapindex>`, s.URL)
		},
		"/sitemap-news.xml": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/xml")
			fmt.Fprintf(w, `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>%[1]s/a/1.html</loc><news:news><news:publication><news:name>X</news:name><news:language>en</news:language></news:publication>
<news:publication_date>2024-05-27T10:00:00+08:00</news:publication_date><news:title>xAI raises $6 billion</news:title></news:news></url>
<url><loc>%[1]s/tag/ai</loc></url>
</urlset>`, s.URL)
		},
		"/sitemap-old.xml.gz": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/x-gzip")
			w.Write(gzipped(fmt.Appendf(nil, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>%s/a/2.html</loc><lastmod>2023-01-01</lastmod></url></urlset>`, s.URL)))
		},
		"/a/1.html": htmlPage("<p>one</p>"),
		"/a/2.html": htmlPage("<p>two</p>"),
		"/tag/ai":   htmlPage("<p>tag</p>"),
		"/news/":    htmlPage(""),
	})
	got, st, logs := crawlWith(t, Options{}, []claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/news/",
		Sitemap: s.URL + "/sitemap_index.xml", ArticlePattern: `/a/\d+\.html$`}})
	if len(got.pages) != 2 || st.Sitemaps != 3 {
		t.Fatalf("pages %v sitemaps %d, want the two articles (not the tag page) from three sitemaps\n%s", keys(got.pages), st.Sitemaps, logs)
	}
	p := got.pages[s.URL+"/a/1.html"]
	want := time.Date(2024, 5, 27, 2, 0, 0, 0, time.UTC)
	if p.Feed == nil || !p.Feed.Published.Equal(want) || p.Feed.Title != "xAI raises $6 billion" {
		t.Errorf("news sitemap item %+v, want published %v", p.Feed, want)
	}
	if p := got.pages[s.URL+"/a/2.html"]; p.Feed != nil {
		t.Errorf("plain sitemap entry carries %+v: lastmod is not a publication date", p.Feed)
	}
}

func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(`<?xml version="1.0" encoding="gbk"?><rss version="2.0"><channel><item><title>a&nbsp;b</title><link>/x</link></item></channel></rss>`), "application/rss+xml")
	f.Add([]byte(`<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="x"/><![CDATA[`), "")
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"url":"/a"}]}`), "application/json")
	f.Add([]byte("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><item>&#x1;&bogus;&\x00</item>"), "text/xml; charset=big5")
	f.Fuzz(func(t *testing.T, body []byte, ct string) {
		links, err := ParseFeed(body, ct, "https://example.com/feed")
		if err != nil {
			return
		}
		for _, l := range links {
			if !strings.HasPrefix(l.URL, "http://") && !strings.HasPrefix(l.URL, "https://") {
				t.Fatalf("link %q is not absolute http(s)", l.URL)
			}
		}
	})
}

func FuzzParseSitemap(f *testing.F) {
	f.Add([]byte(`<urlset><url><loc>/a</loc><lastmod>2024-01-01</lastmod></url></urlset>`))
	f.Add(gzipped([]byte(`<sitemapindex><sitemap><loc>https://x/s.xml</loc></sitemap></sitemapindex>`)))
	f.Fuzz(func(t *testing.T, body []byte) {
		sm, err := ParseSitemap(body, "https://example.com/sitemap.xml")
		if err == nil {
			for _, p := range sm.Pages {
				if !strings.HasPrefix(p.URL, "http") {
					t.Fatalf("page %q is not absolute", p.URL)
				}
			}
		}
	})
}
