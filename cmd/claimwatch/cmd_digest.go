package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/config"
	"github.com/claimwatch/claimwatch/digest"
	"github.com/claimwatch/claimwatch/store"
	"github.com/claimwatch/claimwatch/verify"
)

// digestKillEnv is a test hook: "after-compose" or "after-send" makes the
// process kill itself at that point of a delivery, so the crash tests can
// show that no digest is lost or doubled.
const digestKillEnv = "CLAIMWATCH_TEST_DIGEST_KILL"

func cmdDigest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "digest", "--send | --out DIR")
	var p paths
	p.register(fs)
	date := fs.String("date", "", "the day of the digest, YYYY-MM-DD (default: today in each subscriber's time zone)")
	to := fs.String("to", "", "only this recipient (a subscriber's address; any other address gets everything, in UTC)")
	send := fs.Bool("send", false, "send the digests over SMTP (each recipient and day once: a rerun does not resend)")
	out := fs.String("out", "", "write the digests as .eml files into this directory instead of sending")
	baseURL := fs.String("base-url", "", "the web page (claimwatch serve) to link articles to, e.g. https://claims.example.com")
	caFile := fs.String("smtp-ca", "", "PEM file of a CA to trust for the SMTP server (a relay with a private certificate)")
	backoff := fs.Duration("backoff", 2*time.Second, "first pause before retrying a temporary SMTP failure (doubled each time, 4 attempts)")
	retry := fs.Bool("retry", false, "with --send: try again now a digest the server refused before (permanently, or temporarily and not yet due)")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{fmt.Sprintf("digest takes no arguments, got %q", rest)}
	}
	if *send == (*out != "") {
		return usageError{"give exactly one of --send and --out DIR"}
	}
	if *date != "" {
		if _, err := time.Parse("2006-01-02", *date); err != nil {
			return usageError{fmt.Sprintf("--date %q must be a date like 2026-11-29", *date)}
		}
	}
	cfg, err := p.load()
	if err != nil {
		return err
	}
	subs, err := subscriptions(cfg, *to)
	if err != nil {
		return err
	}
	st, err := store.Open(p.dataDir())
	if err != nil {
		return err
	}
	defer st.Close()
	m, err := newMailer(cfg, st, p.dataDir(), nil, *baseURL)
	if err != nil {
		return err
	}
	var failed []error
	for _, sub := range subs {
		day := *date
		if day == "" {
			day = digest.Today(sub, time.Now())
		}
		if *out != "" {
			path, err := writeEML(ctx, m, st, sub, day, *out)
			if err != nil {
				failed = append(failed, err)
				continue
			}
			fmt.Fprintf(e.stdout, "wrote %s\n", path)
			continue
		}
		if m.Sender == nil {
			smtp, err := smtpOf(cfg, *caFile, *backoff)
			if err != nil {
				return err
			}
			m.Sender = smtp
		}
		if *retry {
			if err := st.RetryDigest(ctx, sub.Email, day); err != nil {
				return err
			}
		}
		r := m.Deliver(ctx, sub, day, false)
		fmt.Fprintf(e.stdout, "%s: digest for %s to %s (Message-ID <%s>)\n", r.Outcome, day, sub.Email, r.MessageID)
		if r.Err != nil {
			failed = append(failed, r.Err)
		}
	}
	return errors.Join(failed...)
}

// writeEML writes the digest of sub for day into dir: the recorded message
// when one was composed already (what was or will be sent), else a fresh
// one that is not recorded.
func writeEML(ctx context.Context, m *digest.Mailer, st *store.Store, sub digest.Subscription, day, dir string) (string, error) {
	var msg []byte
	if r, err := st.Digest(ctx, sub.Email, day); err == nil {
		msg = r.Message
	} else if !errors.Is(err, store.ErrNotFound) {
		return "", err
	} else {
		rec, err := m.Build(ctx, sub, day)
		if err != nil {
			return "", err
		}
		msg = rec.Message
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	name := day + "-" + strings.NewReplacer("@", "_at_", "/", "_", "\\", "_").Replace(sub.Email) + ".eml"
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, msg, 0o644); err != nil {
		return "", err
	}
	return path, nil
}

// subscriptions turns feeds.yaml's subscribers into digest subscriptions;
// to, when set, picks one (or makes one that follows everything).
func subscriptions(cfg *config.Config, to string) ([]digest.Subscription, error) {
	var subs []digest.Subscription
	for _, s := range cfg.Digest.Subscribers {
		loc, err := time.LoadLocation(s.Timezone)
		if err != nil {
			return nil, fmt.Errorf("subscriber %s: %w", s.Email, err)
		}
		sub := digest.Subscription{Email: s.Email, Entities: s.Entities, Metrics: s.Metrics, Languages: s.Languages,
			Keywords: s.Keywords, Time: s.Time, Location: loc, Format: s.Format}
		if to == "" || strings.EqualFold(to, s.Email) {
			subs = append(subs, sub)
		}
	}
	if to != "" && len(subs) == 0 {
		subs = append(subs, digest.Subscription{Email: to, Time: "07:00", Location: time.UTC, Format: "html"})
	}
	if len(subs) == 0 {
		return nil, fmt.Errorf("%s: no digest subscribers; add digest.subscribers, or give --to ADDR", cfg.File)
	}
	return subs, nil
}

