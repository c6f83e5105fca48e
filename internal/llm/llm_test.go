package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const testKey = "sk-test-SECRET-4242"

// chatRequest is the part of a chat completion request the fake server checks.
type chatRequest struct {
	Model    string `json:"model"`
	Messages []struct {
		Role    string `json:"role"`
		Content string `json:"content"`
	} `json:"messages"`
	Stream        bool `json:"stream"`
	StreamOptions *struct {
		IncludeUsage bool `json:"include_usage"`
	} `json:"stream_options"`
	MaxTokens           int `json:"max_tokens"`
	MaxCompletionTokens int `json:"max_completion_tokens"`
}

// syncBuffer is a log sink safe for the client's goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// newServer starts a fake OpenAI-compatible server on loopback. Request
// contexts end when the client goes away or the test ends, so handlers that
// block on r.Context() never hold up the server's shutdown.
func newServer(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewUnstartedServer(h)
	ctx, cancel := context.WithCancel(context.Background())
	srv.Config.BaseContext = func(net.Listener) context.Context { return ctx }
	srv.Start()
	t.Cleanup(srv.Close)
	t.Cleanup(cancel) // runs before srv.Close
	return srv
}

// newClient returns a Client for srv whose logs go to the returned buffer.
func newClient(t *testing.T, srv *httptest.Server, mutate func(*Config)) (*Client, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	cfg := Config{
		APIKey:  testKey,
		BaseURL: srv.URL + "/v1",
		Timeout: 10 * time.Second,
		Logger:  slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
	if mutate != nil {
		mutate(&cfg)
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		if strings.Contains(logs.String(), testKey) {
			t.Errorf("the API key appears in the logs:\n%s", logs)
		}
	})
	return c, logs
}

// recordSleeps replaces the retry transport's sleep by a recorder that
// returns at once, so that backoff is checked without waiting for it.
func recordSleeps(c *Client) func() []time.Duration {
	var mu sync.Mutex
	var got []time.Duration
	c.retry.sleep = func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		got = append(got, d)
		mu.Unlock()
		return ctx.Err()
	}
	return func() []time.Duration {
		mu.Lock()
		defer mu.Unlock()
		return append([]time.Duration(nil), got...)
	}
}

func chunk(content, finish string) string {
	fr := "null"
	if finish != "" {
		fr = fmt.Sprintf("%q", finish)
	}
	c, _ := json.Marshal(content)
	return fmt.Sprintf(`{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[{"index":0,"delta":{"content":%s},"finish_reason":%s}]}`, c, fr)
}

func usageChunk(prompt, completion int) string {
	return fmt.Sprintf(`{"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[],"usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d}}`,
		prompt, completion, prompt+completion)
}

// writeEvents writes SSE data lines, flushing after each.
func writeEvents(w http.ResponseWriter, events ...string) {
	for _, e := range events {
		fmt.Fprintf(w, "data: %s\n\n", e)
		w.(http.Flusher).Flush()
	}
}

func startStream(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
}

// answer streams a normal answer made of parts.
func answer(w http.ResponseWriter, parts ...string) {
	startStream(w)
	for i, p := range parts {
		finish := ""
		if i == len(parts)-1 {
			finish = "stop"
		}
		writeEvents(w, chunk(p, finish))
	}
	writeEvents(w, usageChunk(10, len(parts)), "[DONE]")
}

func apiError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	fmt.Fprintf(w, `{"error":{"message":%q,"type":"server_error"}}`, msg)
}

var testMessages = []Message{
	{Role: "system", Content: "Answer from the passages only."},
	{Role: "user", Content: "What is a goroutine?"},
}

