package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/claimwatch/claimwatch/config"
	"github.com/claimwatch/claimwatch/store"
	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
)

// mailServer is a real SMTP server on loopback (go-smtp): STARTTLS (or
// implicit TLS) with a certificate made for the test, AUTH PLAIN required,
// and faults to order.
type mailServer struct {
	addr   string
	port   int
	caFile string

	mu       sync.Mutex
	received []received
	conns    int // connections that reached TLS
	// failData are the replies the next DATA commands get instead of
	// acceptance (one per command, in order); failRcpt likewise for RCPT.
	failData []error
	failRcpt []error
}

type received struct {
	from, to string
	data     []byte
	tls      bool
	user     string
}

const (
	smtpUser     = "digest"
	smtpPassword = "s3cret-from-env"
	passwordEnv  = "CLAIMWATCH_TEST_SMTP_PASSWORD"
)

// selfSigned makes a certificate for 127.0.0.1 and writes it as a CA file.
func selfSigned(t *testing.T) (tls.Certificate, string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "claimwatch test SMTP"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
		KeyUsage: x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true, IsCA: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	ca := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(ca, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644); err != nil {
		t.Fatal(err)
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, ca
}

func startMailServer(t *testing.T, implicitTLS bool) *mailServer {
	t.Helper()
	cert, ca := selfSigned(t)
	ms := &mailServer{caFile: ca}
	s := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		// A session starts at the greeting and again after STARTTLS;
		// count the encrypted ones: one per connection that got that far.
		if _, ok := c.TLSConnectionState(); ok {
			ms.mu.Lock()
			ms.conns++
			ms.mu.Unlock()
		}
		return &mailSession{ms: ms, conn: c}, nil
	}))
	s.Domain = "localhost"
	s.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
	s.AllowInsecureAuth = false // AUTH only after STARTTLS: a plain-text login fails the test
	s.ReadTimeout, s.WriteTimeout = 10*time.Second, 10*time.Second
	s.MaxMessageBytes = 10 << 20
	var ln net.Listener
	var err error
	if implicitTLS {
		ln, err = tls.Listen("tcp", "127.0.0.1:0", s.TLSConfig)
	} else {
		ln, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		t.Fatal(err)
	}
	ms.addr = ln.Addr().String()
	ms.port = ln.Addr().(*net.TCPAddr).Port
	go s.Serve(ln)
	t.Cleanup(func() { s.Close() })
	return ms
}

func (ms *mailServer) all() []received {
	ms.mu.Lock()
	defer ms.mu.Unlock()
	return append([]received(nil), ms.received...)
}

// mailbox is what a recipient's mail store shows: one message per
// Message-ID, as Gmail, Exchange and most IMAP stores keep it.
func (ms *mailServer) mailbox(to string) []received {
	seen := map[string]bool{}
	var out []received
	for _, r := range ms.all() {
		m, err := mail.ReadMessage(bytes.NewReader(r.data))
		if err != nil || r.to != to {
			continue
		}
		id := m.Header.Get("Message-ID")
		if !seen[id] {
			seen[id] = true
			out = append(out, r)
		}
	}
	return out
}

type mailSession struct {
	ms       *mailServer
	conn     *smtp.Conn
	user     string
	from, to string
}

func (s *mailSession) AuthMechanisms() []string { return []string{sasl.Plain} }

func (s *mailSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != smtpUser || pass != smtpPassword {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "authentication credentials invalid"}
		}
		s.user = user
		return nil
	}), nil
}

func (s *mailSession) Mail(from string, _ *smtp.MailOptions) error {
	if s.user == "" {
		return smtp.ErrAuthRequired
	}
	s.from = from
	return nil
}

func (s *mailSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.ms.mu.Lock()
	defer s.ms.mu.Unlock()
	if len(s.ms.failRcpt) > 0 {
		err := s.ms.failRcpt[0]
		s.ms.failRcpt = s.ms.failRcpt[1:]
		return err
	}
	s.to = to
	return nil
}

