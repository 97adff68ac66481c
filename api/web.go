package api

import (
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"math"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/index"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

var funcs = template.FuncMap{
	"value": formatValue,
	"inc":   func(i int) int { return i + 1 },
	// safeURL lets only http(s) links through: an article may carry a
	// javascript: URL, which html/template would neutralise anyway, but
	// an explicit allow-list keeps the intent visible.
	"safeURL": func(s string) template.URL {
		u, err := url.Parse(s)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "file") {
			return template.URL("#")
		}
		return template.URL(u.String())
	},
}

// pages are parsed once; each page is the layout plus its content block.
var pages = func() map[string]*template.Template {
	out := map[string]*template.Template{}
	for _, name := range []string{"search", "article", "sources", "facts", "error"} {
		t := template.Must(template.New(name).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html"))
		out[name] = t
	}
	return out
}()

// formatValue writes a figure for people: 5.4 billion USD, 700,000 USD, 12%.
func formatValue(v float64, unit string) string {
	if unit == claimwatch.UnitPercent {
		return strconv.FormatFloat(v, 'f', -1, 64) + "%"
	}
	a := math.Abs(v)
	var s string
	switch {
	case a >= 1e12:
		s = strconv.FormatFloat(v/1e12, 'f', -1, 64) + " trillion"
	case a >= 1e9:
		s = strconv.FormatFloat(v/1e9, 'f', -1, 64) + " billion"
	case a >= 1e6:
		s = strconv.FormatFloat(v/1e6, 'f', -1, 64) + " million"
	default:
		s = groupThousands(v)
	}
	if unit == claimwatch.UnitCount || unit == "" {
		return s
	}
	return s + " " + unit
}

func groupThousands(v float64) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', -1, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := b.String()
	if frac != "" {
		out += "." + frac
	}
	if v < 0 {
		out = "-" + out
	}
	return out
}

type pageData struct {
	Title string
	Lang  string
	Query string
	Error string
}

func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Referrer-Policy", "no-referrer")
	var buf strings.Builder
	if err := pages[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		s.logger().Error("render page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(status)
	fmt.Fprint(w, buf.String())
}

func (s *Server) pageError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", struct {
		pageData
	}{pageData{Title: http.StatusText(status), Lang: "en", Error: msg}})
}

func staticHandler() http.Handler {
	sub, _ := fs.Sub(staticFS, "static")
	return http.StripPrefix("/static/", http.FileServerFS(sub))
}

type facetValue struct {
	Value  string
	Count  int
	URL    string
	Active bool
}

type facetView struct {
	Name   string
	Values []facetValue
}

type filterView struct {
	Name, Value, URL string
}

type searchPage struct {
	pageData
	Total      uint64
	Hits       []hitView
	Facets     []facetView
	Filters    []filterView
	Prev, Next string
}

type hitView struct {
	index.Hit
	Snippet template.HTML
}

// searchParams are the URL parameters the search page keeps between clicks.
var searchParams = []string{"q", "type", "entity", "metric", "source", "lang", "sentiment", "from", "to", "sort"}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		s.pageError(w, r, http.StatusNotFound, "There is no page at "+r.URL.Path+".")
		return
	}
	v := r.URL.Query()
	data := searchPage{pageData: pageData{Title: "Search", Lang: "en", Query: v.Get("q")}}
	q, err := ParseQuery(v)
	if err == nil {
		if q.Text == "" && v.Get("sort") == "" {
			q.SortDate = true // an empty search lists the newest first
		}
		if q.Size == 0 {
			q.Size = 20
		}
		var res index.Results
		res, err = s.Index.Search(r.Context(), q)
		if err == nil {
			data.Total = res.Total
			for _, h := range res.Hits {
				// The index escapes the snippet and adds only <mark> tags.
				data.Hits = append(data.Hits, hitView{Hit: h, Snippet: template.HTML(h.Snippet)})
			}
			data.Facets = facetViews(v, res.Facets)
			if q.Offset > 0 {
				data.Prev = withParam(v, "offset", strconv.Itoa(max(0, q.Offset-q.Size)))
			}
			if uint64(q.Offset+q.Size) < res.Total {
				data.Next = withParam(v, "offset", strconv.Itoa(q.Offset+q.Size))
			}
		}
	}
	if err != nil {
		status := http.StatusInternalServerError
		data.Error = "internal error"
		var he *httpError
		var qe *index.QueryError
		switch {
		case asErr(err, &he):
			status, data.Error = he.status, he.msg
		case asErr(err, &qe):
			status, data.Error = http.StatusBadRequest, qe.Error()
		default:
			s.logger().Error("search page", "err", err)
		}
		s.render(w, r, status, "search", data)
		return
	}
	for _, k := range searchParams[1:] {
		if val := v.Get(k); val != "" {
			data.Filters = append(data.Filters, filterView{Name: k, Value: val, URL: withParam(v, k, "")})
		}
	}
	s.render(w, r, http.StatusOK, "search", data)
}

func facetViews(v url.Values, facets map[string][]index.FacetCount) []facetView {
	var out []facetView
	for _, name := range []string{"type", "entity", "metric", "source", "lang", "sentiment"} {
		fv := facetView{Name: name}
		for _, c := range facets[name] {
			if c.Value == "" {
				continue
			}
			active := v.Get(name) == c.Value
			u := withParam(v, name, c.Value)
			if active {
				u = withParam(v, name, "")
			}
			fv.Values = append(fv.Values, facetValue{Value: c.Value, Count: c.Count, URL: u, Active: active})
		}
		if len(fv.Values) > 0 {
			out = append(out, fv)
		}
	}
	return out
}

