package sample

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// start runs the demo sites for one test.
func start(t *testing.T) *Sites {
	t.Helper()
	s, err := Start()
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// get fetches u and returns the response (body read and closed) and body.
func get(t *testing.T, u string) (*http.Response, []byte) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatalf("GET %s: %v", u, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s: %v", u, err)
	}
	return resp, b
}

// mustOK fetches u, fails the test unless it answers 200, and returns it.
func mustOK(t *testing.T, u string) (*http.Response, []byte) {
	t.Helper()
	resp, b := get(t, u)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: status %d, want 200", u, resp.StatusCode)
	}
	return resp, b
}

func mediaType(t *testing.T, resp *http.Response) (string, string) {
	t.Helper()
	mt, params, err := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if err != nil {
		t.Fatalf("%s: Content-Type %q: %v", resp.Request.URL, resp.Header.Get("Content-Type"), err)
	}
	return mt, strings.ToLower(params["charset"])
}

func TestStartGivesEachSiteItsOwnHost(t *testing.T) {
	s := start(t)
	seen := map[string]string{}
	for _, name := range Names() {
		u := s.URL(name)
		if !strings.HasPrefix(u, "http://127.0.0.1:") || strings.HasSuffix(u, "/") {
			t.Errorf("URL(%q) = %q, want http://127.0.0.1:PORT", name, u)
		}
		if other, ok := seen[u]; ok {
			t.Errorf("%s and %s share %s", name, other, u)
		}
		seen[u] = name
	}
	if len(seen) < 4 {
		t.Errorf("%d sites, want at least 4", len(seen))
	}
	if u := s.URL("no-such-site"); u != "" {
		t.Errorf("URL of an unknown site = %q, want empty", u)
	}
}

func TestEveryFileIsServedWithLiveURLs(t *testing.T) {
	s := start(t)
	for _, name := range Names() {
		root, err := fs.Sub(files, path.Join("sites", name))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		err = fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			n++
			u := s.URL(name) + "/" + p
			resp, b := mustOK(t, u)
			if resp.Header.Get("Content-Type") == "" {
				t.Errorf("%s: no Content-Type", u)
			}
			if bytes.Contains(b, []byte("{{")) {
				t.Errorf("%s: placeholder left in the response", u)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			t.Errorf("site %s has no files", name)
		}
	}
}

func TestArticlePagesDeclareTheirCharset(t *testing.T) {
	s := start(t)
	for _, a := range Articles {
		t.Run(a.Site+a.Path, func(t *testing.T) {
			resp, b := mustOK(t, s.URL(a.Site)+a.Path)
			mt, cs := mediaType(t, resp)
			if mt != "text/html" {
				t.Errorf("media type %q, want text/html", mt)
			}
			meta := regexp.MustCompile(`(?i)<meta[^>]+charset="?([a-z0-9-]+)`).FindSubmatch(b)
			if meta == nil {
				t.Fatalf("no <meta> charset")
			}
			if got := strings.ToLower(string(meta[1])); got != a.Charset {
				t.Errorf("<meta> charset %q, want %q", got, a.Charset)
			}
			// The GBK page names its charset only in <meta>, on purpose.
			if cs != "" && cs != a.Charset {
				t.Errorf("Content-Type charset %q, want %q", cs, a.Charset)
			}
			if cs == "" && a.Charset == "utf-8" {
				t.Errorf("UTF-8 page served without a charset in Content-Type")
			}
			if valid := utf8.Valid(b); valid != (a.Charset == "utf-8") {
				t.Errorf("utf8.Valid = %v for a %s page", valid, a.Charset)
			}
		})
	}
}

func TestBig5AndGBKPagesAreEncoded(t *testing.T) {
	s := start(t)
	for _, c := range []struct {
		ref         Ref
		contentType string
	}{
		{daily(dailyBurn), "text/html; charset=big5"},
		{guigu(guiguChips), "text/html"},
	} {
		resp, b := mustOK(t, s.URL(c.ref.Site)+c.ref.Path)
		if got := resp.Header.Get("Content-Type"); got != c.contentType {
			t.Errorf("%s: Content-Type %q, want %q", c.ref.Path, got, c.contentType)
		}
		if utf8.Valid(b) {
			t.Errorf("%s: body is valid UTF-8, want Big5 or GBK bytes", c.ref.Path)
		}
		if i := bytes.Index(b, []byte("charset=")); i < 0 || i > 1024 {
			t.Errorf("%s: charset declared at byte %d, want within the first 1024 bytes where sniffers look", c.ref.Path, i)
		}
	}
}

