package crawler

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/claimwatch/claimwatch"
	"golang.org/x/text/encoding/traditionalchinese"
)

func redirect(to string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, to, http.StatusFound) }
}

func TestCrawlFailsEachBadPageOnceWithItsReasonAndGoesOn(t *testing.T) {
	big := strings.Repeat("x", 2000)
	s := newSiteH(t, handlers{
		"/news/": htmlPage(`<a href="/loop/a">1</a><a href="/hops/1">2</a><a href="/big-declared">3</a><a href="/big-chunked">4</a>
<a href="/missing">5</a><a href="/gone">6</a><a href="/report.pdf">7</a><a href="/ok">8</a><a href="/exact">9</a>`),
		"/loop/a": redirect("/loop/b"),
		"/loop/b": redirect("/loop/a"),
		"/hops/1": redirect("/hops/2"), "/hops/2": redirect("/hops/3"), "/hops/3": redirect("/hops/4"),
		"/hops/4": redirect("/hops/5"), "/hops/5": redirect("/hops/6"), "/hops/6": redirect("/hops/7"), "/hops/7": htmlPage("end"),
		"/big-declared": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Length", fmt.Sprint(len(big)))
			fmt.Fprint(w, big)
		},
		"/big-chunked": func(w http.ResponseWriter, _ *http.Request) {
			for range 4 {
				fmt.Fprint(w, big[:500])
				w.(http.Flusher).Flush()
			}
		},
		"/exact": htmlPage(big[:1000]),
		"/gone": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusGone)
			fmt.Fprint(w, "<p>This article was removed</p>")
		},
		"/report.pdf": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "application/pdf")
			fmt.Fprint(w, "%PDF-1.4")
		},
		"/ok": htmlPage("<p>fine</p>"),
	})
	got, st, logs := crawlWith(t, Options{MaxBodyBytes: 1000}, []claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/news/"}})
	if len(got.pages) != 2 || got.pages[s.URL+"/ok"].URL == "" || got.pages[s.URL+"/exact"].URL == "" {
		t.Errorf("pages %v, want /ok and /exact (a page of exactly the limit) only", keys(got.pages))
	}
	if st.Failed != 7 || st.TooLarge != 2 || st.WrongType != 1 {
		t.Errorf("stats %+v: want 7 failures, 2 too large, 1 not text", st)
	}
	for path, why := range map[string]string{
		"/loop/a":       "redirect loop via " + s.URL + "/loop/b",
		"/hops/1":       "stopped after 5 redirects",
		"/big-declared": "page larger than 1000 bytes (Content-Length 2000)",
		"/big-chunked":  "page larger than 1000 bytes",
		"/missing":      "HTTP 404",
		"/gone":         "HTTP 410",
		"/report.pdf":   "application/pdf",
	} {
		var lines []string
		for _, l := range strings.Split(logs, "\n") {
			if strings.Contains(l, "url="+s.URL+path+" ") && strings.Contains(l, "level=WARN") {
				lines = append(lines, l)
			}
		}
		if len(lines) != 1 || !strings.Contains(lines[0], why) {
			t.Errorf("%s: want one warning saying %q, got %q", path, why, lines)
		}
	}
}

func TestCrawlFetchesOneArticleReachedByManyURLsOnce(t *testing.T) {
	s := newSiteH(t, handlers{
		"/news/": htmlPage(`<a href="/a/1.html?utm_source=home">1</a> <a href="/a/1.html#comments">1</a> <a href="/a/1.html/">1</a>
<a href="/a/1.amp.html">amp</a> <a href="/a/2?amp=1">2</a> <a href="/a/2/">2</a> <a href="/a/2/amp">2</a>
<a href="/old/3">3 moved</a> <a href="/a/3.html">3</a> <a href="/a/4-print.html">4</a> <a href="/a/4.html">4</a>`),
		"/a/1.html":       htmlPage("<p>one</p>"),
		"/a/2":            htmlPage("<p>two</p>"),
		"/a/2/":           htmlPage("<p>two</p>"),
		"/old/3":          redirect("/a/3.html"),
		"/a/3.html":       htmlPage("<p>three</p>"),
		"/a/4-print.html": htmlPage(`<html><head><link rel="canonical" href="/a/4.html"></head><p>four</p></html>`),
		"/a/4.html":       htmlPage(`<html><head><link rel="canonical" href="/a/4.html"></head><p>four</p></html>`),
	})
	got, st, _ := crawlWith(t, Options{}, []claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/news/"}})
	for _, p := range []string{"/a/1.html", "/a/2", "/a/3.html"} {
		if n := s.count(p) + s.count(p+"/"); n != 1 {
			t.Errorf("%s fetched %d times, want once", p, n)
		}
	}
	if s.count("/a/1.amp.html") != 0 || s.count("/a/2/amp") != 0 {
		t.Errorf("fetched an AMP variant: %v", s.hits)
	}
	if len(got.pages) != 4 || st.Duplicates != 2 {
		t.Errorf("pages %v duplicates %d: want 4 articles, the redirect and the print copy recognised as duplicates", keys(got.pages), st.Duplicates)
	}
	if p, ok := got.pages[s.URL+"/a/4.html"]; !ok || p.FinalURL == "" {
		t.Errorf("the rel=canonical URL should name the page: %v", keys(got.pages))
	}
}

func TestCrawlDecodesGBKAndBig5Pages(t *testing.T) {
	big5, _ := traditionalchinese.Big5.NewEncoder().Bytes([]byte("<html><body><p>輝達第二季營收135億美元，創下歷史新高，資料中心業務大增。</p></body></html>"))
	s := newSiteH(t, handlers{
		"/news/": htmlPage(`<a href="/gbk.html">1</a><a href="/big5.html">2</a><a href="/big5-meta.html">3</a>`),
		"/gbk.html": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=GBK")
			w.Write(gbk(t, "<p>微软对OpenAI的100亿美元投资</p>"))
		},
		"/big5.html": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write(big5)
		},
		"/big5-meta.html": func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write(append([]byte(`<meta charset="big5">`), big5...))
		},
	})
	got, _, _ := crawlWith(t, Options{}, []claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/news/"}})
	for path, want := range map[string]string{"/gbk.html": "微软对OpenAI的100亿美元投资", "/big5.html": "輝達第二季營收135億美元", "/big5-meta.html": "135億美元"} {
		if p := got.pages[s.URL+path]; !strings.Contains(string(p.Body), want) {
			t.Errorf("%s: body %q (charset %q), want %q", path, p.Body, p.Charset, want)
		}
	}
}

