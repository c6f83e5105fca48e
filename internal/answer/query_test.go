package answer

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/content"
)

const ltsSection = "nodejs-documentary#release-lines-and-long-term-support"

func TestFollowUpRewrittenWithHistory(t *testing.T) {
	const standalone = "When does an even-numbered Node.js major such as 24 enter long-term support (LTS)?"
	model := newChatServer(t, replies(map[string]string{
		"standalone": standalone,
		"answer":     "Even-numbered majors are promoted to LTS in October [1].",
	}))
	ix := &recordingRetriever{Retriever: bookIndex(t, content.FS)}
	e := modelEngine(t, ix, model, 5*time.Second, Options{})
	q := Question{Text: "and what about its LTS?", Previous: "What is new in Node.js 24?", History: []Turn{
		{Question: "Who created Node.js?", Answer: "Ryan Dahl [1]."},
		{Question: "What is new in Node.js 24?", Answer: "Node.js 24 is codenamed Krypton [1]."},
	}}
	a, err := e.Ask(context.Background(), q)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{standalone}, ix.searched()); diff != "" {
		t.Errorf("searched (-want +got):\n%s", diff)
	}
	rw := callsOf(model, "standalone")
	if len(rw) != 1 {
		t.Fatalf("%d rewrite calls, want 1", len(rw))
	}
	for _, s := range []string{"<follow-up>and what about its LTS?</follow-up>", "Who created Node.js?", "Ryan Dahl [1].",
		"<question>What is new in Node.js 24?</question>", "Node.js 24 is codenamed Krypton [1]."} {
		if !strings.Contains(rw[0].user, s) {
			t.Errorf("rewrite request lacks %q:\n%s", s, rw[0].user)
		}
	}
	if a.Mode != "llm" || len(a.Citations) != 1 || a.Citations[0].ID != ltsSection {
		t.Errorf("answer %q mode %s cites %+v; want llm citing %s", a.Text, a.Mode, a.Citations, ltsSection)
	}
	if a.Question != q.Text {
		t.Errorf("answer's question %q, want the reader's %q", a.Question, q.Text)
	}
	ans := callsOf(model, "answer")
	if len(ans) != 1 || !strings.Contains(ans[0].user, "<question>"+esc(standalone)+"</question>") {
		t.Errorf("answer prompt does not ask the standalone question: %+v", ans)
	}
}

// esc is the prompt templates' escaping.
func esc(s string) string { return promptEscaper.Replace(s) }

func TestFollowUpWithoutModelJoinsTheEarlierQuestion(t *testing.T) {
	ix := &recordingRetriever{Retriever: bookIndex(t, content.FS)}
	e := New(ix, Options{})
	r, err := e.Retrieve(context.Background(), Question{Text: "and what about its LTS?", Previous: "What is new in Node.js 24?",
		History: []Turn{{Question: "What is new in Node.js 24?", Answer: "Krypton [1]."}}})
	if err != nil {
		t.Fatal(err)
	}
	want := "What is new in Node.js 24?\nand what about its LTS?"
	if diff := cmp.Diff([]string{want}, ix.searched()); diff != "" {
		t.Errorf("searched (-want +got):\n%s", diff)
	}
	if r.Query != want || r.Translated {
		t.Errorf("retrieval query %q translated %v", r.Query, r.Translated)
	}
}

func TestFollowUpRewriteFailureJoins(t *testing.T) {
	for name, reply := range map[string]string{
		"broken":  "Sure! Here is the rewritten question:\nWhen does Node.js 24 enter LTS?\nHope this helps.",
		"timeout": "",
	} {
		t.Run(name, func(t *testing.T) {
			model := newChatServer(t, func(system, user string) string {
				if callKind(system) == "standalone" {
					return reply
				}
				return "Even-numbered majors are promoted to LTS in October [1]."
			})
			var log logBuffer
			ix := &recordingRetriever{Retriever: bookIndex(t, content.FS)}
			e := modelEngine(t, ix, model, 300*time.Millisecond, Options{Logger: log.logger()})
			r, err := e.Retrieve(context.Background(), Question{Text: "and what about its LTS?", Previous: "What is new in Node.js 24?"})
			if err != nil {
				t.Fatal(err)
			}
			want := "What is new in Node.js 24?\nand what about its LTS?"
			if diff := cmp.Diff([]string{want}, ix.searched()); diff != "" {
				t.Errorf("searched (-want +got):\n%s", diff)
			}
			if n := strings.Count(log.String(), "follow-up not rewritten"); n != 1 {
				t.Errorf("%d log lines about the rewrite, want 1:\n%s", n, log.String())
			}
			if r.Question != "and what about its LTS?" {
				t.Errorf("question %q, want the reader's", r.Question)
			}
		})
	}
}

