package discord

import (
	"context"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/fakediscord"
)

// asked is an Answerer like recorder that keeps every question whole
// (history and language included).
type asked struct {
	recorder
	mu  sync.Mutex
	all []answer.Question
}

func (a *asked) Ask(ctx context.Context, q answer.Question) (answer.Answer, error) {
	a.mu.Lock()
	q.OnPartial = nil
	a.all = append(a.all, q)
	a.mu.Unlock()
	return a.recorder.Ask(ctx, q)
}

func (a *asked) questions() []answer.Question {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]answer.Question(nil), a.all...)
}

// inChannel waits for the bot's first message in channel.
func (h *harness) inChannel(channel string) fakediscord.Sent {
	h.t.Helper()
	r, err := h.f.Wait(h.ctx(), func(r fakediscord.Request) bool {
		return r.Route == fakediscord.RouteChannelMessage && r.Params["channel"] == channel
	})
	if err != nil {
		h.t.Fatal(err)
	}
	m, _ := r.Message()
	return m
}

func TestAnswerInThread(t *testing.T) {
	ans := &asked{}
	h := runOn(t, fakediscord.Options{PrivilegedIntents: discordgo.IntentMessageContent}, Config{AnswerInThread: true}, ans, testLibrary())
	t.Parallel()
	ada := h.member("ada")
	bot := "<@" + h.f.BotUser.ID + ">"

	if ids := h.f.Identifies(); len(ids) != 1 || ids[0].Intents&discordgo.IntentMessageContent == 0 {
		t.Fatalf("identifies %+v, want one with the Message Content intent", ids)
	}

	// /ask opens a thread named after the question and answers in it.
	const q1 = "What is a slice?"
	in := h.f.Command(ada, "ask", fakediscord.Option("question", q1))
	in.Locale = "de"
	h.dispatch(in)
	m, _ := h.final(in)
	start, err := h.f.Wait(h.ctx(), func(r fakediscord.Request) bool { return r.Route == fakediscord.RouteThreadStart })
	if err != nil {
		t.Fatal(err)
	}
	var body discordgo.ThreadStart
	if err := start.Decode(&body); err != nil {
		t.Fatal(err)
	}
	if start.Params["channel"] != h.f.ChannelID || body.Name != q1 || body.Type != discordgo.ChannelTypeGuildPublicThread {
		t.Errorf("thread started in %s as %+v, want %q in %s", start.Params["channel"], body, q1, h.f.ChannelID)
	}
	threads := h.f.Threads()
	if len(threads) != 1 {
		t.Fatalf("%d threads, want 1", len(threads))
	}
	th := threads[0]
	if want := "<#" + th.ID + ">"; !strings.Contains(m.Content, want) {
		t.Errorf("/ask response %q does not point to the thread %s", m.Content, want)
	}
	first := h.inChannel(th.ID)
	if len(first.Embeds) != 1 || first.Embeds[0].Title != q1 || first.Embeds[0].Description != "Answer to: "+q1+" [1]" {
		t.Errorf("answer in the thread = %+v", first)
	}

	// A message in the thread, without a mention, is a follow-up.
	follow := h.f.MessageIn(th.ID, ada, "and how does it grow?")
	if err := h.f.DispatchMessage(follow); err != nil {
		t.Fatal(err)
	}
	if r, _ := h.reply(follow.ID); !strings.Contains(r.Text(), "Answer to: and how does it grow?") {
		t.Errorf("follow-up answer = %q", r.Text())
	}
	// And /ask in the thread too.
	in2 := h.f.Command(ada, "ask", fakediscord.Option("question", "is it a pointer?")).InChannel(th)
	h.dispatch(in2)
	if m, _ := h.final(in2); len(m.Embeds) != 1 || m.Embeds[0].Title != "is it a pointer?" {
		t.Errorf("/ask in the thread answered %+v, want the answer in place", m)
	}

	// A mention in the text channel opens a thread from the message; a
	// long question names it, cut to 100 characters.
	long := "how do " + strings.Repeat("very ", 30) + "long questions work?"
	mention := h.f.Message(ada, bot+" "+long)
	if err := h.f.DispatchMessage(mention); err != nil {
		t.Fatal(err)
	}
	mstart, err := h.f.Wait(h.ctx(), func(r fakediscord.Request) bool { return r.Route == fakediscord.RouteMessageThreadStart })
	if err != nil {
		t.Fatal(err)
	}
	if err := mstart.Decode(&body); err != nil {
		t.Fatal(err)
	}
	if mstart.Params["message"] != mention.ID || utf8.RuneCountInString(body.Name) != 100 || !strings.HasSuffix(body.Name, "…") ||
		!strings.HasPrefix(body.Name, "how do very very") {
		t.Errorf("thread from message %s named %q (%d characters)", mstart.Params["message"], body.Name, utf8.RuneCountInString(body.Name))
	}
	if a := h.inChannel(mention.ID); len(a.Embeds) != 1 || a.Embeds[0].Title != long {
		t.Errorf("answer in the mention's thread = %+v", a)
	}
	// A message without a mention outside the bot's threads is not for it.
	chatter := h.f.Message(ada, "lunch anyone?")
	if err := h.f.DispatchMessage(chatter); err != nil {
		t.Fatal(err)
	}
	// A mention in a DM is answered in place.
	dm := h.f.DirectMessage(ada.User, "Что такое срез?")
	if err := h.f.DispatchMessage(dm); err != nil {
		t.Fatal(err)
	}
	h.reply(dm.ID)
	h.idle()

	want := []answer.Question{
		{Text: q1, Lang: "de"},
		{Text: "and how does it grow?", Previous: q1, Lang: "en",
			History: []answer.Turn{{Question: q1, Answer: "Answer to: " + q1 + " [1]"}}},
		{Text: "is it a pointer?", Previous: "and how does it grow?", Lang: "en-US", History: []answer.Turn{
			{Question: q1, Answer: "Answer to: " + q1 + " [1]"},
			{Question: "and how does it grow?", Answer: "Answer to: and how does it grow? [1]"}}},
		{Text: long, Lang: "en"},
		{Text: "Что такое срез?", Lang: "ru"},
	}
	if diff := cmp.Diff(want, ans.questions()); diff != "" {
		t.Errorf("questions asked (-want +got):\n%s", diff)
	}
	if n := len(h.f.Threads()); n != 2 {
		t.Errorf("%d threads, want 2", n)
	}
}