func TestCrawlFollowsListingPagesUpToMaxDepth(t *testing.T) {
	s := newSiteH(t, handlers{
		"/list/1":   htmlPage(`<a href="/list/2">next</a><a href="/a/1.html">a</a>`),
		"/list/2":   htmlPage(`<a href="/list/3">next</a><a href="/a/2.html">a</a>`),
		"/list/3":   htmlPage(`<a href="/list/4">next</a><a href="/a/3.html">a</a>`),
		"/a/1.html": htmlPage("1"), "/a/2.html": htmlPage("2"), "/a/3.html": htmlPage("3"),
	})
	got, st, _ := crawlWith(t, Options{}, []claimwatch.Source{{Name: "s", Kind: claimwatch.KindSite, URL: s.URL + "/list/1",
		ArticlePattern: `/a/\d+\.html$`, FollowPattern: `/list/\d+$`, MaxDepth: 2}})
	if len(got.pages) != 2 || st.Listings != 2 || s.count("/list/3") != 0 {
		t.Errorf("pages %v listings %d: want two listing pages deep, no further", keys(got.pages), st.Listings)
	}
}

func TestCrawlFollowsCitedLinksOneStepToKnownSources(t *testing.T) {
	var a, b *site
	a = newSiteH(t, handlers{
		"/news/": htmlPage(`<a href="/a/repost.html">r</a>`),
		"/a/repost.html": func(w http.ResponseWriter, r *http.Request) {
			htmlPage(fmt.Sprintf(`<html><body><nav><a href="%[1]s/b/nav.html">B home</a></nav>
<article><p>As <a href="%[1]s/b/original.html">B reported</a>, OpenAI lost $540 million.
See also <a href="https://unknown.example/x">elsewhere</a> and <a href="/a/other.html">our earlier story</a>.</p>
<div class="related"><a href="%[1]s/b/related.html">related</a></div></article></body></html>`, b.URL))(w, r)
		},
		"/a/other.html": htmlPage("<p>other</p>"),
	})
	b = newSiteH(t, handlers{
		"/feed.xml": func(w http.ResponseWriter, _ *http.Request) {
			fmt.Fprint(w, `<rss version="2.0"><channel><title>b</title></channel></rss>`)
		},
		"/b/original.html": func(w http.ResponseWriter, r *http.Request) {
			htmlPage(fmt.Sprintf(`<article><p>The Information <a href="%s/b/source.html">said</a> so; <a href="%s/a/other.html">A</a> agrees.</p></article>`, b.URL, a.URL))(w, r)
		},
		"/b/source.html": htmlPage("<p>source</p>"),
	})
	got, st, _ := crawlWith(t, Options{}, []claimwatch.Source{
		{Name: "a", Kind: claimwatch.KindSite, URL: a.URL + "/news/", ArticlePattern: `/a/repost\.html$`, Lang: "en"},
		{Name: "b", Kind: claimwatch.KindFeed, URL: b.URL + "/feed.xml", Lang: "zh"},
	})
	p, ok := got.pages[b.URL+"/b/original.html"]
	if !ok || p.Source != "b" || p.LangHint != "zh" {
		t.Fatalf("cited page not fetched as b's: %v (%+v)", keys(got.pages), p.Source)
	}
	if len(got.pages) != 2 || st.Cited != 1 {
		t.Errorf("pages %v cited %d: want the repost and its one cited source, nothing further", keys(got.pages), st.Cited)
	}
	for _, path := range []string{"/b/source.html", "/b/nav.html", "/b/related.html"} {
		if b.count(path) != 0 {
			t.Errorf("fetched %s: only links in the article text, one step deep, are followed", path)
		}
	}
	if a.count("/a/other.html") != 0 {
		t.Error("followed a link to the article's own source as a citation")
	}
}
