package api

import (
	"crypto/subtle"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// rateLimiter gives each client address a token bucket: Burst requests at
// once, refilled at Rate a second. It keeps a bounded number of buckets so
// many addresses cannot grow it without end.
type rateLimiter struct {
	Rate  float64
	Burst float64
	mu    sync.Mutex
	seen  map[string]*bucket
	now   func() time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

const maxBuckets = 10000

func newRateLimiter(rate, burst float64) *rateLimiter {
	return &rateLimiter{Rate: rate, Burst: burst, seen: map[string]*bucket{}, now: time.Now}
}

// allow takes a token for key and reports whether there was one, and if
// not, how long until there is.
func (l *rateLimiter) allow(key string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.seen[key]
	if !ok {
		if len(l.seen) >= maxBuckets {
			for k, old := range l.seen { // drop the idle ones
				if now.Sub(old.last) > time.Minute {
					delete(l.seen, k)
				}
			}
			if len(l.seen) >= maxBuckets {
				clear(l.seen)
			}
		}
		b = &bucket{tokens: l.Burst, last: now}
		l.seen[key] = b
	}
	b.tokens = min(l.Burst, b.tokens+now.Sub(b.last).Seconds()*l.Rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	return false, time.Duration((1 - b.tokens) / l.Rate * float64(time.Second))
}

func clientKey(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// limit answers 429 with Retry-After to a client over its rate.
func (l *rateLimiter) limit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ok, wait := l.allow(clientKey(r)); !ok {
			w.Header().Set("Retry-After", strconv.Itoa(int(wait.Seconds())+1))
			writeJSON(w, http.StatusTooManyRequests, map[string]string{"error": "too many requests; slow down"})
			return
		}
		next.ServeHTTP(w, r)
	})
}

// authorized reports whether the request carries the action token. With no
// token configured, actions are refused: reading is open, changing is not.
func (s *Server) authorized(r *http.Request) bool {
	if s.Token == "" {
		return false
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return ok && subtle.ConstantTimeCompare([]byte(got), []byte(s.Token)) == 1
}