func TestAnswerInThreadWithoutIntent(t *testing.T) {
	ans := &asked{}
	h := start(t, Config{AnswerInThread: true}, ans, testLibrary())
	ada := h.member("ada")
	if err := h.logs.wait(h.ctx(), "needs the privileged Message Content intent"); err != nil {
		t.Fatal(err)
	}
	ids := h.f.Identifies()
	if len(ids) != 1 || ids[0].Intents&discordgo.IntentMessageContent != 0 {
		t.Errorf("identified with intents %+v, want once without Message Content", ids)
	}

	in := h.f.Command(ada, "ask", fakediscord.Option("question", "What is a slice?"))
	h.dispatch(in)
	if m, _ := h.final(in); len(m.Embeds) != 1 || m.Embeds[0].Title != "What is a slice?" {
		t.Errorf("/ask answered %+v, want the answer in place", m)
	}
	first := h.f.Message(ada, "<@"+h.f.BotUser.ID+"> what is a map?")
	if err := h.f.DispatchMessage(first); err != nil {
		t.Fatal(err)
	}
	_, r := h.reply(first.ID)
	follow := h.f.Message(ada, "<@"+h.f.BotUser.ID+"> is its order fixed?")
	if err := h.f.ReplyTo(follow, r.MessageID, false); err != nil {
		t.Fatal(err)
	}
	if err := h.f.DispatchMessage(follow); err != nil {
		t.Fatal(err)
	}
	h.reply(follow.ID)
	h.idle()
	if n := h.count(func(r fakediscord.Request) bool {
		return r.Route == fakediscord.RouteThreadStart || r.Route == fakediscord.RouteMessageThreadStart
	}); n != 0 {
		t.Errorf("%d thread requests without the intent", n)
	}
	h.logs.mu.Lock()
	lines := 0
	for _, rec := range h.logs.records {
		if strings.Contains(rec, "Message Content intent") {
			lines++
		}
	}
	h.logs.mu.Unlock()
	if lines != 1 {
		t.Errorf("%d log lines about the intent, want 1", lines)
	}
	qs := ans.questions()
	if len(qs) != 3 || qs[2].Previous != "what is a map?" || len(qs[2].History) != 1 || qs[2].History[0].Answer != "Answer to: what is a map? [1]" {
		t.Errorf("questions %+v, want the third a follow-up of the second", qs)
	}
}

func TestThreadName(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"What is a slice?", "What is a slice?"},
		{"  two\nlines ", "two lines"},
		{strings.Repeat("a", 100), strings.Repeat("a", 100)},
		{strings.Repeat("я", 101), strings.Repeat("я", 99) + "…"},
		{"", "question"},
	} {
		if got := threadName(tt.in); got != tt.want {
			t.Errorf("threadName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
