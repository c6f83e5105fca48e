package embed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/embed/embedtest"
)

const key = "sk-test-secret-key-0123456789"

func newClient(t *testing.T, srv *embedtest.Server, cfg Config) *Client {
	t.Helper()
	cfg.BaseURL = srv.BaseURL()
	cfg.APIKey = key
	if cfg.Model == "" {
		cfg.Model = "fake-embed"
	}
	if cfg.RequestsPerSecond == 0 {
		cfg.RequestsPerSecond = 1000
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var book = []Passage{
	{"node#timers", "Use await with timers/promises to hold a coroutine for a while."},
	{"websocket#masking", "Clients XOR every frame with a random key so caches cannot be poisoned."},
	{"kubernetes#pods", "A Pod groups containers sharing a network namespace and volumes."},
	{"react#jsx", "JSX compiles to function calls that build the component tree."},
	{"elixir#processes", "The BEAM schedules lightweight processes, each with its own mailbox."},
}

// TestQueryFindsPassageWithoutSharedWords is the point of embeddings: the
// question shares no word with the passage it should find.
func TestQueryFindsPassageWithoutSharedWords(t *testing.T) {
	srv := embedtest.New(0, nil)
	defer srv.Close()
	c := newClient(t, srv, Config{})
	store, _, err := c.EmbedPassages(context.Background(), book, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ question, want string }{
		{"How do I make my program sleep between retries?", "node#timers"},
		{"Why does the browser scramble outgoing data?", "websocket#masking"},
		{"What runs a workload on a node?", "kubernetes#pods"},
		{"How are actors isolated from one another?", "elixir#processes"},
	}
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			i, _ := store.Index(tt.want)
			for _, w := range embedtest.Words(tt.question) {
				if slices.Contains(embedtest.Words(book[i].Text), w) {
					t.Fatalf("the question shares %q with the passage: the test proves nothing", w)
				}
			}
			q, err := c.EmbedQuery(context.Background(), tt.question)
			if err != nil {
				t.Fatal(err)
			}
			hits, err := store.Search(q, 2)
			if err != nil {
				t.Fatal(err)
			}
			if hits[0].ID != tt.want || hits[0].Score <= hits[1].Score {
				t.Errorf("hits = %+v, want %s first, alone", hits, tt.want)
			}
		})
	}
}

func TestRefreshEmbedsOnlyChangedText(t *testing.T) {
	srv := embedtest.New(0, nil)
	defer srv.Close()
	c := newClient(t, srv, Config{})
	ctx := context.Background()
	first, st, err := c.EmbedPassages(ctx, book, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Stats{Embedded: 5, Requests: 1}, st); diff != "" || first.Generation != 1 {
		t.Errorf("first build: generation %d, stats (-want +got):\n%s", first.Generation, diff)
	}

	next := slices.Clone(book)
	next[1].Text += " Servers never mask."                                                          // changed
	next = slices.Delete(next, 2, 3)                                                                // removed
	next = append(next, Passage{"kubernetes#services", "A Service gives pods one stable address."}) // added
	next = append(next, Passage{"empty", " \n "})                                                   // blank
	next = append(next, Passage{"react#jsx-copy", book[3].Text})                                    // same text as a kept passage
	before := len(srv.Inputs())
	second, st, err := c.EmbedPassages(ctx, next, first, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Stats{Embedded: 2, Reused: 4, Skipped: 1, Requests: 1}, st); diff != "" {
		t.Errorf("refresh stats (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{next[1].Text, next[4].Text}, srv.Inputs()[before:]); diff != "" {
		t.Errorf("texts sent on refresh (-want +got):\n%s", diff)
	}
	var ids []string
	for i := range second.Len() {
		ids = append(ids, second.ID(i))
	}
	if diff := cmp.Diff([]string{"node#timers", "websocket#masking", "react#jsx", "elixir#processes", "kubernetes#services", "react#jsx-copy"}, ids); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
	i, _ := first.Index("node#timers")
	j, _ := second.Index("node#timers")
	if diff := cmp.Diff(first.Vector(i), second.Vector(j)); diff != "" || second.Generation != 2 {
		t.Errorf("generation %d; reused vector differs:\n%s", second.Generation, diff)
	}

	// Nothing changed: no request at all.
	before = len(srv.Requests())
	if _, st, err := c.EmbedPassages(ctx, next, second, nil); err != nil || st.Embedded != 0 || st.Reused != 6 {
		t.Errorf("unchanged refresh: %+v, %v", st, err)
	}
	if n := len(srv.Requests()) - before; n != 0 {
		t.Errorf("unchanged refresh sent %d requests", n)
	}
}

func TestModelOrDimensionChangeEmbedsEverything(t *testing.T) {
	srv := embedtest.New(0, nil)
	defer srv.Close()
	ctx := context.Background()
	prev, _, err := newClient(t, srv, Config{Model: "small"}).EmbedPassages(ctx, book, nil, nil)
	if err != nil {
		t.Fatal(err)
	}

	store, st, err := newClient(t, srv, Config{Model: "large"}).EmbedPassages(ctx, book, prev, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Stats{Embedded: 5, Requests: 1, Rebuilt: "model changed from small to large"}, st); diff != "" || store.Model != "large" {
		t.Errorf("model %q; stats (-want +got):\n%s", store.Model, diff)
	}

	// Same model name, but the server now answers with 32 dimensions: the
	// first request shows it, and the passages that would have been reused
	// are embedded after all.
	changed := slices.Clone(book)
	changed[0].Text = "Timers in Node.js run after the poll phase."
	srv.SetDim(32)
	var progress [][2]int
	store, st, err = newClient(t, srv, Config{Model: "small", BatchSize: 2}).EmbedPassages(ctx, changed, prev,
		func(done, total int) { progress = append(progress, [2]int{done, total}) })
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Stats{Embedded: 5, Requests: 3, Rebuilt: "dimension changed from 256 to 32"}, st); diff != "" || store.Dim() != 32 || store.Len() != 5 {
		t.Errorf("dim %d, len %d; stats (-want +got):\n%s", store.Dim(), store.Len(), diff)
	}
	if diff := cmp.Diff([][2]int{{1, 1}, {3, 5}, {5, 5}}, progress); diff != "" {
		t.Errorf("progress (-want +got):\n%s", diff)
	}
}

