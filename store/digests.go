package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// digestSchema records every digest email from the moment it is composed.
// A digest is keyed by recipient and day, so there is at most one per
// recipient and day; its message is kept byte for byte, so a retry after a
// crash or a failed send sends the very same email (same Message-ID) rather
// than a second, different one. State goes composed → sent, or composed →
// failed on a permanent refusal; a lease (owner, until) lets one process at a
// time send it.
const digestSchema = `
CREATE TABLE IF NOT EXISTS digests (
	recipient    TEXT NOT NULL,
	day          TEXT NOT NULL,
	state        TEXT NOT NULL,
	message_id   TEXT NOT NULL,
	message      BLOB NOT NULL,
	window_from  INTEGER NOT NULL,
	window_to    INTEGER NOT NULL,
	composed_at  INTEGER NOT NULL,
	sent_at      INTEGER NOT NULL DEFAULT 0,
	attempts     INTEGER NOT NULL DEFAULT 0,
	next_attempt INTEGER NOT NULL DEFAULT 0,
	lease_owner  TEXT NOT NULL DEFAULT '',
	lease_until  INTEGER NOT NULL DEFAULT 0,
	last_error   TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (recipient, day)
);
`

// Digest states.
const (
	DigestComposed = "composed"
	DigestSent     = "sent"
	DigestFailed   = "failed"
)

// DigestRecord is one digest email and where it stands.
type DigestRecord struct {
	Recipient  string
	Day        string // YYYY-MM-DD in the recipient's time zone
	State      string // composed, sent or failed
	MessageID  string
	Message    []byte // the email as sent, headers and all
	From, To   time.Time
	ComposedAt time.Time
	SentAt     time.Time
	Attempts   int
	NextTry    time.Time
	LeaseOwner string
	LeaseUntil time.Time
	LastError  string
}

// migrateDigests creates the digest table; Open runs it.
func migrateDigests(db *sql.DB) error {
	if _, err := db.Exec(digestSchema); err != nil {
		return fmt.Errorf("digests: %w", err)
	}
	return nil
}

const digestColumns = `recipient, day, state, message_id, message, window_from, window_to, composed_at, sent_at,
	attempts, next_attempt, lease_owner, lease_until, last_error`

func ms(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

func fromMS(v int64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.UnixMilli(v).UTC()
}

func scanDigest(sc interface{ Scan(...any) error }) (DigestRecord, error) {
	var (
		r                                             DigestRecord
		from, to, composed, sent, next, leaseUntilRaw int64
	)
	err := sc.Scan(&r.Recipient, &r.Day, &r.State, &r.MessageID, &r.Message, &from, &to, &composed, &sent,
		&r.Attempts, &next, &r.LeaseOwner, &leaseUntilRaw, &r.LastError)
	r.From, r.To, r.ComposedAt, r.SentAt = fromMS(from), fromMS(to), fromMS(composed), fromMS(sent)
	r.NextTry, r.LeaseUntil = fromMS(next), fromMS(leaseUntilRaw)
	return r, err
}

// Digest returns the digest of recipient for day.
func (s *Store) Digest(ctx context.Context, recipient, day string) (DigestRecord, error) {
	r, err := scanDigest(s.db.QueryRowContext(ctx, `SELECT `+digestColumns+` FROM digests WHERE recipient = ? AND day = ?`, recipient, day))
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("digest of %s for %s: %w", recipient, day, ErrNotFound)
	}
	if err != nil {
		return r, fmt.Errorf("read digest of %s for %s: %w", recipient, day, err)
	}
	return r, nil
}

// SaveComposedDigest records a newly composed digest unless one is already
// recorded for its recipient and day, and returns the record that stands:
// the first composition wins, so two processes composing at once, or a rerun
// after a crash, end up sending the same email.
func (s *Store) SaveComposedDigest(ctx context.Context, r DigestRecord) (DigestRecord, error) {
	_, err := s.db.ExecContext(ctx, `INSERT INTO digests (recipient, day, state, message_id, message, window_from, window_to, composed_at)
		VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(recipient, day) DO NOTHING`,
		r.Recipient, r.Day, DigestComposed, r.MessageID, r.Message, ms(r.From), ms(r.To), ms(r.ComposedAt))
	if err != nil {
		return r, fmt.Errorf("save digest of %s for %s: %w", r.Recipient, r.Day, err)
	}
	return s.Digest(ctx, r.Recipient, r.Day)
}

