// Package api serves claimwatch over HTTP: the JSON API (search, articles,
// health) that the web page and other programs use.
package api

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/store"
	"github.com/claimwatch/claimwatch/verify/fx"
)

// Server answers API requests from a store and an index.
type Server struct {
	Store   *store.Store
	Index   *index.Index
	Sources []claimwatch.Source // the configured sources, for the sources page
	Log     *slog.Logger        // nil means slog.Default()
	// Token guards the actions (POST endpoints): a request must carry it
	// as "Authorization: Bearer TOKEN". Empty refuses every action.
	Token string
	// Crawl starts a crawl of every source; nil means this server cannot.
	Crawl func(context.Context) error
	// Rate and Burst limit requests per client address (per second, and
	// at once); zero means 20 and 40.
	Rate, Burst float64

	// FX converts money for facts; nil means the bundled table.
	FX *fx.Table

	crawling sync.Mutex
	facts    factCache
}

func (s *Server) logger() *slog.Logger {
	if s.Log != nil {
		return s.Log
	}
	return slog.Default()
}

func asErr[T error](err error, target *T) bool { return errors.As(err, target) }

func isNotFound(err error) bool { return errors.Is(err, store.ErrNotFound) }

//go:embed openapi.json
var openAPIDoc []byte

// route is one endpoint; the API routes are checked against openapi.json
// by the tests, so this table and the document cannot drift apart.
type route struct {
	method, path string
	handler      func(*Server) http.HandlerFunc
}

var apiRoutes = []route{
	{"GET", "/api/health", func(s *Server) http.HandlerFunc { return s.health }},
	{"GET", "/api/search", func(s *Server) http.HandlerFunc { return s.search }},
	{"GET", "/api/articles/{id}", func(s *Server) http.HandlerFunc { return s.article }},
	{"GET", "/api/sources", func(s *Server) http.HandlerFunc { return s.sources }},
	{"GET", "/api/facts", func(s *Server) http.HandlerFunc { return s.factsList }},
	{"GET", "/api/facts/{id}", func(s *Server) http.HandlerFunc { return s.fact }},
	{"GET", "/api/compare", func(s *Server) http.HandlerFunc { return s.compare }},
	{"POST", "/api/crawl", func(s *Server) http.HandlerFunc { return s.crawl }},
}

// Handler returns the HTTP handler of the API and the web pages.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range apiRoutes {
		mux.HandleFunc(rt.method+" "+rt.path, rt.handler(s))
	}
	mux.HandleFunc("GET /api/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Write(openAPIDoc)
	})
	mux.HandleFunc("GET /{$}", s.searchPage)
	mux.HandleFunc("GET /articles/{id}", s.articlePage)
	mux.HandleFunc("GET /sources", s.sourcesPage)
	mux.HandleFunc("GET /facts", s.factsPage)
	mux.HandleFunc("GET /facts/{id}", s.factPage)
	mux.Handle("GET /static/", staticHandler())
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.pageError(w, r, http.StatusNotFound, "There is no page at "+r.URL.Path+".")
	})
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, &httpError{http.StatusNotFound, "no such endpoint: " + r.URL.Path})
	})
	rate, burst := s.Rate, s.Burst
	if rate <= 0 {
		rate, burst = 20, 40
	}
	return newRateLimiter(rate, max(burst, 1)).limit(http.TimeoutHandler(mux, 30*time.Second, `{"error":"the request took too long"}`))
}