func TestRussianQuestionOverEnglishBook(t *testing.T) {
	const (
		ru = "Когда чётные версии Node.js получают долгосрочную поддержку?"
		en = "When do even-numbered Node.js versions get long-term support?"
	)
	model := newChatServer(t, replies(map[string]string{
		"translate": en,
		"answer":    "Чётные версии получают LTS в октябре [1].",
	}))
	ix := &recordingRetriever{Retriever: bookIndex(t, content.FS)}
	e := modelEngine(t, ix, model, 5*time.Second, Options{})
	a, err := e.Ask(context.Background(), Question{Text: ru, Lang: "ru"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{ru, en}, ix.searched()); diff != "" {
		t.Errorf("searched (-want +got):\n%s", diff)
	}
	tr := callsOf(model, "translate")
	if len(tr) != 1 || !strings.Contains(tr[0].user, ru) || !strings.Contains(tr[0].user, `"English"`) {
		t.Errorf("translation requests %+v; want one of the question into English", tr)
	}
	if !a.Covered || a.Mode != "llm" || len(a.Citations) != 1 || a.Citations[0].ID != ltsSection {
		t.Errorf("answer %q covered %v mode %s cites %+v; want llm citing %s", a.Text, a.Covered, a.Mode, a.Citations, ltsSection)
	}
	ans := callsOf(model, "answer")
	if len(ans) != 1 {
		t.Fatalf("%d answer calls, want 1", len(ans))
	}
	if !strings.Contains(ans[0].system, "Answer in Russian.") {
		t.Errorf("answer prompt does not ask for Russian:\n%s", ans[0].system)
	}
	if !strings.Contains(ans[0].user, "<question>"+ru+"</question>") || !strings.Contains(ans[0].user, "Even-numbered majors are promoted") {
		t.Errorf("answer prompt lacks the Russian question or the English passage:\n%s", ans[0].user)
	}

	t.Run("no locale", func(t *testing.T) {
		model := newChatServer(t, replies(map[string]string{"translate": en, "answer": "В октябре [1]."}))
		e := modelEngine(t, bookIndex(t, content.FS), model, 5*time.Second, Options{})
		if _, err := e.Ask(context.Background(), Question{Text: ru}); err != nil {
			t.Fatal(err)
		}
		if ans := callsOf(model, "answer"); len(ans) != 1 || !strings.Contains(ans[0].system, "Answer in Russian.") {
			t.Errorf("answer prompt does not ask for Russian: %+v", ans)
		}
	})
	t.Run("without a model", func(t *testing.T) {
		ix := &recordingRetriever{Retriever: bookIndex(t, content.FS)}
		r, err := New(ix, Options{}).Retrieve(context.Background(), Question{Text: ru, Lang: "ru"})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{ru}, ix.searched()); diff != "" || r.Translated {
			t.Errorf("searched (-want +got):\n%s; translated %v", diff, r.Translated)
		}
	})
	t.Run("English question", func(t *testing.T) {
		model := newChatServer(t, replies(map[string]string{"answer": "In October [1]."}))
		ix := &recordingRetriever{Retriever: bookIndex(t, content.FS)}
		if _, err := modelEngine(t, ix, model, 5*time.Second, Options{}).Retrieve(context.Background(), Question{Text: en}); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{en}, ix.searched()); diff != "" || len(model.Calls()) != 0 {
			t.Errorf("searched (-want +got):\n%s; %d model calls", diff, len(model.Calls()))
		}
	})
}