func (s *mailSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.ms.mu.Lock()
	defer s.ms.mu.Unlock()
	if len(s.ms.failData) > 0 {
		err := s.ms.failData[0]
		s.ms.failData = s.ms.failData[1:]
		return err
	}
	_, isTLS := s.conn.TLSConnectionState()
	s.ms.received = append(s.ms.received, received{from: s.from, to: s.to, data: b, tls: isTLS, user: s.user})
	return nil
}

func (s *mailSession) Reset()        { s.from, s.to = "", "" }
func (s *mailSession) Logout() error { return nil }

var tempFail = &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"}

// demoData runs the demo once per test binary (the real pipeline over the
// sample world) and gives each test a copy of its store.
var demoOnce struct {
	sync.Once
	dir string
	err error
}

func digestWorld(t *testing.T, ms *mailServer, tlsMode string, subscribers string) (cfgPath, data string) {
	t.Helper()
	demoOnce.Do(func() {
		dir, err := os.MkdirTemp("", "claimwatch-digest-demo")
		if err != nil {
			demoOnce.err = err
			return
		}
		demoOnce.dir = dir
		var o, e bytes.Buffer
		if err := run(context.Background(), []string{"demo", "--data", dir, "--quiet"}, &o, &e); err != nil {
			demoOnce.err = fmt.Errorf("demo: %v\n%s", err, e.String())
		}
	})
	if demoOnce.err != nil {
		t.Fatal(demoOnce.err)
	}
	dir := t.TempDir()
	data = filepath.Join(dir, "data")
	if err := os.MkdirAll(data, 0o755); err != nil {
		t.Fatal(err)
	}
	db, err := os.ReadFile(filepath.Join(demoOnce.dir, "claimwatch.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(data, "claimwatch.db"), db, 0o644); err != nil {
		t.Fatal(err)
	}
	if subscribers == "" {
		subscribers = `
    - email: analyst@example.com
      time: "23:59"
      timezone: UTC
    - email: zh-reader@example.com
      languages: [zh]
      time: "23:59"
      timezone: UTC
    - email: text@example.com
      entities: [OpenAI]
      format: text
      time: "23:59"
      timezone: UTC`
	}
	yaml := fmt.Sprintf(`sources:
  - name: demo
    kind: feed
    url: http://127.0.0.1:9/feed.xml
    lang: en
digest:
  from: "claimwatch <digest@claimwatch.test>"
  smtp: {host: 127.0.0.1, port: %d, username: %s, password_env: %s, tls: %s}
  subscribers:%s
`, ms.port, smtpUser, passwordEnv, tlsMode, subscribers)
	cfgPath = filepath.Join(dir, "feeds.yaml")
	if err := os.WriteFile(cfgPath, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(passwordEnv, smtpPassword)
	return cfgPath, data
}

// today is the digest day of the tests: today in UTC, where the
// subscribers' 23:59 has not come yet, so the window ends now and holds
// the demo's articles, fetched moments ago.
func today() string { return time.Now().UTC().Format("2006-01-02") }

// part is one node of a MIME tree.
type part struct {
	ctype    string
	header   textprotoHeader
	body     []byte // decoded, for leaves
	children []part
}

type textprotoHeader map[string][]string

func (h textprotoHeader) get(k string) string {
	if v := h[k]; len(v) > 0 {
		return v[0]
	}
	return ""
}

func parseMIME(t *testing.T, ctype, cte string, body io.Reader, header textprotoHeader) part {
	t.Helper()
	mt, params, err := mime.ParseMediaType(ctype)
	if err != nil {
		t.Fatalf("content type %q: %v", ctype, err)
	}
	p := part{ctype: mt, header: header}
	if strings.HasPrefix(mt, "multipart/") {
		mr := multipart.NewReader(body, params["boundary"])
		for {
			c, err := mr.NextRawPart() // raw: we decode and check the transfer encoding ourselves
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
			p.children = append(p.children, parseMIME(t, c.Header.Get("Content-Type"), c.Header.Get("Content-Transfer-Encoding"), c, textprotoHeader(c.Header)))
		}
		return p
	}
	var r io.Reader = body
	switch strings.ToLower(cte) {
	case "quoted-printable":
		r = quotedprintable.NewReader(body)
	case "base64":
		r = newBase64Reader(body)
	}
	if p.body, err = io.ReadAll(r); err != nil {
		t.Fatalf("decode %s part: %v", mt, err)
	}
	if strings.HasPrefix(mt, "text/") && !strings.EqualFold(params["charset"], "utf-8") {
		t.Errorf("%s part has charset %q, want UTF-8", mt, params["charset"])
	}
	return p
}

func (p part) find(ctype string) []part {
	var out []part
	if p.ctype == ctype {
		out = append(out, p)
	}
	for _, c := range p.children {
		out = append(out, c.find(ctype)...)
	}
	return out
}

func (p part) shape() string {
	if len(p.children) == 0 {
		return p.ctype
	}
	var cs []string
	for _, c := range p.children {
		cs = append(cs, c.shape())
	}
	return p.ctype + "(" + strings.Join(cs, " ") + ")"
}

func parseMessage(t *testing.T, raw []byte) (*mail.Message, part) {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	return m, parseMIME(t, m.Header.Get("Content-Type"), m.Header.Get("Content-Transfer-Encoding"), m.Body, textprotoHeader(m.Header))
}

func TestDigestSendsThroughSMTPWithSTARTTLSAndAuth(t *testing.T) {
	ms := startMailServer(t, false)
	cfg, data := digestWorld(t, ms, "starttls", "")
	args := []string{"digest", "--config", cfg, "--data", data, "--date", today(), "--send", "--smtp-ca", ms.caFile}
	out, logs, err := cli(t, args...)
	if err != nil {
		t.Fatalf("digest --send: %v\n%s%s", err, out, logs)
	}
	if strings.Count(out, "sent: digest for") != 3 {
		t.Errorf("want three digests sent:\n%s", out)
	}
	got := ms.all()
	if len(got) != 3 {
		t.Fatalf("the server received %d messages, want 3", len(got))
	}
	byTo := map[string]received{}
	for _, r := range got {
		if !r.tls || r.user != smtpUser || r.from != "digest@claimwatch.test" {
			t.Errorf("message to %s: tls=%v user=%q from=%q", r.to, r.tls, r.user, r.from)
		}
		byTo[r.to] = r
	}

	// The analyst's digest: headers, MIME structure, inline charts.
	m, root := parseMessage(t, byTo["analyst@example.com"].data)
	if d, err := m.Header.Date(); err != nil || time.Since(d) > time.Hour {
		t.Errorf("Date %q: %v", m.Header.Get("Date"), err)
	}
	if id := m.Header.Get("Message-ID"); !strings.HasPrefix(id, "<digest."+today()+".") || !strings.HasSuffix(id, "@claimwatch.test>") {
		t.Errorf("Message-ID %q", id)
	}
	if u := m.Header.Get("List-Unsubscribe"); !strings.Contains(u, "<mailto:digest@claimwatch.test?subject=unsubscribe>") {
		t.Errorf("List-Unsubscribe %q", u)
	}
	rawSubject := m.Header.Get("Subject")
	subject, err := new(mime.WordDecoder).DecodeHeader(rawSubject)
	if err != nil || !strings.HasPrefix(rawSubject, "=?UTF-8?") || !strings.Contains(subject, "每日摘要 "+today()) || !strings.Contains(subject, "OpenAI") {
		t.Errorf("Subject %q decodes to %q (%v)", rawSubject, subject, err)
	}
	if h := m.Header.Get("Content-Type"); !strings.HasPrefix(h, "multipart/") {
		t.Fatalf("Content-Type %q", h)
	}
	t.Logf("MIME structure: %s", root.shape())
	alt := root.find("multipart/alternative")
	if len(alt) != 1 || len(alt[0].find("text/plain")) != 1 || len(alt[0].find("text/html")) != 1 {
		t.Fatalf("want one multipart/alternative with text and HTML: %s", root.shape())
	}
	related := root.find("multipart/related")
	if len(related) != 1 || len(related[0].find("text/html")) != 1 {
		t.Fatalf("the HTML and its images are not in a multipart/related: %s", root.shape())
	}
	html := string(root.find("text/html")[0].body)
	text := string(root.find("text/plain")[0].body)
	images := related[0].find("image/png")
	if len(images) == 0 {
		t.Fatal("no inline chart")
	}
	for _, img := range images {
		cid := strings.Trim(img.header.get("Content-Id"), "<>")
		if cid == "" || !strings.Contains(html, `src="cid:`+cid+`"`) {
			t.Errorf("image with Content-ID %q is not referred to by the HTML", cid)
		}
		if !bytes.HasPrefix(img.body, []byte("\x89PNG\r\n\x1a\n")) {
			t.Errorf("inline image %s is not a PNG", cid)
		}
	}
	// Content against the sample world: OpenAI's 2022 loss of $540M, stated
	// in English and both Chinese scripts, corroborated; the Microsoft
	// funding figures in conflict; Chinese quotes intact in UTF-8.
	for _, want := range []string{
		"loss 2022: $540M", "newly corroborated", "OpenAI 去年的虧損翻了一倍,達到約5.4億美元",
		"OpenAI在2022年亏损约5.4亿美元", "newly conflicting", "$13B", "$10B", "Top articles", "中文（繁體）", "中文（简体）",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text part lacks %q", want)
		}
		if !strings.Contains(html, strings.ReplaceAll(want, "'", "&#39;")) {
			t.Errorf("HTML part lacks %q", want)
		}
	}

	// The Chinese reader gets only Chinese articles; the text subscriber
	// a text part only, about OpenAI only.
	_, zh := parseMessage(t, byTo["zh-reader@example.com"].data)
	zhText := string(zh.find("text/plain")[0].body)
	top := zhText[strings.Index(zhText, "== Top articles"):]
	if strings.Contains(top, "English") || !strings.Contains(top, "中文") {
		t.Errorf("the Chinese reader's top articles:\n%s", top)
	}
	_, tx := parseMessage(t, byTo["text@example.com"].data)
	if tx.ctype != "text/plain" || len(tx.find("text/html")) != 0 {
		t.Errorf("text subscriber got %s", tx.shape())
	}
	if body := string(tx.body); strings.Contains(body, "== Nvidia") || !strings.Contains(body, "== OpenAI") {
		t.Errorf("the OpenAI-only subscriber's digest:\n%s", body)
	}

	// A rerun sends nothing.
	out, _, err = cli(t, args...)
	if err != nil || strings.Count(out, "already sent: digest for") != 3 {
		t.Errorf("rerun: %v\n%s", err, out)
	}
	if n := len(ms.all()); n != 3 {
		t.Errorf("a rerun sent again: %d messages", n)
	}
}

func TestDigestSendsOverImplicitTLS(t *testing.T) {
	ms := startMailServer(t, true)
	cfg, data := digestWorld(t, ms, "tls", "\n    - email: one@example.com\n      time: \"23:59\"")
	out, logs, err := cli(t, "digest", "--config", cfg, "--data", data, "--date", today(), "--send", "--smtp-ca", ms.caFile)
	if err != nil {
		t.Fatalf("%v\n%s%s", err, out, logs)
	}
	if got := ms.all(); len(got) != 1 || !got[0].tls {
		t.Errorf("implicit TLS: %+v", got)
	}
}

func TestDigestWithoutPasswordOrWithWrongOneSaysSo(t *testing.T) {
	ms := startMailServer(t, false)
	cfg, data := digestWorld(t, ms, "starttls", "\n    - email: one@example.com\n      time: \"23:59\"")
	t.Setenv(passwordEnv, "")
	_, _, err := cli(t, "digest", "--config", cfg, "--data", data, "--send", "--smtp-ca", ms.caFile)
	if err == nil || !strings.Contains(err.Error(), passwordEnv+", which is not set") {
		t.Errorf("no password: %v", err)
	}
	t.Setenv(passwordEnv, "wrong")
	_, _, err = cli(t, "digest", "--config", cfg, "--data", data, "--date", today(), "--send", "--smtp-ca", ms.caFile)
	if err == nil || !strings.Contains(err.Error(), "permanent failure") || !strings.Contains(err.Error(), "535") {
		t.Errorf("wrong password: %v", err)
	}
	// An untrusted certificate is a permanent failure too, not a retry loop.
	t.Setenv(passwordEnv, smtpPassword)
	_, _, err = cli(t, "digest", "--config", cfg, "--data", data, "--date", today(), "--send", "--retry")
	if err == nil || !strings.Contains(err.Error(), "permanent failure") || !strings.Contains(err.Error(), "certificate") {
		t.Errorf("untrusted certificate: %v", err)
	}
}

func TestDigestRetriesTemporaryFailuresWithBackoff(t *testing.T) {
	ms := startMailServer(t, false)
	cfg, data := digestWorld(t, ms, "starttls", "\n    - email: one@example.com\n      time: \"23:59\"")
	args := []string{"digest", "--config", cfg, "--data", data, "--date", today(), "--send", "--smtp-ca", ms.caFile, "--backoff", "50ms"}

	// Two 451s, then the server recovers: one send, one message.
	ms.failData = []error{tempFail, tempFail}
	start := time.Now()
	out, logs, err := cli(t, args...)
	if err != nil || !strings.Contains(out, "sent: digest for") {
		t.Fatalf("after two temporary failures: %v\n%s%s", err, out, logs)
	}
	if d := time.Since(start); d < 150*time.Millisecond {
		t.Errorf("retried without backing off (50ms, then 100ms): %v", d)
	}
	if len(ms.all()) != 1 || ms.conns != 3 {
		t.Errorf("%d messages over %d connections, want 1 over 3", len(ms.all()), ms.conns)
	}

	// A server down for longer: the digest stays composed, is not lost,
	// and goes out on the next try.
	day := time.Now().UTC().AddDate(0, 0, 1).Format("2006-01-02")
	args[6] = day
	ms.failData = []error{tempFail, tempFail, tempFail, tempFail}
	_, _, err = cli(t, args...)
	if err == nil || !strings.Contains(err.Error(), "temporary failure (SMTP 451) after 4 attempt(s)") {
		t.Fatalf("four temporary failures: %v", err)
	}
	st, _ := store.Open(data)
	rec, err := st.Digest(context.Background(), "one@example.com", day)
	st.Close()
	if err != nil || rec.State != store.DigestComposed || !rec.NextTry.After(time.Now()) || !strings.Contains(rec.LastError, "451") {
		t.Fatalf("after a failed send the record is %+v (%v)", rec, err)
	}
	out, _, _ = cli(t, args...) // before its next try: left alone
	if !strings.Contains(out, "pending") || len(ms.all()) != 1 {
		t.Errorf("a rerun before the retry time: %s", out)
	}
	out, _, err = cli(t, append(args, "--retry")...)
	if err != nil || !strings.Contains(out, "sent: digest for "+day) || len(ms.mailbox("one@example.com")) != 2 {
		t.Errorf("retry: %v\n%s", err, out)
	}
}

func TestDigestPermanentFailureIsClearAndNotRetried(t *testing.T) {
	ms := startMailServer(t, false)
	cfg, data := digestWorld(t, ms, "starttls", "\n    - email: gone@example.com\n      time: \"23:59\"")
	args := []string{"digest", "--config", cfg, "--data", data, "--date", today(), "--send", "--smtp-ca", ms.caFile, "--backoff", "50ms"}
	ms.failRcpt = []error{&smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: "no such user"}}
	out, _, err := cli(t, args...)
	if err == nil {
		t.Fatalf("a 550 passed:\n%s", out)
	}
	msg := err.Error()
	for _, want := range []string{"send digest to gone@example.com", "permanent failure (SMTP 550) after 1 attempt(s)", "RCPT TO", "no such user"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q lacks %q", msg, want)
		}
	}
	if !strings.HasPrefix(out, "failed: ") || ms.conns != 1 {
		t.Errorf("output %q after %d connections", out, ms.conns)
	}
	// Rerun: the refusal stands until --retry; nothing is sent meanwhile.
	out, _, err = cli(t, args...)
	if err == nil || !strings.HasPrefix(out, "failed earlier: ") || ms.conns != 1 {
		t.Errorf("rerun after a permanent failure: %v\n%s", err, out)
	}
	out, _, err = cli(t, append(args, "--retry")...)
	if err != nil || !strings.HasPrefix(out, "sent: ") || len(ms.all()) != 1 {
		t.Errorf("--retry: %v\n%s", err, out)
	}
}

