// Package store is claimwatch's system of record: raw pages, articles and
// claims in one embedded SQLite database inside the data directory. The
// search index is derived from it and can be rebuilt from it at any time.
package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/claimwatch/claimwatch"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver: nothing to install
)

// Store is an open database. It is safe for concurrent use.
type Store struct {
	db *sql.DB
}

// ErrNotFound is returned when a record does not exist.
var ErrNotFound = errors.New("not found")

const schema = `
CREATE TABLE IF NOT EXISTS pages (
	url          TEXT PRIMARY KEY,
	final_url    TEXT NOT NULL,
	source       TEXT NOT NULL,
	status       INTEGER NOT NULL,
	content_type TEXT NOT NULL,
	charset      TEXT NOT NULL,
	header       TEXT NOT NULL,
	fetched_at   INTEGER NOT NULL,
	feed         TEXT,
	lang_hint    TEXT NOT NULL,
	script_hint  TEXT NOT NULL,
	body         BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
	id           TEXT PRIMARY KEY,
	url          TEXT NOT NULL,
	source       TEXT NOT NULL,
	title        TEXT NOT NULL,
	byline       TEXT NOT NULL,
	site_name    TEXT NOT NULL,
	published    INTEGER NOT NULL,
	published_tz INTEGER NOT NULL DEFAULT 0,
	lang         TEXT NOT NULL,
	script       TEXT NOT NULL,
	text         TEXT NOT NULL,
	links        TEXT NOT NULL,
	attributions TEXT NOT NULL,
	sentiment    TEXT NOT NULL,
	mentions     TEXT NOT NULL DEFAULT '[]',
	fingerprint  INTEGER NOT NULL DEFAULT 0,
	duplicate_of TEXT NOT NULL DEFAULT '',
	details      TEXT NOT NULL DEFAULT '{}',
	fetched_at   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE TABLE IF NOT EXISTS claims (
	article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	seq        INTEGER NOT NULL,
	entity     TEXT NOT NULL,
	metric     TEXT NOT NULL,
	unit       TEXT NOT NULL,
	value      REAL NOT NULL,
	record     TEXT NOT NULL,
	offset     INTEGER NOT NULL,
	PRIMARY KEY (article_id, seq)
);
CREATE INDEX IF NOT EXISTS claims_fact ON claims(entity, metric, unit);
`

// Open opens (creating if needed) the store in dir.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	path := filepath.Join(dir, "claimwatch.db")
	// WAL keeps the database consistent when the process dies mid-write: a
	// transaction is either in the file or not. busy_timeout lets a second
	// process (a reindex beside a serve) wait instead of failing.
	dsn := "file:" + path + "?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if _, err := db.Exec(schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := addMissingColumns(db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := migrateCrawlState(db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := migrateDigests(db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return &Store{db: db}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// SavePage records a fetched page, replacing an earlier fetch of its URL.
// The body is kept gzip-compressed so claims can be re-extracted later.
func (s *Store) SavePage(ctx context.Context, p claimwatch.Page) error {
	body, err := gz(p.Body)
	if err != nil {
		return err
	}
	header, _ := json.Marshal(p.Header)
	var feed []byte
	if p.Feed != nil {
		feed, _ = json.Marshal(p.Feed)
	}
	_, err = s.db.ExecContext(ctx, `INSERT OR REPLACE INTO pages
		(url, final_url, source, status, content_type, charset, header, fetched_at, feed, lang_hint, script_hint, body)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
		p.URL, p.FinalURL, p.Source, p.Status, p.ContentType, p.Charset, string(header),
		p.FetchedAt.UnixMilli(), nullable(feed), p.LangHint, p.ScriptHint, body)
	if err != nil {
		return fmt.Errorf("save page %s: %w", p.URL, err)
	}
	return nil
}

// HasPage reports whether url was fetched before.
func (s *Store) HasPage(ctx context.Context, url string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM pages WHERE url = ?`, url).Scan(&n)
	return n > 0, err
}

// Pages calls fn for every stored page, in URL order.
func (s *Store) Pages(ctx context.Context, fn func(claimwatch.Page) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT url, final_url, source, status, content_type, charset, header,
		fetched_at, feed, lang_hint, script_hint, body FROM pages ORDER BY url`)
	if err != nil {
		return fmt.Errorf("read pages: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			p          claimwatch.Page
			header     string
			fetched    int64
			feed       sql.NullString
			compressed []byte
		)
		if err := rows.Scan(&p.URL, &p.FinalURL, &p.Source, &p.Status, &p.ContentType, &p.Charset,
			&header, &fetched, &feed, &p.LangHint, &p.ScriptHint, &compressed); err != nil {
			return fmt.Errorf("read pages: %w", err)
		}
		p.FetchedAt = time.UnixMilli(fetched).UTC()
		_ = json.Unmarshal([]byte(header), &p.Header)
		if feed.Valid {
			p.Feed = new(claimwatch.FeedItem)
			_ = json.Unmarshal([]byte(feed.String), p.Feed)
		}
		if p.Body, err = gunzip(compressed); err != nil {
			return fmt.Errorf("read page %s: %w", p.URL, err)
		}
		if err := fn(p); err != nil {
			return err
		}
	}
	return rows.Err()
}

// SaveArticle is SaveArticleFingerprint without a text fingerprint.
func (s *Store) SaveArticle(ctx context.Context, a claimwatch.Article, claims []claimwatch.Claim) error {
	return s.SaveArticleFingerprint(ctx, a, 0, claims)
}

// Fingerprints returns the text fingerprint of every stored article, by ID.
func (s *Store) Fingerprints(ctx context.Context) (map[string]uint64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, fingerprint FROM articles WHERE fingerprint != 0`)
	if err != nil {
		return nil, fmt.Errorf("read fingerprints: %w", err)
	}
	defer rows.Close()
	out := map[string]uint64{}
	for rows.Next() {
		var id string
		var fp int64
		if err := rows.Scan(&id, &fp); err != nil {
			return nil, err
		}
		out[id] = uint64(fp)
	}
	return out, rows.Err()
}

