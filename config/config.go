// Package config loads feeds.yaml: the sources claimwatch reads, the
// entities it watches and the digest subscribers. Every mistake in the file is
// reported with the file name, the line and a sentence that says what is wrong.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"net/mail"
	"net/url"
	"os"
	"reflect"
	"regexp"
	"strings"
	"time"

	"github.com/claimwatch/claimwatch"
	"go.yaml.in/yaml/v3"
)

// Config is a validated feeds.yaml.
type Config struct {
	File      string // where it was read from, for messages
	UserAgent string
	Contact   string // a URL or address site owners can reach us at
	DataDir   string
	Defaults  Defaults
	Sources   []claimwatch.Source
	Entities  []claimwatch.Entity
	Digest    Digest
}

// Defaults apply to every source that does not set its own value.
type Defaults struct {
	Delay        time.Duration // pause between two requests to one host
	MaxPages     int           // pages one source may fetch in one run
	Timeout      time.Duration // one request
	MaxBodyBytes int           // larger pages are refused and reported
	Concurrency  int           // requests in flight to one host
	Interval     time.Duration // how often serve polls a source
}

// Digest configures the daily email.
type Digest struct {
	From        string
	SMTP        SMTP
	Subscribers []Subscriber
}

// SMTP names the mail server. The password never lives in the file: it is
// read from the environment variable PasswordEnv.
type SMTP struct {
	Host        string
	Port        int
	Username    string
	PasswordEnv string
	TLS         string // starttls, tls or none
}

// Subscriber is one recipient of the digest and what they follow.
type Subscriber struct {
	Email     string
	Entities  []string
	Metrics   []string
	Languages []string
	Keywords  []string
	Time      string // HH:MM in Timezone
	Timezone  string
	Format    string // html or text
}

// Error is a problem at one place in the file.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// The file's shape. Field names are the YAML keys; unknown keys are errors,
// so a typo ("delays:") is caught rather than silently ignored.
type fileConfig struct {
	UserAgent string       `yaml:"user_agent"`
	Contact   string       `yaml:"contact"`
	DataDir   string       `yaml:"data_dir"`
	Defaults  fileDefaults `yaml:"defaults"`
	Sources   []yaml.Node  `yaml:"sources"`
	Entities  []yaml.Node  `yaml:"entities"`
	Digest    fileDigest   `yaml:"digest"`
}

type fileDefaults struct {
	Delay        string `yaml:"delay"`
	MaxPages     int    `yaml:"max_pages"`
	Timeout      string `yaml:"timeout"`
	MaxBodyBytes int    `yaml:"max_body_bytes"`
	Concurrency  int    `yaml:"concurrency"`
	Interval     string `yaml:"interval"`
}

type fileSource struct {
	Name           string   `yaml:"name"`
	Kind           string   `yaml:"kind"`
	URL            string   `yaml:"url"`
	Lang           string   `yaml:"lang"`
	Script         string   `yaml:"script"`
	AllowedDomains []string `yaml:"allowed_domains"`
	Delay          string   `yaml:"delay"`
	ArticlePattern string   `yaml:"article_pattern"`
	MaxPages       int      `yaml:"max_pages"`
	Concurrency    int      `yaml:"concurrency"`
	Interval       string   `yaml:"interval"`
	Sitemap        string   `yaml:"sitemap"`
	FollowPattern  string   `yaml:"follow_pattern"`
	MaxDepth       int      `yaml:"max_depth"`
}

type fileEntity struct {
	Name     string   `yaml:"name"`
	Aliases  []string `yaml:"aliases"`
	Products []string `yaml:"products"`
}

type fileDigest struct {
	From        string      `yaml:"from"`
	SMTP        fileSMTP    `yaml:"smtp"`
	Subscribers []yaml.Node `yaml:"subscribers"`
}

type fileSMTP struct {
	Host        string `yaml:"host"`
	Port        int    `yaml:"port"`
	Username    string `yaml:"username"`
	Password    string `yaml:"password"`
	PasswordEnv string `yaml:"password_env"`
	TLS         string `yaml:"tls"`
}

type fileSubscriber struct {
	Email     string   `yaml:"email"`
	Entities  []string `yaml:"entities"`
	Metrics   []string `yaml:"metrics"`
	Languages []string `yaml:"languages"`
	Keywords  []string `yaml:"keywords"`
	Time      string   `yaml:"time"`
	Timezone  string   `yaml:"timezone"`
	Format    string   `yaml:"format"`
}