func TestDigestOutWritesEMLFilesWithoutRecording(t *testing.T) {
	ms := startMailServer(t, false)
	cfg, data := digestWorld(t, ms, "starttls", "")
	dir := t.TempDir()
	out, logs, err := cli(t, "digest", "--config", cfg, "--data", data, "--date", today(), "--to", "analyst@example.com", "--out", dir, "--base-url", "http://127.0.0.1:8080")
	if err != nil {
		t.Fatalf("%v\n%s", err, logs)
	}
	path := filepath.Join(dir, today()+"-analyst_at_example.com.eml")
	if !strings.Contains(out, "wrote "+path) {
		t.Errorf("output %q", out)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, root := parseMessage(t, raw)
	if html := string(root.find("text/html")[0].body); !strings.Contains(html, `href="http://127.0.0.1:8080/articles/`) {
		t.Error("--base-url does not link articles to the web page")
	}
	st, _ := store.Open(data)
	_, err = st.Digest(context.Background(), "analyst@example.com", today())
	st.Close()
	if err == nil {
		t.Error("--out recorded the digest as composed")
	}
	if len(ms.all()) != 0 {
		t.Error("--out sent mail")
	}
	if _, _, err := cli(t, "digest", "--config", cfg, "--data", data, "--send", "--out", dir); err == nil {
		t.Error("--send with --out was accepted")
	}
}

// TestDigestKilledBetweenComposedAndSentIsNeitherLostNorDoubled kills a
// real claimwatch process right after it recorded a digest as composed,
// and right after the server accepted it but before it was recorded as
// sent, then runs it again.
func TestDigestKilledBetweenComposedAndSentIsNeitherLostNorDoubled(t *testing.T) {
	if testing.Short() {
		t.Skip("kills subprocesses")
	}
	ms := startMailServer(t, false)
	cfg, data := digestWorld(t, ms, "starttls", "")
	day := today()
	to := "analyst@example.com"
	args := []string{"digest", "--config", cfg, "--data", data, "--date", day, "--to", to, "--send", "--smtp-ca", ms.caFile}
	killed := func(at string) {
		t.Helper()
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "CLAIMWATCH_AS_CLI="+strings.Join(args, "\x1f"), digestKillEnv+"="+at)
		out, err := cmd.CombinedOutput()
		if err == nil || !strings.Contains(err.Error(), "killed") {
			t.Fatalf("the process was not killed %s: %v\n%s", at, err, out)
		}
	}
	record := func() store.DigestRecord {
		t.Helper()
		st, err := store.Open(data)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		r, err := st.Digest(context.Background(), to, day)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}

	// 1. Killed after composing, before any SMTP: nothing sent yet, the
	// digest is recorded; the rerun sends exactly that message once.
	killed("after-compose")
	if r := record(); r.State != store.DigestComposed || len(ms.all()) != 0 {
		t.Fatalf("after a kill before sending: state %s, %d sent", r.State, len(ms.all()))
	}
	composed := record().Message
	out, logs, err := cli(t, args...)
	if err != nil || !strings.Contains(out, "sent: ") {
		t.Fatalf("rerun: %v\n%s%s", err, out, logs)
	}
	if got := ms.all(); len(got) != 1 || !bytes.Equal(got[0].data, composed) {
		t.Fatalf("the rerun did not send the composed message once (%d messages)", len(got))
	}

	// 2. Killed after the server accepted the message, before recording
	// it: the rerun sends the very same bytes again (same Message-ID), so
	// the mailbox holds one digest; a third run sends nothing.
	day = time.Now().UTC().AddDate(0, 0, 1).Format("2006-01-02")
	args[6] = day
	killed("after-send")
	if r := record(); r.State != store.DigestComposed || len(ms.all()) != 2 {
		t.Fatalf("after a kill past DATA: state %s, %d received", r.State, len(ms.all()))
	}
	out, logs, err = cli(t, args...)
	if err != nil || !strings.Contains(out, "sent: ") {
		t.Fatalf("rerun: %v\n%s%s", err, out, logs)
	}
	got := ms.all()
	if len(got) != 3 || !bytes.Equal(got[1].data, got[2].data) {
		t.Fatalf("the resend differs from what the killed process sent (%d messages)", len(got))
	}
	if n := len(ms.mailbox(to)); n != 2 {
		t.Errorf("the mailbox holds %d digests for two days", n)
	}
	out, _, _ = cli(t, args...)
	if !strings.Contains(out, "already sent") || len(ms.all()) != 3 {
		t.Errorf("third run: %s", out)
	}
	if r := record(); r.State != store.DigestSent || r.Attempts != 2 {
		t.Errorf("record after recovery: state %s, %d attempts", r.State, r.Attempts)
	}
}

