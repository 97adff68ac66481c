// Package crawler fetches what feeds.yaml names: it reads feeds with gofeed,
// crawls listing pages and sitemaps with colly, follows the links an
// article cites one step, and hands every article page on decoded to UTF-8.
//
// It is polite by default: robots.txt is read once per host and obeyed,
// Crawl-delay included; each host gets at most its source's Concurrency
// requests at a time, spaced by its Delay; 429 and 503 answers hold the
// host for as long as Retry-After asks. Feeds and pages are fetched
// conditionally (ETag, Last-Modified) when a State is given, and every
// response can be archived raw in WARC files. Failures are logged once each,
// with the URL and the reason, counted, and the crawl goes on.
package crawler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/gocolly/colly/v2"
)

// State remembers the validators (RFC 9110 ETag and Last-Modified) of what
// earlier crawls fetched, so a crawl can ask a server whether a feed or
// page changed and skip it when it did not.
type State interface {
	// Validators returns the validators of the last 200 answer for url (a
	// canonical URL), empty when there was none.
	Validators(url string) (etag, lastModified string)
	// SaveValidators records the validators of a 200 answer for url.
	SaveValidators(url, etag, lastModified string) error
}

// Options configures a crawl. The zero value is a polite crawler.
type Options struct {
	// UserAgent names the crawler to servers and to robots.txt, e.g.
	// "claimwatch/0.3 (+https://example.org/contact)".
	UserAgent    string
	Timeout      time.Duration // one request, body included; 0 means 30s
	MaxBodyBytes int           // larger answers fail as too large; 0 means 8 MiB
	MaxRedirects int           // 0 means 5
	// MaxRetries is how often one URL is retried after 429 or 503; 0 means
	// 3, negative means never.
	MaxRetries int
	// MaxRetryAfter caps one back-off (a Retry-After of a day is not
	// waited for); 0 means 5 minutes.
	MaxRetryAfter time.Duration
	// RetryBackoff is the first back-off when a 429 or 503 names no
	// Retry-After; it doubles with each retry. 0 means 10s.
	RetryBackoff time.Duration
	// MaxCrawlDelay caps a robots.txt Crawl-delay; 0 means 60s.
	MaxCrawlDelay time.Duration
	// Workers is the most requests in flight over all hosts; 0 means 16.
	Workers int
	Logger  *slog.Logger // nil means slog.Default()
	// Seen reports whether an article URL (canonical) was stored before; such
	// pages are not fetched again. Nil fetches everything.
	Seen func(url string) bool
	// State, when set, makes fetches conditional and records validators.
	State State
	// ArchiveDir, when set, receives every response raw in WARC files.
	ArchiveDir string
	// ArchiveMaxBytes is the size at which a WARC file is rotated; 0 means
	// 100 MB.
	ArchiveMaxBytes int64
	// NoCitations turns off following the links an article cites.
	NoCitations bool
	// Progress is called after every change with the running totals, from
	// several goroutines.
	Progress func(Stats)
	// Transport replaces the HTTP transport (tests); nil uses a clone of
	// http.DefaultTransport.
	Transport http.RoundTripper
}