// Built-in defaults, chosen to be polite to sites we do not know.
const (
	DefaultDelay        = 2 * time.Second
	DefaultMaxPages     = 200
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBodyBytes = 8 << 20
	DefaultUserAgent    = "claimwatch/0.1 (+https://github.com/claimwatch/claimwatch)"
	DefaultConcurrency  = 1
	DefaultInterval     = 30 * time.Minute
	MaxConcurrency      = 8 // more than this per host is not polite
)

// Load reads and validates the file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(path, data)
}

// Default returns the feeds.yaml embedded in the binary.
func Default() *Config {
	c, err := Parse("feeds.yaml (embedded)", claimwatch.DefaultFeeds)
	if err != nil {
		panic("embedded feeds.yaml is invalid: " + err.Error()) // caught by the package tests
	}
	return c
}

// Parse validates data read from file (the name is used in messages).
func Parse(file string, data []byte) (*Config, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{File: file, Msg: "the file is empty; it needs at least a sources list"}
	}
	var fc fileConfig
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&fc); err != nil {
		return nil, yamlError(file, err)
	}
	p := parser{file: file}
	c := &Config{
		File:      file,
		UserAgent: fc.UserAgent,
		Contact:   fc.Contact,
		DataDir:   fc.DataDir,
		Defaults: Defaults{
			Delay:        DefaultDelay,
			MaxPages:     DefaultMaxPages,
			Timeout:      DefaultTimeout,
			MaxBodyBytes: DefaultMaxBodyBytes,
			Concurrency:  DefaultConcurrency,
			Interval:     DefaultInterval,
		},
	}
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if fc.Defaults.Delay != "" {
		c.Defaults.Delay = p.duration(0, "defaults.delay", fc.Defaults.Delay)
	}
	if fc.Defaults.Timeout != "" {
		c.Defaults.Timeout = p.duration(0, "defaults.timeout", fc.Defaults.Timeout)
	}
	if fc.Defaults.MaxPages < 0 {
		p.fail(0, "defaults.max_pages must not be negative")
	} else if fc.Defaults.MaxPages > 0 {
		c.Defaults.MaxPages = fc.Defaults.MaxPages
	}
	if fc.Defaults.Interval != "" {
		c.Defaults.Interval = p.duration(0, "defaults.interval", fc.Defaults.Interval)
	}
	if fc.Defaults.Concurrency < 0 || fc.Defaults.Concurrency > MaxConcurrency {
		p.fail(0, fmt.Sprintf("defaults.concurrency must be between 1 and %d", MaxConcurrency))
	} else if fc.Defaults.Concurrency > 0 {
		c.Defaults.Concurrency = fc.Defaults.Concurrency
	}
	if fc.Defaults.MaxBodyBytes < 0 {
		p.fail(0, "defaults.max_body_bytes must not be negative")
	} else if fc.Defaults.MaxBodyBytes > 0 {
		c.Defaults.MaxBodyBytes = fc.Defaults.MaxBodyBytes
	}

	if len(fc.Sources) == 0 {
		p.fail(0, "no sources: add a sources list with at least one feed or site")
	}
	names := map[string]int{}
	for i := range fc.Sources {
		if s, ok := p.source(&fc.Sources[i], c.Defaults); ok {
			if line, dup := names[s.Name]; dup {
				p.fail(fc.Sources[i].Line, fmt.Sprintf("source name %q is used twice (first at line %d); names must be unique", s.Name, line))
				continue
			}
			names[s.Name] = fc.Sources[i].Line
			c.Sources = append(c.Sources, s)
		}
	}
	entities := map[string]int{}
	for i := range fc.Entities {
		if e, ok := p.entity(&fc.Entities[i]); ok {
			if line, dup := entities[e.Name]; dup {
				p.fail(fc.Entities[i].Line, fmt.Sprintf("entity %q is listed twice (first at line %d)", e.Name, line))
				continue
			}
			entities[e.Name] = fc.Entities[i].Line
			c.Entities = append(c.Entities, e)
		}
	}
	c.Digest = p.digest(fc.Digest)
	if err := p.err(); err != nil {
		return nil, err
	}
	return c, nil
}

// parser gathers every problem in the file, so one run shows them all.
type parser struct {
	file string
	errs []error
}

func (p *parser) fail(line int, msg string) {
	p.errs = append(p.errs, &Error{File: p.file, Line: line, Msg: msg})
}

