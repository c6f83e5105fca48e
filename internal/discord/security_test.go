package discord

import (
	"context"
	"errors"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/fakediscord"
)

// leaky is an Answerer whose model writes text: it shows partial the way a
// streaming model does, waits until the fake has shown it, then answers
// with final, citing one section whose heading is heading.
type leaky struct {
	f                       *fakediscord.Server
	partial, final, heading string
	asked                   atomic.Int32
}

func (l *leaky) Ask(ctx context.Context, q answer.Question) (answer.Answer, error) {
	if q.OnPartial != nil && l.partial != "" {
		// Questions come one at a time: the n-th partial shown is this
		// one's. The number is taken before the partial is offered: once
		// it is shown, the test may already send the next question, whose
		// Ask must not take this one's number (a race that once left the
		// third question waiting for a partial already counted).
		n := int(l.asked.Add(1))
		q.OnPartial(l.partial)
		if _, err := l.f.WaitN(ctx, n, func(r fakediscord.Request) bool {
			m, ok := r.Message()
			return ok && len(m.Embeds) > 0 && m.Embeds[0].Footer != nil && m.Embeds[0].Footer.Text == english.writing &&
				(r.Params["token"] != "" || r.Route == fakediscord.RouteChannelMessage || r.Route == fakediscord.RouteChannelEdit)
		}); err != nil {
			return answer.Answer{}, err
		}
	}
	return answer.Answer{Question: q.Text, Text: l.final, Mode: "llm", Covered: true,
		Citations: []answer.Citation{{N: 1, ID: "slices#basics", ChapterTitle: "Slices", Heading: l.heading,
			URL: "https://book.test/slices#basics"}}}, nil
}

// askAll asks question with /ask (public and private) and by mention, and
// waits until the bot is idle: then every body it sent is in the fake.
func askAll(t *testing.T, h *harness, question string) {
	t.Helper()
	ada := h.member("ada")
	for _, private := range []bool{false, true} {
		in := h.f.Command(ada, "ask", fakediscord.Option("question", question), fakediscord.Option("private", private))
		h.dispatch(in)
		h.final(in)
	}
	msg := h.f.Message(ada, "<@"+h.f.BotUser.ID+"> "+question)
	if err := h.f.DispatchMessage(msg); err != nil {
		t.Fatal(err)
	}
	h.reply(msg.ID)
	h.idle()
}

// bodies are every message body the bot sent, with the kind of request.
func bodies(h *harness) map[string][]string {
	out := map[string][]string{}
	for _, r := range h.f.Requests() {
		if _, ok := r.Message(); ok {
			out[r.Route] = append(out[r.Route], string(r.Body))
		}
	}
	return out
}

func TestSecretsNeverSent(t *testing.T) {
	const apiKey = "sk-proj-Zq81SECRETkey"
	const token = "test-token" // the harness's bot token
	// A long answer, so that it needs a follow-up, leaking both secrets at
	// its start and its end.
	long := "The key is " + apiKey + " and the token " + token + ". " +
		strings.Repeat("Filler words for a long answer [1]. ", 170) + "Again " + apiKey + " [1]."
	ans := &leaky{partial: "So far: " + apiKey + " and " + token, final: long, heading: "Basics " + apiKey}
	h := start(t, Config{Secrets: []string{apiKey}, StreamEvery: 10 * time.Millisecond}, ans, testLibrary())
	ans.f = h.f
	// A user's text shown back ("No chapter matches …") is checked too.
	in := h.f.Command(h.member("ada"), "chapter", fakediscord.Option("name", "x "+apiKey))
	h.dispatch(in)
	h.final(in)
	askAll(t, h, "what is "+token+"?")

	routes := bodies(h)
	for _, want := range []string{fakediscord.RouteCallback, fakediscord.RouteEditOriginal, fakediscord.RouteFollowup,
		fakediscord.RouteChannelMessage, fakediscord.RouteChannelEdit} {
		if len(routes[want]) == 0 {
			t.Errorf("no %s body: the test does not cover it", want)
		}
	}
	for route, bs := range routes {
		for _, b := range bs {
			if strings.Contains(b, apiKey) || strings.Contains(b, token) {
				t.Errorf("%s body shows a secret: %s", route, b)
			}
		}
	}
}

func TestModelLinksUnmasked(t *testing.T) {
	const phish = "[discord.gift/nitro](https://evil.example/phish)"
	ans := &leaky{partial: "Claim " + phish + " now", final: "Claim " + phish + " now [1](https://evil.example/cite), " +
		"see [the basics](https://book.test/slices#basics) [1].", heading: "Basics"}
	h := start(t, Config{StreamEvery: 10 * time.Millisecond}, ans, testLibrary())
	ans.f = h.f
	askAll(t, h, "free nitro?")

	var partials, finals int
	for _, r := range h.f.Requests() {
		m, ok := r.Message()
		if !ok || len(m.Embeds) == 0 {
			continue
		}
		text := m.Text()
		if strings.Contains(text, "](https://evil.example") {
			t.Errorf("%s body keeps a masked link: %s", r.Route, text)
		}
		switch {
		case strings.Contains(text, english.writing):
			partials++
			if !strings.Contains(text, "discord.gift/nitro (<https://evil.example/phish>)") {
				t.Errorf("partial %q does not show where the link leads", m.Embeds[0].Description)
			}
		case strings.Contains(text, "Claim"):
			finals++
			want := "Claim discord.gift/nitro (<https://evil.example/phish>) now [1] (<https://evil.example/cite>), " +
				"see [the basics](https://book.test/slices#basics) [1]."
			if got := m.Embeds[0].Description; got != want {
				t.Errorf("answer %q, want %q", got, want)
			}
		}
	}
	if partials < 3 || finals != 3 {
		t.Errorf("%d partial and %d final answers, want at least 3 and 3", partials, finals)
	}
}

func TestInvisibleCharactersStripped(t *testing.T) {
	hidden := []string{"\u200b", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff", "\u2060", "\u2061", "\u2063", "\u2064"}
	all := strings.Join(hidden, "x")
	ans := &leaky{partial: "so far" + all, final: "A slice" + all + " is a view [1].", heading: "Basics" + all}
	h := start(t, Config{StreamEvery: 10 * time.Millisecond}, ans, testLibrary())
	ans.f = h.f
	askAll(t, h, "what is"+all+" a slice?")
	n := 0
	for _, r := range h.f.Requests() {
		m, ok := r.Message()
		if !ok {
			continue
		}
		n++
		for _, c := range hidden {
			if strings.Contains(m.Text(), c) || strings.Contains(string(m.Raw), c) {
				t.Errorf("%s body carries %U: %q", r.Route, []rune(c)[0], m.Text())
			}
		}
	}
	if n < 6 {
		t.Errorf("%d bodies, want the answers and their partials", n)
	}
}

// TestUnreachableAPIURL checks that when DISCORD_API_URL cannot be
// reached, the error names it, not discord.com.
func TestUnreachableAPIURL(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	bot, err := New(Config{Token: "t0ken", APIURL: "http://" + addr}, &recorder{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err = bot.Run(ctx)
	if err == nil || errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Run = %v, want it to fail at once", err)
	}
	if msg := err.Error(); !strings.Contains(msg, addr) || strings.Contains(msg, "discord.com") || strings.Contains(msg, "t0ken") {
		t.Errorf("Run = %q, want it to name %s (and not discord.com or the token)", msg, addr)
	}
}
