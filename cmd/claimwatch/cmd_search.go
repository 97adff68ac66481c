package main

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"strings"

	"github.com/claimwatch/claimwatch/api"
	"github.com/claimwatch/claimwatch/index"
	"golang.org/x/term"
)

func cmdSearch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "search", "QUERY")
	var p paths
	p.register(fs)
	params := map[string]*string{}
	for _, f := range []struct{ name, help string }{
		{"entity", "only this entity (canonical name, e.g. OpenAI)"},
		{"metric", "only this metric (loss, revenue, funding, ...)"},
		{"source", "only this source (its name in feeds.yaml)"},
		{"lang", "only this language: en or zh"},
		{"sentiment", "only positive, negative or neutral articles or claims"},
		{"type", "article or claim (default: both)"},
		{"from", "published on or after this date (YYYY-MM-DD)"},
		{"to", "published on or before this date (YYYY-MM-DD)"},
		{"size", "hits to show (default 10)"},
	} {
		params[f.name] = fs.String(f.name, "", f.help)
	}
	asJSON := fs.Bool("json", false, "print the results as JSON")
	byDate := fs.Bool("newest", false, "newest first instead of best first")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	values := map[string][]string{"q": {strings.Join(rest, " ")}}
	for k, v := range params {
		if *v != "" {
			values[k] = []string{*v}
		}
	}
	if *byDate {
		values["sort"] = []string{"date"}
	}
	q, err := api.ParseQuery(values)
	if err != nil {
		return usageError{err.Error()}
	}
	if _, err := p.load(); err != nil {
		return err
	}
	ix, err := index.Open(p.indexDir())
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, q)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	color := false
	if f, ok := e.stdout.(*os.File); ok {
		color = term.IsTerminal(int(f.Fd()))
	}
	fmt.Fprintf(e.stdout, "%d hits (%s)\n", res.Total, res.Took.Round(1000))
	for _, h := range res.Hits {
		date := ""
		if !h.Published.IsZero() {
			date = h.Published.Format("2006-01-02")
		}
		what := h.Type
		if h.Type == "claim" {
			what = fmt.Sprintf("claim %s %s %s %s", h.Entity, h.Metric, formatValue(h.Value), h.Unit)
		}
		fmt.Fprintf(e.stdout, "%s  %-14s %s  %s | %s\n", date, h.Source, what, oneLine(h.Title), terminalSnippet(h.Snippet, color))
	}
	return nil
}

// terminalSnippet turns the index's HTML snippet into text: matches in bold
// on a terminal, in [brackets] elsewhere.
func terminalSnippet(s string, color bool) string {
	open, close := "[", "]"
	if color {
		open, close = "\033[1m", "\033[0m"
	}
	s = strings.NewReplacer("<mark>", open, "</mark>", close).Replace(s)
	return oneLine(html.UnescapeString(s))
}

func formatValue(v float64) string {
	switch {
	case v >= 1e12 || v <= -1e12:
		return fmt.Sprintf("%.4gT", v/1e12)
	case v >= 1e9 || v <= -1e9:
		return fmt.Sprintf("%.4gB", v/1e9)
	case v >= 1e6 || v <= -1e6:
		return fmt.Sprintf("%.4gM", v/1e6)
	}
	return fmt.Sprintf("%g", v)
}
