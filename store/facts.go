package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"

	"github.com/claimwatch/claimwatch"
)

// ClaimFilter narrows ClaimsWithArticles; empty fields match everything.
type ClaimFilter struct {
	Entity string
	Metric string
}

// ClaimsWithArticles returns claims together with what verification needs
// of their articles (source, URL, title, date, language, cited links,
// attributions, the article it duplicates; not the text), in one query over the claims joined with
// their articles. Articles come once each, in ID order.
func (s *Store) ClaimsWithArticles(ctx context.Context, f ClaimFilter) ([]claimwatch.Article, []claimwatch.Claim, error) {
	var (
		where []string
		args  []any
	)
	if f.Entity != "" {
		where = append(where, "c.entity = ? COLLATE NOCASE")
		args = append(args, f.Entity)
	}
	if f.Metric != "" {
		where = append(where, "c.metric = ?")
		args = append(args, f.Metric)
	}
	q := `SELECT c.article_id, c.record, c.offset, a.url, a.source, a.title, a.site_name, a.published, a.published_tz,
		a.lang, a.script, a.links, a.attributions, a.duplicate_of
		FROM claims c JOIN articles a ON a.id = c.article_id`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY c.article_id, c.seq"
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, nil, fmt.Errorf("read claims: %w", err)
	}
	defer rows.Close()
	var (
		arts   []claimwatch.Article
		claims []claimwatch.Claim
		recs   []string
	)
	for rows.Next() {
		var (
			id, rec, links, attr string
			c                    claimwatch.Claim
			a                    claimwatch.Article
			published            int64
			tz                   int
		)
		if err := rows.Scan(&id, &rec, &c.Offset, &a.URL, &a.Source, &a.Title, &a.SiteName, &published, &tz,
			&a.Lang, &a.Script, &links, &attr, &a.DuplicateOf); err != nil {
			return nil, nil, fmt.Errorf("read claims: %w", err)
		}
		c.ArticleID = id
		claims = append(claims, c)
		recs = append(recs, rec)
		if len(arts) == 0 || arts[len(arts)-1].ID != id {
			a.ID = id
			a.Published = inZone(published, tz)
			_ = json.Unmarshal([]byte(links), &a.Links)
			_ = json.Unmarshal([]byte(attr), &a.Attributions)
			arts = append(arts, a)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("read claims: %w", err)
	}
	// Decoding the records is most of the work: share it among the CPUs.
	workers := min(runtime.GOMAXPROCS(0), 1+len(recs)/1000)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(recs); i += workers {
				c := &claims[i]
				id, off := c.ArticleID, c.Offset
				if err := json.Unmarshal([]byte(recs[i]), c); err != nil {
					errs[w] = fmt.Errorf("read claim of %s: %w", id, err)
					return
				}
				c.ArticleID, c.Offset = id, off
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	return arts, claims, nil
}
