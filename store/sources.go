package store

import (
	"context"
	"fmt"
	"time"
)

// SourceStat is what the store holds from one source.
type SourceStat struct {
	Source      string    `json:"source"`
	Pages       int       `json:"pages"`
	Articles    int       `json:"articles"`
	Claims      int       `json:"claims"`
	LastFetched time.Time `json:"last_fetched"`
}

// SourceStats counts pages, articles and claims per source, with the time
// of the newest fetch.
func (s *Store) SourceStats(ctx context.Context) (map[string]SourceStat, error) {
	out := map[string]SourceStat{}
	rows, err := s.db.QueryContext(ctx, `SELECT source, count(*), max(fetched_at) FROM pages GROUP BY source`)
	if err != nil {
		return nil, fmt.Errorf("source stats: %w", err)
	}
	for rows.Next() {
		var st SourceStat
		var last int64
		if err := rows.Scan(&st.Source, &st.Pages, &last); err != nil {
			rows.Close()
			return nil, err
		}
		st.LastFetched = time.UnixMilli(last).UTC()
		out[st.Source] = st
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `SELECT a.source, count(DISTINCT a.id), count(c.seq) FROM articles a
		LEFT JOIN claims c ON c.article_id = a.id GROUP BY a.source`)
	if err != nil {
		return nil, fmt.Errorf("source stats: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var src string
		var arts, cls int
		if err := rows.Scan(&src, &arts, &cls); err != nil {
			return nil, err
		}
		st := out[src]
		st.Source, st.Articles, st.Claims = src, arts, cls
		out[src] = st
	}
	return out, rows.Err()
}