// LeaseDigest takes the right to send a composed digest until now+lease,
// and counts the attempt. It succeeds only when the digest is composed, due
// (its next try has come) and nobody else holds a live lease; steal reports
// whether a lease owner is known to be gone (its process died), so a
// killed sender's digest is taken over at once instead of when its lease
// runs out. The update is conditional on the lease read, so of two
// processes racing for one digest exactly one wins.
func (s *Store) LeaseDigest(ctx context.Context, recipient, day, owner string, now time.Time, lease time.Duration, steal func(owner string) bool) (DigestRecord, bool, error) {
	r, err := s.Digest(ctx, recipient, day)
	if err != nil {
		return r, false, err
	}
	if r.State != DigestComposed || now.Before(r.NextTry) {
		return r, false, nil
	}
	if r.LeaseOwner != "" && r.LeaseOwner != owner && now.Before(r.LeaseUntil) && (steal == nil || !steal(r.LeaseOwner)) {
		return r, false, nil
	}
	res, err := s.db.ExecContext(ctx, `UPDATE digests SET lease_owner = ?, lease_until = ?, attempts = attempts + 1
		WHERE recipient = ? AND day = ? AND state = ? AND lease_owner = ? AND lease_until = ?`,
		owner, ms(now.Add(lease)), recipient, day, DigestComposed, r.LeaseOwner, ms(r.LeaseUntil))
	if err != nil {
		return r, false, fmt.Errorf("lease digest of %s for %s: %w", recipient, day, err)
	}
	if n, _ := res.RowsAffected(); n != 1 {
		return r, false, nil
	}
	r, err = s.Digest(ctx, recipient, day)
	return r, err == nil, err
}

// MarkDigestSent records that the mail server accepted the digest.
func (s *Store) MarkDigestSent(ctx context.Context, recipient, day string, at time.Time) error {
	_, err := s.db.ExecContext(ctx, `UPDATE digests SET state = ?, sent_at = ?, lease_owner = '', lease_until = 0, last_error = ''
		WHERE recipient = ? AND day = ?`, DigestSent, ms(at), recipient, day)
	if err != nil {
		return fmt.Errorf("record digest of %s for %s as sent: %w", recipient, day, err)
	}
	return nil
}

// MarkDigestFailed records a failed send: a temporary failure keeps the
// digest composed, to be tried again from retryAt; a permanent one marks it
// failed, and only RetryDigest brings it back.
func (s *Store) MarkDigestFailed(ctx context.Context, recipient, day, msg string, permanent bool, retryAt time.Time) error {
	state := DigestComposed
	if permanent {
		state = DigestFailed
	}
	_, err := s.db.ExecContext(ctx, `UPDATE digests SET state = ?, last_error = ?, next_attempt = ?, lease_owner = '', lease_until = 0
		WHERE recipient = ? AND day = ? AND state = ?`, state, msg, ms(retryAt), recipient, day, DigestComposed)
	if err != nil {
		return fmt.Errorf("record failed digest of %s for %s: %w", recipient, day, err)
	}
	return nil
}

// RetryDigest makes an unsent digest due at once: a failed one (after the
// cause of a permanent refusal was fixed) or one waiting for its next try.
func (s *Store) RetryDigest(ctx context.Context, recipient, day string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE digests SET state = ?, next_attempt = 0 WHERE recipient = ? AND day = ? AND state IN (?, ?)`,
		DigestComposed, recipient, day, DigestFailed, DigestComposed)
	if err != nil {
		return fmt.Errorf("retry digest of %s for %s: %w", recipient, day, err)
	}
	return nil
}

// PreviousDigest returns the latest digest of recipient for a day before
// day, whatever its state: the next digest starts where its window ended.
func (s *Store) PreviousDigest(ctx context.Context, recipient, day string) (DigestRecord, error) {
	r, err := scanDigest(s.db.QueryRowContext(ctx, `SELECT `+digestColumns+` FROM digests
		WHERE recipient = ? AND day < ? ORDER BY day DESC LIMIT 1`, recipient, day))
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("digest of %s before %s: %w", recipient, day, ErrNotFound)
	}
	if err != nil {
		return r, fmt.Errorf("read digest of %s before %s: %w", recipient, day, err)
	}
	return r, nil
}

// Digests lists the recorded digests, newest day first.
func (s *Store) Digests(ctx context.Context) ([]DigestRecord, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+digestColumns+` FROM digests ORDER BY day DESC, recipient`)
	if err != nil {
		return nil, fmt.Errorf("read digests: %w", err)
	}
	defer rows.Close()
	var out []DigestRecord
	for rows.Next() {
		r, err := scanDigest(rows)
		if err != nil {
			return nil, fmt.Errorf("read digests: %w", err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