// crawl starts a crawl in the background and answers at once; one crawl
// runs at a time.
func (s *Server) crawl(w http.ResponseWriter, r *http.Request) {
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="claimwatch"`)
		s.fail(w, r, &httpError{http.StatusUnauthorized, "this action needs the token: Authorization: Bearer $CLAIMWATCH_TOKEN"})
		return
	}
	if s.Crawl == nil {
		s.fail(w, r, &httpError{http.StatusNotImplemented, "this server does not crawl"})
		return
	}
	if !s.crawling.TryLock() {
		s.fail(w, r, &httpError{http.StatusConflict, "a crawl is already running"})
		return
	}
	go func() {
		defer s.crawling.Unlock()
		if err := s.Crawl(context.WithoutCancel(r.Context())); err != nil {
			s.logger().Error("crawl requested over the API failed", "err", err)
		}
	}()
	writeJSON(w, http.StatusAccepted, map[string]string{"status": "crawl started"})
}

// NewHTTPServer wraps h in an http.Server with timeouts on every phase, so
// a slow client cannot hold a connection open for ever.
func NewHTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           http.MaxBytesHandler(h, 1<<20),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      40 * time.Second,
		IdleTimeout:       60 * time.Second,
	}
}

type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

// fail maps an error to a status and a JSON body in one place. Errors the
// user can fix say what is wrong; anything else is an internal error whose
// detail goes to the log, not to the client.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	status, msg := http.StatusInternalServerError, "internal error"
	var he *httpError
	var qe *index.QueryError
	switch {
	case errors.As(err, &he):
		status, msg = he.status, he.msg
	case errors.As(err, &qe):
		status, msg = http.StatusBadRequest, qe.Error()
	case errors.Is(err, store.ErrNotFound):
		status, msg = http.StatusNotFound, "not found"
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		status, msg = http.StatusServiceUnavailable, "the request was cancelled"
	default:
		s.logger().Error("api request failed", "path", r.URL.Path, "err", err)
	}
	writeJSON(w, status, map[string]string{"error": msg})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	c, err := s.Store.Count(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	docs, err := s.Index.Count()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "ok", "pages": c.Pages, "articles": c.Articles,
		"claims": c.Claims, "index_documents": docs})
}

// ParseQuery reads a search request from URL parameters: q, type, entity,
// metric, source, lang, sentiment, from, to (YYYY-MM-DD), size, offset,
// sort=date.
func ParseQuery(v map[string][]string) (index.Query, error) {
	get := func(k string) string {
		if x := v[k]; len(x) > 0 {
			return x[0]
		}
		return ""
	}
	q := index.Query{Text: get("q"), Type: get("type"), Entity: get("entity"), Metric: get("metric"),
		Source: get("source"), Lang: get("lang"), Sentiment: get("sentiment"), SortDate: get("sort") == "date"}
	switch q.Sentiment {
	case "", "positive", "negative", "neutral":
	default:
		return q, &httpError{http.StatusBadRequest, "sentiment must be positive, negative or neutral"}
	}
	switch q.Type {
	case "", "article", "claim":
	default:
		return q, &httpError{http.StatusBadRequest, "type must be article or claim"}
	}
	if len(q.Text) > 1000 {
		return q, &httpError{http.StatusBadRequest, "q is longer than 1000 bytes"}
	}
	for _, f := range []struct {
		name string
		dst  *time.Time
	}{{"from", &q.From}, {"to", &q.To}} {
		if s := get(f.name); s != "" {
			t, err := time.Parse("2006-01-02", s)
			if err != nil {
				return q, &httpError{http.StatusBadRequest, f.name + " must be a date like 2023-08-15"}
			}
			if f.name == "to" {
				t = t.Add(24*time.Hour - time.Nanosecond)
			}
			*f.dst = t
		}
	}
	for _, f := range []struct {
		name string
		dst  *int
		max  int
	}{{"size", &q.Size, 100}, {"offset", &q.Offset, 10000}} {
		if s := get(f.name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 0 || n > f.max {
				return q, &httpError{http.StatusBadRequest, f.name + " must be a whole number from 0 to " + strconv.Itoa(f.max)}
			}
			*f.dst = n
		}
	}
	return q, nil
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q, err := ParseQuery(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.Index.Search(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if res.Hits == nil {
		res.Hits = []index.Hit{}
	}
	writeJSON(w, http.StatusOK, res)
}

// articleResponse is an article with the claims read from it.
type articleResponse struct {
	claimwatch.Article
	Claims []claimwatch.Claim `json:"claims"`
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	a, err := s.Store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	cs, err := s.Store.Claims(r.Context(), a.ID)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if cs == nil {
		cs = []claimwatch.Claim{}
	}
	writeJSON(w, http.StatusOK, articleResponse{Article: a, Claims: cs})
}

func (s *Server) sources(w http.ResponseWriter, r *http.Request) {
	rows, err := s.sourceRows(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	type row struct {
		Name        string    `json:"name"`
		Kind        string    `json:"kind,omitempty"`
		URL         string    `json:"url,omitempty"`
		Lang        string    `json:"lang,omitempty"`
		Script      string    `json:"script,omitempty"`
		Pages       int       `json:"pages"`
		Articles    int       `json:"articles"`
		Claims      int       `json:"claims"`
		LastFetched time.Time `json:"last_fetched"`
	}
	out := []row{}
	for _, x := range rows {
		out = append(out, row{x.Name, string(x.Kind), x.URL, x.Lang, x.Script, x.Pages, x.Articles, x.Claims, x.LastFetched})
	}
	writeJSON(w, http.StatusOK, map[string]any{"sources": out})
}