// TestEncodedPagesMatchTheirSources checks that the Big5 and GBK files were
// produced from the UTF-8 sources under testdata/utf8, which Expected and
// Decoys are checked against: line for line, with the ASCII lines equal.
// To change such a page, edit its source and re-encode it, e.g.
// iconv -f UTF-8 -t BIG5 testdata/utf8/SITE/PATH > sites/SITE/PATH.
func TestEncodedPagesMatchTheirSources(t *testing.T) {
	for _, a := range Articles {
		if a.Charset == "utf-8" {
			continue
		}
		src, err := os.ReadFile(path.Join("testdata/utf8", a.Site, a.Path))
		if err != nil {
			t.Fatal(err)
		}
		enc, err := files.ReadFile(path.Join("sites", a.Site, a.Path))
		if err != nil {
			t.Fatal(err)
		}
		srcLines, encLines := bytes.Split(src, []byte("\n")), bytes.Split(enc, []byte("\n"))
		if len(srcLines) != len(encLines) {
			t.Fatalf("%s: %d lines, source has %d", a.Path, len(encLines), len(srcLines))
		}
		for i, l := range srcLines {
			ascii := true
			for _, c := range l {
				ascii = ascii && c < utf8.RuneSelf
			}
			if ascii && !bytes.Equal(l, encLines[i]) {
				t.Errorf("%s:%d: %q, source has %q", a.Path, i+1, encLines[i], l)
			}
			if !ascii && bytes.Equal(l, encLines[i]) {
				t.Errorf("%s:%d: not encoded", a.Path, i+1)
			}
		}
	}
}

// rss and atom hold the parts of the feeds the crawler relies on.
type rss struct {
	XMLName xml.Name `xml:"rss"`
	Version string   `xml:"version,attr"`
	Items   []struct {
		Title   string `xml:"title"`
		Link    string `xml:"link"`
		PubDate string `xml:"pubDate"`
		Content string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	} `xml:"channel>item"`
}

type atom struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Entries []struct {
		Title string `xml:"title"`
		Link  []struct {
			Rel  string `xml:"rel,attr"`
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Published string `xml:"published"`
		Content   string `xml:"content"`
	} `xml:"entry"`
}

// feedItem is what both feed formats say about one article.
type feedItem struct {
	link, published string
	full            bool
}

func TestFeedsParseAndLinkToLiveArticles(t *testing.T) {
	s := start(t)
	for _, c := range []struct {
		site, path, mediaType string
	}{
		{"ailedger", "/feed.xml", "application/rss+xml"},
		{"techdaily-tw", "/atom.xml", "application/atom+xml"},
		{"computewire", "/rss.xml", "application/rss+xml"},
	} {
		t.Run(c.site, func(t *testing.T) {
			resp, b := mustOK(t, s.URL(c.site)+c.path)
			if mt, _ := mediaType(t, resp); mt != c.mediaType {
				t.Errorf("media type %q, want %q", mt, c.mediaType)
			}
			var items []feedItem
			if c.mediaType == "application/atom+xml" {
				var f atom
				if err := xml.Unmarshal(b, &f); err != nil {
					t.Fatalf("parse Atom: %v", err)
				}
				for _, e := range f.Entries {
					it := feedItem{published: e.Published, full: e.Content != ""}
					for _, l := range e.Link {
						if l.Rel == "alternate" {
							it.link = l.Href
						}
					}
					items = append(items, it)
				}
			} else {
				var f rss
				if err := xml.Unmarshal(b, &f); err != nil {
					t.Fatalf("parse RSS: %v", err)
				}
				if f.Version != "2.0" {
					t.Errorf("RSS version %q, want 2.0", f.Version)
				}
				for _, it := range f.Items {
					items = append(items, feedItem{link: it.Link, published: it.PubDate, full: it.Content != ""})
				}
			}
			if len(items) < 2 {
				t.Fatalf("%d items, want at least 2", len(items))
			}
			for _, it := range items {
				if it.published == "" {
					t.Errorf("%s: no published date", it.link)
				}
				p, ok := strings.CutPrefix(it.link, s.URL(c.site))
				if !ok {
					t.Errorf("link %q is not on the live site %s", it.link, s.URL(c.site))
					continue
				}
				if !isArticle(Ref{c.site, p}) {
					t.Errorf("link %q is not in Articles", it.link)
				}
				mustOK(t, it.link)
			}
		})
	}
}

func TestSomeFeedItemsCarryOnlyASummary(t *testing.T) {
	s := start(t)
	_, b := mustOK(t, s.URL("ailedger")+"/feed.xml")
	var f rss
	if err := xml.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	full := 0
	for _, it := range f.Items {
		if it.Content != "" {
			full++
		}
	}
	if full == 0 || full == len(f.Items) {
		t.Errorf("%d of %d items carry full content, want some but not all", full, len(f.Items))
	}
}

