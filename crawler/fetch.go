package crawler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/claimwatch/claimwatch"
	"github.com/gocolly/colly/v2"
)

// fetchKey carries a *fetchState in a request's context, from the fetch
// through colly to the recorder transport.
type fetchKey struct{}

// fetchState is what one fetch learned: the raw body as the transport saw
// it (colly re-encodes some bodies; we decode ourselves, once) and colly's
// view of the final response.
type fetchState struct {
	mu       sync.Mutex
	body     []byte
	complete bool  // the body was read to its end
	tooLarge int64 // the Content-Length that made us refuse the body
	resp     *colly.Response
}

func (f *fetchState) setBody(b []byte, complete bool) {
	f.mu.Lock()
	f.body, f.complete = b, complete
	f.mu.Unlock()
}

// recorder is the HTTP transport under colly: it keeps each body's raw
// bytes for the fetch that asked for it and writes every exchange to the
// WARC archive.
type recorder struct {
	base    http.RoundTripper
	archive *warcWriter
}

func (t *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	at := time.Now()
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	f, _ := req.Context().Value(fetchKey{}).(*fetchState)
	if f == nil && t.archive == nil {
		return resp, nil
	}
	resp.Body = &captureBody{rc: resp.Body, t: t, f: f, req: req, resp: resp, at: at}
	return resp, nil
}

type captureBody struct {
	rc   io.ReadCloser
	t    *recorder
	f    *fetchState
	req  *http.Request
	resp *http.Response
	at   time.Time
	buf  bytes.Buffer
	eof  bool
	once sync.Once
}

func (b *captureBody) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	b.buf.Write(p[:n])
	if err == io.EOF {
		b.eof = true
	}
	return n, err
}

func (b *captureBody) Close() error {
	err := b.rc.Close()
	b.once.Do(func() {
		body := b.buf.Bytes()
		if b.f != nil {
			b.f.setBody(body, b.eof)
		}
		if b.t.archive != nil {
			redirect := b.resp.StatusCode >= 300 && b.resp.StatusCode < 400
			b.t.archive.exchange(b.req, b.resp, body, !b.eof && !redirect, b.at)
		}
	})
	return err
}

// accept is the Accept header of each kind of request.
var accept = map[role]string{
	roleFeed:    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8",
	roleSitemap: "application/xml, text/xml;q=0.9, */*;q=0.8",
	roleListing: "text/html, application/xhtml+xml;q=0.9, */*;q=0.8",
	roleArticle: "text/html, application/xhtml+xml;q=0.9, */*;q=0.8",
}

