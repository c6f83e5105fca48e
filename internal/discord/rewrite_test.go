package discord

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chapterbot/chapterbot/content"
	"github.com/chapterbot/chapterbot/internal/answer"
	booklib "github.com/chapterbot/chapterbot/internal/library"
	"github.com/chapterbot/chapterbot/internal/llm"
	"github.com/chapterbot/chapterbot/internal/search"
)

// chatModel is an OpenAI-compatible chat endpoint that answers a rewrite
// request with rewrite and any other with answer, and keeps the user
// message of every request.
type chatModel struct {
	*httptest.Server
	rewrite, answer string

	mu    sync.Mutex
	users []string // "rewrite: ..." or "answer: ..."
}

func newChatModel(t *testing.T, rewrite, answer string) *chatModel {
	m := &chatModel{rewrite: rewrite, answer: answer}
	m.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var body struct {
			Model    string
			Messages []struct{ Role, Content string }
		}
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil || len(body.Messages) != 2 {
			http.Error(w, `{"error":{"message":"bad request"}}`, http.StatusBadRequest)
			return
		}
		kind, reply := "answer", m.answer
		if strings.Contains(body.Messages[0].Content, "rewrite a reader's follow-up") {
			kind, reply = "rewrite", m.rewrite
		}
		m.mu.Lock()
		m.users = append(m.users, kind+": "+body.Messages[1].Content)
		m.mu.Unlock()
		w.Header().Set("Content-Type", "text/event-stream")
		for _, part := range []map[string]any{{"content": reply}, {}} {
			choice := map[string]any{"index": 0, "delta": part}
			if len(part) == 0 {
				choice["finish_reason"] = "stop"
			}
			b, _ := json.Marshal(map[string]any{"id": "c1", "object": "chat.completion.chunk", "model": body.Model, "choices": []any{choice}})
			fmt.Fprintf(w, "data: %s\n\n", b)
		}
		fmt.Fprint(w, "data: [DONE]\n\n")
	}))
	t.Cleanup(m.Close)
	return m
}

func (m *chatModel) requests() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]string(nil), m.users...)
}

// searchLog is the sample book's index, remembering what was searched.
type searchLog struct {
	*search.Index
	mu      sync.Mutex
	queries []string
}

func (s *searchLog) Search(ctx context.Context, q string, k int) ([]search.Hit, error) {
	s.mu.Lock()
	s.queries = append(s.queries, q)
	s.mu.Unlock()
	return s.Index.Search(ctx, q, k)
}

func (s *searchLog) searched() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.queries...)
}

func bookIndex(t *testing.T) *searchLog {
	t.Helper()
	lib, err := booklib.Open(booklib.Options{IndexDir: t.TempDir(), ContentFS: content.FS})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	if _, err := lib.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	ix := lib.Index()
	return &searchLog{Index: ix}
}

func TestFollowUpRewrittenEndToEnd(t *testing.T) {
	const (
		first      = "What is the codename of Node.js 24?"
		followUp   = "and when does it get LTS?"
		standalone = "When does an even-numbered Node.js major such as 24 get long-term support (LTS)?"
		lts        = "https://chapterbot.dev/book/nodejs-documentary#release-lines-and-long-term-support"
	)
	for _, withModel := range []bool{true, false} {
		t.Run(map[bool]string{true: "model", false: "no model"}[withModel], func(t *testing.T) {
			ix := bookIndex(t)
			opts := answer.Options{}
			var model *chatModel
			if withModel {
				model = newChatModel(t, standalone, "Even-numbered majors are promoted to LTS in October [1].")
				client, err := llm.New(llm.Config{BaseURL: model.URL + "/v1", APIKey: "sk-test-key", Model: "m", Timeout: 5 * time.Second})
				if err != nil {
					t.Fatal(err)
				}
				prompts, err := answer.LoadPrompts("")
				if err != nil {
					t.Fatal(err)
				}
				opts.Completer, opts.Prompts = client, prompts
			}
			h := start(t, Config{}, answer.New(ix, opts), ix)
			ada := h.member("ada")
			bot := "<@" + h.f.BotUser.ID + ">"
			q := h.f.Message(ada, bot+" "+first)
			if err := h.f.DispatchMessage(q); err != nil {
				t.Fatal(err)
			}
			_, r := h.reply(q.ID)
			// The reader replies to the finished answer: wait for the
			// first question's log line, written once its answer is sent.
			h.waitLogs("question command=mention", 1)
			stored, _ := h.f.StoredMessage(r.MessageID)
			firstAnswer := stored.Embeds[0].Description
			follow := h.f.Message(ada, bot+" "+followUp)
			if err := h.f.ReplyTo(follow, r.MessageID, false); err != nil {
				t.Fatal(err)
			}
			if err := h.f.DispatchMessage(follow); err != nil {
				t.Fatal(err)
			}
			// A streamed answer is edited into its final form: wait for the
			// question's log line, written once it is sent.
			h.waitLogs("question command=mention", 2)
			h.idle()
			var final string
			for _, req := range h.f.Requests() {
				if m, ok := req.Message(); ok && len(m.Embeds) == 1 && m.Embeds[0].Title == followUp {
					final = m.Text()
				}
			}
			searched := ix.searched()
			if len(searched) != 2 {
				t.Fatalf("searched %q, want two searches", searched)
			}
			if !withModel {
				if want := first + "\n" + followUp; searched[1] != want {
					t.Errorf("follow-up searched as %q, want %q", searched[1], want)
				}
				return
			}
			if searched[1] != standalone {
				t.Errorf("follow-up searched as %q, want the standalone question %q", searched[1], standalone)
			}
			var rewrite string
			for _, u := range model.requests() {
				if strings.HasPrefix(u, "rewrite: ") {
					rewrite = u
				}
			}
			if !strings.Contains(rewrite, "<question>"+first+"</question>") || !strings.Contains(rewrite, firstAnswer[:40]) ||
				!strings.Contains(rewrite, "<follow-up>"+followUp+"</follow-up>") {
				t.Errorf("rewrite request lacks the history or the follow-up (first answer %q):\n%s", firstAnswer, rewrite)
			}
			if !strings.Contains(final, "("+lts+")") {
				t.Errorf("follow-up answer does not cite %s:\n%s", lts, final)
			}
		})
	}
}

// waitLogs waits until n log records contain substr.
func (h *harness) waitLogs(substr string, n int) {
	h.t.Helper()
	ctx := h.ctx()
	for {
		h.logs.mu.Lock()
		got, ch := 0, h.logs.changed
		for _, r := range h.logs.records {
			if strings.Contains(r, substr) {
				got++
			}
		}
		h.logs.mu.Unlock()
		if got >= n {
			return
		}
		select {
		case <-ch:
		case <-ctx.Done():
			h.t.Fatalf("%d log records with %q, want %d", got, substr, n)
		}
	}
}