// withParam is the current search with one parameter set (or removed when
// value is empty), starting again from the first page.
func withParam(v url.Values, key, value string) string {
	n := url.Values{}
	for _, k := range searchParams {
		if x := v.Get(k); x != "" {
			n.Set(k, x)
		}
	}
	if key != "offset" {
		n.Del("offset")
	} else if x := v.Get("size"); x != "" {
		n.Set("size", x)
	}
	if value == "" {
		n.Del(key)
	} else {
		n.Set(key, value)
	}
	return "/?" + n.Encode()
}

// segment is a run of article text, marked when it is a claim's quote.
type segment struct {
	Text      string
	Claim     int // 1-based claim number, 0 for plain text
	Sentiment string
}

type articlePage struct {
	pageData
	Article    claimwatch.Article
	Claims     []claimwatch.Claim
	Paragraphs [][]segment
}

func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) {
	a, err := s.Store.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		if isNotFound(err) {
			s.pageError(w, r, http.StatusNotFound, "No article has that ID.")
			return
		}
		s.logger().Error("article page", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "internal error")
		return
	}
	cs, err := s.Store.Claims(r.Context(), a.ID)
	if err != nil {
		s.logger().Error("article page", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "internal error")
		return
	}
	lang := "en"
	if a.Lang == "zh" {
		lang = "zh-Hant"
		if a.Script == "Hans" {
			lang = "zh-Hans"
		}
	}
	s.render(w, r, http.StatusOK, "article", articlePage{
		pageData: pageData{Title: a.Title, Lang: lang}, Article: a, Claims: cs,
		Paragraphs: markClaims(a.Text, cs),
	})
}

// markClaims splits text into paragraphs and marks each claim's quote. A
// quote shared by several claims (a figure in two currencies) is marked
// once, under the first of them; overlapping quotes keep the first.
func markClaims(text string, cs []claimwatch.Claim) [][]segment {
	type span struct {
		start, end, claim int
		sent              string
	}
	var spans []span
	for i, c := range cs {
		q := strings.TrimSpace(c.Quote)
		if q == "" {
			continue
		}
		from := max(0, min(c.Offset, len(text))-len(q))
		j := strings.Index(text[from:], q)
		if j < 0 {
			j = strings.Index(text, q)
			from = 0
		}
		if j < 0 {
			continue
		}
		spans = append(spans, span{from + j, from + j + len(q), i + 1, c.Sentiment.Label})
	}
	sort.SliceStable(spans, func(a, b int) bool { return spans[a].start < spans[b].start })
	var segs []segment
	pos := 0
	for _, sp := range spans {
		if sp.start < pos {
			continue
		}
		if sp.start > pos {
			segs = append(segs, segment{Text: text[pos:sp.start]})
		}
		segs = append(segs, segment{Text: text[sp.start:sp.end], Claim: sp.claim, Sentiment: sp.sent})
		pos = sp.end
	}
	if pos < len(text) {
		segs = append(segs, segment{Text: text[pos:]})
	}
	// Split plain segments at blank lines into paragraphs.
	var paras [][]segment
	var cur []segment
	for _, sg := range segs {
		if sg.Claim != 0 {
			cur = append(cur, sg)
			continue
		}
		parts := strings.Split(sg.Text, "\n\n")
		for k, p := range parts {
			if k > 0 {
				if len(cur) > 0 {
					paras = append(paras, cur)
				}
				cur = nil
			}
			if strings.TrimSpace(p) != "" || (k == 0 && p != "") {
				cur = append(cur, segment{Text: p})
			}
		}
	}
	if len(cur) > 0 {
		paras = append(paras, cur)
	}
	return paras
}

type sourceRow struct {
	claimwatch.Source
	Pages, Articles, Claims int
	LastFetched             time.Time
}

// sourceRows joins the configured sources with what the store holds from
// each; sources in the store that are no longer configured are listed too.
func (s *Server) sourceRows(r *http.Request) ([]sourceRow, error) {
	stats, err := s.Store.SourceStats(r.Context())
	if err != nil {
		return nil, err
	}
	var rows []sourceRow
	seen := map[string]bool{}
	for _, src := range s.Sources {
		st := stats[src.Name]
		rows = append(rows, sourceRow{Source: src, Pages: st.Pages, Articles: st.Articles, Claims: st.Claims, LastFetched: st.LastFetched})
		seen[src.Name] = true
	}
	var extra []string
	for name := range stats {
		if !seen[name] {
			extra = append(extra, name)
		}
	}
	sort.Strings(extra)
	for _, name := range extra {
		st := stats[name]
		rows = append(rows, sourceRow{Source: claimwatch.Source{Name: name}, Pages: st.Pages, Articles: st.Articles, Claims: st.Claims, LastFetched: st.LastFetched})
	}
	return rows, nil
}

func (s *Server) sourcesPage(w http.ResponseWriter, r *http.Request) {
	rows, err := s.sourceRows(r)
	if err != nil {
		s.logger().Error("sources page", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "internal error")
		return
	}
	s.render(w, r, http.StatusOK, "sources", struct {
		pageData
		Sources []sourceRow
	}{pageData{Title: "Sources", Lang: "en"}, rows})
}
