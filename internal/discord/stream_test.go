package discord

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/fakediscord"
)

// streamer is an Answerer whose model streams: it offers the answer so far
// n times, a word more each time and pause apart, then answers with all
// the words and one citation. With a fake set in shown, it waits after the
// first version and after half of them until the fake has received a
// partial answer showing that many words, so that at least two partial
// versions are written however slow the machine.
type streamer struct {
	n     int
	pause time.Duration
	shown atomic.Pointer[fakediscord.Server]
}

func streamWords(n int) string {
	words := make([]string, n)
	for k := range words {
		words[k] = fmt.Sprintf("word%d", k+1)
	}
	return strings.Join(words, " ")
}

func (s *streamer) Ask(ctx context.Context, q answer.Question) (answer.Answer, error) {
	for k := 1; k <= s.n; k++ {
		if q.OnPartial != nil {
			q.OnPartial(streamWords(k))
		}
		if f := s.shown.Load(); f != nil && (k == 1 || k == s.n/2) {
			if _, err := f.Wait(ctx, showsPartial(k)); err != nil {
				return answer.Answer{}, err
			}
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

// showsPartial matches a request that shows a partial answer of at least
// k words.
func showsPartial(k int) func(fakediscord.Request) bool {
	word := fmt.Sprintf("word%d ", k)
	return func(r fakediscord.Request) bool {
		m, ok := r.Message()
		return ok && len(m.Embeds) == 1 && m.Embeds[0].Footer != nil && m.Embeds[0].Footer.Text == "writing…" &&
			strings.Contains(m.Embeds[0].Description, word)
	}
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
	ans := &streamer{n: 30, pause: 10 * time.Millisecond}
	h := start(t, Config{StreamEvery: every}, ans, testLibrary())
	ans.shown.Store(h.f)
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
	// Once the bot is idle, it has sent all it will.
	h.idle()
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
	ans := &streamer{n: 30, pause: 10 * time.Millisecond}
	h := start(t, Config{StreamEvery: every}, ans, testLibrary())
	ans.shown.Store(h.f)
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
	// The answer is still the message a follow-up replies to.
	follow := h.f.Message(h.member("ada"), "and then?")
	if err := h.f.ReplyTo(follow, r.MessageID, true); err != nil {
		t.Fatal(err)
	}
	if err := h.f.DispatchMessage(follow); err != nil {
		t.Fatal(err)
	}
	_, fr := h.reply(follow.ID)
	// Once the bot is idle, it has sent all it will.
	h.idle()
	var writes []fakediscord.Request
	for _, q := range h.f.Requests() {
		if q.Seq > r.Seq && q.Route == fakediscord.RouteChannelMessage && q.Seq != fr.Seq {
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
}

// blockingWriter is a stream's write function that hands each write to the
// test and holds it until the test answers with the write's error.
type blockingWriter struct {
	t      *testing.T
	writes chan string // the version being written
	done   chan error  // the test's answer: the write's result
	mu     sync.Mutex
	busy   bool
	ends   []time.Time // when each write returned
	starts []time.Time // when each write began
}

func newBlockingWriter(t *testing.T) *blockingWriter {
	return &blockingWriter{t: t, writes: make(chan string), done: make(chan error)}
}

func (w *blockingWriter) write(m message) error {
	w.mu.Lock()
	if w.busy {
		w.t.Error("two writes at once")
	}
	w.busy = true
	w.starts = append(w.starts, time.Now())
	w.mu.Unlock()
	w.writes <- m.Content
	err := <-w.done
	w.mu.Lock()
	w.busy = false
	w.ends = append(w.ends, time.Now())
	w.mu.Unlock()
	return err
}

// next waits for the stream's next write and returns its version; the
// write is held until release.
func (w *blockingWriter) next(ctx context.Context) string {
	w.t.Helper()
	select {
	case v := <-w.writes:
		return v
	case <-ctx.Done():
		w.t.Fatal("no write")
		return ""
	}
}

func (w *blockingWriter) release(err error) { w.done <- err }

// waitConsumed waits until the stream has taken its pending version (to
// write it or to drop it as a repeat).
func waitConsumed(ctx context.Context, t *testing.T, st *stream) {
	t.Helper()
	for {
		st.mu.Lock()
		pending := st.pending
		st.mu.Unlock()
		if !pending {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatal("the stream never took its pending version")
		case <-time.After(time.Millisecond):
		}
	}
}

func TestStreamThrottle(t *testing.T) {
	const every = 20 * time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	w := newBlockingWriter(t)
	st := newStream(every, w.write)
	st.update(message{Content: "before start"})
	select {
	case <-st.started():
	default:
		t.Fatal("started not closed by the first update")
	}
	// Nothing is written before start: the writer would take it.
	select {
	case v := <-w.writes:
		t.Fatalf("%q written before start", v)
	default:
	}
	st.start()
	var got []string
	// The first write is the latest version, at once.
	got = append(got, w.next(ctx))
	// Versions offered while a write runs: only the latest is written next.
	for k := 1; k <= 5; k++ {
		st.update(message{Content: fmt.Sprint(k)})
	}
	w.release(nil)
	got = append(got, w.next(ctx))
	// A repeat of what was written is not written again: once the stream
	// has taken it, the next write is the version after it.
	w.release(nil)
	st.update(message{Content: "5"})
	waitConsumed(ctx, t, st)
	st.update(message{Content: "6"})
	got = append(got, w.next(ctx))
	// stop waits for the write in progress and drops what is pending.
	st.update(message{Content: "7"})
	stopped := make(chan time.Time)
	go func() { stopped <- st.stop() }()
	select {
	case <-st.quit: // stop has begun
	case <-ctx.Done():
		t.Fatal("stop did not begin")
	}
	w.release(nil)
	var last time.Time
	for waiting := true; waiting; {
		select {
		case last = <-stopped:
			waiting = false
		case v := <-w.writes:
			t.Errorf("%q written while stopping", v)
			w.release(nil)
		case <-ctx.Done():
			t.Fatal("stop did not return")
		}
	}
	st.update(message{Content: "after stop"})

	if diff := cmp.Diff([]string{"before start", "5", "6"}, got); diff != "" {
		t.Errorf("writes (-want +got):\n%s", diff)
	}
	// After stop returned there is no write in progress and none to come.
	select {
	case v := <-w.writes:
		t.Errorf("%q written after stop", v)
	default:
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.busy || len(w.ends) != 3 {
		t.Fatalf("stop returned with a write in progress (busy %v, %d writes ended)", w.busy, len(w.ends))
	}
	// Each write begins at least every after the one before ended.
	for k := 1; k < len(w.starts); k++ {
		if gap := w.starts[k].Sub(w.ends[k-1]); gap < every {
			t.Errorf("write %d began %v after write %d ended, want at least %v", k, gap, k-1, every)
		}
	}
	if end := w.ends[len(w.ends)-1]; last.Before(end) {
		t.Errorf("stop returned %v, before the last write ended at %v", last, end)
	}
}

func TestStreamStopsAfterFailure(t *testing.T) {
	const every = time.Millisecond
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	w := newBlockingWriter(t)
	st := newStream(every, w.write)
	idle := make(chan struct{}, 16)
	st.idle = func() { idle <- struct{}{} }
	st.start()
	st.update(message{Content: "a"})
	if v := w.next(ctx); v != "a" {
		t.Errorf("first write %q, want a", v)
	}
	// The stream went idle once before "a": forget that.
	for len(idle) > 0 {
		<-idle
	}
	// A version is pending when the write fails.
	st.update(message{Content: "b"})
	w.release(errors.New("refused"))
	st.update(message{Content: "c"})
	// After the failure the stream goes idle with "b" (and "c") unwritten;
	// one that kept writing would write "b" first.
	select {
	case v := <-w.writes:
		t.Errorf("%q written after a write failed", v)
		w.release(nil)
	case <-idle:
	case <-ctx.Done():
		t.Fatal("the stream neither wrote nor went idle")
	}
	st.stop()
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.ends) != 1 {
		t.Errorf("%d writes, want none after the first failed", len(w.ends))
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
