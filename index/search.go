package index

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/highlight/highlighter/html"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Query is a search request.
//
// Text is the user's query: words and "quoted phrases" that must all
// occur, -word to exclude, and field:value filters (entity:OpenAI,
// metric:loss, source:36kr, lang:zh, type:claim). Chinese words are matched
// as phrases in either script.
type Query struct {
	Text      string
	Type      string // "article", "claim" or "" for both
	Entity    string
	Metric    string
	Source    string
	Lang      string
	Sentiment string    // positive, negative or neutral
	From, To  time.Time // published between, inclusive; zero means open
	Size      int       // hits per page; 0 means 10
	Offset    int
	SortDate  bool // newest first instead of best first
	NoFacets  bool // skip counting facets (the CLI shows none)
}

// Hit is one result.
type Hit struct {
	ID        string    `json:"id"`
	Type      string    `json:"type"`
	ArticleID string    `json:"article_id"`
	Title     string    `json:"title"`
	URL       string    `json:"url"`
	Source    string    `json:"source"`
	Lang      string    `json:"lang"`
	Published time.Time `json:"published"`
	Score     float64   `json:"score"`
	// Snippet is a fragment of the matching text with the matches wrapped
	// in <mark>…</mark>; everything else in it is HTML-escaped.
	Snippet string `json:"snippet"`
	// Claim fields, for claim hits.
	Entity string  `json:"entity,omitempty"`
	Metric string  `json:"metric,omitempty"`
	Value  float64 `json:"value,omitempty"`
	Unit   string  `json:"unit,omitempty"`
	Time   string  `json:"time,omitempty"`
	// Sentiment is the label of the article or claim.
	Sentiment string `json:"sentiment,omitempty"`
}

// FacetCount is one value of a facet and how many hits have it.
type FacetCount struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// Results is a page of hits.
type Results struct {
	Total  uint64                  `json:"total"`
	Hits   []Hit                   `json:"hits"`
	Facets map[string][]FacetCount `json:"facets"`
	Took   time.Duration           `json:"took_ns"`
}

// QueryError is a query the user must correct.
type QueryError struct{ Msg string }

func (e *QueryError) Error() string { return "bad query: " + e.Msg }

var facetFields = []string{"entity", "metric", "source", "lang", "sentiment", "type", "mention"}

var filterFields = map[string]bool{"entity": true, "metric": true, "source": true, "lang": true, "type": true,
	"unit": true, "sentiment": true, "time": true, "attributed_to": true, "product": true, "mention": true}

// Search runs q.
func (ix *Index) Search(ctx context.Context, q Query) (Results, error) {
	bq, scored, err := buildQuery(q)
	if err != nil {
		return Results{}, err
	}
	size := q.Size
	if size <= 0 {
		size = 10
	}
	if size > 1000 {
		return Results{}, &QueryError{Msg: "size must be at most 1000"}
	}
	if q.Offset < 0 {
		return Results{}, &QueryError{Msg: "offset must not be negative"}
	}
	req := bleve.NewSearchRequestOptions(bq, size, q.Offset, false)
	req.Fields = []string{"*"}
	req.Highlight = bleve.NewHighlightWithStyle(html.Name)
	req.Highlight.Fields = []string{"text", "quote", "title"}
	if !q.NoFacets {
		// A facet of a field filtered to one value says nothing new, and
		// each facet costs a doc-value read per hit.
		filtered := map[string]bool{"type": q.Type != "", "lang": q.Lang != "", "source": q.Source != "",
			"metric": q.Metric != "" && q.Type == typeClaim, "sentiment": q.Sentiment != ""}
		for _, f := range facetFields {
			if !filtered[f] {
				req.AddFacet(f, bleve.NewFacetRequest(f, 20))
			}
		}
	}
	switch {
	case !scored:
		// Filters alone rank nothing: skip scoring (it reads term
		// frequencies for every match) and list the newest first.
		req.Score = bleve.ScoreNone
		req.SortBy([]string{"-published"})
	case q.SortDate:
		req.SortBy([]string{"-published", "-_score"})
	}
	res, err := ix.b.SearchInContext(ctx, req)
	if err != nil {
		return Results{}, fmt.Errorf("search: %w", err)
	}
	out := Results{Total: res.Total, Took: res.Took, Facets: map[string][]FacetCount{}}
	for _, h := range res.Hits {
		out.Hits = append(out.Hits, toHit(h))
	}
	for name, f := range res.Facets {
		counts := []FacetCount{}
		if f.Terms != nil {
			for _, t := range f.Terms.Terms() {
				counts = append(counts, FacetCount{Value: t.Term, Count: t.Count})
			}
		}
		out.Facets[name] = counts
	}
	return out, nil
}

