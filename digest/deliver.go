package digest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/claimwatch/claimwatch/verify"
)

// Record is a digest as the ledger keeps it: composed once, then sent.
type Record struct {
	To        string
	Day       string
	State     string // composed, sent or failed
	MessageID string
	Message   []byte
	Window    Window
	Attempts  int
	LastError string
}

// Record states.
const (
	Composed = "composed"
	Sent     = "sent"
	Failed   = "failed"
)

// Ledger is the durable record of digests that makes sending exactly-once
// per recipient and day. The store implements it (through a small adapter
// in the command); its methods map one to one onto conditional SQL updates.
type Ledger interface {
	// Get returns the record of to for day; ok is false when there is none.
	Get(ctx context.Context, to, day string) (r Record, ok bool, err error)
	// Previous returns the latest record of to for a day before day.
	Previous(ctx context.Context, to, day string) (r Record, ok bool, err error)
	// Compose records r as composed unless a record of its recipient and
	// day exists, and returns the record that stands.
	Compose(ctx context.Context, r Record) (Record, error)
	// Lease takes the right to send a composed, due record, for one
	// process at a time; ok is false when the record is not composed, not
	// due, or another live process holds it.
	Lease(ctx context.Context, to, day string, now time.Time) (r Record, ok bool, err error)
	// Sent records that the mail server accepted the message.
	Sent(ctx context.Context, to, day string, at time.Time) error
	// Failed records a failed attempt: a temporary one is due again at
	// retryAt, a permanent one is set aside as failed.
	Failed(ctx context.Context, to, day, msg string, permanent bool, retryAt time.Time) error
}

// Sender delivers one message; SMTP is the real one.
type Sender interface {
	Send(ctx context.Context, from, to string, msg []byte) error
}

// Mailer composes, records and sends digests.
type Mailer struct {
	Ledger  Ledger
	Sender  Sender
	From    string // sender address
	BaseURL string // the web page, for links; empty when none serves
	// Unsubscribe is an https URL for List-Unsubscribe beside the mailto.
	Unsubscribe string
	Corpus      func(context.Context) (Corpus, error)
	Verify      verify.Options
	Now         func() time.Time // nil is time.Now
	Lookback    time.Duration    // the window of a first digest; 0 is 24h
	// RetryAfter is when a digest whose sends all failed temporarily is
	// tried again; 0 is 10 minutes.
	RetryAfter time.Duration
	// AfterCompose and AfterSend, when set, run right after a digest is
	// recorded as composed and right after the server accepted it (before
	// it is recorded as sent): the crash tests kill the process there.
	AfterCompose, AfterSend func()
}

// Outcomes of Deliver.
const (
	OutcomeSent        = "sent"
	OutcomeAlreadySent = "already sent"
	OutcomeBusy        = "pending" // another process holds it, or its retry is not due yet
	OutcomeRetryLater  = "will retry"
	OutcomeFailed      = "failed"
	OutcomeGaveUp      = "failed earlier" // refused permanently before; see RetryDigest
	OutcomeNotDue      = "not due"
)

// Result is what Deliver did for one recipient and day.
type Result struct {
	To, Day   string
	Outcome   string
	MessageID string
	Err       error
}

func (m *Mailer) now() time.Time {
	if m.Now != nil {
		return m.Now()
	}
	return time.Now()
}

// SendTime is when sub's digest for day goes out.
func SendTime(sub Subscription, day string) (time.Time, error) {
	loc := sub.Location
	if loc == nil {
		loc = time.UTC
	}
	hm := sub.Time
	if hm == "" {
		hm = "07:00"
	}
	t, err := time.ParseInLocation("2006-01-02 15:04", day+" "+hm, loc)
	if err != nil {
		return t, fmt.Errorf("digest time for %s: %w", day, err)
	}
	return t, nil
}

// Today is the day it is for sub at now, in sub's time zone.
func Today(sub Subscription, now time.Time) string {
	loc := sub.Location
	if loc == nil {
		loc = time.UTC
	}
	return now.In(loc).Format("2006-01-02")
}

// window is what the digest of sub for day covers: from where the previous
// digest ended (or Lookback before) to the send time, or now when composed
// early.
func (m *Mailer) window(ctx context.Context, sub Subscription, day string) (Window, error) {
	at, err := SendTime(sub, day)
	if err != nil {
		return Window{}, err
	}
	if now := m.now(); now.Before(at) {
		at = now
	}
	look := m.Lookback
	if look <= 0 {
		look = 24 * time.Hour
	}
	w := Window{From: at.Add(-look), To: at}
	if prev, ok, err := m.Ledger.Previous(ctx, sub.Email, day); err != nil {
		return w, err
	} else if ok && prev.Window.To.Before(at) {
		w.From = prev.Window.To
	}
	return w, nil
}