// Stats counts what a crawl did.
type Stats struct {
	Requests    int64 `json:"requests"`     // HTTP requests finished, robots.txt and retries included
	Queued      int64 `json:"queued"`       // URLs waiting or in flight; after a cancelled crawl, those left undone
	Feeds       int64 `json:"feeds"`        // feeds read
	Listings    int64 `json:"listings"`     // listing pages read
	Sitemaps    int64 `json:"sitemaps"`     // sitemaps read
	Pages       int64 `json:"pages"`        // article pages handed on
	Cited       int64 `json:"cited"`        // of Pages, those fetched because an article cited them
	NotModified int64 `json:"not_modified"` // 304 answers: unchanged since the last crawl, not processed
	Skipped     int64 `json:"skipped"`      // article URLs already stored, or over a page limit
	Duplicates  int64 `json:"duplicates"`   // pages already handed on under another URL
	Blocked     int64 `json:"blocked"`      // refused by robots.txt
	Retries     int64 `json:"retries"`      // back-offs after 429 or 503
	Failed      int64 `json:"failed"`       // requests, feeds and pages that failed, for any reason
	TooLarge    int64 `json:"too_large"`    // of Failed, answers over MaxBodyBytes
	WrongType   int64 `json:"wrong_type"`   // of Failed, article pages that were not text
	Bytes       int64 `json:"bytes"`        // body bytes received
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
	if opts.MaxRedirects == 0 {
		opts.MaxRedirects = 5
	}
	if opts.MaxRetries == 0 {
		opts.MaxRetries = 3
	}
	if opts.MaxRetryAfter == 0 {
		opts.MaxRetryAfter = 5 * time.Minute
	}
	if opts.RetryBackoff == 0 {
		opts.RetryBackoff = 10 * time.Second
	}
	if opts.MaxCrawlDelay == 0 {
		opts.MaxCrawlDelay = 60 * time.Second
	}
	if opts.Workers <= 0 {
		opts.Workers = 16
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

// role says what a request is for.
type role string

const (
	roleFeed    role = "feed"
	roleListing role = "listing"
	roleSitemap role = "sitemap"
	roleArticle role = "article"
)

// maxSitemapDepth bounds sitemap indexes of sitemap indexes.
const maxSitemapDepth = 3

// maxCitations bounds the cited links followed from one article.
const maxCitations = 20

// sourceState is a source with its compiled rules.
type sourceState struct {
	src     claimwatch.Source
	host    string // hostname of URL, lower case
	article *regexp.Regexp
	follow  *regexp.Regexp
	pages   atomic.Int64
}

// job is one URL to fetch. Jobs form a tree (a feed and its items), so
// that a feed's validators are saved only once everything it listed was
// dealt with: a feed answered 304 next time is not read again, and an item
// that failed for a passing reason would otherwise never be retried.
type job struct {
	url    string // canonical; what is requested
	src    *sourceState
	role   role
	depth  int // listing depth (1: the source URL) or sitemap depth
	item   *claimwatch.FeedItem
	cited  bool
	parent *job
	tries  int

	pending    atomic.Int32 // itself and children not yet settled
	incomplete atomic.Bool  // something in the subtree failed for a passing reason
	etag       string       // validators to save once the subtree is done
	lastMod    string
}

// host is the politeness state of one scheme://host:port.
type host struct {
	base *url.URL

	mu       sync.Mutex
	queue    []*job
	running  bool // a dispatcher goroutine serves the queue
	inFlight int
	// limit and delay come from the sources that reach the host; until
	// one has (a host only redirected to), one request at a time.
	configured bool
	limit      int
	delay      time.Duration // the configured delay
	crawl      time.Duration // robots.txt Crawl-delay, capped
	next       time.Time     // no request starts before
	hold       time.Time     // back-off after 429/503: nothing starts before
	wake       chan struct{}

	robotsMu sync.Mutex
	robots   *robots
}

func (h *host) signal() {
	select {
	case h.wake <- struct{}{}:
	default:
	}
}

// run is the state of one Crawl call.
type run struct {
	c       *Crawler
	ctx     context.Context
	col     *colly.Collector
	robotsC *http.Client
	emit    func(claimwatch.Page)
	sources []*sourceState
	archive *warcWriter
	sem     chan struct{}
	wg      sync.WaitGroup

	mu      sync.Mutex
	stats   Stats
	hosts   map[string]*host
	seen    map[string]bool // dedup keys of URLs queued
	emitted map[string]bool // dedup keys of pages handed on
}

// Crawl fetches every source and calls emit for each article page, from
// several goroutines at once. It returns when all requests are done or ctx
// is cancelled; what was fetched before a cancellation has been emitted.
func (c *Crawler) Crawl(ctx context.Context, sources []claimwatch.Source, emit func(claimwatch.Page)) (Stats, error) {
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	r := &run{c: c, ctx: ctx, emit: emit, sem: make(chan struct{}, c.opts.Workers),
		hosts: map[string]*host{}, seen: map[string]bool{}, emitted: map[string]bool{}}
	for _, s := range sources {
		st := &sourceState{src: s}
		if u, err := url.Parse(Canonical(s.URL)); err == nil {
			st.host = u.Host
		}
		var err error
		if s.ArticlePattern != "" {
			if st.article, err = regexp.Compile(s.ArticlePattern); err != nil {
				return Stats{}, fmt.Errorf("crawl: source %s: article pattern: %w", s.Name, err)
			}
		}
		if s.FollowPattern != "" {
			if st.follow, err = regexp.Compile(s.FollowPattern); err != nil {
				return Stats{}, fmt.Errorf("crawl: source %s: follow pattern: %w", s.Name, err)
			}
		}
		r.sources = append(r.sources, st)
	}
	if c.opts.ArchiveDir != "" {
		w, err := newWARCWriter(c.opts.ArchiveDir, c.opts.ArchiveMaxBytes)
		if err != nil {
			return Stats{}, fmt.Errorf("crawl: %w", err)
		}
		r.archive = w
		defer func() {
			if err := w.Close(); err != nil {
				c.log.Warn("archive incomplete", "dir", c.opts.ArchiveDir, "err", err)
			}
		}()
	}
	base := c.opts.Transport
	if base == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = 16
		base = t
	}
	rec := &recorder{base: base, archive: r.archive}
	col := colly.NewCollector(
		colly.UserAgent(c.opts.UserAgent),
		colly.MaxBodySize(c.opts.MaxBodyBytes+1), // one byte more tells "too large" from "exactly the limit"
		colly.StdlibContext(ctx),
		colly.ParseHTTPErrorResponse(),
		colly.AllowURLRevisit(), // dedup is ours, by canonical URL
	)
	col.IgnoreRobotsTxt = true // ours too: read once per host, Crawl-delay included
	col.SetRequestTimeout(c.opts.Timeout)
	col.WithTransport(rec)
	col.SetRedirectHandler(r.checkRedirect)
	r.col = col
	r.robotsC = &http.Client{Transport: rec, Timeout: c.opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return errors.New("too many redirects")
			}
			return nil
		}}

	for _, st := range r.sources {
		rl := roleFeed
		if st.src.Kind == claimwatch.KindSite {
			rl = roleListing
		}
		r.add(nil, st, rl, st.src.URL, 1, nil, false)
		if st.src.Sitemap != "" {
			r.add(nil, st, roleSitemap, st.src.Sitemap, 1, nil, false)
		}
	}
	r.wg.Wait()
	return r.snapshot(), parent.Err()
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

