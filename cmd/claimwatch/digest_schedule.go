package main

import (
	"context"
	"crypto/tls"
	"net"
	"time"

	"github.com/claimwatch/claimwatch/config"
	"github.com/claimwatch/claimwatch/store"
)

// digestTick is how often serve looks for digests that are due; tests
// shorten it.
var digestTick = 30 * time.Second

// schedulerTLS overrides the TLS settings of the scheduler's SMTP
// connections; tests set it to trust their own server.
var schedulerTLS *tls.Config

// runDigestScheduler sends each subscriber's digest at their time in
// their time zone until ctx ends, and retries those whose sending failed
// for a while. now is the clock (tests move it); baseURL the web page
// articles link to. Without subscribers it returns at once. What it sends
// is recorded in the store, so a restart or a second serve sends nothing
// twice.
func runDigestScheduler(ctx context.Context, e *env, cfg *config.Config, st *store.Store, dataDir string, now func() time.Time, baseURL string) error {
	if len(cfg.Digest.Subscribers) == 0 {
		return nil
	}
	subs, err := subscriptions(cfg, "")
	if err != nil {
		return err
	}
	m, err := newMailer(cfg, st, dataDir, now, baseURL)
	if err != nil {
		return err
	}
	smtp, err := smtpOf(cfg, "", 0)
	if err != nil {
		return err
	}
	if schedulerTLS != nil {
		smtp.TLSConfig = schedulerTLS
	}
	m.Sender = smtp
	t := time.NewTicker(digestTick)
	defer t.Stop()
	for {
		for _, r := range m.Tick(ctx, subs) {
			if r.Err != nil {
				e.log.Error("digest", "to", r.To, "day", r.Day, "outcome", r.Outcome, "err", r.Err)
			} else {
				e.log.Info("digest", "to", r.To, "day", r.Day, "outcome", r.Outcome, "message_id", r.MessageID)
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// webURL is the address serve's web page answers on, for links in digests.
func webURL(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return ""
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port)
}