func TestCompleteStreams(t *testing.T) {
	tests := []struct {
		name      string
		model     string
		maxTokens int
		wantMax   int // max_tokens
		wantMaxCT int // max_completion_tokens
	}{
		{name: "default model, no limit", model: "", wantMax: 0},
		{name: "max tokens", model: "llama3.2", maxTokens: 300, wantMax: 300},
		{name: "reasoning model limit", model: "o3-mini", maxTokens: 300, wantMaxCT: 300},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reqs := make(chan chatRequest, 1)
			srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path != "/v1/chat/completions" {
					t.Errorf("path = %q, want /v1/chat/completions", r.URL.Path)
				}
				if got, want := r.Header.Get("Authorization"), "Bearer "+testKey; got != want {
					t.Errorf("Authorization = %q, want %q", got, want)
				}
				var req chatRequest
				if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
					t.Errorf("decode request: %v", err)
				}
				reqs <- req
				startStream(w)
				writeEvents(w,
					chunk("A goroutine", ""),
					chunk(" is a light thread", ""),
					chunk(" [1].", "stop"),
					usageChunk(42, 7),
					"[DONE]")
			})
			c, _ := newClient(t, srv, func(cfg *Config) {
				cfg.Model = tt.model
				cfg.MaxTokens = tt.maxTokens
			})

			var deltas []string
			got, err := c.Complete(t.Context(), testMessages, func(s string) { deltas = append(deltas, s) })
			if err != nil {
				t.Fatalf("Complete: %v", err)
			}
			want := Result{Text: "A goroutine is a light thread [1].", PromptTokens: 42, CompletionTokens: 7}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("result (-want +got):\n%s", diff)
			}
			wantDeltas := []string{"A goroutine", "A goroutine is a light thread", "A goroutine is a light thread [1]."}
			if diff := cmp.Diff(wantDeltas, deltas); diff != "" {
				t.Errorf("deltas (-want +got):\n%s", diff)
			}

			req := <-reqs
			wantModel := tt.model
			if wantModel == "" {
				wantModel = DefaultModel
			}
			if req.Model != wantModel || c.Model() != wantModel {
				t.Errorf("model sent %q, Model() %q, want %q", req.Model, c.Model(), wantModel)
			}
			var msgs []Message
			for _, m := range req.Messages {
				msgs = append(msgs, Message{Role: m.Role, Content: m.Content})
			}
			if diff := cmp.Diff(testMessages, msgs); diff != "" {
				t.Errorf("messages sent (-want +got):\n%s", diff)
			}
			if !req.Stream || req.StreamOptions == nil || !req.StreamOptions.IncludeUsage {
				t.Errorf("stream = %v, stream_options = %+v; want streaming with usage", req.Stream, req.StreamOptions)
			}
			if req.MaxTokens != tt.wantMax || req.MaxCompletionTokens != tt.wantMaxCT {
				t.Errorf("max_tokens = %d, max_completion_tokens = %d; want %d, %d",
					req.MaxTokens, req.MaxCompletionTokens, tt.wantMax, tt.wantMaxCT)
			}
		})
	}
}

func TestCompleteNilOnDeltaAndNoUsage(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		startStream(w)
		writeEvents(w, chunk("Short.", "stop"), "[DONE]")
	})
	c, _ := newClient(t, srv, nil)
	got, err := c.Complete(t.Context(), testMessages, nil)
	if err != nil {
		t.Fatalf("Complete: %v", err)
	}
	if diff := cmp.Diff(Result{Text: "Short."}, got); diff != "" {
		t.Errorf("result (-want +got):\n%s", diff)
	}
}