func TestBatches(t *testing.T) {
	srv := embedtest.New(0, nil)
	defer srv.Close()
	texts := make([]string, 150)
	for i := range texts {
		texts[i] = fmt.Sprintf("passage number %03d", i) // 18 bytes
	}
	tests := []struct {
		name string
		cfg  Config
		want []int
	}{
		{"by count", Config{}, []int{64, 64, 22}},
		{"by bytes", Config{BatchSize: 100, BatchBytes: 18 * 50}, []int{50, 50, 50}},
		{"one input over the byte budget goes alone", Config{BatchBytes: 10}, slices.Repeat([]int{1}, 150)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newClient(t, srv, tt.cfg)
			before := len(srv.Batches())
			var calls int
			vecs, err := c.Embed(context.Background(), texts, func(done, total int) {
				calls++
				if total != 150 || done > total {
					t.Errorf("progress(%d, %d)", done, total)
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, srv.Batches()[before:]); diff != "" {
				t.Errorf("batch sizes (-want +got):\n%s", diff)
			}
			if calls != len(tt.want) {
				t.Errorf("%d progress calls for %d requests", calls, len(tt.want))
			}
			// Order kept although the server answers in reverse.
			for i, v := range vecs {
				if diff := cmp.Diff(srv.Vector(texts[i]), v); diff != "" {
					t.Fatalf("vector %d is not its text's:\n%s", i, diff)
				}
			}
		})
	}
}

func TestLongInputIsCutOnACharacterBoundary(t *testing.T) {
	srv := embedtest.New(0, nil)
	defer srv.Close()
	c := newClient(t, srv, Config{MaxInputBytes: 11})
	if _, err := c.EmbedQuery(context.Background(), strings.Repeat("é", 20)); err != nil {
		t.Fatal(err)
	}
	got := srv.Inputs()[0]
	if got != strings.Repeat("é", 5) || !utf8.ValidString(got) {
		t.Errorf("sent %q, want 5 × é (10 bytes)", got)
	}
}

func TestErrors(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name  string
		cfg   Config
		setup func(*embedtest.Server)
		want  error
		text  string
	}{
		{"server down", Config{}, func(s *embedtest.Server) { s.Close() }, ErrUnavailable, "connection refused"},
		{"slow", Config{Timeout: 150 * time.Millisecond}, func(s *embedtest.Server) { s.SetDelay(5 * time.Second) }, ErrTimeout, "no answer within 150ms"},
		{"429 throughout", Config{}, func(s *embedtest.Server) { s.FailNext(3, 429, "0") }, ErrRateLimited, "429"},
		{"5xx throughout", Config{}, func(s *embedtest.Server) { s.FailNext(3, 503, "") }, ErrUnavailable, "503"},
		{"bad key", Config{}, func(s *embedtest.Server) { s.FailNext(1, 401, "") }, ErrRefused, "401"},
		{"empty data", Config{}, func(s *embedtest.Server) { s.SetEmpty(true) }, ErrEmptyData, "the answer's data is empty"},
		{"count mismatch", Config{}, func(s *embedtest.Server) { s.SetDrop(1) }, ErrCount, "1 vectors for 2 inputs"},
		{"wrong dimension across calls", Config{}, func(s *embedtest.Server) { s.SetDim(257) }, ErrDimension, "257 dimensions where earlier answers had 256"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := embedtest.New(0, nil)
			defer srv.Close()
			c := newClient(t, srv, tt.cfg)
			if _, err := c.EmbedQuery(ctx, "warm up"); err != nil { // fixes the dimension at 256
				t.Fatal(err)
			}
			tt.setup(srv)
			_, err := c.Embed(ctx, []string{"one " + key, "two"}, nil)
			if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.text) {
				t.Fatalf("err = %v, want %v containing %q", err, tt.want, tt.text)
			}
			t.Log(err)
			if strings.Contains(err.Error(), key) {
				t.Errorf("error reveals the key: %v", err)
			}
			if !strings.Contains(err.Error(), "embed 2 texts with fake-embed at http://127.0.0.1") {
				t.Errorf("error lacks its context: %v", err)
			}
		})
	}
}

