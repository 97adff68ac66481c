package digest

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// memLedger is the Ledger contract in memory, for the scheduling logic.
type memLedger struct {
	mu   sync.Mutex
	recs map[string]*Record
	due  map[string]time.Time
}

func key(to, day string) string { return to + "|" + day }

func (l *memLedger) Get(_ context.Context, to, day string) (Record, bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if r, ok := l.recs[key(to, day)]; ok {
		return *r, true, nil
	}
	return Record{}, false, nil
}

func (l *memLedger) Previous(_ context.Context, to, day string) (Record, bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	var best *Record
	for _, r := range l.recs {
		if r.To == to && r.Day < day && (best == nil || r.Day > best.Day) {
			best = r
		}
	}
	if best == nil {
		return Record{}, false, nil
	}
	return *best, true, nil
}

func (l *memLedger) Compose(_ context.Context, r Record) (Record, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.recs == nil {
		l.recs, l.due = map[string]*Record{}, map[string]time.Time{}
	}
	if old, ok := l.recs[key(r.To, r.Day)]; ok {
		return *old, nil
	}
	r.State = Composed
	l.recs[key(r.To, r.Day)] = &r
	return r, nil
}

func (l *memLedger) Lease(_ context.Context, to, day string, now time.Time) (Record, bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	r, ok := l.recs[key(to, day)]
	if !ok || r.State != Composed || now.Before(l.due[key(to, day)]) {
		return Record{}, false, nil
	}
	r.Attempts++
	return *r, true, nil
}

func (l *memLedger) Sent(_ context.Context, to, day string, _ time.Time) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.recs[key(to, day)].State = Sent
	return nil
}

func (l *memLedger) Failed(_ context.Context, to, day, msg string, permanent bool, retryAt time.Time) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	r := l.recs[key(to, day)]
	r.LastError = msg
	if permanent {
		r.State = Failed
	}
	l.due[key(to, day)] = retryAt
	return nil
}

type fakeSender struct {
	sent  []string // Message-IDs... of what was accepted, as "to day"
	fails []error
}

func (s *fakeSender) Send(_ context.Context, _, to string, msg []byte) error {
	if len(s.fails) > 0 {
		err := s.fails[0]
		s.fails = s.fails[1:]
		return err
	}
	s.sent = append(s.sent, to)
	return nil
}

func TestTickSendsOnceAtTheSubscribersTimeAndRetriesLater(t *testing.T) {
	led := &memLedger{}
	snd := &fakeSender{}
	var now time.Time
	m := &Mailer{Ledger: led, Sender: snd, From: "digest@example.com", Now: func() time.Time { return now },
		Corpus: func(context.Context) (Corpus, error) { return testCorpus(), nil }}
	sub := subscribeAll // 07:00 in Taipei: 23:00 UTC the day before

	now = time.Date(2026, 11, 28, 22, 59, 0, 0, time.UTC)
	if r := m.Tick(context.Background(), []Subscription{sub}); len(r) != 0 || len(snd.sent) != 0 {
		t.Fatalf("before the time: %+v", r)
	}
	// The server fails temporarily: the digest waits for its retry time.
	snd.fails = []error{&SendError{Temporary: true, Code: 451, Err: errors.New("busy")}}
	now = time.Date(2026, 11, 28, 23, 0, 30, 0, time.UTC)
	r := m.Tick(context.Background(), []Subscription{sub})
	if len(r) != 1 || r[0].Outcome != OutcomeRetryLater || r[0].Day != "2026-11-29" {
		t.Fatalf("at the time, with the server failing: %+v", r)
	}
	now = now.Add(time.Minute)
	if r := m.Tick(context.Background(), []Subscription{sub}); len(r) != 0 || len(snd.sent) != 0 {
		t.Fatalf("before the retry time: %+v", r)
	}
	// Past midnight in Taipei, yesterday's digest is still finished.
	now = time.Date(2026, 11, 29, 16, 30, 0, 0, time.UTC) // 00:30 on the 30th in Taipei
	r = m.Tick(context.Background(), []Subscription{sub})
	if len(r) != 1 || r[0].Outcome != OutcomeSent || r[0].Day != "2026-11-29" || len(snd.sent) != 1 {
		t.Fatalf("retry after midnight: %+v", r)
	}
	for range 3 {
		if r := m.Tick(context.Background(), []Subscription{sub}); len(r) != 0 {
			t.Fatalf("sent again: %+v", r)
		}
	}
	// The next day's digest starts where the last one ended.
	now = time.Date(2026, 11, 29, 23, 1, 0, 0, time.UTC)
	r = m.Tick(context.Background(), []Subscription{sub})
	if len(r) != 1 || r[0].Day != "2026-11-30" || r[0].Outcome != OutcomeSent {
		t.Fatalf("next day: %+v", r)
	}
	rec, _, _ := led.Get(context.Background(), sub.Email, "2026-11-30")
	if !rec.Window.From.Equal(time.Date(2026, 11, 28, 23, 0, 0, 0, time.UTC)) {
		t.Errorf("the next window starts at %v", rec.Window.From)
	}
}

func TestTickDoesNotComposeAMissedDayLate(t *testing.T) {
	led := &memLedger{}
	snd := &fakeSender{}
	now := time.Date(2026, 11, 29, 16, 30, 0, 0, time.UTC) // 00:30 on the 30th in Taipei
	m := &Mailer{Ledger: led, Sender: snd, From: "digest@example.com", Now: func() time.Time { return now },
		Corpus: func(context.Context) (Corpus, error) { return testCorpus(), nil }}
	if r := m.Tick(context.Background(), []Subscription{subscribeAll}); len(r) != 0 || len(snd.sent) != 0 {
		t.Errorf("composed the 29th's digest after the day was over: %+v", r)
	}
}

func TestDeliverStopsAtAPermanentFailure(t *testing.T) {
	led := &memLedger{}
	snd := &fakeSender{fails: []error{&SendError{Code: 550, Err: errors.New("no such user")}}}
	m := &Mailer{Ledger: led, Sender: snd, From: "digest@example.com", Now: func() time.Time { return testWindow.To },
		Corpus: func(context.Context) (Corpus, error) { return testCorpus(), nil }}
	r := m.Deliver(context.Background(), subscribeAll, testDay, false)
	if r.Outcome != OutcomeFailed || r.Err == nil {
		t.Fatalf("%+v", r)
	}
	if r := m.Deliver(context.Background(), subscribeAll, testDay, false); r.Outcome != OutcomeGaveUp || len(snd.sent) != 0 {
		t.Errorf("after a permanent failure: %+v", r)
	}
}