// newMailer wires a digest.Mailer to the store; the sender is set by the
// caller (only --send and serve need SMTP).
func newMailer(cfg *config.Config, st *store.Store, dataDir string, now func() time.Time, baseURL string) (*digest.Mailer, error) {
	table, err := loadFX(dataDir)
	if err != nil {
		return nil, err
	}
	from := cfg.Digest.From
	if from == "" {
		from = "claimwatch@localhost"
	}
	m := &digest.Mailer{
		Ledger:  &storeLedger{st: st, owner: leaseOwner()},
		From:    from,
		BaseURL: baseURL,
		Now:     now,
		Verify:  verify.Options{FX: table},
		Corpus: func(ctx context.Context) (digest.Corpus, error) {
			var c digest.Corpus
			err := st.Articles(ctx, func(a claimwatch.Article, cs []claimwatch.Claim) error {
				c.Articles = append(c.Articles, a)
				c.Claims = append(c.Claims, cs...)
				return nil
			})
			return c, err
		},
	}
	switch os.Getenv(digestKillEnv) {
	case "after-compose":
		m.AfterCompose = killSelf
	case "after-send":
		m.AfterSend = killSelf
	}
	return m, nil
}

func killSelf() { syscall.Kill(os.Getpid(), syscall.SIGKILL) }

// smtpOf is the configured mail server, with the password from the
// environment variable feeds.yaml names.
func smtpOf(cfg *config.Config, caFile string, backoff time.Duration) (digest.SMTP, error) {
	c := cfg.Digest.SMTP
	if cfg.Digest.From == "" || c.Host == "" {
		return digest.SMTP{}, fmt.Errorf("%s: sending digests needs digest.from and digest.smtp.host", cfg.File)
	}
	s := digest.SMTP{Host: c.Host, Port: c.Port, TLS: c.TLS, Username: c.Username, Backoff: backoff}
	if c.PasswordEnv != "" {
		s.Password = os.Getenv(c.PasswordEnv)
		if s.Password == "" {
			return s, fmt.Errorf("%s: digest.smtp.password_env names %s, which is not set; export it with the SMTP password", cfg.File, c.PasswordEnv)
		}
	}
	if caFile != "" {
		pem, err := os.ReadFile(caFile)
		if err != nil {
			return s, fmt.Errorf("--smtp-ca: %w", err)
		}
		pool := x509.NewCertPool()
		if !pool.AppendCertsFromPEM(pem) {
			return s, fmt.Errorf("--smtp-ca %s: no PEM certificate in the file", caFile)
		}
		s.TLSConfig = &tls.Config{ServerName: c.Host, RootCAs: pool, MinVersion: tls.VersionTLS12}
	}
	return s, nil
}

// storeLedger is the store seen as digest.Ledger.
type storeLedger struct {
	st    *store.Store
	owner string
}

// digestLease is how long a sender may hold a digest before another
// process may take it over (sooner when the holder is known dead).
const digestLease = 10 * time.Minute

func toRecord(r store.DigestRecord) digest.Record {
	return digest.Record{To: r.Recipient, Day: r.Day, State: r.State, MessageID: r.MessageID, Message: r.Message,
		Window: digest.Window{From: r.From, To: r.To}, Attempts: r.Attempts, LastError: r.LastError}
}

func (l *storeLedger) Get(ctx context.Context, to, day string) (digest.Record, bool, error) {
	r, err := l.st.Digest(ctx, to, day)
	if errors.Is(err, store.ErrNotFound) {
		return digest.Record{}, false, nil
	}
	return toRecord(r), err == nil, err
}

func (l *storeLedger) Previous(ctx context.Context, to, day string) (digest.Record, bool, error) {
	r, err := l.st.PreviousDigest(ctx, to, day)
	if errors.Is(err, store.ErrNotFound) {
		return digest.Record{}, false, nil
	}
	return toRecord(r), err == nil, err
}

func (l *storeLedger) Compose(ctx context.Context, r digest.Record) (digest.Record, error) {
	got, err := l.st.SaveComposedDigest(ctx, store.DigestRecord{Recipient: r.To, Day: r.Day, MessageID: r.MessageID,
		Message: r.Message, From: r.Window.From, To: r.Window.To, ComposedAt: time.Now()})
	return toRecord(got), err
}

func (l *storeLedger) Lease(ctx context.Context, to, day string, now time.Time) (digest.Record, bool, error) {
	r, ok, err := l.st.LeaseDigest(ctx, to, day, l.owner, now, digestLease, ownerGone)
	return toRecord(r), ok, err
}

func (l *storeLedger) Sent(ctx context.Context, to, day string, at time.Time) error {
	return l.st.MarkDigestSent(ctx, to, day, at)
}

func (l *storeLedger) Failed(ctx context.Context, to, day, msg string, permanent bool, retryAt time.Time) error {
	return l.st.MarkDigestFailed(ctx, to, day, msg, permanent, retryAt)
}

// leaseOwner names this process: host and pid, so a process on the same
// host can tell that the holder of a lease has died.
func leaseOwner() string {
	host, _ := os.Hostname()
	return host + "/" + strconv.Itoa(os.Getpid()) + "/" + strconv.FormatInt(time.Now().UnixNano(), 36)
}

// ownerGone reports whether the process that holds a lease is known to be
// dead: it ran on this host (the store is embedded, so usually it did)
// and its pid no longer exists.
func ownerGone(owner string) bool {
	parts := strings.Split(owner, "/")
	if len(parts) != 3 {
		return false
	}
	host, _ := os.Hostname()
	pid, err := strconv.Atoi(parts[1])
	if parts[0] != host || err != nil || pid <= 0 {
		return false
	}
	if pid == os.Getpid() {
		return false
	}
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}
