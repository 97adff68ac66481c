package store

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestDigestLedgerComposeOnceLeaseOnceSendOnce(t *testing.T) {
	ctx := context.Background()
	st, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Date(2026, 11, 29, 7, 0, 0, 0, time.UTC)
	first := DigestRecord{Recipient: "a@example.com", Day: "2026-11-29", MessageID: "m1", Message: []byte("first"),
		From: now.Add(-24 * time.Hour), To: now, ComposedAt: now}
	got, err := st.SaveComposedDigest(ctx, first)
	if err != nil || got.State != DigestComposed || string(got.Message) != "first" {
		t.Fatalf("compose: %+v %v", got, err)
	}
	// A second composition (a rerun, another process) does not replace it.
	second := first
	second.Message, second.MessageID = []byte("second"), "m2"
	if got, err = st.SaveComposedDigest(ctx, second); err != nil || string(got.Message) != "first" || got.MessageID != "m1" {
		t.Fatalf("second compose replaced the first: %+v %v", got, err)
	}

	// Eight processes race for the lease: exactly one wins.
	var wins atomic.Int32
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, ok, err := st.LeaseDigest(ctx, "a@example.com", "2026-11-29", string(rune('a'+i)), now, time.Minute, nil)
			if err != nil {
				t.Error(err)
			}
			if ok {
				wins.Add(1)
			}
		}()
	}
	wg.Wait()
	if wins.Load() != 1 {
		t.Fatalf("%d processes hold the lease", wins.Load())
	}
	// A dead holder's lease is taken over at once; a live one's is not.
	if _, ok, _ := st.LeaseDigest(ctx, "a@example.com", "2026-11-29", "z", now, time.Minute, func(string) bool { return false }); ok {
		t.Error("took a live lease")
	}
	if _, ok, _ := st.LeaseDigest(ctx, "a@example.com", "2026-11-29", "z", now, time.Minute, func(string) bool { return true }); !ok {
		t.Error("did not take a dead holder's lease")
	}

	// A temporary failure keeps it composed until its retry time.
	if err := st.MarkDigestFailed(ctx, "a@example.com", "2026-11-29", "451 later", false, now.Add(10*time.Minute)); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := st.LeaseDigest(ctx, "a@example.com", "2026-11-29", "z", now.Add(time.Minute), time.Minute, nil); ok {
		t.Error("leased before its retry time")
	}
	r, ok, err := st.LeaseDigest(ctx, "a@example.com", "2026-11-29", "z", now.Add(11*time.Minute), time.Minute, nil)
	if !ok || err != nil || r.Attempts != 3 || r.LastError != "451 later" {
		t.Fatalf("lease after the retry time: %v %v %+v", ok, err, r)
	}
	if err := st.MarkDigestSent(ctx, "a@example.com", "2026-11-29", now.Add(11*time.Minute)); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := st.LeaseDigest(ctx, "a@example.com", "2026-11-29", "y", now.Add(time.Hour), time.Minute, func(string) bool { return true }); ok {
		t.Error("a sent digest was leased again")
	}
	prev, err := st.PreviousDigest(ctx, "a@example.com", "2026-11-30")
	if err != nil || prev.Day != "2026-11-29" || !prev.To.Equal(now) || prev.State != DigestSent {
		t.Errorf("previous digest: %+v %v", prev, err)
	}
	if _, err := st.PreviousDigest(ctx, "a@example.com", "2026-11-29"); err == nil {
		t.Error("a digest is its own previous one")
	}
}

func TestDigestPermanentFailureWaitsForRetry(t *testing.T) {
	ctx := context.Background()
	st, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	now := time.Now()
	st.SaveComposedDigest(ctx, DigestRecord{Recipient: "b@example.com", Day: "2026-11-29", MessageID: "m", Message: []byte("x"), ComposedAt: now})
	if err := st.MarkDigestFailed(ctx, "b@example.com", "2026-11-29", "550 no such user", true, now); err != nil {
		t.Fatal(err)
	}
	if r, _ := st.Digest(ctx, "b@example.com", "2026-11-29"); r.State != DigestFailed {
		t.Fatalf("state %s", r.State)
	}
	if _, ok, _ := st.LeaseDigest(ctx, "b@example.com", "2026-11-29", "o", now.Add(time.Hour), time.Minute, nil); ok {
		t.Error("a failed digest was leased")
	}
	if err := st.RetryDigest(ctx, "b@example.com", "2026-11-29"); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := st.LeaseDigest(ctx, "b@example.com", "2026-11-29", "o", now, time.Minute, nil); !ok {
		t.Error("RetryDigest did not make it due")
	}
}
