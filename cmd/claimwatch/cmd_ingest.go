package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/article"
	"github.com/claimwatch/claimwatch/crawler"
)

func cmdIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "FILE|-")
	var p paths
	p.register(fs)
	rawURL := fs.String("url", "", "the URL the article was published at (required: it identifies the article)")
	date := fs.String("date", "", "the article's publication date, YYYY-MM-DD (required)")
	lang := fs.String("lang", "", "en or zh (default: detected)")
	source := fs.String("source", "", "the source name to file it under (default: the URL's host)")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 || *rawURL == "" || *date == "" {
		fs.Usage()
		return usageError{"ingest needs --url, --date and one FILE"}
	}
	when, err := time.Parse("2006-01-02", *date)
	if err != nil {
		return usageError{fmt.Sprintf("--date %q must be a date like 2023-08-15", *date)}
	}
	switch *lang {
	case "", "en", "zh":
	default:
		return usageError{fmt.Sprintf("--lang must be en or zh, not %q", *lang)}
	}
	u := crawler.Canonical(*rawURL)
	host, err := hostOf(u)
	if err != nil {
		return usageError{fmt.Sprintf("--url %q is not an absolute http(s) URL", *rawURL)}
	}
	if *source == "" {
		*source = host
	}
	var data []byte
	if rest[0] == "-" {
		data, err = io.ReadAll(io.LimitReader(os.Stdin, 64<<20))
	} else {
		data, err = os.ReadFile(rest[0])
	}
	if err != nil {
		return fmt.Errorf("read article: %w", err)
	}
	cfg, err := p.load()
	if err != nil {
		return err
	}
	a, err := readArticle(rest[0], data, when, *lang)
	if err != nil {
		return err
	}
	a.URL, a.ID, a.Source = u, article.ID(u), *source
	body, cs, _ := crawler.Decode(data, "")
	page := claimwatch.Page{URL: u, FinalURL: u, Source: *source, Status: 200, ContentType: "text/plain",
		Charset: cs, Body: body, FetchedAt: time.Now().UTC(), LangHint: *lang}
	if looksLikeHTML(data) {
		page.ContentType = "text/html"
	}
	pl, closeAll, err := openPipeline(ctx, e, cfg, p.dataDir(), p.indexDir())
	if err != nil {
		return err
	}
	defer closeAll()
	a, claims, err := pl.Ingest(ctx, page, a)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "ingested %s as article %s: %s, %d claims\n", u, a.ID, a.Lang, len(claims))
	return nil
}