// fetch requests j once and acts on the answer.
func (r *run) fetch(h *host, j *job) {
	max := r.c.opts.MaxBodyBytes
	f := &fetchState{}
	col := r.col.Clone()
	col.Context = context.WithValue(r.ctx, fetchKey{}, f)
	col.OnResponseHeaders(func(resp *colly.Response) {
		if n, err := strconv.ParseInt(resp.Headers.Get("Content-Length"), 10, 64); err == nil && n > int64(max) {
			f.tooLarge = n
			resp.Request.Abort()
		}
	})
	col.OnResponse(func(resp *colly.Response) { f.resp = resp })
	hdr := http.Header{}
	hdr.Set("Accept", accept[j.role])
	// An article page that passed Seen is not stored, so its body is
	// needed whatever the server would say to a conditional request; only
	// pages fetched again on purpose (no Seen) are asked "changed?".
	if st := r.c.opts.State; st != nil && (j.role != roleArticle || r.c.opts.Seen == nil) {
		etag, lm := st.Validators(j.url)
		if etag != "" {
			hdr.Set("If-None-Match", etag)
		}
		if lm != "" {
			hdr.Set("If-Modified-Since", lm)
		}
	}
	err := col.Request(http.MethodGet, j.url, nil, nil, hdr)
	f.mu.Lock()
	body, complete := f.body, f.complete
	f.mu.Unlock()
	r.count(func(s *Stats) { s.Requests++; s.Bytes += int64(len(body)) })

	switch {
	case f.tooLarge > 0:
		r.fail(j, "fetch failed", fmt.Sprintf("page larger than %d bytes (Content-Length %d)", max, f.tooLarge), true,
			func(s *Stats) { s.TooLarge++ })
		return
	case err != nil && r.ctx.Err() != nil:
		return // cancelled: neither a failure nor done
	case errors.Is(err, errDuplicate):
		r.c.log.Debug("skipped: redirects to a page fetched under another URL", "url", j.url)
		r.count(func(s *Stats) { s.Duplicates++ })
		r.settle(j, true)
		return
	case err != nil:
		r.fail(j, "fetch failed", reason(err), false, nil)
		return
	case f.resp == nil:
		r.fail(j, "fetch failed", "no response", false, nil)
		return
	}
	resp := f.resp
	if body == nil && len(resp.Body) > 0 {
		body, complete = resp.Body, len(resp.Body) <= max
	}
	if len(body) > max || (!complete && len(body) == max) {
		r.fail(j, "fetch failed", fmt.Sprintf("page larger than %d bytes", max), true, func(s *Stats) { s.TooLarge++ })
		return
	}
	switch code := resp.StatusCode; {
	case code == http.StatusNotModified:
		r.count(func(s *Stats) { s.NotModified++ })
		r.settle(j, true)
	case code == http.StatusTooManyRequests || code == http.StatusServiceUnavailable:
		r.backOff(h, j, resp)
	case code < 200 || code > 299:
		// A 4xx will not pass by retrying; a 5xx may.
		r.fail(j, "fetch failed", fmt.Sprintf("HTTP %d", code), code < 500, nil)
	default:
		if r.c.opts.State != nil && j.role != roleArticle {
			// Article validators live with the stored page (the store
			// answers them from there), so a page that was fetched but never
			// stored is not taken for unchanged.
			j.etag, j.lastMod = resp.Headers.Get("ETag"), resp.Headers.Get("Last-Modified")
		}
		r.process(j, resp, body)
	}
}

// backOff holds the host for as long as the server asked (or an
// exponential default), then retries j first; after MaxRetries it fails.
func (r *run) backOff(h *host, j *job, resp *colly.Response) {
	code := resp.StatusCode
	if j.tries >= r.c.opts.MaxRetries {
		r.fail(j, "fetch failed", fmt.Sprintf("HTTP %d after %d retries", code, j.tries), false, nil)
		return
	}
	wait, ok := retryAfter(resp.Headers.Get("Retry-After"), time.Now())
	if !ok {
		wait = r.c.opts.RetryBackoff << j.tries
	}
	if wait > r.c.opts.MaxRetryAfter {
		r.c.log.Info("back-off capped", "url", j.url, "asked", wait, "used", r.c.opts.MaxRetryAfter)
		wait = r.c.opts.MaxRetryAfter
	}
	j.tries++
	r.c.log.Info("server asked to back off", "url", j.url, "status", code, "wait", wait, "try", j.tries)
	h.mu.Lock()
	h.hold = later(h.hold, time.Now().Add(wait))
	h.mu.Unlock()
	r.count(func(s *Stats) { s.Retries++ })
	r.schedule(h, j, true)
}

// retryAfter reads a Retry-After value: seconds, or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil {
		return time.Duration(max(n, 0)) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// process reads a 2xx answer by what it was fetched for, and settles j.