func TestRetry(t *testing.T) {
	httpDate := func() string { return time.Now().Add(3 * time.Second).UTC().Format(http.TimeFormat) }
	tests := []struct {
		name string
		// fail answers attempt n (1-based); returning false lets the
		// attempt succeed.
		fail         func(w http.ResponseWriter, r *http.Request, n int) bool
		realSleep    bool
		wantAttempts int
		wantErr      string // substring; "" means success
		// wantSleeps gives, for each recorded wait, its allowed range.
		wantSleeps [][2]time.Duration
	}{
		{
			name: "429 retry-after 0 then success (real sleep)",
			fail: func(w http.ResponseWriter, r *http.Request, n int) bool {
				if n == 1 {
					w.Header().Set("Retry-After", "0")
					apiError(w, http.StatusTooManyRequests, "slow down")
					return true
				}
				return false
			},
			realSleep:    true,
			wantAttempts: 2,
		},
		{
			name: "429 retry-after 1 is honoured",
			fail: func(w http.ResponseWriter, r *http.Request, n int) bool {
				if n == 1 {
					w.Header().Set("Retry-After", "1")
					apiError(w, http.StatusTooManyRequests, "slow down")
					return true
				}
				return false
			},
			wantAttempts: 2,
			wantSleeps:   [][2]time.Duration{{time.Second, time.Second}},
		},
		{
			name: "429 retry-after as an HTTP date",
			fail: func(w http.ResponseWriter, r *http.Request, n int) bool {
				if n == 1 {
					w.Header().Set("Retry-After", httpDate())
					apiError(w, http.StatusTooManyRequests, "slow down")
					return true
				}
				return false
			},
			wantAttempts: 2,
			wantSleeps:   [][2]time.Duration{{1 * time.Second, 3 * time.Second}},
		},
		{
			name: "503 twice then success, exponential backoff",
			fail: func(w http.ResponseWriter, r *http.Request, n int) bool {
				if n <= 2 {
					apiError(w, http.StatusServiceUnavailable, "busy")
					return true
				}
				return false
			},
			wantAttempts: 3,
			wantSleeps: [][2]time.Duration{
				{250 * time.Millisecond, 312500 * time.Microsecond},
				{500 * time.Millisecond, 625 * time.Millisecond},
			},
		},
		{
			name: "500 three times is an error after 3 attempts",
			fail: func(w http.ResponseWriter, r *http.Request, n int) bool {
				apiError(w, http.StatusInternalServerError, "boom")
				return true
			},
			wantAttempts: 3,
			wantErr:      "500",
			wantSleeps: [][2]time.Duration{
				{250 * time.Millisecond, 312500 * time.Microsecond},
				{500 * time.Millisecond, 625 * time.Millisecond},
			},
		},
		{
			name: "400 is not retried",
			fail: func(w http.ResponseWriter, r *http.Request, n int) bool {
				apiError(w, http.StatusBadRequest, "bad request")
				return true
			},
			wantAttempts: 1,
			wantErr:      "bad request",
		},
		{
			name: "retry-after beyond the deadline gives up at once",
			fail: func(w http.ResponseWriter, r *http.Request, n int) bool {
				w.Header().Set("Retry-After", "3600")
				apiError(w, http.StatusTooManyRequests, "quota")
				return true
			},
			wantAttempts: 1,
			wantErr:      "429",
		},
		{
			name: "connection closed before any response, then success",
			fail: func(w http.ResponseWriter, r *http.Request, n int) bool {
				if n == 1 {
					conn, _, err := w.(http.Hijacker).Hijack()
					if err != nil {
						t.Errorf("hijack: %v", err)
						return true
					}
					conn.Close()
					return true
				}
				return false
			},
			wantAttempts: 2,
			wantSleeps:   [][2]time.Duration{{250 * time.Millisecond, 312500 * time.Microsecond}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var attempts atomic.Int32
			bodies := make(chan string, 4)
			srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				n := int(attempts.Add(1))
				b, _ := io.ReadAll(r.Body)
				bodies <- string(b)
				if tt.fail(w, r, n) {
					return
				}
				answer(w, "Recovered", " [1].")
			})
			c, _ := newClient(t, srv, nil)
			sleeps := func() []time.Duration { return nil }
			if !tt.realSleep {
				sleeps = recordSleeps(c)
			}

			got, err := c.Complete(t.Context(), testMessages, nil)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Complete: %v", err)
				}
				if got.Text != "Recovered [1]." {
					t.Errorf("text = %q, want %q", got.Text, "Recovered [1].")
				}
			} else {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				if got != (Result{}) {
					t.Errorf("result = %+v with an error, want zero", got)
				}
			}
			if n := int(attempts.Load()); n != tt.wantAttempts {
				t.Errorf("attempts = %d, want %d", n, tt.wantAttempts)
			}
			// Every attempt carries the whole request body.
			close(bodies)
			var first string
			for b := range bodies {
				if first == "" {
					first = b
				}
				if b != first || !strings.Contains(b, "What is a goroutine?") {
					t.Errorf("replayed body %q differs from the first %q", b, first)
				}
			}
			gotSleeps := sleeps()
			if len(gotSleeps) != len(tt.wantSleeps) {
				t.Fatalf("sleeps = %v, want %d of them", gotSleeps, len(tt.wantSleeps))
			}
			for i, d := range gotSleeps {
				if r := tt.wantSleeps[i]; d < r[0] || d > r[1] {
					t.Errorf("sleep %d = %v, want within [%v, %v]", i, d, r[0], r[1])
				}
			}
		})
	}
}

