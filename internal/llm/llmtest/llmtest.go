// Package llmtest is a fake OpenAI-compatible chat endpoint on loopback,
// for tests that drive the real go-openai client through internal/llm.
package llmtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
)

// Server streams Reply, word by word, to every chat completion request,
// or answers with Status when it is set; it records each request's body.
type Server struct {
	*httptest.Server

	mu       sync.Mutex
	reply    string
	status   int
	requests []map[string]any
}

// New starts a server that streams reply.
func New(reply string) *Server {
	s := &Server{reply: reply}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// NewFailing starts a server that answers every request with status.
func NewFailing(status int) *Server {
	s := New("")
	s.status = status
	return s
}

// BaseURL is the value for OPENAI_BASE_URL.
func (s *Server) BaseURL() string { return s.URL + "/v1" }

// Requests returns the decoded bodies received so far.
func (s *Server) Requests() []map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]map[string]any(nil), s.requests...)
}

// Messages returns the contents of request i's messages, in order.
func (s *Server) Messages(i int) []string {
	var out []string
	for _, m := range s.Requests()[i]["messages"].([]any) {
		out = append(out, m.(map[string]any)["content"].(string))
	}
	return out
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if !strings.HasSuffix(r.URL.Path, "/chat/completions") {
		http.NotFound(w, r)
		return
	}
	var body map[string]any
	json.NewDecoder(r.Body).Decode(&body)
	s.mu.Lock()
	s.requests = append(s.requests, body)
	reply, status := s.reply, s.status
	s.mu.Unlock()
	if status != 0 {
		http.Error(w, `{"error":{"message":"boom"}}`, status)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	send := func(delta, finish string) {
		choice := map[string]any{"index": 0, "delta": map[string]string{"content": delta}}
		if finish != "" {
			choice["finish_reason"] = finish
		}
		b, _ := json.Marshal(map[string]any{"id": "c1", "object": "chat.completion.chunk", "model": body["model"], "choices": []any{choice}})
		fmt.Fprintf(w, "data: %s\n\n", b)
		w.(http.Flusher).Flush()
	}
	for _, word := range strings.SplitAfter(reply, " ") {
		send(word, "")
	}
	send("", "stop")
	fmt.Fprint(w, "data: [DONE]\n\n")
}
