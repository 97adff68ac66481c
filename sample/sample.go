// Package sample serves claimwatch's offline demo world: four small news
// sites written for the demo (English, Traditional and Simplified Chinese;
// RSS, Atom and an HTML listing page; a Big5 page and a GBK page; a repost
// with a reference link; figures that agree and figures that disagree),
// embedded in the binary and served on loopback, one server per site, so
// `claimwatch demo` and the end-to-end tests crawl them with no network.
//
// Served text may hold placeholders such as {{ailedger}}; each is replaced
// at serve time by the live base URL of the site it names, so links across
// sites (a repost's reference to the original) point at running servers.
//
// The Big5 and GBK pages are stored as encoded bytes; their UTF-8 sources
// live under testdata/utf8, and a test checks that the two stay in step.
// Expected, Decoys and Articles describe what a correct pipeline finds.
package sample

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"path"
	"slices"
	"strings"
	"time"
)

//go:embed sites feeds.yaml.tmpl
var files embed.FS

// names lists the sites in a fixed order; each is a folder under sites/.
var names = []string{"ailedger", "techdaily-tw", "guigu-caijing", "computewire"}

// Names returns the names of the demo sites, in a fixed order.
func Names() []string { return append([]string(nil), names...) }

// contentTypes overrides the Content-Type of the files whose bytes are not
// UTF-8 or whose kind the extension does not tell.
var contentTypes = map[string]string{
	"ailedger/feed.xml":     "application/rss+xml; charset=utf-8",
	"techdaily-tw/atom.xml": "application/atom+xml; charset=utf-8",
	"computewire/rss.xml":   "application/rss+xml; charset=utf-8",
	"techdaily-tw/news/2023/08/15/openai-daily-burn.html": "text/html; charset=big5",
	// The GBK page declares its charset only in its <meta> tag, as many
	// mainland sites do, so a crawler must sniff the page to decode it.
	"guigu-caijing/news/1003.html": "text/html",
}

// byExt gives the Content-Type of the other files.
var byExt = map[string]string{
	".html": "text/html; charset=utf-8",
	".xml":  "application/xml; charset=utf-8",
	".txt":  "text/plain; charset=utf-8",
}

// modTime is the Last-Modified of every file: fixed, so runs are repeatable
// and conditional GETs have something to compare.
var modTime = time.Date(2023, time.September, 30, 0, 0, 0, 0, time.UTC)

// Sites is the running demo world: one HTTP server per site on 127.0.0.1.
type Sites struct {
	base    map[string]string
	servers []*http.Server
}

// Start listens on a free loopback port for each site and serves it there.
// Each site has its own host:port, so per-host politeness applies to each.
// Call Close to stop the servers.
func Start() (*Sites, error) {
	s := &Sites{base: make(map[string]string, len(names))}
	listeners := make([]net.Listener, 0, len(names))
	for _, name := range names {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			for _, l := range listeners {
				l.Close()
			}
			return nil, fmt.Errorf("listen for %s: %w", name, err)
		}
		listeners = append(listeners, ln)
		s.base[name] = "http://" + ln.Addr().String()
	}
	for i, name := range names {
		srv := &http.Server{
			Handler:           Handler(name, s.URL),
			ReadHeaderTimeout: 10 * time.Second,
		}
		s.servers = append(s.servers, srv)
		go srv.Serve(listeners[i])
	}
	return s, nil
}

// Close stops every server and closes its connections.
func (s *Sites) Close() error {
	var errs []error
	for _, srv := range s.servers {
		if err := srv.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// URL returns the base URL of the named site, such as
// "http://127.0.0.1:40123", with no trailing slash; "" for an unknown name.
func (s *Sites) URL(site string) string { return s.base[site] }

// FeedsYAML returns a feeds.yaml for the demo: the embedded template
// feeds.yaml.tmpl with each {{site}} replaced by that site's live URL.
func (s *Sites) FeedsYAML() []byte {
	b, err := files.ReadFile("feeds.yaml.tmpl")
	if err != nil {
		panic(err) // embedded at build time: a missing file is a build bug
	}
	return substitute(b, s.URL)
}

// Handler serves the named site. base maps a site name to its base URL and
// is called once per site here, to fill in the {{site}} placeholders. An
// unknown site gets a handler that answers 404 to everything.
func Handler(site string, base func(string) string) http.Handler {
	if !slices.Contains(names, site) {
		return http.NotFoundHandler()
	}
	h := siteHandler{pages: map[string]page{}}
	root, err := fs.Sub(files, path.Join("sites", site))
	if err != nil {
		panic(err) // a valid path: cannot happen
	}
	err = fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(root, p)
		if err != nil {
			return err
		}
		b = substitute(b, base)
		sum := sha256.Sum256(b)
		ct, ok := contentTypes[site+"/"+p]
		if !ok {
			ct = byExt[path.Ext(p)]
		}
		h.pages["/"+p] = page{
			body:        b,
			contentType: ct,
			etag:        `"` + hex.EncodeToString(sum[:8]) + `"`,
		}
		return nil
	})
	if err != nil {
		panic(err) // embedded at build time: unreadable files are a build bug
	}
	return h
}

// substitute replaces every {{site}} placeholder in b with base(site).
func substitute(b []byte, base func(string) string) []byte {
	if !bytes.Contains(b, []byte("{{")) {
		return b
	}
	pairs := make([]string, 0, 2*len(names))
	for _, name := range names {
		pairs = append(pairs, "{{"+name+"}}", base(name))
	}
	return []byte(strings.NewReplacer(pairs...).Replace(string(b)))
}

// page is one file of a site, ready to serve.
type page struct {
	body        []byte
	contentType string
	etag        string
}

// siteHandler serves the files of one site. A path ending in "/" or naming
// a folder serves that folder's index.html, as a static web server does.
type siteHandler struct {
	pages map[string]page
}

func (h siteHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := path.Clean("/" + r.URL.Path)
	pg, ok := h.pages[p]
	if !ok {
		pg, ok = h.pages[path.Join(p, "index.html")]
	}
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", pg.contentType)
	w.Header().Set("ETag", pg.etag)
	http.ServeContent(w, r, p, modTime, bytes.NewReader(pg.body))
}
