package discord

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/fakediscord"
)

// streamer is an Answerer whose model streams: it offers the answer so far
// n times, a word more each time and pause apart, then answers with all
// the words and one citation.
type streamer struct {
	n     int
	pause time.Duration
}

func streamWords(n int) string {
	words := make([]string, n)
	for k := range words {
		words[k] = fmt.Sprintf("word%d", k+1)
	}
	return strings.Join(words, " ")
}

func (s streamer) Ask(ctx context.Context, q answer.Question) (answer.Answer, error) {
	for k := 1; k <= s.n; k++ {
		if q.OnPartial != nil {
			q.OnPartial(streamWords(k))
		}
		select {
		case <-time.After(s.pause):
		case <-ctx.Done():
			return answer.Answer{}, ctx.Err()
		}
	}
	return answer.Answer{Question: q.Text, Text: streamWords(s.n) + " [1]", Mode: "llm", Covered: true,
		Citations: []answer.Citation{{N: 1, ID: "slices#basics", ChapterTitle: "Slices", Heading: "Basics",
			URL: "https://book.test/slices#basics"}}}, nil
}

// checkStreamed checks the writes of one streamed answer, in order: the
// partial versions, then the final answer. elapsed is the time from the
// interaction's acknowledgement (or the first write) to the last write.
func checkStreamed(t *testing.T, writes []fakediscord.Request, since time.Time, every time.Duration, question string, n int) {
	t.Helper()
	if len(writes) < 3 {
		t.Fatalf("%d writes, want at least two partial versions and the final answer", len(writes))
	}
	for k := 1; k < len(writes); k++ {
		if gap := writes[k].Time.Sub(writes[k-1].Time); gap < every {
			t.Errorf("writes %d and %d are %v apart, want at least %v", k-1, k, gap, every)
		}
	}
	elapsed := writes[len(writes)-1].Time.Sub(since)
	if limit := int(elapsed/every) + 2; len(writes) > limit {
		t.Errorf("%d writes in %v, want at most %d at one per %v", len(writes), elapsed, limit, every)
	}
	prev := ""
	for k, r := range writes[:len(writes)-1] {
		m, _ := r.Message()
		if len(m.Embeds) != 1 || m.Embeds[0].Footer == nil || m.Embeds[0].Footer.Text != "writing…" ||
			m.Embeds[0].Title != question || len(m.CustomIDs()) != 0 {
			t.Errorf("partial %d = %+v", k, m.Embeds)
			continue
		}
		text, ok := strings.CutSuffix(m.Embeds[0].Description, " …")
		if !ok || !strings.HasPrefix(streamWords(n), text) || len(text) <= len(prev) {
			t.Errorf("partial %d text %q after %q: want a longer prefix of the answer, then \" …\"", k, m.Embeds[0].Description, prev)
		}
		prev = text
	}
	final, _ := writes[len(writes)-1].Message()
	if len(final.Embeds) != 1 {
		t.Fatalf("final answer has %d embeds", len(final.Embeds))
	}
	e := final.Embeds[0]
	if e.Title != question || e.Description != streamWords(n)+" [1]" || len(e.Fields) != 1 ||
		e.Fields[0].Value != "[1. Slices › Basics](https://book.test/slices#basics)" ||
		e.Footer == nil || e.Footer.Text != "llm · index v1" || len(final.CustomIDs()) != 2 {
		t.Errorf("final answer = %+v fields %+v footer %+v buttons %v", e, e.Fields, e.Footer, final.CustomIDs())
	}
}

func TestAskStreams(t *testing.T) {
	const every = 50 * time.Millisecond
	h := start(t, Config{StreamEvery: every}, streamer{n: 30, pause: 10 * time.Millisecond}, testLibrary())
	in := h.f.Command(h.member("ada"), "ask", fakediscord.Option("question", "What streams?"))
	h.dispatch(in)
	mine := func(r fakediscord.Request) bool {
		return r.Params["interaction"] == in.ID || r.Params["token"] == in.Token
	}
	final, err := h.f.Wait(h.ctx(), func(r fakediscord.Request) bool {
		m, ok := r.Message()
		return mine(r) && ok && len(m.CustomIDs()) > 0
	})
	if err != nil {
		t.Fatal(err)
	}
	// Give a stray partial edit time to show up.
	time.Sleep(4 * every)
	var reqs []fakediscord.Request
	for _, r := range h.f.Requests() {
		if mine(r) {
			reqs = append(reqs, r)
		}
	}
	if reqs[0].CallbackType() != 5 { // deferred channel message
		t.Fatalf("first request %s %s type %d, want the deferred response", reqs[0].Method, reqs[0].Path, reqs[0].CallbackType())
	}
	for _, r := range reqs[1:] {
		if r.Route != fakediscord.RouteEditOriginal {
			t.Errorf("request %d %s %s, want only edits of the response", r.Seq, r.Method, r.Path)
		}
	}
	if last := reqs[len(reqs)-1]; last.Seq != final.Seq {
		t.Errorf("request %d %s %s was sent after the final answer", last.Seq, last.Method, last.Path)
	}
	checkStreamed(t, reqs[1:], reqs[0].Time, every, "What streams?", 30)
}

