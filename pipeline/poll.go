package pipeline

import (
	"context"
	"time"

	"github.com/claimwatch/claimwatch"
)

// Poll runs the sources again and again, each on its own Interval, until
// ctx is cancelled. Sources that fall due together are crawled in one run.
// The first pass starts at once. after, if not nil, is called with the
// summary of every pass.
func (p *Pipeline) Poll(ctx context.Context, opts RunOptions, after func(Summary, error)) error {
	next := make([]time.Time, len(opts.Sources))
	now := time.Now()
	for i := range next {
		next[i] = now
	}
	for {
		now = time.Now()
		var due []claimwatch.Source
		soonest := time.Time{}
		for i, s := range opts.Sources {
			if !next[i].After(now) {
				due = append(due, s)
				iv := s.Interval
				if iv <= 0 {
					iv = 30 * time.Minute
				}
				next[i] = now.Add(iv)
			}
			if soonest.IsZero() || next[i].Before(soonest) {
				soonest = next[i]
			}
		}
		if len(due) > 0 {
			o := opts
			o.Sources = due
			sum, err := p.Run(ctx, o)
			if after != nil {
				after(sum, err)
			}
		}
		if ctx.Err() != nil {
			return nil
		}
		wait := time.Until(soonest)
		if len(opts.Sources) == 0 {
			wait = time.Hour
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}
