package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/claimwatch/claimwatch/api"
	"github.com/claimwatch/claimwatch/config"
	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/pipeline"
	"github.com/claimwatch/claimwatch/sample"
)

// demoSearches show what the index can do: a Simplified query that finds
// Traditional text, an English query, and a filtered claim search.
var demoSearches = []index.Query{
	{Text: "亏损", Type: "article", Size: 5},
	{Text: "ChatGPT cost", Type: "article", Size: 5},
	{Type: "claim", Entity: "OpenAI", Metric: "loss", Size: 10},
}

func cmdDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "demo", "")
	dataFlag := fs.String("data", "", "keep the demo's data here (default: a temporary directory, removed afterwards)")
	serve := fs.Bool("serve", false, "leave the API up on --addr after the run")
	addr := fs.String("addr", "127.0.0.1:8080", "address for --serve")
	quiet := fs.Bool("quiet", false, "no progress line")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	sites, err := sample.Start()
	if err != nil {
		return fmt.Errorf("demo: start the sample sites: %w", err)
	}
	defer sites.Close()
	cfg, err := config.Parse("demo feeds.yaml", sites.FeedsYAML())
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	dataDir := *dataFlag
	if dataDir == "" {
		if dataDir, err = os.MkdirTemp("", "claimwatch-demo-"); err != nil {
			return err
		}
		defer os.RemoveAll(dataDir)
	}
	fmt.Fprintf(e.stdout, "claimwatch demo: %d sample sites on loopback, data in %s\n", len(sample.Names()), dataDir)
	for _, n := range sample.Names() {
		fmt.Fprintf(e.stdout, "  %-14s %s\n", n, sites.URL(n))
	}
	pl, closeAll, err := openPipeline(ctx, e, cfg, dataDir, filepath.Join(dataDir, "index"))
	if err != nil {
		return err
	}
	defer closeAll()
	prog := newProgress(e.stderr, *quiet)
	sum, err := pl.Run(ctx, pipeline.RunOptions{
		Crawler: crawler.Options{UserAgent: cfg.UserAgent, Timeout: 10 * time.Second, Logger: e.log,
			ArchiveDir: filepath.Join(dataDir, "warc")},
		Sources: cfg.Sources,
		Progress: func(pr pipeline.Progress) {
			prog.show("fetched %d · articles %d · claims %d", pr.Crawl.Pages, pr.Articles, pr.Claims)
		},
	})
	prog.done()
	if err != nil {
		return err
	}
	if err := printSummary(ctx, e, pl.Store, sum); err != nil {
		return err
	}
	for _, q := range demoSearches {
		res, err := pl.Index.Search(ctx, q)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "\nsearch %s: %d hits\n", describe(q), res.Total)
		for _, h := range res.Hits {
			if h.Type == "claim" {
				fmt.Fprintf(e.stdout, "  %-14s %s %s %s  %s\n", h.Source, formatValue(h.Value), h.Unit, h.Time, terminalSnippet(h.Snippet, false))
			} else {
				fmt.Fprintf(e.stdout, "  %-14s %s | %s\n", h.Source, oneLine(h.Title), terminalSnippet(h.Snippet, false))
			}
		}
	}
	if *serve {
		return serveAPI(ctx, e, *addr, &api.Server{Store: pl.Store, Index: pl.Index, Sources: cfg.Sources, Log: e.log})
	}
	return nil
}

func describe(q index.Query) string {
	s := fmt.Sprintf("%q", q.Text)
	for _, f := range []struct{ k, v string }{{"type", q.Type}, {"entity", q.Entity}, {"metric", q.Metric}} {
		if f.v != "" {
			s += fmt.Sprintf(" %s=%s", f.k, f.v)
		}
	}
	return s
}