func TestRerankOrdersPassages(t *testing.T) {
	const question = "How does the event loop order callbacks?"
	ids := func(r Retrieval) []string {
		var out []string
		for _, h := range r.Hits {
			out = append(out, h.ID)
		}
		return out
	}
	original := []string{"book#s1", "book#s2", "book#s3", "book#s4", "book#s5"}
	for _, tt := range []struct {
		name, reply string
		rerank      bool
		want        []string
		warn        int
		calls       int
	}{
		{name: "model order", reply: "3, 1", rerank: true, want: []string{"book#s3", "book#s1", "book#s2", "book#s4", "book#s5"}, calls: 1},
		{name: "broken reply", reply: "Passage three is the best one.", rerank: true, want: original, warn: 1, calls: 1},
		{name: "out of range", reply: "9, 1", rerank: true, want: original, warn: 1, calls: 1},
		{name: "timeout", reply: "", rerank: true, want: original, warn: 1, calls: 1},
		{name: "off", reply: "3, 1", want: original},
	} {
		t.Run(tt.name, func(t *testing.T) {
			model := newChatServer(t, replies(map[string]string{"rerank": tt.reply}))
			var log logBuffer
			e := modelEngine(t, fakeRetriever{hits: fivePassages()}, model, 300*time.Millisecond, Options{Rerank: tt.rerank, Logger: log.logger()})
			r, err := e.Retrieve(context.Background(), Question{Text: question})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, ids(r)); diff != "" {
				t.Errorf("order (-want +got):\n%s", diff)
			}
			if n := strings.Count(log.String(), "passages not reranked"); n != tt.warn {
				t.Errorf("%d warnings, want %d:\n%s", n, tt.warn, log.String())
			}
			calls := callsOf(model, "rerank")
			if len(calls) != tt.calls {
				t.Fatalf("%d rerank calls, want %d", len(calls), tt.calls)
			}
			if tt.calls > 0 && (!strings.Contains(calls[0].user, question) || !strings.Contains(calls[0].user, `<passage n="5" title="Book › S5">`)) {
				t.Errorf("rerank request lacks the question or the fifth passage:\n%s", calls[0].user)
			}
		})
	}
}

func TestReaderLang(t *testing.T) {
	for _, tt := range []struct{ text, locale, want string }{
		{"What is a slice?", "", "en"},
		{"Что такое срез в Go?", "", "ru"},
		{"Что такое `append()` и `cap()`?", "", "ru"},
		{"Как работает Kubernetes ReplicaSet?", "", "ru"},
		{"What does the word привет mean here?", "", "en"},
		{"12345 ?!", "", ""},
		{"What is a slice?", "de", "de"},
		{"Was ist ein Slice?", "de", "de"},
		{"Что такое срез?", "en-US", "ru"},
		{"Что такое срез?", "uk", "uk"},
		{"What is a slice?", "ru", "en"},
		{"スライスとは何ですか", "en-US", "ja"},
		{"切片是什么", "zh-CN", "zh-CN"},
		{"42", "pt-BR", "pt-BR"},
	} {
		if got := ReaderLang(tt.text, tt.locale); got != tt.want {
			t.Errorf("ReaderLang(%q, %q) = %q, want %q", tt.text, tt.locale, got, tt.want)
		}
	}
	for tag, want := range map[string]string{"ru": "Russian", "pt-BR": "Portuguese", "en-US": "English", "zh-TW": "Traditional Chinese",
		"Deutsch": "Deutsch", "": ""} {
		if got := langName(tag); got != want {
			t.Errorf("langName(%q) = %q, want %q", tag, got, want)
		}
	}
}

// TestRussianQuestionNotCoveredListsNearest: a Russian question over an
// English book that the book does not cover lists the English sections
// near its translation, which is what was searched.
func TestRussianQuestionNotCoveredListsNearest(t *testing.T) {
	const (
		ru = "Чем цикл событий ноды отличается от асинхронной среды Токио?"
		en = "How does the Node.js event loop differ from the Tokio runtime in Rust?"
	)
	model := newChatServer(t, replies(map[string]string{"translate": en}))
	ix := &recordingRetriever{Retriever: bookIndex(t, content.FS)}
	e := modelEngine(t, ix, model, 5*time.Second, Options{})
	a, err := e.Ask(context.Background(), Question{Text: ru, Lang: "ru"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{ru, en}, ix.searched()); diff != "" {
		t.Errorf("searched (-want +got):\n%s", diff)
	}
	if a.Covered || len(a.Nearest) == 0 {
		t.Fatalf("covered %v, nearest %+v; want not covered, with the sections near the translation", a.Covered, a.Nearest)
	}
	for _, n := range a.Nearest {
		if !strings.HasPrefix(n.ID, "nodejs-documentary") {
			t.Errorf("nearest %s, want a section of the Node.js chapter", n.ID)
		}
	}
}
