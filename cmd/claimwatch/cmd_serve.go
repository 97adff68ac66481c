package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/claimwatch/claimwatch/api"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/store"
)

func cmdServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve", "")
	var p paths
	p.register(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (loopback unless you say otherwise)")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if _, err := p.load(); err != nil {
		return err
	}
	st, err := store.Open(p.dataDir())
	if err != nil {
		return err
	}
	defer st.Close()
	ix, err := index.Open(p.indexDir())
	if err != nil {
		return err
	}
	defer ix.Close()
	return serveAPI(ctx, e, *addr, &api.Server{Store: st, Index: ix, Log: e.log})
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
