// Package pipeline wires the stages together: crawl → article → claims and
// sentiment → store → index. It is the only package that knows the whole
// flow; each stage stays a plain function over values. It runs the work
// with bounded concurrency and reports progress.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/claimwatch/claimwatch"
	"github.com/claimwatch/claimwatch/article"
	"github.com/claimwatch/claimwatch/claims"
	"github.com/claimwatch/claimwatch/crawler"
	"github.com/claimwatch/claimwatch/index"
	"github.com/claimwatch/claimwatch/sentiment"
	"github.com/claimwatch/claimwatch/store"
)

// Pipeline holds the long-lived parts a run needs.
type Pipeline struct {
	Store     *store.Store
	Index     *index.Index
	Extractor *claims.Extractor
	Log       *slog.Logger // nil means slog.Default()
	Workers   int          // pages processed at once; 0 means 2

	dupOnce sync.Once
	dupMu   sync.Mutex
	dupErr  error
	prints  map[string]uint64 // article ID → text fingerprint
}

// Analyze reads the claims of an article and scores the sentiment of the
// article and of each claim's quote. It is pure: the same article always
// gives the same result.
func Analyze(x *claims.Extractor, a claimwatch.Article) (claimwatch.Article, []claimwatch.Claim) {
	forExtract := a
	if forExtract.Published.IsZero() {
		// Relative times ("this year") need a date; the fetch time is the
		// best estimate of when an undated article was current.
		forExtract.Published = a.FetchedAt
	}
	cs := x.Extract(forExtract)
	for i := range cs {
		cs[i].Sentiment = sentiment.Score(cs[i].Quote, cs[i].Lang)
		cs[i].ArticleID = a.ID
	}
	a.Sentiment = sentiment.Article(a.Text, a.Lang)
	a.Mentions = nil
	for _, m := range x.Mentions(a.Title + "\n\n" + a.Text) {
		a.Mentions = append(a.Mentions, claimwatch.Mention{Entity: m.Entity,
			Sentiment: sentiment.Toward(a.Title+"\n\n"+a.Text, a.Lang, m.Names...)})
	}
	return a, cs
}

// Process turns one fetched page into a stored, indexed article. The page
// is stored first, so a failure later loses nothing that Reprocess cannot
// redo.
func (p *Pipeline) Process(ctx context.Context, page claimwatch.Page) (claimwatch.Article, []claimwatch.Claim, error) {
	if err := p.Store.SavePage(ctx, page); err != nil {
		return claimwatch.Article{}, nil, err
	}
	return p.processStored(ctx, page)
}

// Ingest stores and indexes an article a user brought (a local file)
// together with the page it was read from, as if it had been crawled.
func (p *Pipeline) Ingest(ctx context.Context, page claimwatch.Page, a claimwatch.Article) (claimwatch.Article, []claimwatch.Claim, error) {
	if err := p.Store.SavePage(ctx, page); err != nil {
		return a, nil, err
	}
	return p.save(ctx, a)
}

func (p *Pipeline) processStored(ctx context.Context, page claimwatch.Page) (claimwatch.Article, []claimwatch.Claim, error) {
	a, d, err := article.ExtractDetails(page)
	if err != nil {
		return a, nil, fmt.Errorf("article %s: %w", page.URL, err)
	}
	a.Updated, a.Canonical, a.Image = d.Updated, d.Canonical, d.Image
	return p.save(ctx, a)
}

func (p *Pipeline) save(ctx context.Context, a claimwatch.Article) (claimwatch.Article, []claimwatch.Claim, error) {
	a, cs := Analyze(p.Extractor, a)
	fp, err := p.linkDuplicate(ctx, &a)
	if err != nil {
		return a, nil, err
	}
	if err := p.Store.SaveArticleFingerprint(ctx, a, fp, cs); err != nil {
		return a, nil, err
	}
	if p.Index != nil {
		if err := p.Index.Add(a, cs); err != nil {
			return a, cs, err
		}
	}
	return a, cs, nil
}

// linkDuplicate fingerprints the article's text and, when an earlier
// article (another ID) has the same or nearly the same text, records it as
// the one this repeats. Republished stories are kept, not dropped: who
// repeated what is what verification needs.
func (p *Pipeline) linkDuplicate(ctx context.Context, a *claimwatch.Article) (uint64, error) {
	p.dupOnce.Do(func() { p.prints, p.dupErr = p.Store.Fingerprints(ctx) })
	if p.dupErr != nil {
		return 0, p.dupErr
	}
	if len([]rune(a.Text)) < 200 {
		return 0, nil // too short to tell a copy from a coincidence
	}
	fp := crawler.Fingerprint(a.Text)
	p.dupMu.Lock()
	defer p.dupMu.Unlock()
	a.DuplicateOf = ""
	for id, other := range p.prints {
		if id != a.ID && crawler.Near(fp, other) && (a.DuplicateOf == "" || id < a.DuplicateOf) {
			a.DuplicateOf = id
		}
	}
	p.prints[a.ID] = fp
	return fp, nil
}