func TestRetryAfterHonoured(t *testing.T) {
	srv := embedtest.New(0, nil)
	defer srv.Close()
	c := newClient(t, srv, Config{})
	srv.FailNext(1, http.StatusTooManyRequests, "1")
	start := time.Now()
	if _, err := c.EmbedQuery(context.Background(), "hello"); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took < time.Second {
		t.Errorf("answered after %s, before the server's Retry-After of 1s", took)
	}
	if n := len(srv.Requests()); n != 2 {
		t.Errorf("%d requests, want 2", n)
	}
	for _, a := range srv.Auth() {
		if a != "Bearer "+key {
			t.Errorf("Authorization = %q", a)
		}
	}
}

func TestRequestsArePaced(t *testing.T) {
	srv := embedtest.New(0, nil)
	defer srv.Close()
	c := newClient(t, srv, Config{BatchSize: 1, RequestsPerSecond: 20})
	start := time.Now()
	if _, err := c.Embed(context.Background(), []string{"a", "b", "c", "d", "e"}, nil); err != nil {
		t.Fatal(err)
	}
	// Five requests at 20 a second: four waits of 50 ms at least.
	if took := time.Since(start); took < 200*time.Millisecond {
		t.Errorf("5 requests in %s at 20/s", took)
	}
}

func TestCallerCancels(t *testing.T) {
	srv := embedtest.New(0, nil)
	defer srv.Close()
	srv.SetDelay(5 * time.Second)
	c := newClient(t, srv, Config{})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, _, err := c.EmbedPassages(ctx, book, nil, nil)
	if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrTimeout) {
		t.Errorf("err = %v, want the caller's deadline, not ErrTimeout", err)
	}
}