func TestCompleteErrors(t *testing.T) {
	tests := []struct {
		name      string
		handle    http.HandlerFunc
		wantEmpty bool // errors.Is(err, ErrEmpty)
	}{
		{
			name: "garbage 200 body",
			handle: func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", "text/html")
				io.WriteString(w, "<html><body>proxy says hello</body></html>\n")
			},
		},
		{
			name: "garbage data line",
			handle: func(w http.ResponseWriter, r *http.Request) {
				startStream(w)
				writeEvents(w, chunk("Fine so far", ""), `{"choices": [ not json`)
			},
		},
		{
			name: "garbage 502 body",
			handle: func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(http.StatusBadGateway)
				io.WriteString(w, "<html>"+strings.Repeat("bad gateway ", 500)+"</html>")
			},
		},
		{
			name: "error event inside the stream",
			handle: func(w http.ResponseWriter, r *http.Request) {
				startStream(w)
				writeEvents(w, chunk("Half", ""), `{"error":{"message":"overloaded","type":"server_error"}}`)
			},
		},
		{
			name: "stream ends without finish reason or DONE",
			handle: func(w http.ResponseWriter, r *http.Request) {
				startStream(w)
				writeEvents(w, chunk("A partial", ""), chunk(" answer", ""))
			},
		},
		{
			name: "content filter",
			handle: func(w http.ResponseWriter, r *http.Request) {
				startStream(w)
				writeEvents(w, chunk("Some", ""), chunk("", "content_filter"), "[DONE]")
			},
		},
		{
			name:      "empty answer",
			handle:    func(w http.ResponseWriter, r *http.Request) { answer(w, "") },
			wantEmpty: true,
		},
		{
			name:      "whitespace answer",
			handle:    func(w http.ResponseWriter, r *http.Request) { answer(w, "  ", "\n\t ") },
			wantEmpty: true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t, tt.handle)
			c, _ := newClient(t, srv, nil)
			recordSleeps(c)
			got, err := c.Complete(t.Context(), testMessages, nil)
			if err == nil {
				t.Fatalf("Complete = %+v, want an error", got)
			}
			if got != (Result{}) {
				t.Errorf("result = %+v with an error, want zero", got)
			}
			if errors.Is(err, ErrEmpty) != tt.wantEmpty {
				t.Errorf("err = %v; errors.Is(err, ErrEmpty) = %v, want %v", err, !tt.wantEmpty, tt.wantEmpty)
			}
			if errors.Is(err, ErrTimeout) || errors.Is(err, ErrQueueFull) {
				t.Errorf("err = %v, wrongly a timeout or queue error", err)
			}
			if len(err.Error()) > 1000 {
				t.Errorf("error is %d bytes long, want it truncated", len(err.Error()))
			}
		})
	}
}

func TestStreamBrokenMidway(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		startStream(w)
		writeEvents(w, chunk("The first half", ""), chunk(" of an answer", ""))
		conn, _, err := w.(http.Hijacker).Hijack()
		if err != nil {
			t.Errorf("hijack: %v", err)
			return
		}
		conn.Close()
	})
	c, _ := newClient(t, srv, nil)
	var last string
	got, err := c.Complete(t.Context(), testMessages, func(s string) { last = s })
	if err == nil {
		t.Fatalf("Complete = %+v after a broken stream, want an error", got)
	}
	if got != (Result{}) {
		t.Errorf("result = %+v, want zero: a partial answer is no success", got)
	}
	if last != "The first half of an answer" {
		t.Errorf("onDelta last saw %q, want the partial text", last)
	}
}

func TestTimeout(t *testing.T) {
	const timeout = 300 * time.Millisecond
	tests := []struct {
		name   string
		handle http.HandlerFunc
	}{
		{
			name: "no response",
			handle: func(w http.ResponseWriter, r *http.Request) {
				<-r.Context().Done()
			},
		},
		{
			name: "stalls midway",
			handle: func(w http.ResponseWriter, r *http.Request) {
				startStream(w)
				writeEvents(w, chunk("Thinking", ""))
				<-r.Context().Done()
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t, tt.handle)
			c, _ := newClient(t, srv, func(cfg *Config) { cfg.Timeout = timeout })
			start := time.Now()
			_, err := c.Complete(t.Context(), testMessages, nil)
			elapsed := time.Since(start)
			if !errors.Is(err, ErrTimeout) || !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("err = %v, want ErrTimeout and context.DeadlineExceeded", err)
			}
			if elapsed > timeout+2*time.Second {
				t.Errorf("Complete took %v, want at most %v", elapsed, timeout+2*time.Second)
			}
		})
	}
}