var href = regexp.MustCompile(`href="([^"]+)"`)

func TestListingPageLinksArticlesAndMore(t *testing.T) {
	s := start(t)
	base := s.URL("guigu-caijing")
	_, b := mustOK(t, base+"/news/")
	links := map[string]bool{}
	for _, m := range href.FindAllSubmatch(b, -1) {
		links[string(m[1])] = true
	}
	article := regexp.MustCompile(`/news/\d+\.html$`)
	for _, want := range []string{guiguLosses, guiguMicrosoft, guiguChips, guiguPrivate, "/about.html", "/tag/ai"} {
		if !links[want] {
			t.Errorf("listing does not link %s", want)
		}
		mustOK(t, base+want)
	}
	// The private page matches the article pattern: only robots.txt keeps
	// a crawler out of it.
	if !article.MatchString(guiguPrivate) {
		t.Errorf("%s does not match the article pattern", guiguPrivate)
	}
	for _, p := range []string{"/about.html", "/tag/ai"} {
		if article.MatchString(p) {
			t.Errorf("%s matches the article pattern", p)
		}
	}
}

// disallows reads the Disallow rules that apply to every user agent.
func disallows(t *testing.T, robots []byte) []string {
	t.Helper()
	var rules []string
	star := false
	sc := bufio.NewScanner(bytes.NewReader(robots))
	for sc.Scan() {
		field, value, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		value = strings.TrimSpace(value)
		switch strings.ToLower(strings.TrimSpace(field)) {
		case "user-agent":
			star = value == "*"
		case "disallow":
			if star && value != "" {
				rules = append(rules, value)
			}
		}
	}
	return rules
}

func TestRobotsTxtIsServedAndDisallowsThePrivatePages(t *testing.T) {
	s := start(t)
	rules := map[string][]string{}
	for _, name := range Names() {
		resp, b := mustOK(t, s.URL(name)+"/robots.txt")
		if mt, _ := mediaType(t, resp); mt != "text/plain" {
			t.Errorf("%s robots.txt: media type %q, want text/plain", name, mt)
		}
		if !bytes.Contains(b, []byte("User-agent: *")) {
			t.Errorf("%s robots.txt has no rules for every agent", name)
		}
		rules[name] = disallows(t, b)
	}
	if len(Disallowed) == 0 {
		t.Fatal("no disallowed pages")
	}
	for _, d := range Disallowed {
		blocked := false
		for _, r := range rules[d.Site] {
			blocked = blocked || strings.HasPrefix(d.Path, r)
		}
		if !blocked {
			t.Errorf("robots.txt of %s does not disallow %s", d.Site, d.Path)
		}
		mustOK(t, s.URL(d.Site)+d.Path)
	}
	for _, a := range Articles {
		for _, r := range rules[a.Site] {
			if strings.HasPrefix(a.Path, r) {
				t.Errorf("article %s%s is disallowed by %q", a.Site, a.Path, r)
			}
		}
	}
}

func TestRepostsLinkTheLiveOriginal(t *testing.T) {
	s := start(t)
	cites := 0
	for _, a := range Articles {
		if len(a.Cites) == 0 {
			continue
		}
		_, b := mustOK(t, s.URL(a.Site)+a.Path)
		for _, c := range a.Cites {
			cites++
			u := s.URL(c.Site) + c.Path
			if !bytes.Contains(b, []byte(`href="`+u+`"`)) {
				t.Errorf("%s%s does not link %s", a.Site, a.Path, u)
			}
			if !isArticle(c) {
				t.Errorf("%s%s cites %v, which is not an article", a.Site, a.Path, c)
			}
			mustOK(t, u)
		}
	}
	if cites == 0 {
		t.Error("no article cites another")
	}
}

func TestFeedsYAMLNamesTheLiveSites(t *testing.T) {
	s := start(t)
	y := string(s.FeedsYAML())
	if strings.Contains(y, "{{") || strings.Contains(y, "}}") {
		t.Errorf("placeholders left in feeds.yaml:\n%s", y)
	}
	for _, name := range Names() {
		if !strings.Contains(y, "- name: "+name+"\n") {
			t.Errorf("feeds.yaml has no source %s", name)
		}
		if !strings.Contains(y, `url: "`+s.URL(name)+"/") {
			t.Errorf("feeds.yaml has no live URL for %s", name)
		}
	}
	for _, key := range []string{"user_agent:", "defaults:", "sources:", "entities:", "digest:", "article_pattern:"} {
		if !strings.Contains(y, key) {
			t.Errorf("feeds.yaml has no %s", key)
		}
	}
}

