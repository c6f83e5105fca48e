package llm

import (
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// maxRetryAfter caps a server's Retry-After when the request has no
// deadline (Complete always sets one; this is a safety net).
const maxRetryAfter = 30 * time.Second

// retryTransport retries a request on 429, 5xx and connection errors.
// go-openai retries nothing and does not expose response headers, so the
// retry lives below it, where Retry-After is visible. It never sleeps past
// the request context's deadline: when the wait would end after it, the
// last response is returned as is.
type retryTransport struct {
	base     http.RoundTripper
	log      *slog.Logger
	redact   func(string) string
	sleep    func(ctx context.Context, d time.Duration) error
	attempts int           // total attempts, first included
	backoff  time.Duration // wait before the first retry; doubled for each next one
}

// NewRetryTransport returns the retrying transport a Client uses, for other
// clients of the same servers (the embed package): it sends each request
// through base up to attempts times in all, retrying 429, 5xx and
// connection errors after the server's Retry-After or an exponential
// backoff from 250 ms, never sleeping past the request context's deadline.
// redact, when not nil, hides secrets in the warnings it logs.
func NewRetryTransport(base http.RoundTripper, attempts int, log *slog.Logger, redact func(string) string) http.RoundTripper {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if redact == nil {
		redact = func(s string) string { return s }
	}
	return &retryTransport{base: base, log: log, redact: redact, sleep: sleepContext,
		attempts: max(attempts, 1), backoff: 250 * time.Millisecond}
}

func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx := req.Context()
	for attempt := 1; ; attempt++ {
		r := req
		if attempt > 1 {
			r = req.Clone(ctx)
			if req.Body != nil && req.Body != http.NoBody {
				body, err := req.GetBody()
				if err != nil {
					return nil, err
				}
				r.Body = body
			}
		}
		resp, err := t.base.RoundTrip(r)

		if attempt >= t.attempts || !t.retryable(req, resp, err) || ctx.Err() != nil {
			return resp, err
		}
		delay, ok := t.delay(ctx, attempt, resp)
		if !ok {
			t.log.Warn("llm retry abandoned: wait would pass the deadline",
				"status", status(resp), "attempt", attempt, "wait", delay)
			return resp, err
		}
		if err != nil {
			t.log.Warn("llm retry", "error", t.redact(err.Error()), "attempt", attempt, "wait", delay)
		} else {
			t.log.Warn("llm retry", "status", resp.StatusCode, "attempt", attempt, "wait", delay)
			// Drain a little so the connection can be reused.
			io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
			resp.Body.Close()
		}
		if err := t.sleep(ctx, delay); err != nil {
			return nil, err
		}
	}
}

// retryable reports whether a response or error is worth another attempt
// and whether the request can be sent again.
func (t *retryTransport) retryable(req *http.Request, resp *http.Response, err error) bool {
	if req.Body != nil && req.Body != http.NoBody && req.GetBody == nil {
		return false
	}
	if err != nil {
		return true // no response at all: connection refused, reset, ...
	}
	return resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500
}

// delay returns the wait before the next attempt: the server's Retry-After
// when present, else exponential backoff with jitter. ok is false when the
// wait would end past ctx's deadline.
func (t *retryTransport) delay(ctx context.Context, attempt int, resp *http.Response) (d time.Duration, ok bool) {
	d, fromServer := time.Duration(0), false
	if resp != nil {
		d, fromServer = retryAfter(resp.Header.Get("Retry-After"), time.Now())
	}
	if !fromServer {
		d = t.backoff << (attempt - 1)
		if d > 0 {
			d += rand.N(d / 4) // jitter: up to +25 %
		}
	}
	if deadline, has := ctx.Deadline(); has {
		return d, time.Now().Add(d).Before(deadline)
	}
	return d, d <= maxRetryAfter
}

// retryAfter parses a Retry-After value: delay-seconds or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.Atoi(v); err == nil {
		if secs < 0 {
			return 0, false
		}
		secs = min(secs, 86400) // no overflow; far past any deadline anyway
		return time.Duration(secs) * time.Second, true
	}
	if when, err := http.ParseTime(v); err == nil {
		return max(when.Sub(now), 0), true
	}
	return 0, false
}

func status(resp *http.Response) int {
	if resp == nil {
		return 0
	}
	return resp.StatusCode
}

func sleepContext(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-timer.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
