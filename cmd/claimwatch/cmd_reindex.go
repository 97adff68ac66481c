package main

import (
	"context"
	"fmt"

	"github.com/claimwatch/claimwatch/pipeline"
	"github.com/claimwatch/claimwatch/store"
)

func cmdReindex(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "reindex", "")
	var p paths
	p.register(fs)
	reextract := fs.Bool("reextract", false, "first extract articles and claims again from the stored pages (after an extractor upgrade)")
	quiet := fs.Bool("quiet", false, "no progress line")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	cfg, err := p.load()
	if err != nil {
		return err
	}
	prog := newProgress(e.stderr, *quiet)
	if *reextract {
		pl, closeAll, err := openPipeline(ctx, e, cfg, p.dataDir(), p.indexDir())
		if err != nil {
			return err
		}
		sum, err := pl.Reprocess(ctx, func(n int) { prog.show("re-extracted %d pages", n) })
		closeAll()
		prog.done()
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "re-extracted %d articles, %d claims, %d failures\n", sum.Articles, sum.Claims, sum.Errors)
	}
	st, err := store.Open(p.dataDir())
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := pipeline.Reindex(ctx, st, p.indexDir(), func(n int) { prog.show("indexed %d articles", n) })
	prog.done()
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "indexed %d articles into %s\n", n, p.indexDir())
	return nil
}