// SaveArticleFingerprint records an article and its claims in one transaction,
// replacing what an earlier extraction stored for the same article, so a
// crash leaves either the old record or the new one, never a mixture.
func (s *Store) SaveArticleFingerprint(ctx context.Context, a claimwatch.Article, fingerprint uint64, claims []claimwatch.Claim) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save article %s: %w", a.URL, err)
	}
	defer tx.Rollback()
	links, _ := json.Marshal(a.Links)
	attr, _ := json.Marshal(a.Attributions)
	sent, _ := json.Marshal(a.Sentiment)
	mentions, _ := json.Marshal(a.Mentions)
	details, _ := json.Marshal(articleDetails{a.Updated, a.Canonical, a.Image})
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO articles
		(id, url, source, title, byline, site_name, published, published_tz, lang, script, text, links, attributions, sentiment, mentions, fingerprint, duplicate_of, details, fetched_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		a.ID, a.URL, a.Source, a.Title, a.Byline, a.SiteName, a.Published.UnixMilli(), zoneOffset(a.Published), a.Lang, a.Script,
		a.Text, string(links), string(attr), string(sent), string(mentions), int64(fingerprint), a.DuplicateOf, string(details), a.FetchedAt.UnixMilli()); err != nil {
		return fmt.Errorf("save article %s: %w", a.URL, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM claims WHERE article_id = ?`, a.ID); err != nil {
		return fmt.Errorf("save article %s: %w", a.URL, err)
	}
	for i, c := range claims {
		rec, err := json.Marshal(c)
		if err != nil {
			return fmt.Errorf("save claim of %s: %w", a.URL, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO claims (article_id, seq, entity, metric, unit, value, record, offset)
			VALUES (?,?,?,?,?,?,?,?)`, a.ID, i, c.Entity, string(c.Metric), c.Unit, c.Value, string(rec), c.Offset); err != nil {
			return fmt.Errorf("save claim of %s: %w", a.URL, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save article %s: %w", a.URL, err)
	}
	return nil
}

const articleColumns = `id, url, source, title, byline, site_name, published, published_tz, lang, script, text, links, attributions, sentiment, mentions, duplicate_of, details, fetched_at`

// articleDetails are the article's fields kept as one JSON column.
type articleDetails struct {
	Updated   time.Time `json:"updated,omitzero"`
	Canonical string    `json:"canonical,omitempty"`
	Image     string    `json:"image,omitempty"`
}

// zoneOffset keeps the article's own time zone (a Taipei page says 16:55
// +08:00), so pages and reports show the time as the publisher wrote it.
func zoneOffset(t time.Time) int {
	_, off := t.Zone()
	return off
}

func inZone(ms int64, off int) time.Time {
	t := time.UnixMilli(ms)
	if off == 0 {
		return t.UTC()
	}
	return t.In(time.FixedZone("", off))
}

func scanArticle(sc interface{ Scan(...any) error }) (claimwatch.Article, error) {
	var (
		a                  claimwatch.Article
		published, fetched int64
		tz                 int
		links, attr, sent  string
		mentions, details  string
	)
	if err := sc.Scan(&a.ID, &a.URL, &a.Source, &a.Title, &a.Byline, &a.SiteName, &published, &tz, &a.Lang, &a.Script,
		&a.Text, &links, &attr, &sent, &mentions, &a.DuplicateOf, &details, &fetched); err != nil {
		return a, err
	}
	a.Published = inZone(published, tz)
	a.FetchedAt = time.UnixMilli(fetched).UTC()
	_ = json.Unmarshal([]byte(links), &a.Links)
	_ = json.Unmarshal([]byte(attr), &a.Attributions)
	_ = json.Unmarshal([]byte(sent), &a.Sentiment)
	_ = json.Unmarshal([]byte(mentions), &a.Mentions)
	var d articleDetails
	if json.Unmarshal([]byte(details), &d) == nil {
		a.Updated, a.Canonical, a.Image = d.Updated, d.Canonical, d.Image
	}
	return a, nil
}

// Article returns one article by ID.
func (s *Store) Article(ctx context.Context, id string) (claimwatch.Article, error) {
	a, err := scanArticle(s.db.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("article %s: %w", id, ErrNotFound)
	}
	return a, err
}

// Articles calls fn for every article with its claims, in ID order.
func (s *Store) Articles(ctx context.Context, fn func(claimwatch.Article, []claimwatch.Claim) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles ORDER BY id`)
	if err != nil {
		return fmt.Errorf("read articles: %w", err)
	}
	var all []claimwatch.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			rows.Close()
			return fmt.Errorf("read articles: %w", err)
		}
		all = append(all, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, a := range all {
		cs, err := s.Claims(ctx, a.ID)
		if err != nil {
			return err
		}
		if err := fn(a, cs); err != nil {
			return err
		}
	}
	return nil
}

// Claims returns the claims of one article in the order they were found.
func (s *Store) Claims(ctx context.Context, articleID string) ([]claimwatch.Claim, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT record, offset FROM claims WHERE article_id = ? ORDER BY seq`, articleID)
	if err != nil {
		return nil, fmt.Errorf("read claims: %w", err)
	}
	defer rows.Close()
	var out []claimwatch.Claim
	for rows.Next() {
		var (
			rec string
			c   claimwatch.Claim
		)
		if err := rows.Scan(&rec, &c.Offset); err != nil {
			return nil, fmt.Errorf("read claims: %w", err)
		}
		if err := json.Unmarshal([]byte(rec), &c); err != nil {
			return nil, fmt.Errorf("read claim of %s: %w", articleID, err)
		}
		c.ArticleID = articleID
		out = append(out, c)
	}
	return out, rows.Err()
}