// owner returns the source the host of u belongs to: the source whose URL
// is on that host (www. or not), or whose AllowedDomains include it (a
// subdomain of an allowed domain counts). The first configured source wins.
func (r *run) owner(u *url.URL) *sourceState {
	h := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	for _, st := range r.sources {
		if strings.TrimPrefix(st.host, "www.") == h {
			return st
		}
	}
	name := strings.ToLower(u.Hostname())
	for _, st := range r.sources {
		for _, d := range st.src.AllowedDomains {
			d = strings.TrimPrefix(strings.ToLower(d), ".")
			if name == d || strings.HasSuffix(name, "."+d) {
				return st
			}
		}
	}
	return nil
}

// add queues one URL unless this crawl has queued it already, it belongs
// to no configured source, or (for articles) it is stored or over the
// source's page limit.
func (r *run) add(parent *job, st *sourceState, rl role, raw string, depth int, item *claimwatch.FeedItem, cited bool) {
	u := Canonical(raw)
	pu, err := url.Parse(u)
	if err != nil || (pu.Scheme != "http" && pu.Scheme != "https") || pu.Host == "" {
		r.c.log.Debug("skipped: not an http(s) URL", "url", raw, "source", st.src.Name)
		return
	}
	if parent != nil && r.owner(pu) == nil {
		r.c.log.Debug("skipped: outside the configured sources' domains", "url", u, "source", st.src.Name)
		return
	}
	key := dedupKey(u)
	r.mu.Lock()
	dup := r.seen[key]
	r.seen[key] = true
	r.mu.Unlock()
	if dup {
		return
	}
	if rl == roleArticle {
		if r.c.opts.Seen != nil && r.c.opts.Seen(u) {
			r.count(func(s *Stats) { s.Skipped++ })
			return
		}
		if n := st.pages.Add(1); st.src.MaxPages > 0 && n > int64(st.src.MaxPages) {
			r.count(func(s *Stats) { s.Skipped++ })
			if parent != nil {
				// Not fetched for now, not for good: the listing must be read
				// again next time.
				for a := parent; a != nil; a = a.parent {
					a.incomplete.Store(true)
				}
			}
			return
		}
	}
	j := &job{url: u, src: st, role: rl, depth: depth, item: item, cited: cited, parent: parent}
	j.pending.Store(1)
	if parent != nil {
		parent.pending.Add(1)
	}
	r.count(func(s *Stats) { s.Queued++ })
	r.schedule(r.hostFor(pu, st), j, false)
}

