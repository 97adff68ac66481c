// Package crawler fetches what feeds.yaml names: it reads feeds with gofeed
// and crawls listing pages with colly, obeys robots.txt, keeps one request
// at a time per host with the configured delay, and hands every article page
// on decoded to UTF-8. Failures are logged once each and the crawl goes on.
package crawler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/claimwatch/claimwatch"
	"github.com/gocolly/colly/v2"
	"github.com/mmcdole/gofeed"
)

// Options configures a crawl.
type Options struct {
	UserAgent    string
	Timeout      time.Duration // one request; 0 means 30s
	MaxBodyBytes int           // 0 means 8 MiB
	Logger       *slog.Logger  // nil means slog.Default()
	// Seen reports whether an article URL (canonical) was stored before; such
	// pages are not fetched again. Nil fetches everything.
	Seen func(url string) bool
	// Progress is called after every request with the running totals.
	Progress func(Stats)
	// Transport replaces the HTTP transport (tests); nil uses the default.
	Transport http.RoundTripper
}

// Stats counts what a crawl did.
type Stats struct {
	Requests int64 // finished requests, feeds and listings included
	Feeds    int64 // feeds read
	Pages    int64 // article pages handed on
	Skipped  int64 // article URLs already stored, or over a page limit
	Blocked  int64 // refused by robots.txt
	Failed   int64 // requests or feeds that failed
}

// Crawler fetches sources. It is cheap; make one per run.
type Crawler struct {
	opts Options
	log  *slog.Logger
}

// New returns a Crawler with opts.
func New(opts Options) *Crawler {
	if opts.Timeout == 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.MaxBodyBytes == 0 {
		opts.MaxBodyBytes = 8 << 20
	}
	if opts.UserAgent == "" {
		opts.UserAgent = "claimwatch/0.1"
	}
	l := opts.Logger
	if l == nil {
		l = slog.Default()
	}
	return &Crawler{opts: opts, log: l}
}

// What a request is for, kept in the colly context.
const (
	roleFeed    = "feed"
	roleListing = "listing"
	roleArticle = "article"
)

// run is the state of one Crawl call.
type run struct {
	c       *Crawler
	col     *colly.Collector
	emit    func(claimwatch.Page)
	sources map[string]*sourceState
	stats   Stats
	mu      sync.Mutex
	queued  map[string]bool
}

type sourceState struct {
	src     claimwatch.Source
	pattern *regexp.Regexp
	pages   atomic.Int64
}

// Crawl fetches every source and calls emit for each article page, from
// several goroutines at once. It returns when all requests are done or ctx
// is cancelled; what was fetched before a cancellation has been emitted.
func (c *Crawler) Crawl(ctx context.Context, sources []claimwatch.Source, emit func(claimwatch.Page)) (Stats, error) {
	r := &run{c: c, emit: emit, sources: map[string]*sourceState{}, queued: map[string]bool{}}
	col := colly.NewCollector(
		colly.UserAgent(c.opts.UserAgent),
		colly.Async(true),
		colly.MaxBodySize(c.opts.MaxBodyBytes),
		colly.StdlibContext(ctx),
		colly.ParseHTTPErrorResponse(),
	)
	col.IgnoreRobotsTxt = false // colly's default is to ignore it
	col.SetRequestTimeout(c.opts.Timeout)
	if c.opts.Transport != nil {
		col.WithTransport(c.opts.Transport)
	}
	var allowed []string
	delays := map[string]time.Duration{}
	for _, s := range sources {
		st := &sourceState{src: s}
		if s.ArticlePattern != "" {
			st.pattern = regexp.MustCompile(s.ArticlePattern) // validated by config
		}
		r.sources[s.Name] = st
		allowed = append(allowed, s.AllowedDomains...)
		if u, err := url.Parse(s.URL); err == nil {
			allowed = append(allowed, u.Hostname())
			if s.Delay > delays[u.Host] {
				delays[u.Host] = s.Delay
			}
		}
	}
	col.AllowedDomains = allowed
	// One rule per host: colly's limits are per rule, so a single "*" rule
	// would serialise every host behind one another.
	var maxDelay time.Duration
	for host, d := range delays {
		if err := col.Limit(&colly.LimitRule{DomainGlob: host, Parallelism: 1, Delay: d}); err != nil {
			return r.stats, fmt.Errorf("crawl: limit %s: %w", host, err)
		}
		maxDelay = max(maxDelay, d)
	}
	if err := col.Limit(&colly.LimitRule{DomainGlob: "*", Parallelism: 1, Delay: maxDelay}); err != nil {
		return r.stats, fmt.Errorf("crawl: %w", err)
	}
	col.OnResponse(r.onResponse)
	col.OnError(r.onError)
	r.col = col

	for _, s := range sources {
		role := roleFeed
		if s.Kind == claimwatch.KindSite {
			role = roleListing
		}
		r.visit(s.Name, role, s.URL, nil)
	}
	col.Wait()
	return r.snapshot(), ctx.Err()
}