// Build composes and renders the digest of sub for day and returns the
// message, without recording anything (for --out).
func (m *Mailer) Build(ctx context.Context, sub Subscription, day string) (Record, error) {
	w, err := m.window(ctx, sub, day)
	if err != nil {
		return Record{}, err
	}
	c, err := m.Corpus(ctx)
	if err != nil {
		return Record{}, err
	}
	d := Compose(c, sub, day, w, m.Verify)
	d.BaseURL = m.BaseURL
	r, err := Render(d, sub.Format)
	if err != nil {
		return Record{}, err
	}
	env := Envelope{From: m.From, To: sub.Email, Unsubscribe: m.Unsubscribe}
	msg, err := Message(r, env, day, m.now())
	if err != nil {
		return Record{}, err
	}
	return Record{To: sub.Email, Day: day, State: Composed, MessageID: MessageID(m.From, sub.Email, day), Message: msg, Window: w}, nil
}

// Deliver sends sub's digest for day unless it was sent already. The
// digest is composed and recorded first; the recorded bytes are what goes
// out, now and on every retry, so a crash at any point leads to the same
// email being sent again (same Message-ID), never to a different one or to
// none. onlyPending limits Deliver to a digest already composed (the
// scheduler finishing yesterday's without composing one late).
func (m *Mailer) Deliver(ctx context.Context, sub Subscription, day string, onlyPending bool) Result {
	res := Result{To: sub.Email, Day: day}
	rec, ok, err := m.Ledger.Get(ctx, sub.Email, day)
	if err != nil {
		res.Outcome, res.Err = OutcomeFailed, err
		return res
	}
	if ok {
		res.MessageID = rec.MessageID
		switch rec.State {
		case Sent:
			res.Outcome = OutcomeAlreadySent
			return res
		case Failed:
			res.Outcome, res.Err = OutcomeGaveUp, errors.New(rec.LastError)
			return res
		}
	} else {
		if onlyPending {
			res.Outcome = OutcomeNotDue
			return res
		}
		built, err := m.Build(ctx, sub, day)
		if err != nil {
			res.Outcome, res.Err = OutcomeFailed, err
			return res
		}
		if rec, err = m.Ledger.Compose(ctx, built); err != nil {
			res.Outcome, res.Err = OutcomeFailed, err
			return res
		}
		res.MessageID = rec.MessageID
		if m.AfterCompose != nil {
			m.AfterCompose()
		}
	}
	rec, ok, err = m.Ledger.Lease(ctx, sub.Email, day, m.now())
	if err != nil {
		res.Outcome, res.Err = OutcomeFailed, err
		return res
	}
	if !ok {
		res.Outcome = OutcomeBusy
		if rec.State == Sent {
			res.Outcome = OutcomeAlreadySent
		}
		return res
	}
	err = m.Sender.Send(ctx, m.From, sub.Email, rec.Message)
	if err == nil {
		if m.AfterSend != nil {
			m.AfterSend()
		}
		if err := m.Ledger.Sent(ctx, sub.Email, day, m.now()); err != nil {
			// The server has the message; the next attempt sends the same
			// one again, which the receiver can tell by its Message-ID.
			res.Outcome, res.Err = OutcomeFailed, err
			return res
		}
		res.Outcome = OutcomeSent
		return res
	}
	var se *SendError
	permanent := errors.As(err, &se) && !se.Temporary
	retry := m.RetryAfter
	if retry <= 0 {
		retry = 10 * time.Minute
	}
	if ferr := m.Ledger.Failed(context.WithoutCancel(ctx), sub.Email, day, err.Error(), permanent, m.now().Add(retry)); ferr != nil {
		err = errors.Join(err, ferr)
	}
	res.Err = fmt.Errorf("send digest to %s for %s: %w", sub.Email, day, err)
	res.Outcome = OutcomeRetryLater
	if permanent {
		res.Outcome = OutcomeFailed
	}
	return res
}

// Tick does what is due at now: for each subscription, today's digest
// once its time has come (composing it if need be), and yesterday's if it
// was composed but not yet sent (a retry, or a crash before midnight).
func (m *Mailer) Tick(ctx context.Context, subs []Subscription) []Result {
	now := m.now()
	// The corpus is read at most once per tick, however many subscribers
	// are due.
	tick, read := *m, m.Corpus
	var (
		corpus Corpus
		loaded bool
	)
	tick.Corpus = func(ctx context.Context) (Corpus, error) {
		if !loaded {
			c, err := read(ctx)
			if err != nil {
				return c, err
			}
			corpus, loaded = c, true
		}
		return corpus, nil
	}
	tick.Now = func() time.Time { return now }
	m = &tick
	var out []Result
	for _, sub := range subs {
		if ctx.Err() != nil {
			break
		}
		today := Today(sub, now)
		loc := sub.Location
		if loc == nil {
			loc = time.UTC
		}
		yesterday := now.In(loc).AddDate(0, 0, -1).Format("2006-01-02")
		if r := m.Deliver(ctx, sub, yesterday, true); r.Outcome != OutcomeNotDue && r.Outcome != OutcomeAlreadySent && r.Outcome != OutcomeGaveUp && r.Outcome != OutcomeBusy {
			out = append(out, r)
		}
		at, err := SendTime(sub, today)
		if err != nil {
			out = append(out, Result{To: sub.Email, Day: today, Outcome: OutcomeFailed, Err: err})
			continue
		}
		if now.Before(at) {
			continue
		}
		if r := m.Deliver(ctx, sub, today, false); r.Outcome != OutcomeAlreadySent && r.Outcome != OutcomeGaveUp && r.Outcome != OutcomeBusy {
			out = append(out, r)
		}
	}
	return out
}