// hostFor returns the politeness state of u's host, creating it; st's
// settings tighten it (the smallest concurrency, the longest delay of the
// sources that reach the host).
func (r *run) hostFor(u *url.URL, st *sourceState) *host {
	key := u.Scheme + "://" + u.Host
	r.mu.Lock()
	h := r.hosts[key]
	if h == nil {
		h = &host{base: &url.URL{Scheme: u.Scheme, Host: u.Host}, limit: 1, wake: make(chan struct{}, 1)}
		r.hosts[key] = h
	}
	r.mu.Unlock()
	if st != nil {
		h.mu.Lock()
		if !h.configured {
			h.configured = true
			h.limit, h.delay = max(st.src.Concurrency, 1), st.src.Delay
		} else {
			h.limit = min(h.limit, max(st.src.Concurrency, 1))
			h.delay = max(h.delay, st.src.Delay)
		}
		h.mu.Unlock()
	}
	return h
}

// schedule puts j in its host's queue (at the front for a retry) and makes
// sure a dispatcher serves the queue.
func (r *run) schedule(h *host, j *job, front bool) {
	h.mu.Lock()
	if front {
		h.queue = append([]*job{j}, h.queue...)
	} else {
		h.queue = append(h.queue, j)
	}
	start := !h.running
	h.running = true
	h.mu.Unlock()
	h.signal()
	if start {
		r.wg.Add(1)
		go r.dispatch(h)
	}
}

// ensureRobots reads the host's robots.txt the first time it is needed.
func (r *run) ensureRobots(h *host) *robots {
	h.robotsMu.Lock()
	defer h.robotsMu.Unlock()
	if h.robots != nil {
		return h.robots
	}
	rb := fetchRobots(r.ctx, r.robotsC, r.c.opts.UserAgent, h.base)
	if r.ctx.Err() != nil {
		return rb // not kept: a cancelled fetch says nothing about the host
	}
	r.count(func(s *Stats) { s.Requests++ })
	switch {
	case rb.unreachable != nil:
		r.c.log.Warn("robots.txt unreachable", "host", h.base.Host, "reason", rb.unreachable)
	case rb.all:
		r.c.log.Warn("robots.txt answered a server error: nothing on the host is fetched this run", "host", h.base.Host, "status", rb.status)
	}
	if rb.crawlDelay > r.c.opts.MaxCrawlDelay {
		r.c.log.Warn("robots.txt Crawl-delay capped", "host", h.base.Host, "asked", rb.crawlDelay, "used", r.c.opts.MaxCrawlDelay)
		rb.crawlDelay = r.c.opts.MaxCrawlDelay
	}
	h.mu.Lock()
	h.crawl = rb.crawlDelay
	h.next = time.Now().Add(max(h.delay, h.crawl))
	h.mu.Unlock()
	h.robots = rb
	return rb
}

// dispatch starts the host's queued requests as its politeness allows,
// and returns when the queue is empty or the crawl is cancelled.
func (r *run) dispatch(h *host) {
	defer r.wg.Done()
	rb := r.ensureRobots(h)
	for {
		h.mu.Lock()
		if r.ctx.Err() != nil || len(h.queue) == 0 {
			h.queue = nil
			h.running = false
			h.mu.Unlock()
			return
		}
		j := h.queue[0]
		if rb.unreachable == nil && !rb.allows(mustParse(j.url)) {
			h.queue = h.queue[1:]
			h.mu.Unlock()
			r.c.log.Info("skipped: robots.txt disallows it", "url", j.url, "source", j.src.src.Name)
			r.count(func(s *Stats) { s.Blocked++; s.Queued-- })
			r.release(j)
			continue
		}
		if h.inFlight >= h.limit {
			h.mu.Unlock()
			r.sleep(h, -1)
			continue
		}
		if wait := time.Until(later(h.next, h.hold)); wait > 0 {
			h.mu.Unlock()
			r.sleep(h, wait)
			continue
		}
		h.queue = h.queue[1:]
		h.inFlight++
		h.mu.Unlock()
		select {
		case r.sem <- struct{}{}:
		case <-r.ctx.Done():
			h.mu.Lock()
			h.inFlight--
			h.mu.Unlock()
			continue
		}
		h.mu.Lock()
		h.next = time.Now().Add(max(h.delay, h.crawl))
		h.mu.Unlock()
		r.wg.Add(1)
		go func() {
			defer r.wg.Done()
			if rb.unreachable != nil {
				r.fail(j, "fetch failed", rb.unreachable.Error(), false, nil)
			} else {
				r.fetch(h, j)
			}
			<-r.sem
			h.mu.Lock()
			h.inFlight--
			h.mu.Unlock()
			h.signal()
		}()
	}
}