func (p *parser) err() error { return errors.Join(p.errs...) }

func (p *parser) duration(line int, field, s string) time.Duration {
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		p.fail(line, fmt.Sprintf("%s: %q is not a duration; write it like 2s or 500ms", field, s))
		return 0
	}
	return d
}

var (
	validKinds   = map[string]claimwatch.SourceKind{"feed": claimwatch.KindFeed, "site": claimwatch.KindSite}
	validLangs   = map[string]bool{"en": true, "zh": true}
	validScripts = map[string]bool{"": true, "Hant": true, "Hans": true}
	sourceName   = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]*$`)
)

func (p *parser) source(n *yaml.Node, d Defaults) (claimwatch.Source, bool) {
	var fs fileSource
	if err := decodeStrict(n, &fs); err != nil {
		p.errs = append(p.errs, yamlError(p.file, err))
		return claimwatch.Source{}, false
	}
	before := len(p.errs)
	at := func(key string) int { return keyLine(n, key) }
	label := fmt.Sprintf("source %q", fs.Name)
	if fs.Name == "" {
		label = "source"
		p.fail(n.Line, "source has no name; give each source a short unique name like techcrunch-ai")
	} else if !sourceName.MatchString(fs.Name) {
		p.fail(at("name"), fmt.Sprintf("source name %q: use lower-case letters, digits, dots, dashes and underscores", fs.Name))
	}
	kind, ok := validKinds[fs.Kind]
	if !ok {
		p.fail(lineOr(at("kind"), n.Line), fmt.Sprintf("%s: kind must be feed or site, not %q", label, fs.Kind))
	}
	u, err := url.Parse(fs.URL)
	switch {
	case fs.URL == "":
		p.fail(n.Line, fmt.Sprintf("%s has no url", label))
	case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
		p.fail(at("url"), fmt.Sprintf("%s: url %q is not an absolute http(s) URL", label, fs.URL))
	}
	if !validLangs[fs.Lang] {
		p.fail(lineOr(at("lang"), n.Line), fmt.Sprintf("%s: lang must be en or zh, not %q", label, fs.Lang))
	}
	if !validScripts[fs.Script] {
		p.fail(at("script"), fmt.Sprintf("%s: script must be Hant (Traditional) or Hans (Simplified), not %q", label, fs.Script))
	}
	if fs.Script != "" && fs.Lang != "zh" {
		p.fail(at("script"), fmt.Sprintf("%s: script applies to Chinese sources only (lang: zh)", label))
	}
	if fs.ArticlePattern != "" {
		if _, err := regexp.Compile(fs.ArticlePattern); err != nil {
			p.fail(at("article_pattern"), fmt.Sprintf("%s: article_pattern is not a valid regular expression: %v", label, err))
		}
	}
	if fs.MaxPages < 0 {
		p.fail(at("max_pages"), fmt.Sprintf("%s: max_pages must not be negative", label))
	}
	if fs.Concurrency < 0 || fs.Concurrency > MaxConcurrency {
		p.fail(at("concurrency"), fmt.Sprintf("%s: concurrency must be between 1 and %d", label, MaxConcurrency))
	}
	if fs.MaxDepth < 0 {
		p.fail(at("max_depth"), fmt.Sprintf("%s: max_depth must not be negative", label))
	}
	if fs.FollowPattern != "" {
		if _, err := regexp.Compile(fs.FollowPattern); err != nil {
			p.fail(at("follow_pattern"), fmt.Sprintf("%s: follow_pattern is not a valid regular expression: %v", label, err))
		}
	}
	if fs.Sitemap != "" {
		if su, err := url.Parse(fs.Sitemap); err != nil || (su.Scheme != "http" && su.Scheme != "https") || su.Host == "" {
			p.fail(at("sitemap"), fmt.Sprintf("%s: sitemap %q is not an absolute http(s) URL", label, fs.Sitemap))
		}
	}
	if (fs.FollowPattern != "" || fs.MaxDepth > 0) && kind != claimwatch.KindSite {
		p.fail(lineOr(at("follow_pattern"), at("max_depth")), fmt.Sprintf("%s: follow_pattern and max_depth apply to sites (kind: site)", label))
	}
	for _, dom := range fs.AllowedDomains {
		if dom == "" || strings.ContainsAny(dom, "/: ") {
			p.fail(at("allowed_domains"), fmt.Sprintf("%s: allowed domain %q must be a bare host name like example.com", label, dom))
		}
	}
	s := claimwatch.Source{
		Name:           fs.Name,
		Kind:           kind,
		URL:            fs.URL,
		Lang:           fs.Lang,
		Script:         fs.Script,
		AllowedDomains: fs.AllowedDomains,
		Delay:          d.Delay,
		ArticlePattern: fs.ArticlePattern,
		MaxPages:       fs.MaxPages,
		Concurrency:    fs.Concurrency,
		Interval:       d.Interval,
		Sitemap:        fs.Sitemap,
		FollowPattern:  fs.FollowPattern,
		MaxDepth:       fs.MaxDepth,
	}
	if s.Concurrency == 0 {
		s.Concurrency = d.Concurrency
	}
	if s.MaxDepth == 0 {
		s.MaxDepth = 1
	}
	if fs.Interval != "" {
		s.Interval = p.duration(at("interval"), label+": interval", fs.Interval)
		if s.Interval > 0 && s.Interval < 10*time.Second {
			p.fail(at("interval"), fmt.Sprintf("%s: interval %v is too short; poll a source at most once every 10s", label, s.Interval))
		}
	}
	if fs.Delay != "" {
		s.Delay = p.duration(at("delay"), label+": delay", fs.Delay)
	}
	if s.MaxPages == 0 {
		s.MaxPages = d.MaxPages
	}
	if len(s.AllowedDomains) == 0 && u != nil {
		s.AllowedDomains = []string{u.Hostname()}
	}
	return s, len(p.errs) == before
}

func (p *parser) entity(n *yaml.Node) (claimwatch.Entity, bool) {
	var fe fileEntity
	if err := decodeStrict(n, &fe); err != nil {
		p.errs = append(p.errs, yamlError(p.file, err))
		return claimwatch.Entity{}, false
	}
	if strings.TrimSpace(fe.Name) == "" {
		p.fail(n.Line, "entity has no name; give its canonical name, e.g. name: OpenAI")
		return claimwatch.Entity{}, false
	}
	for _, a := range append(append([]string{}, fe.Aliases...), fe.Products...) {
		if strings.TrimSpace(a) == "" {
			p.fail(n.Line, fmt.Sprintf("entity %q has an empty alias or product", fe.Name))
			return claimwatch.Entity{}, false
		}
	}
	return claimwatch.Entity{Name: fe.Name, Aliases: fe.Aliases, Products: fe.Products}, true
}

var validTLS = map[string]bool{"": true, "starttls": true, "tls": true, "none": true}

func (p *parser) digest(fd fileDigest) Digest {
	d := Digest{From: fd.From, SMTP: SMTP{
		Host: fd.SMTP.Host, Port: fd.SMTP.Port, Username: fd.SMTP.Username,
		PasswordEnv: fd.SMTP.PasswordEnv, TLS: fd.SMTP.TLS,
	}}
	if fd.SMTP.Password != "" {
		p.fail(0, "digest.smtp.password: passwords do not belong in feeds.yaml; set password_env to the name of an environment variable that holds it")
	}
	if !validTLS[fd.SMTP.TLS] {
		p.fail(0, fmt.Sprintf("digest.smtp.tls must be starttls, tls or none, not %q", fd.SMTP.TLS))
	}
	if d.SMTP.TLS == "" {
		d.SMTP.TLS = "starttls"
	}
	if fd.SMTP.Port < 0 || fd.SMTP.Port > 65535 {
		p.fail(0, fmt.Sprintf("digest.smtp.port %d is not a port number", fd.SMTP.Port))
	}
	if fd.From != "" {
		if _, err := mail.ParseAddress(fd.From); err != nil {
			p.fail(0, fmt.Sprintf("digest.from %q is not an email address", fd.From))
		}
	}
	for i := range fd.Subscribers {
		n := &fd.Subscribers[i]
		var fs fileSubscriber
		if err := decodeStrict(n, &fs); err != nil {
			p.errs = append(p.errs, yamlError(p.file, err))
			continue
		}
		if _, err := mail.ParseAddress(fs.Email); err != nil {
			p.fail(lineOr(keyLine(n, "email"), n.Line), fmt.Sprintf("subscriber email %q is not an email address", fs.Email))
		}
		if fs.Timezone == "" {
			fs.Timezone = "UTC"
		}
		if _, err := time.LoadLocation(fs.Timezone); err != nil {
			p.fail(keyLine(n, "timezone"), fmt.Sprintf("subscriber %s: unknown time zone %q; use an IANA name like Asia/Taipei", fs.Email, fs.Timezone))
		}
		if fs.Time == "" {
			fs.Time = "07:00"
		}
		if _, err := time.Parse("15:04", fs.Time); err != nil {
			p.fail(keyLine(n, "time"), fmt.Sprintf("subscriber %s: time %q must be HH:MM", fs.Email, fs.Time))
		}
		switch fs.Format {
		case "":
			fs.Format = "html"
		case "html", "text":
		default:
			p.fail(keyLine(n, "format"), fmt.Sprintf("subscriber %s: format must be html or text, not %q", fs.Email, fs.Format))
		}
		for _, m := range fs.Metrics {
			if !isMetric(m) {
				p.fail(keyLine(n, "metrics"), fmt.Sprintf("subscriber %s: %q is not a metric (see CLAIMS.md's vocabulary)", fs.Email, m))
			}
		}
		d.Subscribers = append(d.Subscribers, Subscriber{
			Email: fs.Email, Entities: fs.Entities, Metrics: fs.Metrics, Languages: fs.Languages,
			Keywords: fs.Keywords, Time: fs.Time, Timezone: fs.Timezone, Format: fs.Format,
		})
	}
	return d
}

func isMetric(m string) bool {
	for _, v := range claimwatch.Metrics {
		if string(v) == m {
			return true
		}
	}
	return false
}

// decodeStrict decodes one node, refusing keys the target does not know.
// yaml.Node.Decode has no strict mode, so the node is re-encoded and read
// back through a strict decoder; line numbers are kept by shifting them.
func decodeStrict(n *yaml.Node, v any) error {
	if n.Kind != yaml.MappingNode {
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: expected a mapping (key: value lines), found %s", n.Line, nodeKind(n))}}
	}
	known := map[string]bool{}
	collectKeys(v, known)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !known[k.Value] {
			return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: unknown key %q", k.Line, k.Value)}}
		}
	}
	return n.Decode(v)
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.ScalarNode:
		return fmt.Sprintf("the value %q", n.Value)
	case yaml.SequenceNode:
		return "a list"
	default:
		return "something else"
	}
}

// keyLine is the line of key in a mapping node, or 0.
func keyLine(n *yaml.Node, key string) int {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i].Line
		}
	}
	return 0
}

func lineOr(line, fallback int) int {
	if line > 0 {
		return line
	}
	return fallback
}

// yamlError turns the YAML library's messages ("yaml: line 3: ...") into
// our file:line form.
func yamlError(file string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		var errs []error
		for _, m := range te.Errors {
			errs = append(errs, lineMessage(file, m))
		}
		return errors.Join(errs...)
	}
	return lineMessage(file, err.Error())
}

var (
	lineRE      = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
	unknownRE   = regexp.MustCompile(`^field (\S+) not found in type \S+$`)
	unmarshalRE = regexp.MustCompile(`^cannot unmarshal !!(\w+) ` + "`" + `([^` + "`" + `]*)` + "`" + ` into (\S+)$`)
)