func TestMentionStreams(t *testing.T) {
	const every = 50 * time.Millisecond
	h := start(t, Config{StreamEvery: every}, streamer{n: 30, pause: 10 * time.Millisecond}, testLibrary())
	msg := h.f.Message(h.member("ada"), "<@"+h.f.BotUser.ID+"> What streams?")
	if err := h.f.DispatchMessage(msg); err != nil {
		t.Fatal(err)
	}
	first, r := h.reply(msg.ID)
	if len(first.CustomIDs()) != 0 {
		t.Fatalf("first reply is already the final answer: %+v", first.Embeds)
	}
	mine := func(q fakediscord.Request) bool {
		return q.Seq == r.Seq || (q.Route == fakediscord.RouteChannelEdit && q.Params["message"] == r.MessageID)
	}
	final, err := h.f.Wait(h.ctx(), func(q fakediscord.Request) bool {
		m, ok := q.Message()
		return mine(q) && ok && len(m.CustomIDs()) > 0
	})
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(4 * every)
	var writes []fakediscord.Request
	for _, q := range h.f.Requests() {
		if q.Seq > r.Seq && q.Route == fakediscord.RouteChannelMessage {
			t.Errorf("request %d: another message after the streamed reply", q.Seq)
		}
		if mine(q) {
			writes = append(writes, q)
		}
	}
	if last := writes[len(writes)-1]; last.Seq != final.Seq {
		t.Errorf("request %d %s %s was sent after the final answer", last.Seq, last.Method, last.Path)
	}
	checkStreamed(t, writes, writes[0].Time, every, "What streams?", 30)
	// The answer is still the message a follow-up replies to.
	follow := h.f.Message(h.member("ada"), "and then?")
	if err := h.f.ReplyTo(follow, r.MessageID, true); err != nil {
		t.Fatal(err)
	}
	if err := h.f.DispatchMessage(follow); err != nil {
		t.Fatal(err)
	}
	h.reply(follow.ID)
}

func TestStreamThrottle(t *testing.T) {
	const every = 40 * time.Millisecond
	type write struct {
		text       string
		start, end time.Time
	}
	var (
		mu     sync.Mutex
		writes []write
		busy   bool
	)
	st := newStream(every, func(m message) error {
		mu.Lock()
		if busy {
			t.Error("two writes at once")
		}
		busy = true
		mu.Unlock()
		w := write{text: m.Content, start: time.Now()}
		time.Sleep(5 * time.Millisecond)
		w.end = time.Now()
		mu.Lock()
		busy = false
		writes = append(writes, w)
		mu.Unlock()
		return nil
	})
	st.update(message{Content: "before start"})
	select {
	case <-st.started():
	default:
		t.Fatal("started not closed by the first update")
	}
	time.Sleep(every) // nothing is written before start
	st.start()
	for k := 1; k <= 20; k++ {
		st.update(message{Content: fmt.Sprint(k)})
		time.Sleep(every / 8)
	}
	st.update(message{Content: "20"}) // a repeat is not written again
	last := st.stop()
	st.update(message{Content: "after stop"})
	time.Sleep(every)

	mu.Lock()
	defer mu.Unlock()
	if len(writes) < 2 {
		t.Fatalf("%d writes", len(writes))
	}
	if writes[0].text != "1" && writes[0].text != "before start" {
		t.Errorf("first write %q, want the latest version when writing starts", writes[0].text)
	}
	for k := 1; k < len(writes); k++ {
		if gap := writes[k].start.Sub(writes[k-1].end); gap < every {
			t.Errorf("write %d started %v after write %d ended, want at least %v", k, gap, k-1, every)
		}
		if writes[k].text == writes[k-1].text {
			t.Errorf("write %d repeats %q", k, writes[k].text)
		}
	}
	if end := writes[len(writes)-1].end; last.Before(end) {
		t.Errorf("stop returned %v, before the last write ended at %v", last, end)
	}
	for _, w := range writes {
		if w.text == "after stop" {
			t.Error("a version offered after stop was written")
		}
	}
}

func TestStreamStopsAfterFailure(t *testing.T) {
	n := 0
	st := newStream(time.Millisecond, func(message) error {
		n++
		return errors.New("refused")
	})
	st.start()
	st.update(message{Content: "a"})
	time.Sleep(20 * time.Millisecond)
	st.update(message{Content: "b"})
	time.Sleep(20 * time.Millisecond)
	st.stop()
	if n != 1 {
		t.Errorf("%d writes, want none after the first failed", n)
	}
}

func TestPartialText(t *testing.T) {
	long := strings.Repeat("word ", 2000)
	tests := []struct {
		name, in, want string
	}{
		{"empty", " \n", ""},
		{"short", " so far ", "so far …"},
		{"long", long, long[:4094] + " …"},
	}
	for _, tc := range tests {
		got := partialText(tc.in)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
		if runeLen(got) > maxEmbedDescription {
			t.Errorf("%s: %d characters", tc.name, runeLen(got))
		}
	}
}