// sleep waits for d (d < 0: until a request of the host ends), or until
// the crawl is cancelled.
func (r *run) sleep(h *host, d time.Duration) {
	if d < 0 {
		select {
		case <-h.wake:
		case <-r.ctx.Done():
		}
		return
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-r.ctx.Done():
	}
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func mustParse(u string) *url.URL {
	p, err := url.Parse(u)
	if err != nil {
		return &url.URL{}
	}
	return p
}

// settle ends a job's own work. complete is false when it failed for a
// reason that may pass (a 5xx, a timeout): its ancestors then keep no
// validators, so the next crawl reads them again.
func (r *run) settle(j *job, complete bool) {
	if !complete {
		for a := j; a != nil; a = a.parent {
			a.incomplete.Store(true)
		}
	}
	r.count(func(s *Stats) { s.Queued-- })
	r.release(j)
}

// release drops one pending count of j; the last one saves j's
// validators and releases its parent.
func (r *run) release(j *job) {
	for ; j != nil; j = j.parent {
		if j.pending.Add(-1) > 0 {
			return
		}
		if st := r.c.opts.State; st != nil && !j.incomplete.Load() && (j.etag != "" || j.lastMod != "") {
			if err := st.SaveValidators(j.url, j.etag, j.lastMod); err != nil {
				r.c.log.Warn("could not save validators", "url", j.url, "err", err)
			}
		}
	}
}

// fail logs and counts a failure of j, once, and settles it.
func (r *run) fail(j *job, msg, why string, complete bool, kind func(*Stats)) {
	r.c.log.Warn(msg, "url", j.url, "source", j.src.src.Name, "reason", why)
	r.count(func(s *Stats) {
		s.Failed++
		if kind != nil {
			kind(s)
		}
	})
	r.settle(j, complete)
}

// reason shortens net/http's error chains to what a reader needs.
func reason(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		if ue.Timeout() {
			return "timed out"
		}
		err = ue.Err
	}
	return err.Error()
}

// errDuplicate stops a redirect to a page the crawl has already.
var errDuplicate = errors.New("duplicate")

// checkRedirect is the redirect policy: a bounded number of hops, no loops,
// only to configured domains, only where robots.txt allows.
func (r *run) checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > r.c.opts.MaxRedirects {
		return fmt.Errorf("stopped after %d redirects", r.c.opts.MaxRedirects)
	}
	target := Canonical(req.URL.String())
	n := 0
	for _, v := range via {
		if Canonical(v.URL.String()) == target {
			n++
		}
	}
	// One bounce back to the first URL is how some sites set a cookie;
	// anything else seen before is a loop.
	if n > 1 || (n == 1 && Canonical(via[0].URL.String()) != target) {
		return fmt.Errorf("redirect loop via %s", req.URL)
	}
	if r.owner(req.URL) == nil {
		return fmt.Errorf("redirect to %s, outside the configured sources' domains", req.URL)
	}
	// A redirect to a page this crawl has queued or read already is not
	// followed: that page is, or was, fetched under its own URL.
	if key := dedupKey(target); key != dedupKey(Canonical(via[0].URL.String())) {
		r.mu.Lock()
		dup := r.seen[key]
		r.seen[key] = true
		r.mu.Unlock()
		if dup {
			return errDuplicate
		}
	}
	if rb := r.ensureRobots(r.hostFor(req.URL, nil)); rb.unreachable == nil && !rb.allows(req.URL) {
		return fmt.Errorf("redirect to %s, which robots.txt disallows", req.URL)
	}
	return nil
}
