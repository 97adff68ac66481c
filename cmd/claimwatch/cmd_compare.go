package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/report"
	"github.com/claimwatch/claimwatch/store"
	"github.com/claimwatch/claimwatch/verify"
)

func cmdCompare(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "compare", "[FACT-ID...]")
	var p paths
	p.register(fs)
	entity := fs.String("entity", "", "compare the facts about this entity")
	metric := fs.String("metric", "", "... and this metric")
	when := fs.String("time", "", "... and this time (2023, 2023-05, FY2024-Q2; a year takes its months too)")
	query := fs.String("query", "", "compare the facts of the claims a search finds (search syntax)")
	format := fs.String("format", "", "html, md, csv or json (default: from --out's extension, else md)")
	out := fs.String("out", "", "write the report to this file (default: standard output)")
	title := fs.String("title", "", "the report's title")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	var ids []string
	for _, a := range rest {
		for _, id := range strings.Split(a, ",") {
			if id = strings.TrimSpace(id); id != "" {
				ids = append(ids, id)
			}
		}
	}
	if len(ids) == 0 && *entity == "" && *metric == "" && *query == "" {
		fs.Usage()
		return usageError{"compare needs fact IDs (from `claimwatch facts`), --entity/--metric/--time, or --query"}
	}
	f := *format
	if f == "" {
		f = report.FormatOf(*out)
	}
	if f == "" {
		f = "md"
	}
	if f == "markdown" {
		f = "md"
	}
	if !contains(report.Formats, f) {
		return usageError{fmt.Sprintf("--format must be html, md, csv or json, not %q", f)}
	}
	if _, err := p.load(); err != nil {
		return err
	}
	filter := store.ClaimFilter{}
	if len(ids) == 0 {
		filter = store.ClaimFilter{Entity: *entity, Metric: *metric}
	}
	facts, err := loadFacts(ctx, p.dataDir(), filter)
	if err != nil {
		return err
	}
	var hits map[string]bool
	if *query != "" {
		if hits, err = searchClaims(ctx, p.indexDir(), *query, *entity, *metric); err != nil {
			return err
		}
	}
	chosen := selectFacts(facts, ids, *entity, *metric, *when, hits)
	if len(ids) > 0 && len(chosen) == 0 {
		return fmt.Errorf("no fact with ID %s (list them with `claimwatch facts`)", strings.Join(ids, ", "))
	}
	q := describeCompare(ids, *entity, *metric, *when, *query)
	r := report.Report{Title: *title, Query: q, Facts: chosen}
	if r.Title == "" {
		r.Title = "Source comparison: " + q
	}
	var w io.Writer = e.stdout
	if *out != "" {
		file, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer file.Close()
		w = file
	}
	if err := report.Write(w, f, r); err != nil {
		return err
	}
	if *out != "" {
		fmt.Fprintf(e.stderr, "compare: %d facts written to %s\n", len(chosen), *out)
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func describeCompare(ids []string, entity, metric, when, query string) string {
	var parts []string
	if len(ids) > 0 {
		parts = append(parts, "facts "+strings.Join(ids, ","))
	}
	for _, kv := range [][2]string{{"entity", entity}, {"metric", metric}, {"time", when}, {"query", query}} {
		if kv[1] != "" {
			parts = append(parts, kv[0]+"="+kv[1])
		}
	}
	return strings.Join(parts, " ")
}

// claimKey identifies a claim across the index and the store.
func claimKey(articleID, entity, metric string, value float64) string {
	return fmt.Sprintf("%s\x00%s\x00%s\x00%g", articleID, strings.ToLower(entity), metric, value)
}

// searchClaims runs a search for claims and returns the keys of those found.
func searchClaims(ctx context.Context, dir, text, entity, metric string) (map[string]bool, error) {
	ix, err := index.Open(dir)
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, index.Query{Text: text, Type: "claim", Entity: entity, Metric: metric, Size: 1000})
	if err != nil {
		return nil, usageError{err.Error()}
	}
	hits := map[string]bool{}
	for _, h := range res.Hits {
		hits[claimKey(h.ArticleID, h.Entity, h.Metric, h.Value)] = true
	}
	return hits, nil
}

// selectFacts picks the facts a comparison is about: by ID (with the facts
// they conflict with or were settled by, which a comparison needs beside
// them), or by entity, metric and time, or by the claims a search found.
func selectFacts(facts []verify.Fact, ids []string, entity, metric, when string, hits map[string]bool) []verify.Fact {
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	if len(ids) > 0 {
		for _, f := range facts {
			if want[f.ID] {
				for _, r := range f.ConflictsWith {
					want[r.ID] = true
				}
				if f.Outcome != nil {
					want[f.Outcome.FactID] = true
				}
			}
		}
	}
	var out []verify.Fact
	for _, f := range facts {
		switch {
		case len(ids) > 0:
			if !want[f.ID] {
				continue
			}
		default:
			if entity != "" && !strings.EqualFold(f.Entity, entity) || metric != "" && f.Metric != metric ||
				when != "" && f.Time != when && !strings.HasPrefix(f.Time, when+"-") {
				continue
			}
			if hits != nil && !anyHit(f, hits) {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

func anyHit(f verify.Fact, hits map[string]bool) bool {
	for _, c := range f.Claims {
		if hits[claimKey(c.ArticleID, f.Entity, f.Metric, c.Value)] {
			return true
		}
	}
	return false
}
