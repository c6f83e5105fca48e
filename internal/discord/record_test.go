package discord

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/fakediscord"
	"github.com/chapterbot/chapterbot/internal/search"
)

// pickyLibrary finds nothing for "nothing".
type pickyLibrary struct{ *library }

func (l pickyLibrary) Search(ctx context.Context, query string, k int) ([]search.Hit, error) {
	if query == "nothing" {
		return nil, nil
	}
	return l.library.Search(ctx, query, k)
}

func TestRecorderAndQuestionLog(t *testing.T) {
	ans := answererFunc(func(ctx context.Context, q answer.Question) (answer.Answer, error) {
		switch {
		case strings.Contains(q.Text, "fail"):
			return answer.Answer{}, errors.New("index unavailable")
		case strings.Contains(q.Text, "bread"):
			return answer.Answer{Question: q.Text}, nil
		}
		return (&recorder{}).Ask(ctx, q)
	})
	rec := &recording{}
	store := openStore(t)
	h := start(t, Config{Recorder: rec, Feedback: store, RateLimitPerMinute: 3}, ans, pickyLibrary{testLibrary()})
	ada, grace := h.member("ada"), h.member("grace")

	var answered fakediscord.Request
	for _, q := range []string{"What is a slice?", "How do I bake bread?", "Why does it fail?", "One too many?"} {
		in := h.f.Command(ada, "ask", fakediscord.Option("question", q))
		h.dispatch(in)
		if _, r := h.final(in); answered.Seq == 0 {
			answered = r
		}
	}
	for _, text := range []string{"what is a map?", "does it fail?"} {
		msg := h.f.Message(grace, "<@"+h.f.BotUser.ID+"> "+text)
		if err := h.f.DispatchMessage(msg); err != nil {
			t.Fatal(err)
		}
		h.reply(msg.ID)
	}
	for _, q := range []string{"append", "nothing"} {
		in := h.f.Command(grace, "search", fakediscord.Option("query", q))
		h.dispatch(in)
		h.final(in)
	}
	click, err := h.f.Button(grace, answered.MessageID, "vote/down/"+answered.Params["interaction"])
	if err != nil {
		t.Fatal(err)
	}
	h.dispatch(click)
	h.final(click)
	// A chapter lookup is no question.
	ch := h.f.Command(grace, "chapter", fakediscord.Option("name", "maps"))
	h.dispatch(ch)
	h.final(ch)

	want := []string{
		"ask answered", "ask failed", "ask not_covered", "ask rate_limited",
		"mention answered", "mention failed",
		"search answered", "search not_covered",
	}
	// The Recorder hears of a question once its reply is sent, which the
	// fake sees a moment before: once the bot is idle, it has heard all.
	h.idle()
	questions, votes := rec.got()
	slices.Sort(questions)
	if diff := cmp.Diff(want, questions); diff != "" {
		t.Errorf("recorded questions (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"down"}, votes); diff != "" {
		t.Errorf("recorded votes (-want +got):\n%s", diff)
	}

	h.logs.mu.Lock()
	records := slices.Clone(h.logs.records)
	h.logs.mu.Unlock()
	var lines []string
	for _, r := range records {
		if strings.Contains(r, "aW50ZXJhY3Rpb246") { // the fake's tokens start so
			t.Errorf("a log record shows an interaction token: %s", r)
		}
		if !strings.HasPrefix(r, "INFO question ") {
			continue
		}
		// Latency varies; the rest is fixed.
		before, after, ok := strings.Cut(r, " latency=")
		if _, rest, ok2 := strings.Cut(after, " "); ok && ok2 {
			r = before + " " + rest
		}
		lines = append(lines, r)
	}
	slices.Sort(lines)
	wantLines := []string{
		"INFO question command=ask user=" + ada.User.ID + " outcome=answered cited=[slices#basics]",
		"INFO question command=ask user=" + ada.User.ID + " outcome=failed cited=[]",
		"INFO question command=ask user=" + ada.User.ID + " outcome=not_covered cited=[]",
		"INFO question command=ask user=" + ada.User.ID + " outcome=rate_limited cited=[]",
		"INFO question command=mention user=" + grace.User.ID + " outcome=answered cited=[slices#basics]",
		"INFO question command=mention user=" + grace.User.ID + " outcome=failed cited=[]",
		"INFO question command=search user=" + grace.User.ID + " outcome=answered cited=[slices#append maps#basics]",
		"INFO question command=search user=" + grace.User.ID + " outcome=not_covered cited=[]",
	}
	slices.Sort(wantLines)
	if diff := cmp.Diff(wantLines, lines); diff != "" {
		t.Errorf("question log lines (-want +got):\n%s", diff)
	}
}

func TestReady(t *testing.T) {
	unstarted, err := New(Config{Token: "t"}, &recorder{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if unstarted.Ready() {
		t.Error("ready before Run")
	}

	g := newGate()
	h := start(t, Config{DeferAfter: 20 * time.Millisecond}, g, testLibrary())
	// Commands are registered after the gateway's READY.
	if !h.bot.Ready() {
		t.Fatal("not ready once commands are registered")
	}
	h.f.Disconnect()
	if err := h.f.WaitResumed(h.ctx(), 1); err != nil {
		t.Fatal(err)
	}
	for ctx := h.ctx(); !h.bot.Ready(); time.Sleep(5 * time.Millisecond) {
		if ctx.Err() != nil {
			t.Fatal("not ready again after resuming")
		}
	}

	in := h.f.Command(h.member("ada"), "ask", fakediscord.Option("question", "in flight?"))
	h.dispatch(in)
	<-g.started
	h.cancel()
	if err := h.logs.wait(h.ctx(), "shutting down"); err != nil {
		t.Fatal(err)
	}
	if h.bot.Ready() {
		t.Error("ready while shutting down")
	}
	close(g.release)
	select {
	case err := <-h.done:
		if err != nil {
			t.Errorf("Run = %v", err)
		}
		h.done <- nil // for the harness cleanup
	case <-h.ctx().Done():
		t.Fatal("Run did not return")
	}
	if h.bot.Ready() {
		t.Error("ready after Run returned")
	}
	if h.bot.connected.Load() {
		t.Error("the gateway is still connected after Run returned")
	}
}