func (r *run) snapshot() Stats {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stats
}

func (r *run) count(f func(*Stats)) {
	r.mu.Lock()
	f(&r.stats)
	s := r.stats
	r.mu.Unlock()
	if r.c.opts.Progress != nil {
		r.c.opts.Progress(s)
	}
}

// visit queues one request. Errors that stop a request before it is sent
// (robots.txt, domains, duplicates) are counted here.
func (r *run) visit(source, role, raw string, item *claimwatch.FeedItem) {
	u := Canonical(raw)
	st := r.sources[source]
	if role == roleArticle {
		r.mu.Lock()
		dup := r.queued[u]
		r.queued[u] = true
		r.mu.Unlock()
		if dup {
			return
		}
		if r.c.opts.Seen != nil && r.c.opts.Seen(u) {
			r.count(func(s *Stats) { s.Skipped++ })
			return
		}
		if n := st.pages.Add(1); st.src.MaxPages > 0 && n > int64(st.src.MaxPages) {
			r.count(func(s *Stats) { s.Skipped++ })
			return
		}
	}
	ctx := colly.NewContext()
	ctx.Put("source", source)
	ctx.Put("role", role)
	ctx.Put("url", u)
	if item != nil {
		ctx.Put("item", item)
	}
	err := r.col.Request(http.MethodGet, u, nil, ctx, nil)
	switch {
	case err == nil:
	case errors.Is(err, colly.ErrRobotsTxtBlocked):
		r.c.log.Info("skipped: robots.txt disallows it", "url", u, "source", source)
		r.count(func(s *Stats) { s.Blocked++ })
	case errors.As(err, new(*colly.AlreadyVisitedError)):
	case errors.Is(err, colly.ErrForbiddenDomain):
		r.c.log.Debug("skipped: outside the source's allowed domains", "url", u, "source", source)
	default:
		r.c.log.Warn("fetch failed", "url", u, "source", source, "err", err)
		r.count(func(s *Stats) { s.Failed++ })
	}
}