// TestDigestSchedulerSendsAtTheSubscribersTimeOnce runs two schedulers,
// as two serve processes would, on one store with a clock the test moves:
// nothing before the subscriber's 07:xx in Taipei, one digest after it,
// however many ticks and schedulers.
func TestDigestSchedulerSendsAtTheSubscribersTimeOnce(t *testing.T) {
	ms := startMailServer(t, false)
	taipei, _ := time.LoadLocation("Asia/Taipei")
	// Noon in Taipei on today's date: the test's clock is its own, and a
	// time near midnight would put the 90 seconds before it on another day.
	year, month, day := time.Now().In(taipei).Date()
	sendAt := time.Date(year, month, day, 12, 0, 0, 0, taipei)
	cfgPath, data := digestWorld(t, ms, "starttls", fmt.Sprintf("\n    - email: tw@example.com\n      time: %q\n      timezone: Asia/Taipei", sendAt.Format("15:04")))
	cfg, err := config.Load(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	old := digestTick
	digestTick = 20 * time.Millisecond
	defer func() { digestTick = old }()
	schedulerTLS = &tls.Config{ServerName: "127.0.0.1", RootCAs: caPool(t, ms.caFile)}
	defer func() { schedulerTLS = nil }()

	var clock atomic.Int64
	clock.Store(sendAt.Add(-90 * time.Second).UnixNano())
	now := func() time.Time { return time.Unix(0, clock.Load()) }
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for i := range 2 {
		st, err := store.Open(data)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			var logs bytes.Buffer
			e := &env{stdout: io.Discard, stderr: &logs, log: newTestLogger(&logs)}
			if err := runDigestScheduler(ctx, e, cfg, st, data, now, "http://127.0.0.1:8080"); err != nil {
				t.Errorf("scheduler %d: %v", i, err)
			}
		}()
	}
	time.Sleep(300 * time.Millisecond)
	if n := len(ms.all()); n != 0 {
		t.Fatalf("%d digests before the subscriber's time", n)
	}
	clock.Store(sendAt.Add(30 * time.Second).UnixNano())
	deadline := time.Now().Add(20 * time.Second)
	for len(ms.all()) == 0 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond) // many more ticks of both schedulers
	clock.Store(sendAt.Add(3 * time.Hour).UnixNano())
	time.Sleep(300 * time.Millisecond)
	cancel()
	wg.Wait()
	got := ms.all()
	if len(got) != 1 {
		t.Fatalf("%d digests sent, want 1", len(got))
	}
	m, _ := parseMessage(t, got[0].data)
	if id := m.Header.Get("Message-ID"); !strings.Contains(id, "digest."+sendAt.Format("2006-01-02")+".") {
		t.Errorf("Message-ID %s is not for the subscriber's day %s", id, sendAt.Format("2006-01-02"))
	}
}

func newBase64Reader(r io.Reader) io.Reader { return base64.NewDecoder(base64.StdEncoding, r) }

func newTestLogger(w io.Writer) *slog.Logger { return slog.New(slog.NewTextHandler(w, nil)) }

func caPool(t *testing.T, file string) *x509.CertPool {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	p := x509.NewCertPool()
	p.AppendCertsFromPEM(b)
	return p
}
