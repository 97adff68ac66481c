package digest

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/textproto"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// SMTP sends messages to one mail server. The zero value of the retry
// fields gives four attempts, 2s, 4s and 8s apart.
type SMTP struct {
	Host     string
	Port     int    // 0: 587 for starttls, 465 for tls, 25 for none
	TLS      string // starttls (required, not opportunistic), tls (implicit) or none
	Username string
	Password string // read from the environment by the caller, never from feeds.yaml
	// TLSConfig overrides the TLS settings (tests trust their own
	// certificate with it); nil verifies Host against the system roots.
	TLSConfig *tls.Config
	Timeout   time.Duration // one connection; 0 is 30s
	// Attempts is how many times a temporary failure is tried in one
	// Send; Backoff the first pause, doubled after each failure.
	Attempts int
	Backoff  time.Duration
	// Sleep waits between attempts; nil sleeps for real (honouring ctx).
	Sleep func(context.Context, time.Duration) error
}

// SendError is a failed send, with whether trying again later may help.
type SendError struct {
	Temporary bool
	Code      int // the SMTP reply code, 0 when the failure was not a reply
	Attempts  int
	Err       error
}

func (e *SendError) Error() string {
	kind := "permanent"
	if e.Temporary {
		kind = "temporary"
	}
	if e.Code != 0 {
		return fmt.Sprintf("%s failure (SMTP %d) after %d attempt(s): %v", kind, e.Code, e.Attempts, e.Err)
	}
	return fmt.Sprintf("%s failure after %d attempt(s): %v", kind, e.Attempts, e.Err)
}

func (e *SendError) Unwrap() error { return e.Err }

// Send delivers msg from → to, trying again with back-off while the
// server fails temporarily (4xx replies, dropped connections). A
// permanent refusal (5xx, a bad certificate) returns at once. Every error
// is a *SendError.
func (s SMTP) Send(ctx context.Context, from, to string, msg []byte) error {
	attempts := s.Attempts
	if attempts <= 0 {
		attempts = 4
	}
	pause := s.Backoff
	if pause <= 0 {
		pause = 2 * time.Second
	}
	sleep := s.Sleep
	if sleep == nil {
		sleep = sleepCtx
	}
	var last *SendError
	for i := 1; i <= attempts; i++ {
		err := s.once(ctx, from, to, msg)
		if err == nil {
			return nil
		}
		last = classify(err)
		last.Attempts = i
		if !last.Temporary || ctx.Err() != nil || i == attempts {
			break
		}
		if err := sleep(ctx, pause); err != nil {
			break
		}
		pause *= 2
	}
	return last
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

func (s SMTP) client() (*gomail.Client, error) {
	port := s.Port
	opts := []gomail.Option{gomail.WithTimeout(30 * time.Second)}
	if s.Timeout > 0 {
		opts[0] = gomail.WithTimeout(s.Timeout)
	}
	tc := s.TLSConfig
	if tc == nil {
		tc = &tls.Config{ServerName: s.Host, MinVersion: tls.VersionTLS12}
	}
	switch s.TLS {
	case "tls":
		if port == 0 {
			port = 465
		}
		opts = append(opts, gomail.WithSSL(), gomail.WithTLSConfig(tc))
	case "none":
		if port == 0 {
			port = 25
		}
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	default:
		if port == 0 {
			port = 587
		}
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory), gomail.WithTLSConfig(tc))
	}
	opts = append(opts, gomail.WithPort(port))
	if s.Username != "" {
		opts = append(opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(s.Username), gomail.WithPassword(s.Password))
	}
	return gomail.NewClient(s.Host, opts...)
}

// once makes one delivery. The message goes out byte for byte as stored
// (not rebuilt), so a retry is the same email.
func (s SMTP) once(ctx context.Context, from, to string, msg []byte) error {
	c, err := s.client()
	if err != nil {
		return err
	}
	sc, err := c.DialToSMTPClientWithContext(ctx)
	if err != nil {
		return fmt.Errorf("connect to %s: %w", c.ServerAddr(), err)
	}
	defer sc.Close()
	if err := sc.Mail(addrOnly(from)); err != nil {
		return fmt.Errorf("MAIL FROM: %w", err)
	}
	if err := sc.Rcpt(addrOnly(to)); err != nil {
		return fmt.Errorf("RCPT TO %s: %w", to, err)
	}
	w, err := sc.Data()
	if err != nil {
		return fmt.Errorf("DATA: %w", err)
	}
	if _, err := w.Write(msg); err != nil {
		w.Close()
		return fmt.Errorf("DATA: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("DATA: %w", err)
	}
	_ = sc.Quit() // the server has accepted the message; a failed QUIT changes nothing
	return nil
}

// classify tells a failure that may pass (a 4xx reply, a network error)
// from one that will not (a 5xx reply, a certificate the system does not
// trust, a refused login).
func classify(err error) *SendError {
	var tp *textproto.Error
	if errors.As(err, &tp) {
		return &SendError{Temporary: tp.Code >= 400 && tp.Code < 500, Code: tp.Code, Err: err}
	}
	var (
		cert  *tls.CertificateVerificationError
		unk   x509.UnknownAuthorityError
		host  x509.HostnameError
		inval x509.CertificateInvalidError
	)
	if errors.As(err, &cert) || errors.As(err, &unk) || errors.As(err, &host) || errors.As(err, &inval) {
		return &SendError{Err: err}
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return &SendError{Temporary: true, Err: err}
	}
	var ne net.Error
	if errors.As(err, &ne) || errors.Is(err, net.ErrClosed) {
		return &SendError{Temporary: true, Err: err}
	}
	// Unknown failures (an EOF mid-dialogue, a reply that did not parse)
	// are taken for temporary: retrying a few times costs little, giving up
	// on a digest costs a reader their morning.
	return &SendError{Temporary: true, Err: err}
}