func toHit(h *search.DocumentMatch) Hit {
	str := func(k string) string { s, _ := h.Fields[k].(string); return s }
	hit := Hit{ID: h.ID, Type: str("type"), ArticleID: str("article_id"), Title: str("title"), URL: str("url"),
		Source: str("source"), Lang: str("lang"), Score: h.Score, Entity: firstString(h.Fields["entity"]),
		Metric: firstString(h.Fields["metric"]), Unit: str("unit"), Time: str("time"), Sentiment: str("sentiment")}
	if hit.Type == typeArticle {
		hit.Entity, hit.Metric = "", ""
	}
	if v, ok := h.Fields["value"].(float64); ok {
		hit.Value = v
	}
	if p, err := time.Parse(time.RFC3339, str("published")); err == nil {
		hit.Published = p
	}
	for _, f := range []string{"quote", "text", "title"} {
		if fr := h.Fragments[f]; len(fr) > 0 {
			hit.Snippet = fr[0]
			break
		}
	}
	if hit.Snippet == "" {
		src := str("quote")
		if src == "" {
			src = str("text")
		}
		hit.Snippet = htmlEscape(truncateRunes(src, 160))
	}
	return hit
}

func firstString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			s, _ := x[0].(string)
			return s
		}
	}
	return ""
}

func truncateRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}

// buildQuery turns a Query into a bleve query: every word must match, in
// the title, text or quote; filters are exact keyword matches. scored
// reports whether any word is searched for (filters alone are not scored).
func buildQuery(q Query) (bq query.Query, scored bool, err error) {
	terms, err := tokenize(q.Text)
	if err != nil {
		return nil, false, err
	}
	var must, mustNot []query.Query
	filters := map[string]string{"type": q.Type, "entity": q.Entity, "metric": q.Metric, "source": q.Source,
		"lang": q.Lang, "sentiment": q.Sentiment}
	var words []term
	for _, t := range terms {
		if t.field == "" {
			words = append(words, t)
			continue
		}
		if !filterFields[t.field] {
			return nil, false, &QueryError{Msg: fmt.Sprintf("unknown filter %q; use one of entity, metric, source, lang, type, unit, sentiment, time, attributed_to, product, mention (e.g. mention:OpenAI:negative)", t.field+":")}
		}
		filters[t.field] = t.text
	}
	for _, t := range words {
		tq := textQuery(t.text, filters["type"])
		if tq == nil {
			continue // only stop words
		}
		if t.negate {
			mustNot = append(mustNot, tq)
		} else {
			must = append(must, tq)
			scored = true
		}
	}
	for f, v := range filters {
		if v == "" {
			continue
		}
		tq := query.NewTermQuery(v)
		tq.SetField(f)
		must = append(must, tq)
	}
	if !q.From.IsZero() || !q.To.IsZero() {
		incl := true
		dq := query.NewDateRangeInclusiveQuery(q.From, q.To, &incl, &incl)
		dq.SetField("published")
		must = append(must, dq)
	}
	if len(must) == 0 {
		if len(mustNot) == 0 {
			return query.NewMatchAllQuery(), false, nil
		}
		must = append(must, query.NewMatchAllQuery())
	}
	return query.NewBooleanQuery(must, nil, mustNot), scored, nil
}

// textFields are the fields a word is looked for in, by document type.
var textFields = map[string][]string{
	typeArticle: {"title", "text"},
	typeClaim:   {"quote", "title"},
	"":          {"title", "text", "quote"},
}

// textQuery matches one word or phrase in any text field of the document
// type. Every word is a phrase query: a Chinese word is several bigrams
// that must stand together, and "GPT-4" is two tokens that must too.
func textQuery(s, docType string) query.Query {
	fields, ok := textFields[docType]
	if !ok {
		fields = textFields[""]
	}
	var alts []query.Query
	for _, f := range fields {
		mq := query.NewMatchPhraseQuery(s)
		mq.SetField(f)
		mq.Analyzer = analyzerName
		alts = append(alts, mq)
	}
	if isStopWord(s) {
		return nil
	}
	return query.NewDisjunctionQuery(alts)
}

var stopWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "to": true, "in": true, "is": true}

func isStopWord(s string) bool { return stopWords[strings.ToLower(s)] }

type term struct {
	text   string
	field  string
	negate bool
}

// tokenize splits the query text into words, "quoted phrases", -negations
// and field:value filters.
func tokenize(s string) ([]term, error) {
	var out []term
	rs := []rune(s)
	for i := 0; i < len(rs); {
		for i < len(rs) && unicode.IsSpace(rs[i]) {
			i++
		}
		if i >= len(rs) {
			break
		}
		var t term
		if rs[i] == '-' || rs[i] == '+' {
			t.negate = rs[i] == '-'
			i++
		}
		start := i
		for i < len(rs) && !unicode.IsSpace(rs[i]) && rs[i] != '"' && rs[i] != ':' {
			i++
		}
		if i < len(rs) && rs[i] == ':' && i > start {
			t.field = strings.ToLower(string(rs[start:i]))
			i++
			start = i
		}
		if i < len(rs) && rs[i] == '"' {
			end := i + 1
			for end < len(rs) && rs[end] != '"' {
				end++
			}
			if end >= len(rs) {
				return nil, &QueryError{Msg: "a quoted phrase is not closed"}
			}
			t.text = string(rs[i+1 : end])
			i = end + 1
		} else {
			for i < len(rs) && !unicode.IsSpace(rs[i]) {
				i++
			}
			t.text = string(rs[start:i])
		}
		t.text = strings.TrimSpace(t.text)
		if t.text == "" {
			if t.field != "" {
				return nil, &QueryError{Msg: fmt.Sprintf("filter %q has no value", t.field+":")}
			}
			continue
		}
		out = append(out, t)
	}
	return out, nil
}
