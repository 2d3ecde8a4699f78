package access

import (
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// RateLimiter is a token bucket per principal (golang.org/x/time/rate):
// each principal may make Burst requests at once and PerSecond on
// average. Buckets idle for longer than it takes to refill are dropped,
// so memory stays bounded by the number of recently active principals.
// Safe for concurrent use.
type RateLimiter struct {
	limit rate.Limit
	burst int
	now   func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
	sweep   time.Time
}

type bucket struct {
	l    *rate.Limiter
	last time.Time
}

// NewRateLimiter returns a limiter of perSecond requests per second with
// the given burst per principal. perSecond <= 0 disables limiting. now is
// the clock; nil means time.Now.
func NewRateLimiter(perSecond float64, burst int, now func() time.Time) *RateLimiter {
	if now == nil {
		now = time.Now
	}
	if burst < 1 {
		burst = 1
	}
	l := rate.Limit(perSecond)
	if perSecond <= 0 {
		l = rate.Inf
	}
	return &RateLimiter{limit: l, burst: burst, now: now, buckets: map[string]*bucket{}}
}

// Allow takes one token from id's bucket. When none is left it returns
// false and how long until one is.
func (r *RateLimiter) Allow(id string) (bool, time.Duration) {
	if r == nil || r.limit == rate.Inf {
		return true, 0
	}
	now := r.now()
	r.mu.Lock()
	defer r.mu.Unlock()
	r.gc(now)
	b := r.buckets[id]
	if b == nil {
		b = &bucket{l: rate.NewLimiter(r.limit, r.burst)}
		r.buckets[id] = b
	}
	b.last = now
	res := b.l.ReserveN(now, 1)
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return false, d
	}
	return true, 0
}

// gc drops buckets idle long enough to be full again, at most once per
// refill period.
func (r *RateLimiter) gc(now time.Time) {
	full := time.Duration(math.Ceil(float64(r.burst)/float64(r.limit))) * time.Second
	if now.Sub(r.sweep) < full {
		return
	}
	r.sweep = now
	for id, b := range r.buckets {
		if now.Sub(b.last) > full {
			delete(r.buckets, id)
		}
	}
}
