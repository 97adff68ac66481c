package api

import (
	"bytes"
	"context"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/claimwatch/claimwatch/report"
	"github.com/claimwatch/claimwatch/store"
	"github.com/claimwatch/claimwatch/verify"
	"github.com/claimwatch/claimwatch/verify/fx"
)

// factCache keeps the facts of the whole store until the store changes:
// grouping is the expensive step, and the store changes only when a crawl
// adds articles.
type factCache struct {
	mu    sync.Mutex
	key   store.Counts
	facts []verify.Fact
	byID  map[string]int
}

// allFacts groups every claim in the store into facts, or returns the
// facts grouped the last time if the store has not changed since.
func (s *Server) allFacts(ctx context.Context) ([]verify.Fact, map[string]int, error) {
	n, err := s.Store.Count(ctx)
	if err != nil {
		return nil, nil, err
	}
	c := &s.facts
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.byID != nil && c.key == n {
		return c.facts, c.byID, nil
	}
	arts, claims, err := s.Store.ClaimsWithArticles(ctx, store.ClaimFilter{})
	if err != nil {
		return nil, nil, err
	}
	table := s.FX
	if table == nil {
		table = fx.Default()
	}
	facts := verify.Facts(verify.Input{Articles: arts, Claims: claims}, verify.Options{FX: table})
	byID := make(map[string]int, len(facts))
	for i, f := range facts {
		byID[f.ID] = i
	}
	c.key, c.facts, c.byID = n, facts, byID
	return facts, byID, nil
}

// factFilter is what the facts list and page filter on.
type factFilter struct {
	Entity, Metric, Verdict string
	Since                   time.Time
	Size, Offset            int
}

func parseFactFilter(v map[string][]string) (factFilter, error) {
	get := func(k string) string {
		if x := v[k]; len(x) > 0 {
			return x[0]
		}
		return ""
	}
	f := factFilter{Entity: get("entity"), Metric: get("metric"), Verdict: get("verdict"), Size: 50}
	switch f.Verdict {
	case "", verify.Corroborated, verify.SingleOrigin, verify.Conflicting:
	default:
		return f, &httpError{http.StatusBadRequest, "verdict must be corroborated, single-origin or conflicting"}
	}
	if s := get("since"); s != "" {
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			return f, &httpError{http.StatusBadRequest, "since must be a date like 2023-08-15"}
		}
		f.Since = t
	}
	for _, p := range []struct {
		name string
		dst  *int
		max  int
	}{{"size", &f.Size, 500}, {"offset", &f.Offset, 100000}} {
		if s := get(p.name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 0 || n > p.max {
				return f, &httpError{http.StatusBadRequest, p.name + " must be a whole number from 0 to " + strconv.Itoa(p.max)}
			}
			*p.dst = n
		}
	}
	return f, nil
}

// selectFacts filters facts, most recently seen first, and returns one page
// and the number that matched.
func selectFacts(all []verify.Fact, f factFilter) ([]verify.Fact, int) {
	var out []verify.Fact
	for _, x := range all {
		if f.Entity != "" && !strings.EqualFold(x.Entity, f.Entity) || f.Metric != "" && x.Metric != f.Metric ||
			f.Verdict != "" && x.Verdict != f.Verdict || !f.Since.IsZero() && x.LastSeen.Before(f.Since) {
			continue
		}
		out = append(out, x)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].LastSeen.After(out[j].LastSeen) })
	total := len(out)
	if f.Offset >= len(out) {
		return []verify.Fact{}, total
	}
	out = out[f.Offset:]
	if len(out) > f.Size {
		out = out[:f.Size]
	}
	return out, total
}