func TestCallerCancel(t *testing.T) {
	entered := make(chan struct{})
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		close(entered)
		<-r.Context().Done()
	})
	c, _ := newClient(t, srv, nil)
	ctx, cancel := context.WithCancel(t.Context())
	go func() {
		<-entered
		cancel()
	}()
	_, err := c.Complete(ctx, testMessages, nil)
	if !errors.Is(err, context.Canceled) || errors.Is(err, ErrTimeout) {
		t.Errorf("err = %v, want context.Canceled and not ErrTimeout", err)
	}
}

func TestQueue(t *testing.T) {
	entered := make(chan struct{}, 4)
	release := make(chan struct{})
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		entered <- struct{}{}
		select {
		case <-release:
		case <-r.Context().Done():
			return
		}
		answer(w, "Done.")
	})
	c, _ := newClient(t, srv, func(cfg *Config) {
		cfg.MaxConcurrency = 1
		cfg.MaxQueue = 1
	})

	type outcome struct {
		res Result
		err error
	}
	results := make(chan outcome, 2)
	call := func(ctx context.Context) {
		res, err := c.Complete(ctx, testMessages, nil)
		results <- outcome{res, err}
	}

	go call(t.Context())
	<-entered // the first call is in flight

	go call(t.Context())
	waitFor(t, func() bool { return len(c.tickets) == 2 }) // the second is queued

	start := time.Now()
	_, err := c.Complete(t.Context(), testMessages, nil)
	if !errors.Is(err, ErrQueueFull) {
		t.Fatalf("third call: err = %v, want ErrQueueFull", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("ErrQueueFull took %v, want it at once", d)
	}
	select {
	case <-entered:
		t.Fatal("the queued call reached the server while the first was in flight")
	default:
	}

	close(release)
	for range 2 {
		o := <-results
		if o.err != nil || o.res.Text != "Done." {
			t.Errorf("queued call = %+v, %v; want Done.", o.res, o.err)
		}
	}
	if n := len(c.tickets) + len(c.slots); n != 0 {
		t.Errorf("%d tickets or slots still held after all calls", n)
	}
}

func TestQueueWaitCancelled(t *testing.T) {
	entered := make(chan struct{}, 1)
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		entered <- struct{}{}
		<-r.Context().Done()
	})
	c, _ := newClient(t, srv, func(cfg *Config) {
		cfg.MaxConcurrency = 1
		cfg.Timeout = 200 * time.Millisecond
	})
	errs := make(chan error, 1)
	go func() {
		_, err := c.Complete(t.Context(), testMessages, nil)
		errs <- err
	}()
	<-entered

	// A queued call times out in the queue; a cancelled one leaves at once.
	if _, err := c.Complete(t.Context(), testMessages, nil); !errors.Is(err, ErrTimeout) {
		t.Errorf("queued call: err = %v, want ErrTimeout", err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := c.Complete(ctx, testMessages, nil); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled queued call: err = %v, want context.Canceled", err)
	}
	if err := <-errs; !errors.Is(err, ErrTimeout) {
		t.Errorf("first call: err = %v, want ErrTimeout", err)
	}
}

// waitFor polls cond, for state that has no channel to wait on.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	deadline := time.After(5 * time.Second)
	for !cond() {
		select {
		case <-tick.C:
		case <-deadline:
			t.Fatal("condition not reached within 5s")
		}
	}
}

func TestKeyNeverInErrors(t *testing.T) {
	echo := func(r *http.Request) string {
		return "you sent " + r.Header.Get("Authorization") + r.Header.Get("api-key") + " from " + r.URL.String()
	}
	tests := []struct {
		name   string
		azure  bool
		handle http.HandlerFunc
	}{
		{
			name: "401 echoing the key",
			handle: func(w http.ResponseWriter, r *http.Request) {
				apiError(w, http.StatusUnauthorized, echo(r))
			},
		},
		{
			name: "500 echoing the key, retried",
			handle: func(w http.ResponseWriter, r *http.Request) {
				apiError(w, http.StatusInternalServerError, echo(r))
			},
		},
		{
			name: "plain text body echoing the key",
			handle: func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(http.StatusForbidden)
				io.WriteString(w, echo(r))
			},
		},
		{
			name: "error event echoing the key",
			handle: func(w http.ResponseWriter, r *http.Request) {
				startStream(w)
				writeEvents(w, fmt.Sprintf(`{"error":{"message":%q}}`, echo(r)))
			},
		},
		{
			name:  "azure 401 echoing the key",
			azure: true,
			handle: func(w http.ResponseWriter, r *http.Request) {
				apiError(w, http.StatusUnauthorized, echo(r))
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t, tt.handle)
			c, logs := newClient(t, srv, func(cfg *Config) {
				if tt.azure {
					cfg.APIType = "azure"
					cfg.BaseURL = srv.URL
				}
			})
			recordSleeps(c)
			_, err := c.Complete(t.Context(), testMessages, nil)
			if err == nil {
				t.Fatal("Complete succeeded, want an error")
			}
			if msg := err.Error(); strings.Contains(msg, testKey) || !strings.Contains(msg, "***") {
				t.Errorf("error %q: want the key replaced by ***", msg)
			}
			walkErrors(err, func(e error) {
				if strings.Contains(e.Error(), testKey) {
					t.Errorf("wrapped error %q holds the key", e)
				}
			})
			if strings.Contains(logs.String(), testKey) {
				t.Errorf("logs hold the key:\n%s", logs)
			}
		})
	}
}

