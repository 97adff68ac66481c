// Package index keeps the bleve full-text index of articles and claims: the
// mapping (one analyzer for English and both Chinese scripts), indexing,
// queries with filters and facets, and highlighted snippets. The index is
// derived from the store and can be rebuilt from it at any time.
package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/claimwatch/claimwatch"
)

// Index is an open bleve index. It is safe for concurrent use.
type Index struct {
	b         bleve.Index
	closeOnce sync.Once
	closeErr  error
}

// openConfig stops a second process from waiting forever on the index lock.
// It is a new map each time because bleve writes into the one it is given.
func openConfig() map[string]any { return map[string]any{"bolt_timeout": "5s"} }

// ErrLocked means another claimwatch process has the index open.
var ErrLocked = errors.New("the index is in use by another claimwatch process")

// Open opens the index in dir, creating it if it does not exist.
func Open(dir string) (*Index, error) {
	if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); errors.Is(err, os.ErrNotExist) {
		return create(dir)
	}
	b, err := bleve.OpenUsing(dir, openConfig())
	if err != nil {
		if strings.Contains(err.Error(), "timeout") {
			return nil, fmt.Errorf("open index %s: %w", dir, ErrLocked)
		}
		return nil, fmt.Errorf("open index %s: %w (rebuild it with: claimwatch reindex)", dir, err)
	}
	return &Index{b: b}, nil
}

func create(dir string) (*Index, error) {
	m, err := buildMapping()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	b, err := bleve.NewUsing(dir, m, scorch.Name, scorch.Name, openConfig())
	if err != nil {
		return nil, fmt.Errorf("create index %s: %w", dir, err)
	}
	return &Index{b: b}, nil
}

// Close closes the index; closing twice is harmless (bleve panics on it).
func (ix *Index) Close() error {
	ix.closeOnce.Do(func() { ix.closeErr = ix.b.Close() })
	return ix.closeErr
}

// Count is the number of documents (articles and claims) in the index.
func (ix *Index) Count() (uint64, error) { return ix.b.DocCount() }

type articleDoc struct {
	Type           string   `json:"type"`
	Title          string   `json:"title"`
	Text           string   `json:"text"`
	Source         string   `json:"source"`
	Lang           string   `json:"lang"`
	Script         string   `json:"script,omitempty"`
	Entity         []string `json:"entity,omitempty"`
	Metric         []string `json:"metric,omitempty"`
	Sentiment      string   `json:"sentiment"`
	SentimentScore float64  `json:"sentiment_score"`
	// Mention holds "Entity:label" for each entity the article names, so
	// search can filter and facet on the sentiment toward one entity.
	Mention   []string  `json:"mention,omitempty"`
	ArticleID string    `json:"article_id"`
	URL       string    `json:"url"`
	Published time.Time `json:"published"`
}

// BleveType tells bleve which document mapping applies.
func (articleDoc) BleveType() string { return typeArticle }

// BleveType tells bleve which document mapping applies.
func (claimDoc) BleveType() string { return typeClaim }

type claimDoc struct {
	Type           string    `json:"type"`
	Quote          string    `json:"quote"`
	Title          string    `json:"title"`
	Source         string    `json:"source"`
	Lang           string    `json:"lang"`
	Entity         string    `json:"entity"`
	Product        string    `json:"product,omitempty"`
	Counterparty   string    `json:"counterparty,omitempty"`
	Metric         string    `json:"metric"`
	Value          float64   `json:"value"`
	Unit           string    `json:"unit"`
	Per            string    `json:"per,omitempty"`
	Time           string    `json:"time,omitempty"`
	Approx         string    `json:"approx"`
	Modality       string    `json:"modality"`
	AttributedTo   string    `json:"attributed_to,omitempty"`
	Sentiment      string    `json:"sentiment"`
	SentimentScore float64   `json:"sentiment_score"`
	ArticleID      string    `json:"article_id"`
	URL            string    `json:"url"`
	Published      time.Time `json:"published"`
}