func TestConditionalGetAnswersNotModified(t *testing.T) {
	s := start(t)
	u := s.URL("ailedger") + "/feed.xml"
	resp, _ := mustOK(t, u)
	etag := resp.Header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("If-None-Match", etag)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotModified {
		t.Errorf("status %d, want 304", resp.StatusCode)
	}
}

func TestUnknownPagesAndSitesAre404(t *testing.T) {
	s := start(t)
	resp, _ := get(t, s.URL("ailedger")+"/no/such/page.html")
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown page: status %d, want 404", resp.StatusCode)
	}
	resp, _ = get(t, s.URL("ailedger")+"/../sample.go")
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("path outside the site: status %d, want 404", resp.StatusCode)
	}
	h := Handler("no-such-site", s.URL)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/robots.txt", nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("unknown site: status %d, want 404", rec.Code)
	}
}

// articleText returns the UTF-8 text of a page as written: the source under
// testdata/utf8 for the Big5 and GBK pages, the embedded file otherwise.
func articleText(t *testing.T, r Ref) string {
	t.Helper()
	b, err := os.ReadFile(path.Join("testdata/utf8", r.Site, r.Path))
	if err != nil {
		b, err = files.ReadFile(path.Join("sites", r.Site, r.Path))
	}
	if err != nil {
		t.Fatalf("%s%s: %v", r.Site, r.Path, err)
	}
	if !utf8.Valid(b) {
		t.Fatalf("%s%s: not UTF-8 and no source under testdata/utf8", r.Site, r.Path)
	}
	return string(b)
}

func isArticle(r Ref) bool {
	for _, a := range Articles {
		if a.Ref == r {
			return true
		}
	}
	return false
}

var (
	metrics = set("revenue", "annualized_revenue", "profit", "loss", "operating_cost", "compute_cost",
		"training_cost", "staff_cost", "cash_burn", "funding", "valuation", "capex", "users", "gpus", "employees", "other")
	units      = set("USD", "CNY", "TWD", "percent", "count")
	approxes   = set("exact", "about", "at_least", "at_most")
	modalities = set("reported", "forecast")
	pers       = set("", "day", "week", "month", "quarter", "year")
	timeForm   = regexp.MustCompile(`^(|\d{4}(-\d{2}|-Q[1-4]|-H[12])?|FY\d{4}(-Q[1-4])?)$`)
)

func set(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		m[w] = true
	}
	return m
}

func TestExpectedClaimsAreInTheirArticles(t *testing.T) {
	perArticle := map[Ref]int{}
	for _, c := range Expected {
		name := c.Site + c.Path + " " + c.Text
		if !isArticle(c.Ref) {
			t.Errorf("%s: not an article", name)
			continue
		}
		perArticle[c.Ref]++
		if !strings.Contains(articleText(t, c.Ref), c.Text) {
			t.Errorf("%s: text not in the article", name)
		}
		switch {
		case c.Entity == "":
			t.Errorf("%s: no entity", name)
		case !metrics[c.Metric]:
			t.Errorf("%s: metric %q not in CLAIMS.md", name, c.Metric)
		case !units[c.Unit]:
			t.Errorf("%s: unit %q", name, c.Unit)
		case !approxes[c.Approx]:
			t.Errorf("%s: approx %q", name, c.Approx)
		case !modalities[c.Modality]:
			t.Errorf("%s: modality %q", name, c.Modality)
		case !pers[c.Per]:
			t.Errorf("%s: per %q", name, c.Per)
		case !timeForm.MatchString(c.Time):
			t.Errorf("%s: time %q", name, c.Time)
		case c.Change != (c.Unit == "percent" && c.Metric != "other"):
			t.Errorf("%s: change %v for a %s %s", name, c.Change, c.Unit, c.Metric)
		case c.Lang != articleLang(c.Ref):
			t.Errorf("%s: lang %q, the article's is %q", name, c.Lang, articleLang(c.Ref))
		}
	}
	for _, a := range Articles {
		if perArticle[a.Ref] == 0 {
			t.Errorf("%s%s: no expected claims", a.Site, a.Path)
		}
	}
}

func articleLang(r Ref) string {
	for _, a := range Articles {
		if a.Ref == r {
			return a.Lang
		}
	}
	return ""
}

func TestDecoysAreInTheirPages(t *testing.T) {
	for _, d := range Decoys {
		if !strings.Contains(articleText(t, d.Ref), d.Text) {
			t.Errorf("%s%s: decoy %q not in the page", d.Site, d.Path, d.Text)
		}
		if d.Why == "" {
			t.Errorf("%s%s: decoy %q has no reason", d.Site, d.Path, d.Text)
		}
	}
}