// lineMessage rewrites one YAML library message in words a user can act on.
func lineMessage(file, m string) error {
	g := lineRE.FindStringSubmatch(m)
	if g == nil {
		return &Error{File: file, Msg: strings.TrimPrefix(m, "yaml: ")}
	}
	var line int
	fmt.Sscan(g[1], &line)
	msg := g[2]
	if u := unknownRE.FindStringSubmatch(msg); u != nil {
		msg = fmt.Sprintf("unknown key %q", u[1])
	} else if u := unmarshalRE.FindStringSubmatch(msg); u != nil {
		msg = fmt.Sprintf("%q is not a valid %s here", u[2], goTypeWord(u[3]))
	}
	return &Error{File: file, Line: line, Msg: msg}
}

func goTypeWord(t string) string {
	switch {
	case strings.HasPrefix(t, "[]"):
		return "list"
	case t == "int":
		return "whole number"
	case t == "string":
		return "text value"
	case strings.HasPrefix(t, "map"), strings.HasPrefix(t, "config."):
		return "mapping"
	}
	return t
}

// collectKeys lists the YAML keys of the struct v points to.
func collectKeys(v any, keys map[string]bool) {
	t := reflect.TypeOf(v)
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("yaml"), ",")
		if name != "" && name != "-" {
			keys[name] = true
		}
	}
}