// walkErrors calls fn for err and every error it wraps.
func walkErrors(err error, fn func(error)) {
	if err == nil {
		return
	}
	fn(err)
	switch e := err.(type) {
	case interface{ Unwrap() error }:
		walkErrors(e.Unwrap(), fn)
	case interface{ Unwrap() []error }:
		for _, w := range e.Unwrap() {
			walkErrors(w, fn)
		}
	}
}

func TestAzure(t *testing.T) {
	reqs := make(chan *http.Request, 1)
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		reqs <- r
		answer(w, "Azure says hi.")
	})
	c, _ := newClient(t, srv, func(cfg *Config) {
		cfg.APIType = "azure"
		cfg.BaseURL = srv.URL
		cfg.APIVersion = "2024-06-01"
		cfg.Model = "gpt-4o-mini"
	})
	got, err := c.Complete(t.Context(), testMessages, nil)
	if err != nil || got.Text != "Azure says hi." {
		t.Fatalf("Complete = %+v, %v", got, err)
	}
	r := <-reqs
	if got, want := r.URL.Path, "/openai/deployments/gpt-4o-mini/chat/completions"; got != want {
		t.Errorf("path = %q, want %q", got, want)
	}
	if got := r.URL.Query().Get("api-version"); got != "2024-06-01" {
		t.Errorf("api-version = %q, want 2024-06-01", got)
	}
	if got := r.Header.Get("api-key"); got != testKey {
		t.Errorf("api-key header = %q, want the key", got)
	}
	if got := r.Header.Get("Authorization"); got != "" {
		t.Errorf("Authorization = %q, want none for azure", got)
	}
}

func TestNewRejects(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"openai without key", Config{}, "api key"},
		{"azure without base url", Config{APIType: "azure", APIKey: testKey}, "azure"},
		{"unknown api type", Config{APIType: "bedrock", APIKey: testKey}, "bedrock"},
		{"bad base url", Config{BaseURL: "localhost:11434", APIKey: testKey}, "base url"},
		{"negative concurrency", Config{APIKey: testKey, MaxConcurrency: -1}, "concurrency"},
		{"negative max tokens", Config{APIKey: testKey, MaxTokens: -5}, "max tokens"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New: err = %v, want one mentioning %q", err, tt.want)
			}
			if err != nil && strings.Contains(err.Error(), testKey) {
				t.Errorf("error %q holds the key", err)
			}
		})
	}
	// Ollama needs no key.
	if _, err := New(Config{BaseURL: "http://localhost:11434/v1"}); err != nil {
		t.Errorf("New without key for a local server: %v", err)
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in     string
		want   time.Duration
		wantOK bool
	}{
		{"", 0, false},
		{"0", 0, true},
		{"2", 2 * time.Second, true},
		{" 7 ", 7 * time.Second, true},
		{"-1", 0, false},
		{"soon", 0, false},
		{"Sat, 01 Mar 2025 12:00:05 GMT", 5 * time.Second, true},
		{"Sat, 01 Mar 2025 11:59:00 GMT", 0, true}, // in the past: now
		{"99999999999999", 86400 * time.Second, true},
	}
	for _, tt := range tests {
		got, ok := retryAfter(tt.in, now)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("retryAfter(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly", 7, "exactly"},
		{"a longer reply", 8, "a longer…"},
		{"héllo", 2, "h…"}, // not inside the two bytes of é
		{"héllo", 3, "hé…"},
		{"дом", 3, "д…"},
		{"abc", 0, "…"},
	}
	for _, tt := range tests {
		if got := Truncate(tt.s, tt.n); got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}
