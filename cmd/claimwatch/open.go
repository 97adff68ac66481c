package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/claimwatch/claimwatch/claims"
	"github.com/claimwatch/claimwatch/config"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/pipeline"
	"github.com/claimwatch/claimwatch/store"
)

// openPipeline opens the store and the index in the data directory.
func openPipeline(ctx context.Context, e *env, cfg *config.Config, dataDir, indexDir string) (*pipeline.Pipeline, func(), error) {
	st, err := store.Open(dataDir)
	if err != nil {
		return nil, nil, err
	}
	ix, err := openIndexInStep(ctx, e, st, indexDir)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	p := &pipeline.Pipeline{Store: st, Index: ix, Extractor: claims.New(cfg.Entities), Log: e.log}
	return p, func() {
		if err := ix.Close(); err != nil {
			e.log.Error("closing the index", "err", err)
		}
		if err := st.Close(); err != nil {
			e.log.Error("closing the store", "err", err)
		}
	}, nil
}

func printSummary(ctx context.Context, e *env, st *store.Store, s pipeline.Summary) error {
	c := s.Crawl
	fmt.Fprintf(e.stdout, "crawl: %d requests, %d feeds, %d listings, %d sitemaps, %d pages fetched (%d through citations), %d not modified, %d skipped (already stored or over a limit), %d duplicates, %d blocked by robots.txt, %d retries, %d failed (%d too large, %d not text), %d kB\n",
		c.Requests, c.Feeds, c.Listings, c.Sitemaps, c.Pages, c.Cited, c.NotModified, c.Skipped, c.Duplicates, c.Blocked, c.Retries, c.Failed, c.TooLarge, c.WrongType, (c.Bytes+999)/1000)
	fmt.Fprintf(e.stdout, "this run: %d articles, %d claims stored, %d pages could not be processed (%.1fs)\n",
		s.Articles, s.Claims, s.Errors, s.Elapsed.Seconds())
	n, err := st.Count(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "store: %d pages, %d articles, %d claims\n", n.Pages, n.Articles, n.Claims)
	tallies, err := st.ClaimTallies(ctx)
	if err != nil {
		return err
	}
	if len(tallies) > 0 {
		fmt.Fprintln(e.stdout, "claims by entity and metric:")
		for _, t := range tallies {
			fmt.Fprintf(e.stdout, "  %-14s %-20s %4d\n", t.Entity, t.Metric, t.Claims)
		}
	}
	return nil
}

// openIndexInStep opens the index and rebuilds it from the store when the
// two disagree: a run killed between writing the store and the index leaves
// the index behind, and the pages it lacks would otherwise never be indexed
// (the next run skips pages the store has).
func openIndexInStep(ctx context.Context, e *env, st *store.Store, dir string) (*index.Index, error) {
	ix, err := index.Open(dir)
	if err != nil && errors.Is(err, index.ErrLocked) {
		return nil, err
	}
	if err == nil {
		n, cerr := st.Count(ctx)
		docs, derr := ix.Count()
		if cerr != nil {
			ix.Close()
			return nil, cerr
		}
		if derr == nil && docs == uint64(n.Articles+n.Claims) {
			return ix, nil
		}
		ix.Close()
		e.log.Warn("the index is out of step with the store; rebuilding it", "index_documents", docs, "articles", n.Articles, "claims", n.Claims)
	} else {
		e.log.Warn("the index could not be opened; rebuilding it from the store", "err", err)
	}
	if _, err := pipeline.Reindex(ctx, st, dir, nil); err != nil {
		return nil, err
	}
	return index.Open(dir)
}

// jsonSummary is the machine-readable form of a run's summary.
type jsonSummary struct {
	Crawl    any           `json:"crawl"`
	Articles int64         `json:"articles"`
	Claims   int64         `json:"claims"`
	Errors   int64         `json:"errors"`
	Seconds  float64       `json:"seconds"`
	Store    store.Counts  `json:"store"`
	ByEntity []store.Tally `json:"claims_by_entity_metric"`
}

func printJSONSummary(ctx context.Context, e *env, st *store.Store, s pipeline.Summary) error {
	n, err := st.Count(ctx)
	if err != nil {
		return err
	}
	t, err := st.ClaimTallies(ctx)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(jsonSummary{Crawl: s.Crawl, Articles: s.Articles, Claims: s.Claims, Errors: s.Errors,
		Seconds: s.Elapsed.Seconds(), Store: n, ByEntity: t})
}