// ArticleDocID and ClaimDocID name the index documents of an article and
// of its i-th claim.
func ArticleDocID(articleID string) string      { return "a:" + articleID }
func ClaimDocID(articleID string, i int) string { return "c:" + articleID + ":" + strconv.Itoa(i) }

// Add indexes an article and its claims in one batch, replacing what was
// indexed for it before.
func (ix *Index) Add(a claimwatch.Article, claims []claimwatch.Claim) error {
	batch := ix.b.NewBatch()
	if err := addToBatch(batch, a, claims); err != nil {
		return err
	}
	if err := ix.b.Batch(batch); err != nil {
		return fmt.Errorf("index %s: %w", a.URL, err)
	}
	return nil
}

func addToBatch(batch *bleve.Batch, a claimwatch.Article, claims []claimwatch.Claim) error {
	ad := articleDoc{Type: typeArticle, Title: a.Title, Text: a.Text, Source: a.Source, Lang: a.Lang,
		Script: a.Script, Sentiment: a.Sentiment.Label, SentimentScore: a.Sentiment.Score,
		ArticleID: a.ID, URL: a.URL, Published: a.Published}
	seen := map[string]bool{}
	for _, m := range a.Mentions {
		ad.Mention = append(ad.Mention, m.Entity+":"+m.Sentiment.Label)
		if !seen["e"+m.Entity] {
			ad.Entity = append(ad.Entity, m.Entity)
			seen["e"+m.Entity] = true
		}
	}
	for _, c := range claims {
		if !seen["e"+c.Entity] {
			ad.Entity = append(ad.Entity, c.Entity)
			seen["e"+c.Entity] = true
		}
		if !seen["m"+string(c.Metric)] {
			ad.Metric = append(ad.Metric, string(c.Metric))
			seen["m"+string(c.Metric)] = true
		}
	}
	if err := batch.Index(ArticleDocID(a.ID), ad); err != nil {
		return fmt.Errorf("index %s: %w", a.URL, err)
	}
	for i, c := range claims {
		cd := claimDoc{Type: typeClaim, Quote: c.Quote, Title: a.Title, Source: a.Source, Lang: c.Lang,
			Entity: c.Entity, Product: c.Product, Counterparty: c.Counterparty, Metric: string(c.Metric),
			Value: c.Value, Unit: c.Unit, Per: c.Per, Time: c.Time, Approx: c.Approx, Modality: c.Modality,
			AttributedTo: c.AttributedTo, Sentiment: c.Sentiment.Label, SentimentScore: c.Sentiment.Score,
			ArticleID: a.ID, URL: a.URL, Published: a.Published}
		if err := batch.Index(ClaimDocID(a.ID, i), cd); err != nil {
			return fmt.Errorf("index claim of %s: %w", a.URL, err)
		}
	}
	return nil
}

// Build writes a complete new index at dir from what each calls add with,
// and only then replaces the index that was there, so a failed or
// interrupted rebuild leaves the old index in place.
func Build(ctx context.Context, dir string, each func(add func(claimwatch.Article, []claimwatch.Claim) error) error) error {
	tmp := dir + ".building"
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("rebuild index: %w", err)
	}
	ix, err := create(tmp)
	if err != nil {
		return err
	}
	batch := ix.b.NewBatch()
	err = each(func(a claimwatch.Article, cs []claimwatch.Claim) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := addToBatch(batch, a, cs); err != nil {
			return err
		}
		if batch.Size() >= 500 {
			if err := ix.b.Batch(batch); err != nil {
				return fmt.Errorf("rebuild index: %w", err)
			}
			batch.Reset()
		}
		return nil
	})
	if err == nil && batch.Size() > 0 {
		err = ix.b.Batch(batch)
	}
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("rebuild index: %w", err)
	}
	old := dir + ".old"
	os.RemoveAll(old)
	if err := os.Rename(dir, old); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("rebuild index: %w", err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		return fmt.Errorf("rebuild index: %w", err)
	}
	return os.RemoveAll(old)
}