func (r *run) process(j *job, resp *colly.Response, body []byte) {
	final := resp.Request.URL.String()
	ct := resp.Headers.Get("Content-Type")
	switch j.role {
	case roleFeed:
		links, err := ParseFeed(body, ct, final)
		if err != nil {
			r.fail(j, "malformed feed", err.Error(), false, nil)
			return
		}
		r.count(func(s *Stats) { s.Feeds++ })
		for _, l := range links {
			it := l.Item
			r.add(j, j.src, roleArticle, l.URL, 0, &it, false)
		}
		r.settle(j, true)
	case roleSitemap:
		sm, err := ParseSitemap(body, final)
		if err != nil {
			r.fail(j, "malformed sitemap", err.Error(), false, nil)
			return
		}
		r.count(func(s *Stats) { s.Sitemaps++ })
		for _, s := range sm.Sitemaps {
			if j.depth < maxSitemapDepth {
				r.add(j, j.src, roleSitemap, s, j.depth+1, nil, false)
			}
		}
		for _, l := range sm.Pages {
			if j.src.article == nil || j.src.article.MatchString(l.URL) {
				r.add(j, j.src, roleArticle, l.URL, 0, asFeedItem(l), false)
			}
		}
		r.settle(j, true)
	case roleListing:
		doc, _, err := r.parseHTML(body, ct)
		if err != nil {
			r.fail(j, "unreadable listing page", err.Error(), false, nil)
			return
		}
		r.count(func(s *Stats) { s.Listings++ })
		r.readListing(j, doc, resp.Request.URL)
		r.settle(j, true)
	case roleArticle:
		r.readArticle(j, resp, body)
	}
}

func (r *run) parseHTML(body []byte, ct string) (*goquery.Document, []byte, error) {
	text, _, err := Decode(body, ct)
	if err != nil {
		return nil, nil, err
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(text))
	return doc, text, err
}

// readArticle hands on one article page, unless it was handed on under
// another URL already, and queues the links it cites.
func (r *run) readArticle(j *job, resp *colly.Response, body []byte) {
	ct := resp.Headers.Get("Content-Type")
	if mt, _, _ := mime.ParseMediaType(ct); ct != "" && !textual(mt) {
		r.fail(j, "skipped: not a text page", ct, true, func(s *Stats) { s.WrongType++ })
		return
	}
	text, cs, err := Decode(body, ct)
	if err != nil {
		r.fail(j, "undecodable page", err.Error(), true, nil)
		return
	}
	final := Canonical(resp.Request.URL.String())
	doc, derr := goquery.NewDocumentFromReader(bytes.NewReader(text))
	pageURL := j.url
	if derr == nil {
		if c := relCanonical(doc, resp.Request.URL, j.src); c != "" {
			pageURL = c
		}
	}
	keys := []string{dedupKey(j.url), dedupKey(final), dedupKey(pageURL)}
	r.mu.Lock()
	dup := false
	for _, k := range keys {
		dup = dup || r.emitted[k]
	}
	for _, k := range keys {
		r.emitted[k], r.seen[k] = true, true
	}
	r.mu.Unlock()
	if !dup && pageURL != j.url && r.c.opts.Seen != nil && r.c.opts.Seen(pageURL) {
		dup = true // stored before under its rel=canonical URL
	}
	if dup {
		r.c.log.Debug("skipped: the same page under another URL", "url", j.url, "final", final)
		r.count(func(s *Stats) { s.Duplicates++ })
		r.settle(j, true)
		return
	}
	p := claimwatch.Page{
		URL:         pageURL,
		FinalURL:    final,
		Source:      j.src.src.Name,
		Status:      resp.StatusCode,
		Header:      resp.Headers.Clone(),
		ContentType: ct,
		Charset:     cs,
		Body:        text,
		FetchedAt:   time.Now().UTC(),
		Feed:        j.item,
		LangHint:    j.src.src.Lang,
		ScriptHint:  j.src.src.Script,
	}
	if cs != "utf-8" {
		r.c.log.Info("decoded a non-UTF-8 page", "url", j.url, "charset", cs)
	}
	r.count(func(s *Stats) {
		s.Pages++
		if j.cited {
			s.Cited++
		}
	})
	r.emit(p)
	if derr == nil && !j.cited && !r.c.opts.NoCitations {
		for _, link := range citedLinks(doc, resp.Request.URL) {
			if owner := r.owner(mustParse(link)); owner != nil && owner != j.src {
				// No parent: a cited page that fails says nothing about
				// whether the feed that led here changed.
				r.add(nil, owner, roleArticle, link, 0, nil, true)
			}
		}
	}
	r.settle(j, true)
}

func textual(mt string) bool {
	return strings.HasPrefix(mt, "text/") || mt == "application/xhtml+xml" || strings.HasSuffix(mt, "+xml") || mt == "application/xml"
}
