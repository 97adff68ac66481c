package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/claimwatch/claimwatch/api"
	"github.com/claimwatch/claimwatch/pipeline"
)

func cmdServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "")
	var p paths
	p.register(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (loopback unless you say otherwise)")
	poll := fs.Bool("poll", true, "crawl every source on its interval while serving (--poll=false: serve only)")
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
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	polling := make(chan struct{})
	if *poll {
		go func() {
			defer close(polling)
			pl.Poll(ctx, pipeline.RunOptions{Crawler: crawlerOptions(cfg, e, p.dataDir()), Sources: cfg.Sources}, func(s pipeline.Summary, err error) {
				e.log.Info("poll finished", "pages", s.Crawl.Pages, "articles", s.Articles, "claims", s.Claims,
					"failed", s.Crawl.Failed, "seconds", s.Elapsed.Seconds(), "err", err)
			})
		}()
	} else {
		close(polling)
	}
	digests := make(chan struct{})
	go func() {
		defer close(digests)
		if err := runDigestScheduler(ctx, e, cfg, pl.Store, p.dataDir(), time.Now, webURL(*addr)); err != nil {
			e.log.Error("daily digests are off", "err", err)
		}
	}()
	table, err := loadFX(p.dataDir())
	if err != nil {
		return err
	}
	srv := &api.Server{Store: pl.Store, Index: pl.Index, Sources: cfg.Sources, Log: e.log, FX: table,
		Token: os.Getenv("CLAIMWATCH_TOKEN"),
		Crawl: func(context.Context) error {
			_, err := pl.Run(ctx, pipeline.RunOptions{Crawler: crawlerOptions(cfg, e, p.dataDir()), Sources: cfg.Sources})
			return err
		}}
	if srv.Token == "" {
		e.log.Info("actions over the API are off: set CLAIMWATCH_TOKEN to allow them")
	}
	err = serveAPI(ctx, e, *addr, srv)
	cancel()
	<-polling // the store and index stay open until the crawl has stopped
	<-digests
	return err
}

// serveAPI listens on addr until ctx is cancelled, then shuts down.
func serveAPI(ctx context.Context, e *env, addr string, s *api.Server) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	srv := api.NewHTTPServer(addr, s.Handler())
	fmt.Fprintf(e.stdout, "serving the API on http://%s/api/search?q=OpenAI (Ctrl-C stops)\n", ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}
