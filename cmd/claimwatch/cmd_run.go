package main

import (
	"context"
	"path/filepath"
	"time"

	"github.com/claimwatch/claimwatch/config"
	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/pipeline"
)

func cmdRun(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "run", "")
	var p paths
	p.register(fs)
	refetch := fs.Bool("refetch", false, "fetch article pages again even if the store has them")
	quiet := fs.Bool("quiet", false, "no progress line")
	asJSON := fs.Bool("json", false, "print the summary as JSON (for scripts)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := p.load()
	if err != nil {
		return err
	}
	pl, closeAll, err := openPipeline(ctx, e, cfg, p.dataDir(), p.indexDir())
	if err != nil {
		return err
	}
	defer closeAll()
	prog := newProgress(e.stderr, *quiet)
	start := time.Now()
	sum, err := pl.Run(ctx, pipeline.RunOptions{
		Crawler: crawlerOptions(cfg, e, p.dataDir()),
		Sources: cfg.Sources,
		Refetch: *refetch,
		Progress: func(pr pipeline.Progress) {
			rate := float64(pr.Crawl.Requests) / max(time.Since(start).Seconds(), 0.001)
			prog.show("fetched %d · queued %d · failed %d · articles %d · claims %d · %.1f req/s",
				pr.Crawl.Pages, pr.Crawl.Queued, pr.Crawl.Failed, pr.Articles, pr.Claims, rate)
		},
	})
	prog.done()
	if *asJSON {
		if jerr := printJSONSummary(ctx, e, pl.Store, sum); jerr != nil && err == nil {
			err = jerr
		}
		return err
	}
	if perr := printSummary(ctx, e, pl.Store, sum); perr != nil && err == nil {
		err = perr
	}
	return err
}

// crawlerOptions are the crawl settings of a configuration; every fetched
// response is archived as WARC under the data directory.
func crawlerOptions(cfg *config.Config, e *env, dataDir string) crawler.Options {
	return crawler.Options{UserAgent: userAgent(cfg), Timeout: cfg.Defaults.Timeout,
		MaxBodyBytes: cfg.Defaults.MaxBodyBytes, Logger: e.log, ArchiveDir: filepath.Join(dataDir, "warc")}
}

// userAgent names the program, its version and where its owners can be
// reached, as feeds.yaml sets it; the default gets the version and contact.
func userAgent(cfg *config.Config) string {
	if cfg.UserAgent != config.DefaultUserAgent {
		return cfg.UserAgent
	}
	contact := cfg.Contact
	if contact == "" {
		contact = "https://github.com/claimwatch/claimwatch"
	}
	return "claimwatch/" + version + " (+" + contact + ")"
}
