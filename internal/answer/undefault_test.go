package answer

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/internal/search"
)

// "how long ... by default?" asks for the number stated as the default: a
// sentence that shares more of the question's words with another number
// (a setting, a version) does not lead.
func TestAskDefaultNumber(t *testing.T) {
	hits := []search.Hit{
		{ID: "http#keepalive", ChapterTitle: "HTTP", Heading: "server.keepAliveTimeout", Score: 2,
			Text: "The number of milliseconds of inactivity a server needs to wait before it destroys the socket.\n\n" +
				"Default: 5000 (5 seconds).\n\n" +
				"A value of 0 makes the http server keep idle keep-alive sockets open like versions prior to 8.0.0, which had no timeout."},
	}
	// The heading names the member the default is of (memberlead.go).
	wantLead(t, hits, "how long does an http server keep an idle keep-alive socket open by default?", "server.keepAliveTimeout: Default: 5000")
}

// So does a Russian "which" question: Sentinel's port, which a sentence
// gives in passing, is not the default port of the server the question
// asks for.
func TestAskDefaultWhich(t *testing.T) {
	book := fstest.MapFS{"redis.md": {Data: []byte("# Redis\n\nRedis.\n")}}
	hits := []search.Hit{
		{ID: "redis#sentinel", ChapterTitle: "Redis", Heading: "Репликация и Sentinel", Score: 1,
			Text: "Несколько процессов Sentinel (по умолчанию на порту 26379) следят за ведущим сервером."},
		{ID: "redis#origin", ChapterTitle: "Redis", Heading: "Как появился Redis", Score: 0.7,
			Text: "Сальваторе Санфилиппо написал первую версию Redis для своего стартапа. Стандартный порт сервера — 6379."},
	}
	q := Question{Text: "какой порт у redis по умолчанию?"}
	a := New(bookIndex(t, book), Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
	if !strings.HasPrefix(a.Text, "Стандартный порт сервера — 6379") {
		t.Errorf("%q: answer %q, want it to lead with the server's default port", q.Text, a.Text)
	}
}
