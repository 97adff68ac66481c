package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/article"
	"github.com/claimwatch/claimwatch/claims"
	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/pipeline"
)

func cmdExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "FILE|-")
	var p paths
	p.register(fs)
	date := fs.String("date", "", "the article's date, YYYY-MM-DD: relative times (\"this year\", 今年5月) resolve against it")
	lang := fs.String("lang", "", "the article's language, en or zh (default: detected)")
	explain := fs.Bool("explain", false, "after each claim, print the words that decided its fields")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		fs.Usage()
		return usageError{"extract takes one FILE (or - for standard input)"}
	}
	switch *lang {
	case "", "en", "zh":
	default:
		return usageError{fmt.Sprintf("--lang must be en or zh, not %q", *lang)}
	}
	var when time.Time
	if *date != "" {
		if when, err = time.Parse("2006-01-02", *date); err != nil {
			return usageError{fmt.Sprintf("--date %q must be a date like 2023-08-15", *date)}
		}
	}
	cfg, err := p.load()
	if err != nil {
		return err
	}
	var data []byte
	name := rest[0]
	if name == "-" {
		data, err = io.ReadAll(io.LimitReader(os.Stdin, 64<<20))
	} else {
		data, err = os.ReadFile(name)
	}
	if err != nil {
		return fmt.Errorf("read article: %w", err)
	}
	a, err := readArticle(name, data, when, *lang)
	if err != nil {
		return err
	}
	x := claims.New(cfg.Entities)
	a, cs := pipeline.Analyze(x, a)
	var why []claims.Explanation
	if *explain {
		why = x.Explain(a)
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for i, c := range cs {
		var v any = c
		if *explain && i < len(why) {
			v = explained{Claim: c, Explain: reasons(why[i])}
		}
		if err := enc.Encode(v); err != nil {
			return err
		}
	}
	return nil
}

// explained is a claim record with the reasons for its fields beside it,
// still one JSON object per line.
type explained struct {
	claimwatch.Claim
	Explain map[string]string `json:"explain"`
}

func reasons(x claims.Explanation) map[string]string {
	m := map[string]string{}
	for k, v := range map[string]string{"figure": x.Figure, "entity": x.Entity, "counterparty": x.Counterparty,
		"metric": x.Metric, "time": x.Time, "per": x.Per, "change": x.Change, "approx": x.Approx,
		"modality": x.Modality, "attributed_to": x.Attribution, "note": x.Note} {
		if v != "" {
			m[k] = v
		}
	}
	return m
}

// readArticle makes an Article of a local file: HTML goes through the same
// extraction as a crawled page, anything else is read as plain text.
func readArticle(name string, data []byte, date time.Time, lang string) (claimwatch.Article, error) {
	url := "file://" + name
	if abs, err := filepath.Abs(name); err == nil && name != "-" {
		url = "file://" + abs
	}
	var a claimwatch.Article
	if looksLikeHTML(data) {
		body, cs, err := crawler.Decode(data, "text/html")
		if err != nil {
			return a, fmt.Errorf("read %s: %w", name, err)
		}
		a, err = article.Extract(claimwatch.Page{URL: url, FinalURL: url, Body: body, Charset: cs,
			ContentType: "text/html", FetchedAt: time.Now().UTC(), LangHint: lang})
		if err != nil {
			return a, fmt.Errorf("read %s: %w", name, err)
		}
	} else {
		body, _, err := crawler.Decode(data, "text/plain")
		if err != nil {
			return a, fmt.Errorf("read %s: %w", name, err)
		}
		a = article.FromText(string(body), url, date, lang)
	}
	if !date.IsZero() {
		a.Published = date
	}
	if lang != "" && a.Lang != lang && a.Lang != "other" {
		a.Lang = lang
	}
	if a.Published.IsZero() {
		a.Published = time.Now().UTC()
	}
	return a, nil
}

func looksLikeHTML(b []byte) bool {
	head := bytes.ToLower(b[:min(len(b), 4096)])
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) {
		return true
	}
	for _, tag := range []string{"<body", "<p>", "<div", "<article", "<head"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}
