package discord

import (
	"fmt"
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// bounded is a map that forgets its oldest entries beyond a capacity, for
// state kept per message or per user that must not grow without end.
type bounded[K comparable, V any] struct {
	mu    sync.Mutex
	cap   int
	m     map[K]V
	order []K // ring of keys in insertion order
	next  int
}

// newBounded returns a bounded map of the given capacity. The map and the
// ring grow as entries come, up to capacity: reserving the capacity up
// front held ~7 MB (100,000 rate limiters, 10,000 messages thrice) in a
// bot that has seen a few hundred users, and doubled the GC's heap goal.
func newBounded[K comparable, V any](capacity int) *bounded[K, V] {
	return &bounded[K, V]{cap: capacity, m: make(map[K]V)}
}

func (b *bounded[K, V]) putLocked(k K, v V) {
	if _, ok := b.m[k]; !ok {
		if len(b.order) < b.cap {
			b.order = append(b.order, k)
		} else {
			delete(b.m, b.order[b.next])
			b.order[b.next] = k
			b.next = (b.next + 1) % b.cap
		}
	}
	b.m[k] = v
}

// put sets k to v.
func (b *bounded[K, V]) put(k K, v V) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.putLocked(k, v)
}

// get returns the value of k.
func (b *bounded[K, V]) get(k K) (V, bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	v, ok := b.m[k]
	return v, ok
}

// add sets k to v unless k is present; it reports whether it did.
func (b *bounded[K, V]) add(k K, v V) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if _, ok := b.m[k]; ok {
		return false
	}
	b.putLocked(k, v)
	return true
}

// getOrAdd returns the value of k, first setting it to mk() if absent.
func (b *bounded[K, V]) getOrAdd(k K, mk func() V) V {
	b.mu.Lock()
	defer b.mu.Unlock()
	if v, ok := b.m[k]; ok {
		return v
	}
	v := mk()
	b.putLocked(k, v)
	return v
}

// userLimiter is a token bucket per user: perMinute questions a minute,
// with bursts of up to perMinute.
type userLimiter struct {
	perMinute int
	users     *bounded[string, *rate.Limiter]
}

func newUserLimiter(perMinute int) *userLimiter {
	return &userLimiter{perMinute: perMinute, users: newBounded[string, *rate.Limiter](100_000)}
}

// allow takes a token for user at now. When there is none, it returns false
// and the time from which there will be one again.
func (l *userLimiter) allow(user string, now time.Time) (bool, time.Time) {
	if l == nil || l.perMinute <= 0 {
		return true, time.Time{}
	}
	lim := l.users.getOrAdd(user, func() *rate.Limiter {
		return rate.NewLimiter(rate.Limit(float64(l.perMinute)/60), l.perMinute)
	})
	r := lim.ReserveN(now, 1)
	if !r.OK() {
		return false, now.Add(time.Minute)
	}
	d := r.DelayFrom(now)
	if d == 0 {
		return true, time.Time{}
	}
	r.CancelAt(now)
	return false, now.Add(d)
}

// retryText tells a user over the limit when to try again, as a Discord
// timestamp that each client shows in its own time ("in 12 seconds").
func retryText(tr *texts, at time.Time) string {
	return fmt.Sprintf(tr.retry, int64(math.Ceil(float64(at.UnixNano())/1e9)))
}

// tracker counts work in flight so that shutdown can wait for it.
type tracker struct {
	mu      sync.Mutex
	n       int
	closing bool
	idle    chan struct{}
}

func newTracker() *tracker { return &tracker{idle: make(chan struct{})} }

// start counts one more piece of work; it reports whether shutdown has
// begun, in which case the work should only say so.
func (t *tracker) start() (closing bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n++
	return t.closing
}

func (t *tracker) done() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.n--
	if t.closing && t.n == 0 {
		t.closeIdle()
	}
}

func (t *tracker) closeIdle() {
	select {
	case <-t.idle:
	default:
		close(t.idle)
	}
}

// shutdown stops new work and returns a channel closed once none is left.
func (t *tracker) shutdown() <-chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.closing = true
	if t.n == 0 {
		t.closeIdle()
	}
	return t.idle
}