func (r *run) onError(resp *colly.Response, err error) {
	u := resp.Request.Ctx.Get("url")
	source := resp.Request.Ctx.Get("source")
	if resp.StatusCode != 0 {
		err = fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	r.c.log.Warn("fetch failed", "url", u, "source", source, "err", reason(err))
	r.count(func(s *Stats) { s.Requests++; s.Failed++ })
}

// reason shortens net/http's error chains to what a reader needs.
func reason(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	return err.Error()
}

func (r *run) onResponse(resp *colly.Response) {
	ctx := resp.Request.Ctx
	source, role := ctx.Get("source"), ctx.Get("role")
	st := r.sources[source]
	r.count(func(s *Stats) { s.Requests++ })
	if len(resp.Body) >= r.c.opts.MaxBodyBytes {
		r.c.log.Warn("page truncated at the size limit", "url", resp.Request.URL.String(), "bytes", r.c.opts.MaxBodyBytes)
	}
	switch role {
	case roleFeed:
		r.readFeed(st, resp)
	case roleListing:
		r.readListing(st, resp)
	case roleArticle:
		r.readArticle(st, resp)
	}
}

func (r *run) readFeed(st *sourceState, resp *colly.Response) {
	feedURL := resp.Request.URL.String()
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
	if err != nil {
		r.c.log.Warn("malformed feed", "url", feedURL, "source", st.src.Name, "err", err)
		r.count(func(s *Stats) { s.Failed++ })
		return
	}
	r.count(func(s *Stats) { s.Feeds++ })
	for _, it := range feed.Items {
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		abs := resolve(resp.Request.URL, link)
		if abs == "" {
			r.c.log.Warn("feed item without a usable link", "feed", feedURL, "title", it.Title)
			continue
		}
		fi := &claimwatch.FeedItem{Title: strings.TrimSpace(it.Title), Summary: it.Description}
		if it.PublishedParsed != nil {
			fi.Published = *it.PublishedParsed
		} else if it.UpdatedParsed != nil {
			fi.Published = *it.UpdatedParsed
		}
		if it.Author != nil {
			fi.Author = it.Author.Name
		}
		r.visit(st.src.Name, roleArticle, abs, fi)
	}
}

func (r *run) readListing(st *sourceState, resp *colly.Response) {
	body, _, err := r.decode(resp)
	if err != nil {
		r.c.log.Warn("undecodable listing page", "url", resp.Request.URL.String(), "err", err)
		r.count(func(s *Stats) { s.Failed++ })
		return
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(body))
	if err != nil {
		r.c.log.Warn("unreadable listing page", "url", resp.Request.URL.String(), "err", err)
		r.count(func(s *Stats) { s.Failed++ })
		return
	}
	base := resp.Request.URL
	if h, ok := doc.Find("base[href]").Attr("href"); ok {
		if bu, err := base.Parse(h); err == nil {
			base = bu
		}
	}
	doc.Find("a[href]").Each(func(_ int, a *goquery.Selection) {
		abs := resolve(base, a.AttrOr("href", ""))
		if abs == "" || !st.isArticle(abs, resp.Request.URL) {
			return
		}
		r.visit(st.src.Name, roleArticle, abs, nil)
	})
}

// isArticle decides whether a link on a listing page leads to an article:
// by the source's pattern, or, without one, any page on the same host that
// is not the listing itself.
func (st *sourceState) isArticle(abs string, listing *url.URL) bool {
	if st.pattern != nil {
		return st.pattern.MatchString(abs)
	}
	u, err := url.Parse(abs)
	return err == nil && u.Host == listing.Host && Canonical(abs) != Canonical(listing.String())
}

func resolve(base *url.URL, href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") || strings.HasPrefix(strings.ToLower(href), "mailto:") {
		return ""
	}
	u, err := base.Parse(href)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return u.String()
}

// decode turns a response body into UTF-8. colly has already decoded bodies
// whose Content-Type names a charset; the rest are decoded here.
func (r *run) decode(resp *colly.Response) ([]byte, string, error) {
	ct := resp.Headers.Get("Content-Type")
	if _, params, err := mime.ParseMediaType(ct); err == nil && params["charset"] != "" && isUTF8(resp.Body) {
		return resp.Body, strings.ToLower(params["charset"]), nil
	}
	return Decode(resp.Body, ct)
}

func (r *run) readArticle(st *sourceState, resp *colly.Response) {
	u := resp.Request.Ctx.Get("url")
	ct := resp.Headers.Get("Content-Type")
	if mt, _, _ := mime.ParseMediaType(ct); ct != "" && !textual(mt) {
		r.c.log.Warn("skipped: not a text page", "url", u, "content_type", ct)
		r.count(func(s *Stats) { s.Failed++ })
		return
	}
	body, cs, err := r.decode(resp)
	if err != nil {
		r.c.log.Warn("undecodable page", "url", u, "err", err)
		r.count(func(s *Stats) { s.Failed++ })
		return
	}
	if cs != "utf-8" {
		r.c.log.Info("decoded a non-UTF-8 page", "url", u, "charset", cs)
	}
	p := claimwatch.Page{
		URL:         u,
		FinalURL:    Canonical(resp.Request.URL.String()),
		Source:      st.src.Name,
		Status:      resp.StatusCode,
		Header:      *resp.Headers,
		ContentType: ct,
		Charset:     cs,
		Body:        body,
		FetchedAt:   time.Now().UTC(),
		LangHint:    st.src.Lang,
		ScriptHint:  st.src.Script,
	}
	if it, ok := resp.Request.Ctx.GetAny("item").(*claimwatch.FeedItem); ok {
		p.Feed = it
	}
	r.count(func(s *Stats) { s.Pages++ })
	r.emit(p)
}

func textual(mt string) bool {
	return strings.HasPrefix(mt, "text/") || mt == "application/xhtml+xml" || strings.HasSuffix(mt, "+xml") || mt == "application/xml"
}

func isUTF8(b []byte) bool { return utf8.Valid(b) }