func TestAzure(t *testing.T) {
	srv := embedtest.New(0, nil)
	defer srv.Close()
	c, err := New(Config{Model: "text-embedding-3-small", BaseURL: srv.URL, APIKey: key, APIType: "azure", APIVersion: "2024-06-01"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.EmbedQuery(context.Background(), "hello"); err != nil {
		t.Fatal(err)
	}
	want := []string{"/openai/deployments/text-embedding-3-small/embeddings?api-version=2024-06-01"}
	if diff := cmp.Diff(want, srv.Requests()); diff != "" {
		t.Errorf("paths (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{key}, srv.Auth()); diff != "" {
		t.Errorf("api-key (-want +got):\n%s", diff)
	}
}

func TestNewRejects(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"no model", Config{BaseURL: "http://x"}, "embeddings: no model (set EMBEDDINGS_MODEL)"},
		{"openai without key", Config{Model: "m"}, "embeddings: an api key is required for api.openai.com"},
		{"azure without key", Config{Model: "m", BaseURL: "https://x", APIType: "azure"}, "embeddings: azure needs both a base url and an api key"},
		{"bad url", Config{Model: "m", BaseURL: "ftp://u:pw-secret@x"}, `embeddings base url "ftp://u:xxxxx@x": want an http or https url`},
		{"bad type", Config{Model: "m", BaseURL: "http://x", APIType: "bedrock"}, `embeddings: api type "bedrock": want openai or azure`},
		{"negative", Config{Model: "m", BaseURL: "http://x", BatchSize: -1}, "embeddings: dimensions, batch size, batch bytes, max input bytes, timeout, rate and attempts must not be negative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(tt.cfg)
			if err == nil || err.Error() != tt.want {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestEmbedPassagesRejectsDuplicateIDs(t *testing.T) {
	srv := embedtest.New(0, nil)
	defer srv.Close()
	c := newClient(t, srv, Config{})
	_, _, err := c.EmbedPassages(context.Background(), []Passage{{"a", "one"}, {"a", "two"}}, nil, nil)
	if err == nil || err.Error() != "embed passages: vector of a: the ID is already in the store" {
		t.Errorf("err = %v", err)
	}
}

func TestEmptyTextRejected(t *testing.T) {
	srv := embedtest.New(0, nil)
	defer srv.Close()
	c := newClient(t, srv, Config{})
	if _, err := c.Embed(context.Background(), []string{"x", " "}, nil); err == nil || err.Error() != "embed text 2: it is empty" {
		t.Errorf("err = %v", err)
	}
	if len(srv.Requests()) != 0 {
		t.Error("a request was sent")
	}
}

func TestPrefixesAndDimensions(t *testing.T) {
	srv := embedtest.New(0, nil)
	defer srv.Close()
	c := newClient(t, srv, Config{QueryPrefix: "search_query: ", DocumentPrefix: "search_document: ", Dimensions: 128})
	ctx := context.Background()
	store, _, err := c.EmbedPassages(ctx, book[:1], nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.EmbedQuery(ctx, "how to sleep"); err != nil {
		t.Fatal(err)
	}
	want := []string{"search_document: " + book[0].Text, "search_query: how to sleep"}
	if diff := cmp.Diff(want, srv.Inputs()); diff != "" {
		t.Errorf("inputs (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{128, 128}, srv.Dimensions()); diff != "" {
		t.Errorf("dimensions asked (-want +got):\n%s", diff)
	}
	// Another document prefix changes every text sent: nothing is reused.
	c2 := newClient(t, srv, Config{DocumentPrefix: "passage: ", Dimensions: 128})
	if _, st, err := c2.EmbedPassages(ctx, book[:1], store, nil); err != nil || st != (Stats{Embedded: 1, Requests: 1}) {
		t.Errorf("new prefix: %+v, %v", st, err)
	}
	if _, err := c.EmbedQuery(ctx, "  "); err == nil {
		t.Error("empty query accepted")
	}
}

// TestFailedBuildResumes: a build that fails midway returns the vectors it
// got, and the next attempt, given them as prev, embeds only the rest.
func TestFailedBuildResumes(t *testing.T) {
	srv := embedtest.New(0, nil)
	defer srv.Close()
	c := newClient(t, srv, Config{BatchSize: 2, Attempts: 1})
	ctx := context.Background()
	srv.FailAfter(1, 1, http.StatusBadGateway, "")
	partial, st, err := c.EmbedPassages(ctx, book, nil, nil)
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("err = %v, want ErrUnavailable", err)
	}
	if partial == nil || partial.Len() != 2 || st.Embedded != 2 {
		t.Fatalf("partial store of %v passages, stats %+v; want the first 2", partial, st)
	}
	before := len(srv.Inputs())
	store, st, err := c.EmbedPassages(ctx, book, partial, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Stats{Embedded: 3, Reused: 2, Requests: 2}, st); diff != "" || store.Len() != 5 {
		t.Errorf("len %d; stats (-want +got):\n%s", store.Len(), diff)
	}
	if n := len(srv.Inputs()) - before; n != 3 {
		t.Errorf("resumed build sent %d texts, want 3", n)
	}
}

func TestStatsString(t *testing.T) {
	tests := []struct {
		st   Stats
		want string
	}{
		{Stats{}, "0 passages embedded in 0 requests, 0 reused"},
		{Stats{Embedded: 3, Requests: 1, Reused: 120, Skipped: 1}, "3 passages embedded in 1 request, 120 reused, 1 blank skipped"},
		{Stats{Embedded: 5, Requests: 2, Rebuilt: "model changed from a to b"}, "5 passages embedded in 2 requests, 0 reused (all embedded afresh: model changed from a to b)"},
	}
	for _, tt := range tests {
		if got := tt.st.String(); got != tt.want {
			t.Errorf("%+v: got %q, want %q", tt.st, got, tt.want)
		}
	}
}

func TestRateWaitPastDeadline(t *testing.T) {
	srv := embedtest.New(0, nil)
	defer srv.Close()
	c := newClient(t, srv, Config{RequestsPerSecond: 0.1})
	if _, err := c.EmbedQuery(context.Background(), "first"); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	_, err := c.EmbedQuery(ctx, "second") // the next slot is 10 s away
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(err.Error(), "the request rate allows no request before the deadline") {
		t.Errorf("err = %v", err)
	}
	if n := len(srv.Requests()); n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
}