func (s *Server) factsList(w http.ResponseWriter, r *http.Request) {
	f, err := parseFactFilter(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	all, _, err := s.allFacts(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page, total := selectFacts(all, f)
	writeJSON(w, http.StatusOK, map[string]any{"total": total, "facts": page})
}

// related is the fact with id and the facts it conflicts with or that
// settled it, so one page shows the whole disagreement.
func related(all []verify.Fact, byID map[string]int, id string) ([]verify.Fact, bool) {
	i, ok := byID[id]
	if !ok {
		return nil, false
	}
	f := all[i]
	out := []verify.Fact{f}
	for _, r := range f.ConflictsWith {
		if j, ok := byID[r.ID]; ok {
			out = append(out, all[j])
		}
	}
	if f.Outcome != nil {
		if j, ok := byID[f.Outcome.FactID]; ok && f.Outcome.FactID != f.ID {
			out = append(out, all[j])
		}
	}
	return out, true
}

func (s *Server) fact(w http.ResponseWriter, r *http.Request) {
	all, byID, err := s.allFacts(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	facts, ok := related(all, byID, r.PathValue("id"))
	if !ok {
		s.fail(w, r, &httpError{http.StatusNotFound, "no fact has that ID"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"fact": facts[0], "related": facts[1:]})
}

// compare writes a source-comparison report of the facts about an entity,
// a metric and optionally a period, in the format asked for.
func (s *Server) compare(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	format := q.Get("format")
	if format == "" {
		format = "json"
	}
	ctype := map[string]string{"html": "text/html; charset=utf-8", "md": "text/markdown; charset=utf-8",
		"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}[format]
	if ctype == "" {
		s.fail(w, r, &httpError{http.StatusBadRequest, "format must be html, md, csv or json"})
		return
	}
	if q.Get("entity") == "" && q.Get("id") == "" {
		s.fail(w, r, &httpError{http.StatusBadRequest, "name a fact (id) or an entity (entity, with metric and time to narrow it)"})
		return
	}
	all, byID, err := s.allFacts(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var facts []verify.Fact
	title := ""
	if id := q.Get("id"); id != "" {
		var ok bool
		if facts, ok = related(all, byID, id); !ok {
			s.fail(w, r, &httpError{http.StatusNotFound, "no fact has that ID"})
			return
		}
	} else {
		when := q.Get("time")
		for _, f := range all {
			if strings.EqualFold(f.Entity, q.Get("entity")) && (q.Get("metric") == "" || f.Metric == q.Get("metric")) &&
				(when == "" || f.Time == when || strings.HasPrefix(f.Time, when+"-")) {
				facts = append(facts, f)
			}
		}
		title = strings.TrimSpace(q.Get("entity") + " " + q.Get("metric") + " " + when)
	}
	var buf bytes.Buffer
	if err := report.Write(&buf, format, report.Report{Title: title, Query: r.URL.RawQuery, Facts: facts}); err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if format == "html" {
		w.Header().Set("Content-Security-Policy", reportCSP)
	}
	w.Write(buf.Bytes())
}

// reportCSP lets a report's own inline styles through and nothing else:
// no script at all, no outside resource.
const reportCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

type factRow struct {
	verify.Fact
	Figure string
}

func (s *Server) factsPage(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	data := struct {
		pageData
		Total   int
		Facts   []factRow
		Entity  string
		Metric  string
		Verdict string
	}{pageData: pageData{Title: "Facts", Lang: "en"}, Entity: v.Get("entity"), Metric: v.Get("metric"), Verdict: v.Get("verdict")}
	f, err := parseFactFilter(v)
	if err != nil {
		data.Error = err.Error()
		s.render(w, r, http.StatusBadRequest, "facts", data)
		return
	}
	all, _, err := s.allFacts(r.Context())
	if err != nil {
		s.logger().Error("facts page", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "internal error")
		return
	}
	page, total := selectFacts(all, f)
	data.Total = total
	for _, x := range page {
		data.Facts = append(data.Facts, factRow{Fact: x, Figure: formatValue(x.Value, x.Unit)})
	}
	s.render(w, r, http.StatusOK, "facts", data)
}

// factPage is the comparison report of one fact (and those it conflicts
// with) as a page: the chart of every source's figure, the origin tree and
// the verdict.
func (s *Server) factPage(w http.ResponseWriter, r *http.Request) {
	all, byID, err := s.allFacts(r.Context())
	if err != nil {
		s.logger().Error("fact page", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "internal error")
		return
	}
	facts, ok := related(all, byID, r.PathValue("id"))
	if !ok {
		s.pageError(w, r, http.StatusNotFound, "No fact has that ID.")
		return
	}
	var buf bytes.Buffer
	if err := report.HTML(&buf, report.Report{Facts: facts}); err != nil {
		s.logger().Error("fact page", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "internal error")
		return
	}
	nav := `<nav class="back"><a href="/facts">← all facts</a> · <a href="/">search</a></nav>`
	page := strings.Replace(buf.String(), "<body>", "<body>\n"+nav, 1)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", reportCSP)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Write([]byte(page))
}