// Counts is how much the store holds.
type Counts struct {
	Pages    int `json:"pages"`
	Articles int `json:"articles"`
	Claims   int `json:"claims"`
}

// Count returns the number of pages, articles and claims.
func (s *Store) Count(ctx context.Context) (Counts, error) {
	var c Counts
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM pages), (SELECT count(*) FROM articles), (SELECT count(*) FROM claims)`).
		Scan(&c.Pages, &c.Articles, &c.Claims)
	return c, err
}

// Tally is a count of claims for one entity and metric.
type Tally struct {
	Entity string `json:"entity"`
	Metric string `json:"metric"`
	Claims int    `json:"claims"`
}

// ClaimTallies counts claims per entity and metric, most first.
func (s *Store) ClaimTallies(ctx context.Context) ([]Tally, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT entity, metric, count(*) FROM claims GROUP BY entity, metric ORDER BY count(*) DESC, entity, metric`)
	if err != nil {
		return nil, fmt.Errorf("count claims: %w", err)
	}
	defer rows.Close()
	var out []Tally
	for rows.Next() {
		var t Tally
		if err := rows.Scan(&t.Entity, &t.Metric, &t.Claims); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

func nullable(b []byte) any {
	if b == nil {
		return nil
	}
	return string(b)
}

func gz(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write(b); err != nil {
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func gunzip(b []byte) ([]byte, error) {
	r, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

// Check runs SQLite's integrity check and reports the first problem found.
func (s *Store) Check(ctx context.Context) error {
	var res string
	if err := s.db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil {
		return fmt.Errorf("check store: %w", err)
	}
	if res != "ok" {
		return fmt.Errorf("check store: %s", res)
	}
	return nil
}

// HasArticle reports whether an article with id is stored.
func (s *Store) HasArticle(ctx context.Context, id string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, id).Scan(&n)
	return n > 0, err
}

// addedColumns are the columns added to tables after their first release,
// with their definitions: a data directory made by an older claimwatch gets
// them on open, so upgrading never needs a new crawl.
var addedColumns = []struct{ table, column, def string }{
	{"articles", "published_tz", "INTEGER NOT NULL DEFAULT 0"},
	{"articles", "mentions", "TEXT NOT NULL DEFAULT '[]'"},
	{"articles", "fingerprint", "INTEGER NOT NULL DEFAULT 0"},
	{"articles", "duplicate_of", "TEXT NOT NULL DEFAULT ''"},
	{"articles", "details", "TEXT NOT NULL DEFAULT '{}'"},
}

func addMissingColumns(db *sql.DB) error {
	have := map[string]bool{}
	for _, t := range []string{"articles"} {
		rows, err := db.Query(`SELECT name FROM pragma_table_info(?)`, t)
		if err != nil {
			return err
		}
		for rows.Next() {
			var name string
			if err := rows.Scan(&name); err != nil {
				rows.Close()
				return err
			}
			have[t+"."+name] = true
		}
		rows.Close()
	}
	for _, c := range addedColumns {
		if have[c.table+"."+c.column] {
			continue
		}
		if _, err := db.Exec(`ALTER TABLE ` + c.table + ` ADD COLUMN ` + c.column + ` ` + c.def); err != nil {
			return fmt.Errorf("add column %s.%s: %w", c.table, c.column, err)
		}
	}
	return nil
}
