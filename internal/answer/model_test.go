package answer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chapterbot/chapterbot/internal/llm"
	"github.com/chapterbot/chapterbot/internal/search"
)

// chatCall is one chat request as the model server received it.
type chatCall struct{ system, user string }

// chatServer is an OpenAI-compatible chat endpoint whose reply depends on
// the request: reply picks it from the system and user messages, and a
// reply of "" makes the server hang until the client gives up.
type chatServer struct {
	*httptest.Server
	reply func(system, user string) string

	mu    sync.Mutex
	calls []chatCall
}

func newChatServer(t *testing.T, reply func(system, user string) string) *chatServer {
	t.Helper()
	s := &chatServer{reply: reply}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

func (s *chatServer) serve(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Model    string `json:"model"`
		Messages []struct {
			Role, Content string
		} `json:"messages"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil || len(body.Messages) != 2 {
		http.Error(w, `{"error":{"message":"bad request"}}`, http.StatusBadRequest)
		return
	}
	c := chatCall{system: body.Messages[0].Content, user: body.Messages[1].Content}
	s.mu.Lock()
	s.calls = append(s.calls, c)
	s.mu.Unlock()
	reply := s.reply(c.system, c.user)
	if reply == "" {
		<-r.Context().Done()
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	send := func(delta, finish string) {
		choice := map[string]any{"index": 0, "delta": map[string]string{"content": delta}}
		if finish != "" {
			choice["finish_reason"] = finish
		}
		b, _ := json.Marshal(map[string]any{"id": "c1", "object": "chat.completion.chunk", "model": body.Model, "choices": []any{choice}})
		fmt.Fprintf(w, "data: %s\n\n", b)
		w.(http.Flusher).Flush()
	}
	for _, word := range strings.SplitAfter(reply, " ") {
		send(word, "")
	}
	send("", "stop")
	fmt.Fprint(w, "data: [DONE]\n\n")
}

// Calls returns the requests received so far.
func (s *chatServer) Calls() []chatCall {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]chatCall(nil), s.calls...)
}

// callKind names what a chat request asks for, from its system prompt.
func callKind(system string) string {
	switch {
	case strings.Contains(system, "rewrite a reader's follow-up"):
		return "standalone"
	case strings.Contains(system, "translate a reader's question"):
		return "translate"
	case strings.Contains(system, "rank passages"):
		return "rerank"
	case strings.Contains(system, "You are chapterbot"):
		return "answer"
	}
	return "unknown"
}

// callsOf are the calls of one kind.
func callsOf(s *chatServer, k string) []chatCall {
	var out []chatCall
	for _, c := range s.Calls() {
		if callKind(c.system) == k {
			out = append(out, c)
		}
	}
	return out
}

// replies answers each kind of request with a fixed reply.
func replies(m map[string]string) func(system, user string) string {
	return func(system, _ string) string {
		if r, ok := m[callKind(system)]; ok {
			return r
		}
		return "unexpected request"
	}
}

// recordingRetriever is a Retriever that records what was searched.
type recordingRetriever struct {
	Retriever
	mu      sync.Mutex
	queries []string
}

func (r *recordingRetriever) Search(ctx context.Context, q string, k int) ([]search.Hit, error) {
	r.mu.Lock()
	r.queries = append(r.queries, q)
	r.mu.Unlock()
	return r.Retriever.Search(ctx, q, k)
}

func (r *recordingRetriever) searched() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.queries...)
}

// logBuffer is a logger writing text lines to a buffer.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func (l *logBuffer) logger() *slog.Logger { return slog.New(slog.NewTextHandler(l, nil)) }

// modelEngine is an engine over r whose model is s, with timeout as
// LLM_TIMEOUT.
func modelEngine(t *testing.T, r Retriever, s *chatServer, timeout time.Duration, opts Options) *Engine {
	t.Helper()
	client, err := llm.New(llm.Config{BaseURL: s.URL + "/v1", APIKey: "sk-test-key", Model: "test-model", Timeout: timeout})
	if err != nil {
		t.Fatal(err)
	}
	prompts, err := LoadPrompts("")
	if err != nil {
		t.Fatal(err)
	}
	opts.Completer, opts.Prompts = client, prompts
	return New(r, opts)
}
