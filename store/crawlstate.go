package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// crawlStateSchema holds the validators (ETag, Last-Modified) of the feeds,
// listing pages and sitemaps the crawler read, keyed by canonical URL.
const crawlStateSchema = `
CREATE TABLE IF NOT EXISTS crawl_state (
	url           TEXT PRIMARY KEY,
	etag          TEXT NOT NULL,
	last_modified TEXT NOT NULL,
	updated_at    INTEGER NOT NULL
);
`

// migrateCrawlState creates the crawl state table; Open runs it.
func migrateCrawlState(db *sql.DB) error {
	if _, err := db.Exec(crawlStateSchema); err != nil {
		return fmt.Errorf("crawl state: %w", err)
	}
	return nil
}

// Validators returns the ETag and Last-Modified of the last complete read
// of url, for a conditional request. Feeds, listings and sitemaps have them
// in the crawl state; an article page has them in its stored headers, and
// only once its article is stored, so a page fetched but never processed
// is not taken for unchanged. Errors read as "no validators": the worst
// that follows is a full fetch.
func (s *Store) Validators(url string) (etag, lastModified string) {
	ctx := context.Background()
	err := s.db.QueryRowContext(ctx, `SELECT etag, last_modified FROM crawl_state WHERE url = ?`, url).Scan(&etag, &lastModified)
	if err == nil {
		return etag, lastModified
	}
	var header string
	err = s.db.QueryRowContext(ctx, `SELECT p.header FROM pages p WHERE p.url = ?
		AND EXISTS (SELECT 1 FROM articles a WHERE a.url = p.final_url OR a.url = p.url)`, url).Scan(&header)
	if err != nil {
		return "", ""
	}
	var h http.Header
	if json.Unmarshal([]byte(header), &h) != nil {
		return "", ""
	}
	return h.Get("ETag"), h.Get("Last-Modified")
}

// SaveValidators records the validators of a 200 answer for url; empty
// validators forget the URL's.
func (s *Store) SaveValidators(url, etag, lastModified string) error {
	var err error
	if etag == "" && lastModified == "" {
		_, err = s.db.Exec(`DELETE FROM crawl_state WHERE url = ?`, url)
	} else {
		_, err = s.db.Exec(`INSERT INTO crawl_state (url, etag, last_modified, updated_at) VALUES (?,?,?,?)
			ON CONFLICT(url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, updated_at = excluded.updated_at`,
			url, etag, lastModified, time.Now().UnixMilli())
	}
	if err != nil {
		return fmt.Errorf("save validators of %s: %w", url, err)
	}
	return nil
}