func (p *Pipeline) log() *slog.Logger {
	if p.Log != nil {
		return p.Log
	}
	return slog.Default()
}

// Summary counts what a run did.
type Summary struct {
	Crawl    crawler.Stats
	Articles int64 // articles stored
	Claims   int64 // claims stored
	Errors   int64 // pages that could not be processed
	Elapsed  time.Duration
}

// Progress is the running count a run reports while it works.
type Progress struct {
	Crawl    crawler.Stats
	Articles int64
	Claims   int64
	Errors   int64
}

// RunOptions configures a crawl run.
type RunOptions struct {
	Crawler  crawler.Options
	Sources  []claimwatch.Source
	Refetch  bool           // fetch article pages the store already has
	Progress func(Progress) // called as work advances; may be nil
}

// Run crawls the sources and processes every page it fetches. A page that
// fails is logged and counted, and the run goes on.
func (p *Pipeline) Run(ctx context.Context, opts RunOptions) (Summary, error) {
	start := time.Now()
	var (
		sum      Summary
		articles atomic.Int64
		nclaims  atomic.Int64
		failed   atomic.Int64
		crawlMu  sync.Mutex
		crawlNow crawler.Stats
	)
	report := func() {
		if opts.Progress == nil {
			return
		}
		crawlMu.Lock()
		c := crawlNow
		crawlMu.Unlock()
		opts.Progress(Progress{Crawl: c, Articles: articles.Load(), Claims: nclaims.Load(), Errors: failed.Load()})
	}
	co := opts.Crawler
	if co.Logger == nil {
		co.Logger = p.log()
	}
	co.Progress = func(s crawler.Stats) {
		crawlMu.Lock()
		crawlNow = s
		crawlMu.Unlock()
		report()
	}
	if co.State == nil && !opts.Refetch {
		co.State = p.Store // conditional requests: unchanged pages cost nothing
	}
	if !opts.Refetch {
		// A page counts as done when its article is stored, not merely the
		// page: a run killed between the two must redo the article.
		co.Seen = func(u string) bool {
			ok, err := p.Store.HasArticle(ctx, article.ID(u))
			return err == nil && ok
		}
	}
	workers := p.Workers
	if workers <= 0 {
		workers = 2
	}
	// A page is processed inside emit, before the crawler counts it as
	// done: the crawler keeps a feed's validators (and so skips it next
	// time as unchanged) only once every page it led to is settled, so a
	// page must be stored by then or a crash would lose it for good. The
	// semaphore bounds the CPU-heavy extraction to a few pages at a time.
	sem := make(chan struct{}, workers)
	emit := func(page claimwatch.Page) {
		sem <- struct{}{}
		defer func() { <-sem }()
		_, cs, err := p.Process(ctx, page)
		if err != nil {
			p.log().Warn("could not process page", "url", page.URL, "err", err)
			failed.Add(1)
		} else {
			articles.Add(1)
			nclaims.Add(int64(len(cs)))
		}
		report()
	}
	stats, err := crawler.New(co).Crawl(ctx, opts.Sources, emit)
	sum.Crawl = stats
	sum.Articles, sum.Claims, sum.Errors = articles.Load(), nclaims.Load(), failed.Load()
	sum.Elapsed = time.Since(start)
	report()
	if err != nil && !errors.Is(err, context.Canceled) {
		return sum, err
	}
	return sum, err
}

// Reprocess extracts articles and claims again from every stored page, for
// when the extractor has improved; no page is fetched. The index is updated
// as it goes.
func (p *Pipeline) Reprocess(ctx context.Context, progress func(done int)) (Summary, error) {
	start := time.Now()
	var sum Summary
	err := p.Store.Pages(ctx, func(page claimwatch.Page) error {
		_, cs, err := p.processStored(ctx, page)
		if err != nil {
			p.log().Warn("could not reprocess page", "url", page.URL, "err", err)
			sum.Errors++
		} else {
			sum.Articles++
			sum.Claims += int64(len(cs))
		}
		if progress != nil {
			progress(int(sum.Articles + sum.Errors))
		}
		return ctx.Err()
	})
	sum.Elapsed = time.Since(start)
	return sum, err
}

// Reindex rebuilds the index at dir from the store. The old index stays in
// place until the new one is complete.
func Reindex(ctx context.Context, st *store.Store, dir string, progress func(done int)) (int, error) {
	n := 0
	err := index.Build(ctx, dir, func(add func(claimwatch.Article, []claimwatch.Claim) error) error {
		return st.Articles(ctx, func(a claimwatch.Article, cs []claimwatch.Claim) error {
			n++
			if progress != nil {
				progress(n)
			}
			return add(a, cs)
		})
	})
	return n, err
}
