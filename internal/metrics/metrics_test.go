package metrics

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func get(t *testing.T, srv *httptest.Server, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestHandler(t *testing.T) {
	m := New()
	var notReady error = errors.New("gateway not connected")
	srv := httptest.NewServer(m.Handler(func() error { return notReady }))
	defer srv.Close()

	if code, _ := get(t, srv, "/healthz"); code != 200 {
		t.Errorf("/healthz = %d", code)
	}
	if code, body := get(t, srv, "/readyz"); code != 503 || !strings.Contains(body, "gateway not connected") {
		t.Errorf("/readyz = %d %q", code, body)
	}
	notReady = nil
	if code, _ := get(t, srv, "/readyz"); code != 200 {
		t.Errorf("/readyz when ready = %d", code)
	}

	m.Question("ask", Answered, 30*time.Millisecond)
	m.Question("ask", RateLimited, 0)
	m.LLM(time.Second, 120, 40)
	m.Index(6, 48, time.Unix(1700000000, 0))
	m.Vote("down")
	m.Refresh("ok")
	m.EmbeddingFailure()
	m.EmbeddingFailure()
	_, body := get(t, srv, "/metrics")
	for _, want := range []string{
		`chapterbot_questions_total{command="ask",outcome="answered"} 1`,
		`chapterbot_questions_total{command="ask",outcome="rate_limited"} 1`,
		`chapterbot_answer_seconds_count{command="ask"} 1`,
		`chapterbot_llm_tokens_total{kind="prompt"} 120`,
		`chapterbot_index_sections 48`,
		`chapterbot_index_last_refresh_timestamp_seconds 1.7e+09`,
		`chapterbot_feedback_votes_total{vote="down"} 1`,
		`chapterbot_refreshes_total{result="ok"} 1`,
		`chapterbot_embeddings_failures_total 2`,
		`go_goroutines`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}

// A nil *Metrics is what packages get when metrics are off: every method
// must be a no-op, not a nil dereference (a panic fails this test).
func TestNilMetricsRecordNothing(t *testing.T) {
	var m *Metrics
	m.Question("ask", Failed, time.Second)
	m.Retrieval(time.Second)
	m.LLM(time.Second, 1, 1)
	m.Index(1, 1, time.Now())
	m.Vote("up")
	m.Refresh("failed")
	m.EmbeddingFailure()
}
