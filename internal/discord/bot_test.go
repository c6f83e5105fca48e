package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/fakediscord"
	"github.com/chapterbot/chapterbot/internal/feedback"
	"github.com/chapterbot/chapterbot/internal/search"
)

// answererFunc is an Answerer made of a function.
type answererFunc func(ctx context.Context, q answer.Question) (answer.Answer, error)

func (f answererFunc) Ask(ctx context.Context, q answer.Question) (answer.Answer, error) {
	return f(ctx, q)
}

// recorder is an Answerer that answers every question the same way,
// citing one section, and remembers the questions it was asked.
type recorder struct {
	mu    sync.Mutex
	asked []answer.Question
}

func (r *recorder) Ask(_ context.Context, q answer.Question) (answer.Answer, error) {
	r.mu.Lock()
	r.asked = append(r.asked, answer.Question{Text: q.Text, Previous: q.Previous})
	r.mu.Unlock()
	return answer.Answer{Question: q.Text, Text: "Answer to: " + q.Text + " [1]", Mode: "extractive", Covered: true,
		Citations: []answer.Citation{{N: 1, ID: "slices#basics", ChapterTitle: "Slices", Heading: "Basics",
			URL: "https://book.test/slices#basics"}}}, nil
}

func (r *recorder) questions() []answer.Question {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]answer.Question(nil), r.asked...)
}

// library is a Library over fixed chapters.
type library struct {
	chapters []search.ChapterInfo
	texts    map[string]string
	hits     []search.Hit

	mu       sync.Mutex
	searched []string
}

func (l *library) Search(_ context.Context, query string, k int) ([]search.Hit, error) {
	l.mu.Lock()
	l.searched = append(l.searched, fmt.Sprintf("%s/%d", query, k))
	l.mu.Unlock()
	return l.hits[:min(k, len(l.hits))], nil
}

func (l *library) Chapters() []search.ChapterInfo { return l.chapters }

func (l *library) Section(id string) (string, search.SectionInfo, bool) {
	for _, c := range l.chapters {
		for _, s := range c.Sections {
			if s.ID == id {
				return l.texts[id], s, true
			}
		}
	}
	return "", search.SectionInfo{}, false
}

func testLibrary() *library {
	sec := func(ch, chTitle, anchor, heading string, level int) search.SectionInfo {
		return search.SectionInfo{ID: ch + "#" + anchor, Heading: heading, Level: level, Trail: []string{chTitle, heading},
			URL: "https://book.test/" + ch + "#" + anchor}
	}
	return &library{
		chapters: []search.ChapterInfo{
			{Slug: "slices", Title: "Slices", URL: "https://book.test/slices", Sections: []search.SectionInfo{
				{ID: "slices", Level: 1, Trail: []string{"Slices"}},
				sec("slices", "Slices", "basics", "Basics", 2), sec("slices", "Slices", "append", "Append and capacity", 2)}},
			{Slug: "maps", Title: "Maps", URL: "https://book.test/maps", Sections: []search.SectionInfo{
				sec("maps", "Maps", "basics", "Basics", 2), sec("maps", "Maps", "iteration-order", "Iteration order", 3)}},
			{Slug: "sorting", Title: "Sorting slices", URL: "https://book.test/sorting"},
		},
		texts: map[string]string{"maps#iteration-order": "Map iteration order is not specified."},
		hits: []search.Hit{
			{ID: "slices#append", ChapterTitle: "Slices", Heading: "Append and capacity", URL: "https://book.test/slices#append",
				Snippet: "append may reallocate the backing array"},
			{ID: "maps#basics", ChapterTitle: "Maps", Heading: "Basics", URL: "https://book.test/maps#basics",
				Snippet: "a map maps keys to values"},
		},
	}
}

// logSink keeps the bot's log records so tests can wait for one.
type logSink struct {
	mu      sync.Mutex
	records []string
	changed chan struct{}
}

func (l *logSink) Enabled(context.Context, slog.Level) bool { return true }
func (l *logSink) WithAttrs([]slog.Attr) slog.Handler       { return l }
func (l *logSink) WithGroup(string) slog.Handler            { return l }
func (l *logSink) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString(r.Level.String() + " " + r.Message)
	r.Attrs(func(a slog.Attr) bool {
		if a.Key != "stack" {
			b.WriteString(" " + a.String())
		}
		return true
	})
	l.mu.Lock()
	l.records = append(l.records, b.String())
	close(l.changed)
	l.changed = make(chan struct{})
	l.mu.Unlock()
	return nil
}

func (l *logSink) wait(ctx context.Context, substr string) error {
	for n := 0; ; {
		l.mu.Lock()
		recs, ch := l.records, l.changed
		l.mu.Unlock()
		for ; n < len(recs); n++ {
			if strings.Contains(recs[n], substr) {
				return nil
			}
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("wait for log %q: %w", substr, ctx.Err())
		}
	}
}

// testGuild is the fake's guild, where members and messages are by
// default: a bot with Config.GuildID testGuild takes it as its home.
const testGuild = "1200000000004194304"

// harness is a bot running against a fake Discord.
type harness struct {
	t      testing.TB
	f      *fakediscord.Server
	bot    *Bot
	logs   *logSink
	cancel context.CancelFunc
	done   chan error
}

// start runs a bot with cfg against a new fake Discord. When the test ends
// it stops the bot and checks every request the bot made: none refused by
// the fake, and none able to ping anyone.
func start(t testing.TB, cfg Config, ans Answerer, lib Library) *harness {
	t.Helper()
	if tt, ok := t.(*testing.T); ok {
		tt.Parallel()
	}
	return run(t, cfg, ans, lib)
}

// startAlone is start for a test that measures load: it runs before the
// parallel tests, with the machine to itself.
func startAlone(t testing.TB, cfg Config, ans Answerer, lib Library) *harness {
	t.Helper()
	return run(t, cfg, ans, lib)
}

func run(t testing.TB, cfg Config, ans Answerer, lib Library) *harness {
	t.Helper()
	return runOn(t, fakediscord.Options{}, cfg, ans, lib)
}

// runOn is run against a fake Discord with options fo (its guild is always
// testGuild).
func runOn(t testing.TB, fo fakediscord.Options, cfg Config, ans Answerer, lib Library) *harness {
	t.Helper()
	fo.GuildID = testGuild
	f := fakediscord.New(fo)
	logs := &logSink{changed: make(chan struct{})}
	cfg.Token = "test-token"
	cfg.APIURL = f.URL()
	if cfg.StreamEvery == 0 {
		// Discord's pace (1.5 s between edits) only slows tests that do
		// not look at it; those that do set their own.
		cfg.StreamEvery = 20 * time.Millisecond
	}
	cfg.Logger = slog.New(logs)
	if cfg.IndexVersion == nil {
		cfg.IndexVersion = func() string { return "v1" }
	}
	bot, err := New(cfg, ans, lib)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{t: t, f: f, bot: bot, logs: logs, cancel: cancel, done: make(chan error, 1)}
	go func() { h.done <- bot.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		// Once the bot logs that it closes the gateway, it has nothing in
		// flight and sends nothing more: the requests can be checked. The
		// close itself takes discordgo a second (it sleeps after sending
		// its close frame), so it finishes in the background, all tests'
		// closes at once, and TestMain waits for them.
		ctx, stop := context.WithTimeout(context.Background(), 20*time.Second)
		defer stop()
		closing := make(chan error, 1)
		go func() { closing <- logs.wait(ctx, "discord bot closing the gateway") }()
		ran := false
		select {
		case err := <-h.done:
			ran = true
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case err := <-closing:
			if err != nil {
				t.Error("Run did not close the gateway after its context was cancelled")
			}
		}
		h.checkRequests()
		if t.Failed() {
			logs.mu.Lock()
			t.Logf("bot log:\n%s", strings.Join(logs.records, "\n"))
			logs.mu.Unlock()
		}
		closers.add(t.Name(), func() error {
			defer f.Close()
			if ran {
				return nil
			}
			select {
			case err := <-h.done:
				return err
			case <-time.After(20 * time.Second):
				return errors.New("Run did not return after closing the gateway")
			}
		})
	})
	if _, err := f.Wait(h.ctx(), func(r fakediscord.Request) bool { return r.Route == fakediscord.RouteCommandOverwrite }); err != nil {
		t.Fatalf("commands never registered: %v", err)
	}
	return h
}

// idle stops the bot and waits until it has nothing in flight: from then
// on it sends nothing more, so the test can look at all it sent.
func (h *harness) idle() {
	h.t.Helper()
	h.cancel()
	if err := h.logs.wait(h.ctx(), "discord bot closing the gateway"); err != nil {
		h.t.Fatal(err)
	}
}

// checkRequests asserts what must hold for every request of a test.
func (h *harness) checkRequests() {
	reqs := h.f.Requests()
	if err := fakediscord.CheckNoMentions(reqs); err != nil {
		h.t.Errorf("a message could ping someone:\n%v", err)
	}
	for _, r := range reqs {
		if r.Status >= 400 {
			h.t.Errorf("fake refused request %d %s %s: %d %s\nbody: %s", r.Seq, r.Method, r.Path, r.Status, r.Error, r.Body)
		}
	}
}

func (h *harness) ctx() context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	h.t.Cleanup(cancel)
	return ctx
}

func (h *harness) member(name string) *discordgo.Member {
	return h.f.Member(h.f.NewUser(name), discordgo.PermissionSendMessages|discordgo.PermissionViewChannel)
}

func (h *harness) dispatch(i *fakediscord.Interaction) {
	h.t.Helper()
	// While the client reconnects (discordgo's old heartbeat can close a
	// freshly resumed connection once more) the shard has no connection;
	// Discord would hold the event for the resume, so wait for one.
	for ctx := h.ctx(); ; time.Sleep(5 * time.Millisecond) {
		err := h.f.DispatchInteraction(i)
		if err == nil {
			return
		}
		if !errors.Is(err, fakediscord.ErrNoGateway) || ctx.Err() != nil {
			h.t.Fatal(err)
		}
	}
}

// callback waits for the initial response to interaction id.
func (h *harness) callback(id string) fakediscord.Request {
	h.t.Helper()
	r, err := h.f.Wait(h.ctx(), func(r fakediscord.Request) bool {
		return r.Route == fakediscord.RouteCallback && r.Params["interaction"] == id
	})
	if err != nil {
		h.t.Fatal(err)
	}
	return r
}

// final waits for the message that answers interaction i: the initial
// response, or the edit of a deferred one.
func (h *harness) final(i *fakediscord.Interaction) (fakediscord.Sent, fakediscord.Request) {
	h.t.Helper()
	r := h.callback(i.ID)
	if r.CallbackType() == discordgo.InteractionResponseDeferredChannelMessageWithSource {
		var err error
		r, err = h.f.Wait(h.ctx(), func(r fakediscord.Request) bool {
			return r.Route == fakediscord.RouteEditOriginal && r.Params["token"] == i.Token
		})
		if err != nil {
			h.t.Fatal(err)
		}
	}
	m, ok := r.Message()
	if !ok {
		h.t.Fatalf("request %s %s carries no message: %s", r.Method, r.Path, r.Body)
	}
	return m, r
}

// reply waits for the bot's reply to the user message id.
func (h *harness) reply(id string) (fakediscord.Sent, fakediscord.Request) {
	h.t.Helper()
	r, err := h.f.Wait(h.ctx(), func(r fakediscord.Request) bool {
		m, ok := r.Message()
		return ok && r.Route == fakediscord.RouteChannelMessage && m.Reference != nil && m.Reference.MessageID == id
	})
	if err != nil {
		h.t.Fatal(err)
	}
	m, _ := r.Message()
	return m, r
}

func (h *harness) count(match func(fakediscord.Request) bool) int {
	n := 0
	for _, r := range h.f.Requests() {
		if match(r) {
			n++
		}
	}
	return n
}

func TestCommandRegistration(t *testing.T) {
	t.Run("guild", func(t *testing.T) {
		h := start(t, Config{GuildID: "1234", ShardID: 1, ShardCount: 2}, &recorder{}, testLibrary())
		r, _ := h.f.Wait(h.ctx(), func(r fakediscord.Request) bool { return r.Route == fakediscord.RouteCommandOverwrite })
		if want := "/api/v9/applications/" + h.f.AppID + "/guilds/1234/commands"; r.Method != "PUT" || r.Path != want {
			t.Errorf("registered with %s %s, want PUT %s", r.Method, r.Path, want)
		}
		var cmds []*discordgo.ApplicationCommand
		if err := r.Decode(&cmds); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range cmds {
			var opts []string
			for _, o := range c.Options {
				opts = append(opts, fmt.Sprintf("%s:%d required=%v autocomplete=%v max_length=%d max_value=%v",
					o.Name, o.Type, o.Required, o.Autocomplete, o.MaxLength, o.MaxValue))
			}
			got = append(got, c.Name+" "+strings.Join(opts, "; "))
		}
		want := []string{
			"ask question:3 required=true autocomplete=false max_length=500 max_value=0; private:5 required=false autocomplete=false max_length=0 max_value=0",
			"search query:3 required=true autocomplete=false max_length=200 max_value=0; results:4 required=false autocomplete=false max_length=0 max_value=10",
			"chapter name:3 required=true autocomplete=true max_length=0 max_value=0; section:3 required=false autocomplete=true max_length=0 max_value=0",
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("commands (-want +got):\n%s", diff)
		}
		ids := h.f.Identifies()
		if len(ids) != 1 {
			t.Fatalf("%d identifies", len(ids))
		}
		if ids[0].Intents != discordgo.IntentsGuildMessages|discordgo.IntentsDirectMessages {
			t.Errorf("intents = %b, want guild messages and direct messages only", ids[0].Intents)
		}
		if ids[0].Shard != [2]int{1, 2} || ids[0].Token != "Bot test-token" {
			t.Errorf("identify shard %v token %q", ids[0].Shard, ids[0].Token)
		}
	})
	t.Run("global", func(t *testing.T) {
		h := start(t, Config{}, &recorder{}, testLibrary())
		r, _ := h.f.Wait(h.ctx(), func(r fakediscord.Request) bool { return r.Route == fakediscord.RouteCommandOverwrite })
		if want := "/api/v9/applications/" + h.f.AppID + "/commands"; r.Path != want {
			t.Errorf("registered at %s, want %s", r.Path, want)
		}
		if got := len(h.f.Commands("")); got != 3 {
			t.Errorf("%d global commands, want 3", got)
		}
	})
}

func TestAsk(t *testing.T) {
	ans := &recorder{}
	h := start(t, Config{}, ans, testLibrary())
	for _, private := range []bool{false, true} {
		in := h.f.Command(h.member("ada"), "ask", fakediscord.Option("question", "What is a slice?"), fakediscord.Option("private", private))
		h.dispatch(in)
		m, r := h.final(in)
		if r.CallbackType() != discordgo.InteractionResponseChannelMessageWithSource {
			t.Errorf("private=%v: response type %d, want a direct answer", private, r.CallbackType())
		}
		if m.Ephemeral() != private {
			t.Errorf("private=%v: ephemeral = %v", private, m.Ephemeral())
		}
		if len(m.Embeds) != 1 {
			t.Fatalf("%d embeds", len(m.Embeds))
		}
		e := m.Embeds[0]
		if e.Title != "What is a slice?" || e.Description != "Answer to: What is a slice? [1]" ||
			len(e.Fields) != 1 || e.Fields[0].Value != "[1. Slices › Basics](https://book.test/slices#basics)" ||
			e.Footer == nil || e.Footer.Text != "extractive · index v1" {
			t.Errorf("embed = %+v fields %+v footer %+v", e, e.Fields, e.Footer)
		}
		if diff := cmp.Diff([]string{"vote/up/" + in.ID, "vote/down/" + in.ID}, m.CustomIDs()); diff != "" {
			t.Errorf("buttons (-want +got):\n%s", diff)
		}
	}
	want := []answer.Question{{Text: "What is a slice?"}, {Text: "What is a slice?"}}
	if diff := cmp.Diff(want, ans.questions()); diff != "" {
		t.Errorf("questions asked (-want +got):\n%s", diff)
	}
}

// gate is an Answerer that blocks each question until released.
type gate struct {
	started chan string
	release chan struct{}
}

func newGate() *gate { return &gate{started: make(chan string, 10), release: make(chan struct{})} }

func (g *gate) Ask(ctx context.Context, q answer.Question) (answer.Answer, error) {
	g.started <- q.Text
	select {
	case <-g.release:
	case <-ctx.Done():
		return answer.Answer{}, ctx.Err()
	}
	return (&recorder{}).Ask(ctx, q)
}

func TestAskDeferred(t *testing.T) {
	t.Run("slow answer", func(t *testing.T) {
		g := newGate()
		h := start(t, Config{DeferAfter: 20 * time.Millisecond}, g, testLibrary())
		in := h.f.Command(h.member("ada"), "ask", fakediscord.Option("question", "slow?"), fakediscord.Option("private", true))
		h.dispatch(in)
		r := h.callback(in.ID)
		if r.CallbackType() != discordgo.InteractionResponseDeferredChannelMessageWithSource {
			t.Fatalf("response type %d, want deferred", r.CallbackType())
		}
		if m, _ := r.Message(); !m.Ephemeral() {
			t.Error("deferred response of a private question is public")
		}
		close(g.release)
		m, _ := h.final(in)
		if len(m.Embeds) != 1 || m.Embeds[0].Title != "slow?" {
			t.Errorf("edited answer = %+v", m)
		}
	})
	t.Run("always defer", func(t *testing.T) {
		h := start(t, Config{AlwaysDefer: true}, &recorder{}, testLibrary())
		in := h.f.Command(h.member("ada"), "ask", fakediscord.Option("question", "fast?"))
		h.dispatch(in)
		if r := h.callback(in.ID); r.CallbackType() != discordgo.InteractionResponseDeferredChannelMessageWithSource {
			t.Fatalf("response type %d, want deferred", r.CallbackType())
		}
		if m, _ := h.final(in); len(m.Embeds) != 1 || m.Embeds[0].Title != "fast?" || m.Ephemeral() {
			t.Errorf("edited answer = %+v", m)
		}
	})
}

// TestLongAnswerCapped checks that a reply of any length makes at most two
// messages (it once made 25 public follow-ups): a model's 100,000
// characters, and a source whose heading is 100,000 characters.
func TestLongAnswerCapped(t *testing.T) {
	long := strings.Repeat("This sentence is part of a very long answer [1]. ", 2000) // ~100,000 characters
	hugeHeading := strings.Repeat("Heading ", 12500)
	ans := answererFunc(func(_ context.Context, q answer.Question) (answer.Answer, error) {
		a := answer.Answer{Question: q.Text, Text: long, Covered: true,
			Citations: []answer.Citation{{N: 1, ChapterTitle: "Slices", Heading: "Basics", URL: "https://book.test/slices#basics"}}}
		if q.Text == "huge heading?" {
			a.Text = "Short [1] and [2]."
			a.Citations = append(a.Citations, answer.Citation{N: 2, ChapterTitle: hugeHeading, Heading: hugeHeading,
				URL: "https://book.test/huge"})
		}
		return a, nil
	})
	h := start(t, Config{}, ans, testLibrary())
	for _, q := range []string{"long?", "huge heading?"} {
		in := h.f.Command(h.member("ada"), "ask", fakediscord.Option("question", q), fakediscord.Option("private", true))
		h.dispatch(in)
		first, _ := h.final(in)
		isFollowup := func(r fakediscord.Request) bool {
			return r.Route == fakediscord.RouteFollowup && r.Params["token"] == in.Token
		}
		// The message with the vote buttons is the last.
		if len(first.CustomIDs()) == 0 {
			if _, err := h.f.Wait(h.ctx(), func(r fakediscord.Request) bool {
				m, ok := r.Message()
				return isFollowup(r) && ok && len(m.CustomIDs()) > 0
			}); err != nil {
				t.Fatal(err)
			}
		}
		var fus []fakediscord.Sent
		for _, r := range h.f.Requests() {
			if isFollowup(r) {
				m, _ := r.Message()
				fus = append(fus, m)
				if !m.Ephemeral() {
					t.Errorf("%s: follow-up of a private answer is public", q)
				}
			}
		}
		if len(fus) > 1 {
			t.Errorf("%s: %d follow-ups, want at most one (two messages in all)", q, len(fus))
		}
		text := first.Text()
		for _, m := range fus {
			text += m.Text()
		}
		switch q {
		case "long?":
			if !strings.Contains(text, english.cutShort) || len(fus) != 1 {
				t.Errorf("%s: %d follow-ups, cut-short marker shown %v", q, len(fus), strings.Contains(text, english.cutShort))
			}
		case "huge heading?":
			if n := runeLen(text); n > 1000 {
				t.Errorf("%s: %d characters for a short answer, want its source's heading trimmed", q, n)
			}
		}
	}
}

func TestNotCovered(t *testing.T) {
	store, err := feedback.Open(filepath.Join(t.TempDir(), "feedback.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	ans := answererFunc(func(_ context.Context, q answer.Question) (answer.Answer, error) {
		return answer.Answer{Question: q.Text, Covered: false, Nearest: []answer.Citation{
			{N: 1, ChapterTitle: "Maps", Heading: "Basics", URL: "https://book.test/maps#basics"}}}, nil
	})
	h := start(t, Config{Feedback: store}, ans, testLibrary())
	in := h.f.Command(h.member("ada"), "ask", fakediscord.Option("question", "How do I bake bread?"))
	h.dispatch(in)
	m, _ := h.final(in)
	if len(m.Embeds) != 1 || m.Embeds[0].Description != "The book doesn't cover this. The nearest sections are:\n• [Maps › Basics](https://book.test/maps#basics)" {
		t.Errorf("answer = %+v", m.Embeds)
	}
	unc, err := store.Uncovered()
	if err != nil {
		t.Fatal(err)
	}
	if len(unc) != 1 || unc[0].Question != "How do I bake bread?" {
		t.Errorf("uncovered = %+v", unc)
	}
}

func TestVote(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feedback.jsonl")
	store, err := feedback.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	h := start(t, Config{Feedback: store}, &recorder{}, testLibrary())
	asker := h.member("ada")
	in := h.f.Command(asker, "ask", fakediscord.Option("question", "What is a map?"))
	h.dispatch(in)
	_, r := h.final(in)
	voter := h.member("grace")
	for _, vote := range []string{"up", "down"} {
		click, err := h.f.Button(voter, r.MessageID, "vote/"+vote+"/"+in.ID)
		if err != nil {
			t.Fatal(err)
		}
		h.dispatch(click)
		m, _ := h.final(click)
		if !m.Ephemeral() || m.Content != "Thanks for the feedback!" {
			t.Errorf("vote reply = %q ephemeral %v", m.Content, m.Ephemeral())
		}
	}
	votes, err := store.Votes()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, v := range votes {
		got = append(got, fmt.Sprintf("%s %s %q", v.UserID, v.Vote, v.Question))
		if v.InteractionID == "" || v.Time.IsZero() {
			t.Errorf("vote %+v lacks its interaction or time", v)
		}
	}
	want := []string{voter.User.ID + ` up "What is a map?"`, voter.User.ID + ` down "What is a map?"`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("votes (-want +got):\n%s", diff)
	}
}

func TestSearchAndShare(t *testing.T) {
	lib := testLibrary()
	ans := answererFunc(func(context.Context, answer.Question) (answer.Answer, error) {
		return answer.Answer{}, errors.New("search must not ask the answerer")
	})
	h := start(t, Config{}, ans, lib)
	mentor := h.member("mentor")
	in := h.f.Command(mentor, "search", fakediscord.Option("query", "append @everyone"), fakediscord.Option("results", 1))
	h.dispatch(in)
	m, r := h.final(in)
	if !m.Ephemeral() || len(m.Embeds) != 1 || len(m.Embeds[0].Fields) != 1 ||
		m.Embeds[0].Fields[0].Value != "append may reallocate the backing array\n[Read in the book](https://book.test/slices#append)" {
		t.Fatalf("search result = ephemeral %v %+v", m.Ephemeral(), m.Embeds)
	}
	if diff := cmp.Diff([]string{"append @everyone/1"}, lib.searched); diff != "" {
		t.Errorf("searches (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"share"}, m.CustomIDs()); diff != "" {
		t.Errorf("buttons (-want +got):\n%s", diff)
	}
	click, err := h.f.Button(mentor, r.MessageID, "share")
	if err != nil {
		t.Fatal(err)
	}
	h.dispatch(click)
	shared, _ := h.final(click)
	if shared.Ephemeral() || shared.Content != "Shared by <@"+mentor.User.ID+">" {
		t.Errorf("shared = %q ephemeral %v", shared.Content, shared.Ephemeral())
	}
	if diff := cmp.Diff(m.Embeds, shared.Embeds); diff != "" {
		t.Errorf("shared embeds differ (-search +shared):\n%s", diff)
	}
}

func TestChapter(t *testing.T) {
	h := start(t, Config{}, &recorder{}, testLibrary())
	tests := []struct {
		name      string
		opts      []*discordgo.ApplicationCommandInteractionDataOption
		ephemeral bool
		text      string
	}{
		{"outline by choice", []*discordgo.ApplicationCommandInteractionDataOption{fakediscord.Option("name", "maps")}, false,
			"Maps\n• [Basics](https://book.test/maps#basics)\n  • [Iteration order](https://book.test/maps#iteration-order)\n2 sections · index v1"},
		{"outline by typed title", []*discordgo.ApplicationCommandInteractionDataOption{fakediscord.Option("name", "slic")}, false,
			"Slices\n• [Basics](https://book.test/slices#basics)\n• [Append and capacity](https://book.test/slices#append)\n2 sections · index v1"},
		{"section", []*discordgo.ApplicationCommandInteractionDataOption{fakediscord.Option("name", "maps"), fakediscord.Option("section", "maps#iteration-order")}, false,
			"Maps › Iteration order\nMap iteration order is not specified.\n\n[Read the whole section](https://book.test/maps#iteration-order)\nindex v1"},
		{"unknown chapter", []*discordgo.ApplicationCommandInteractionDataOption{fakediscord.Option("name", "bread")}, true,
			"No chapter matches “bread”. Pick one from the list as you type."},
		{"unknown section", []*discordgo.ApplicationCommandInteractionDataOption{fakediscord.Option("name", "maps"), fakediscord.Option("section", "zzz")}, true,
			"No section of “Maps” matches “zzz”."},
	}
	for _, tc := range tests {
		in := h.f.Command(h.member("ada"), "chapter", tc.opts...)
		h.dispatch(in)
		m, _ := h.final(in)
		got := strings.TrimPrefix(m.Text(), "\n")
		if got != tc.text || m.Ephemeral() != tc.ephemeral {
			t.Errorf("%s: got %q (ephemeral %v), want %q (ephemeral %v)", tc.name, got, m.Ephemeral(), tc.text, tc.ephemeral)
		}
	}
}

func TestChapterAutocomplete(t *testing.T) {
	h := start(t, Config{}, &recorder{}, testLibrary())
	type choice struct{ Name, Value string }
	tests := []struct {
		name string
		opts []*discordgo.ApplicationCommandInteractionDataOption
		want []choice
	}{
		{"all chapters", []*discordgo.ApplicationCommandInteractionDataOption{fakediscord.Focused("name", "")},
			[]choice{{"Slices", "slices"}, {"Maps", "maps"}, {"Sorting slices", "sorting"}}},
		{"prefix before substring", []*discordgo.ApplicationCommandInteractionDataOption{fakediscord.Focused("name", "SL")},
			[]choice{{"Slices", "slices"}, {"Sorting slices", "sorting"}}},
		{"sections of the chosen chapter", []*discordgo.ApplicationCommandInteractionDataOption{
			fakediscord.Option("name", "maps"), fakediscord.Focused("section", "or")},
			[]choice{{"Iteration order", "maps#iteration-order"}}},
		{"sections of an unknown chapter", []*discordgo.ApplicationCommandInteractionDataOption{
			fakediscord.Option("name", "bread"), fakediscord.Focused("section", "")}, []choice{}},
	}
	for _, tc := range tests {
		in := h.f.Autocomplete(h.member("ada"), "chapter", tc.opts...)
		h.dispatch(in)
		r := h.callback(in.ID)
		var body struct {
			Type discordgo.InteractionResponseType `json:"type"`
			Data struct {
				Choices []choice `json:"choices"`
			} `json:"data"`
		}
		if err := r.Decode(&body); err != nil {
			t.Fatal(err)
		}
		if body.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
			t.Errorf("%s: response type %d", tc.name, body.Type)
		}
		if diff := cmp.Diff(tc.want, body.Data.Choices); diff != "" {
			t.Errorf("%s: choices (-want +got):\n%s", tc.name, diff)
		}
	}
}

// panickyLibrary is a library whose chapter list panics.
type panickyLibrary struct{ *library }

func (panickyLibrary) Chapters() []search.ChapterInfo { panic("the chapter list exploded") }

func TestAutocompletePanic(t *testing.T) {
	h := start(t, Config{}, &recorder{}, panickyLibrary{testLibrary()})
	in := h.f.Autocomplete(h.member("ada"), "chapter", fakediscord.Focused("name", "sl"))
	h.dispatch(in)
	r := h.callback(in.ID)
	var body struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data struct {
			Choices *[]struct{ Name, Value string } `json:"choices"`
		} `json:"data"`
	}
	if err := r.Decode(&body); err != nil {
		t.Fatal(err)
	}
	if r.Status >= 400 || body.Type != discordgo.InteractionApplicationCommandAutocompleteResult ||
		body.Data.Choices == nil || len(*body.Data.Choices) != 0 {
		t.Errorf("response %d type %d choices %v, want an empty autocomplete result", r.Status, body.Type, body.Data.Choices)
	}
	if err := h.logs.wait(h.ctx(), "the chapter list exploded"); err != nil {
		t.Error(err)
	}
	if n := h.count(func(r fakediscord.Request) bool {
		return r.Params["interaction"] == in.ID || r.Params["token"] == in.Token
	}); n != 1 {
		t.Errorf("%d requests for the interaction, want one response", n)
	}
}

func TestMention(t *testing.T) {
	ans := &recorder{}
	h := start(t, Config{}, ans, testLibrary())
	ada := h.member("ada")
	bot := "<@" + h.f.BotUser.ID + ">"

	ignored := h.f.Message(ada, "no mention: what is a slice?")
	if err := h.f.DispatchMessage(ignored); err != nil {
		t.Fatal(err)
	}
	msg := h.f.Message(ada, bot+" what is   a map?")
	if err := h.f.DispatchMessage(msg); err != nil {
		t.Fatal(err)
	}
	m, r := h.reply(msg.ID)
	if len(m.Embeds) != 1 || m.Embeds[0].Title != "what is a map?" || r.Params["channel"] != msg.ChannelID {
		t.Errorf("reply = %+v in channel %s", m.Embeds, r.Params["channel"])
	}
	dm := h.f.DirectMessage(ada.User, "what is a channel?")
	if err := h.f.DispatchMessage(dm); err != nil {
		t.Fatal(err)
	}
	h.reply(dm.ID)

	empty := h.f.Message(ada, bot)
	if err := h.f.DispatchMessage(empty); err != nil {
		t.Fatal(err)
	}
	if m, _ := h.reply(empty.ID); !strings.Contains(m.Content, "Mention me with a question") {
		t.Errorf("reply to a bare mention = %q", m.Content)
	}

	want := []answer.Question{{Text: "what is a map?"}, {Text: "what is a channel?"}}
	if diff := cmp.Diff(want, ans.questions()); diff != "" {
		t.Errorf("questions asked (-want +got):\n%s", diff)
	}
	if n := h.count(func(r fakediscord.Request) bool {
		m, ok := r.Message()
		return ok && m.Reference != nil && m.Reference.MessageID == ignored.ID
	}); n != 0 {
		t.Errorf("%d replies to a message that does not mention the bot", n)
	}
}

func TestFollowUp(t *testing.T) {
	ans := &recorder{}
	h := start(t, Config{}, ans, testLibrary())
	ada := h.member("ada")
	bot := "<@" + h.f.BotUser.ID + ">"

	// A follow-up to an answer to a mention.
	first := h.f.Message(ada, bot+" what is a slice?")
	if err := h.f.DispatchMessage(first); err != nil {
		t.Fatal(err)
	}
	_, r := h.reply(first.ID)
	follow := h.f.Message(ada, "and how does it grow?")
	if err := h.f.ReplyTo(follow, r.MessageID, true); err != nil {
		t.Fatal(err)
	}
	if err := h.f.DispatchMessage(follow); err != nil {
		t.Fatal(err)
	}
	h.reply(follow.ID)

	// A follow-up to an /ask answer, whose message ID the bot never saw.
	in := h.f.Command(ada, "ask", fakediscord.Option("question", "what is a map?"))
	h.dispatch(in)
	_, ar := h.final(in)
	follow2 := h.f.Message(ada, bot+" is its order fixed?")
	if err := h.f.ReplyTo(follow2, ar.MessageID, false); err != nil {
		t.Fatal(err)
	}
	if err := h.f.DispatchMessage(follow2); err != nil {
		t.Fatal(err)
	}
	h.reply(follow2.ID)

	// A reply to someone else's message is no follow-up.
	other := h.f.Message(h.member("grace"), "maps are hash tables")
	if err := h.f.DispatchMessage(other); err != nil {
		t.Fatal(err)
	}
	notFollow := h.f.Message(ada, bot+" really?")
	if err := h.f.ReplyTo(notFollow, other.ID, false); err != nil {
		t.Fatal(err)
	}
	if err := h.f.DispatchMessage(notFollow); err != nil {
		t.Fatal(err)
	}
	h.reply(notFollow.ID)

	want := []answer.Question{
		{Text: "what is a slice?"},
		{Text: "and how does it grow?", Previous: "what is a slice?"},
		{Text: "what is a map?"},
		{Text: "is its order fixed?", Previous: "what is a map?"},
		{Text: "really?"},
	}
	if diff := cmp.Diff(want, ans.questions()); diff != "" {
		t.Errorf("questions asked (-want +got):\n%s", diff)
	}
}

func TestNobodyPinged(t *testing.T) {
	// The harness checks allowed_mentions of every body after each test;
	// this one makes sure the bodies do carry mentions that would ping.
	h := start(t, Config{}, &recorder{}, testLibrary())
	ada := h.member("ada")
	q := "@everyone @here <@123> <@&456> what is a slice?"
	in := h.f.Command(ada, "ask", fakediscord.Option("question", q))
	h.dispatch(in)
	m, _ := h.final(in)
	msg := h.f.Message(ada, "<@"+h.f.BotUser.ID+"> "+q)
	if err := h.f.DispatchMessage(msg); err != nil {
		t.Fatal(err)
	}
	m2, _ := h.reply(msg.ID)
	for _, sent := range []fakediscord.Sent{m, m2} {
		if !strings.Contains(sent.Text(), "@everyone") || !strings.Contains(sent.Text(), "<@&456>") {
			t.Errorf("answer %q does not repeat the question's mentions", sent.Text())
		}
		if sent.AllowedMentions == nil || sent.AllowedMentions.Parse == nil || len(sent.AllowedMentions.Parse) != 0 {
			t.Errorf("allowed_mentions = %+v, want parse []", sent.AllowedMentions)
		}
	}
}

func TestHandlerFailure(t *testing.T) {
	ans := answererFunc(func(_ context.Context, q answer.Question) (answer.Answer, error) {
		switch q.Text {
		case "boom":
			panic("the answerer exploded")
		case "fail":
			return answer.Answer{}, errors.New("index unavailable: /secret/path")
		}
		return (&recorder{}).Ask(context.Background(), q)
	})
	h := start(t, Config{}, ans, testLibrary())
	ada := h.member("ada")
	for _, q := range []string{"fail", "boom", "fine"} {
		in := h.f.Command(ada, "ask", fakediscord.Option("question", q))
		h.dispatch(in)
		m, _ := h.final(in)
		if q == "fine" {
			if len(m.Embeds) != 1 || m.Embeds[0].Title != "fine" {
				t.Errorf("after failures, answer = %+v", m)
			}
			continue
		}
		if m.Content != english.apology || !m.Ephemeral() || strings.Contains(m.Text(), "secret") {
			t.Errorf("%s: reply %q ephemeral %v, want the apology", q, m.Content, m.Ephemeral())
		}
		if n := h.count(func(r fakediscord.Request) bool {
			return r.Params["interaction"] == in.ID || r.Params["token"] == in.Token
		}); n != 1 {
			t.Errorf("%s: %d requests for the interaction, want one response", q, n)
		}
	}
	// A panic while answering a mention leaves the bot answering too.
	msg := h.f.Message(ada, "<@"+h.f.BotUser.ID+"> boom")
	if err := h.f.DispatchMessage(msg); err != nil {
		t.Fatal(err)
	}
	if m, _ := h.reply(msg.ID); m.Content != english.apology {
		t.Errorf("reply to a panicking mention = %q", m.Content)
	}
	if err := h.logs.wait(h.ctx(), "the answerer exploded"); err != nil {
		t.Error(err)
	}
}

var retryRe = regexp.MustCompile(`^You're asking faster than I can answer\. Try again <t:(\d+):R>\.$`)

func TestRateLimit(t *testing.T) {
	h := start(t, Config{}, &recorder{}, testLibrary())
	ada, grace := h.member("ada"), h.member("grace")
	before := time.Now()
	for n := 1; n <= 6; n++ {
		in := h.f.Command(ada, "ask", fakediscord.Option("question", fmt.Sprintf("question %d", n)))
		h.dispatch(in)
		m, _ := h.final(in)
		if n <= 5 {
			if len(m.Embeds) != 1 {
				t.Errorf("question %d was not answered: %q", n, m.Content)
			}
			continue
		}
		sm := retryRe.FindStringSubmatch(m.Content)
		if sm == nil || !m.Ephemeral() {
			t.Fatalf("question 6: reply %q ephemeral %v, want a private try-again", m.Content, m.Ephemeral())
		}
		var unix int64
		fmt.Sscan(sm[1], &unix)
		// A token comes back every 12 s at 5 a minute.
		if at := time.Unix(unix, 0); at.Before(before) || at.After(time.Now().Add(13*time.Second)) {
			t.Errorf("try again at %v, want within 12 s of now", at)
		}
	}
	// Mentions draw on the same allowance.
	msg := h.f.Message(ada, "<@"+h.f.BotUser.ID+"> one more?")
	if err := h.f.DispatchMessage(msg); err != nil {
		t.Fatal(err)
	}
	if m, _ := h.reply(msg.ID); !retryRe.MatchString(m.Content) {
		t.Errorf("mention over the limit: reply %q", m.Content)
	}
	// Others are not affected.
	in := h.f.Command(grace, "ask", fakediscord.Option("question", "mine?"))
	h.dispatch(in)
	if m, _ := h.final(in); len(m.Embeds) != 1 {
		t.Errorf("another user's question was not answered: %q", m.Content)
	}
}

func TestRedelivery(t *testing.T) {
	ans := &recorder{}
	h := start(t, Config{}, ans, testLibrary())
	ada := h.member("ada")
	in := h.f.Command(ada, "ask", fakediscord.Option("question", "twice?"))
	h.dispatch(in)
	h.dispatch(in)
	msg := h.f.Message(ada, "<@"+h.f.BotUser.ID+"> also twice?")
	for range 2 {
		if err := h.f.DispatchMessage(msg); err != nil {
			t.Fatal(err)
		}
	}
	// Events are taken in order: once this marker is answered, both
	// redeliveries have been seen.
	marker := h.f.Command(ada, "search", fakediscord.Option("query", "marker"))
	h.dispatch(marker)
	h.final(marker)
	h.final(in)
	h.reply(msg.ID)
	if n := h.count(func(r fakediscord.Request) bool { return r.Params["interaction"] == in.ID }); n != 1 {
		t.Errorf("%d responses to a redelivered interaction, want 1", n)
	}
	if n := h.count(func(r fakediscord.Request) bool {
		m, ok := r.Message()
		return ok && m.Reference != nil && m.Reference.MessageID == msg.ID
	}); n != 1 {
		t.Errorf("%d replies to a redelivered message, want 1", n)
	}
	if got := len(ans.questions()); got != 2 {
		t.Errorf("answerer asked %d times, want 2", got)
	}
}

func TestShutdown(t *testing.T) {
	t.Run("in flight finishes", func(t *testing.T) {
		g := newGate()
		h := start(t, Config{DeferAfter: 20 * time.Millisecond}, g, testLibrary())
		ada := h.member("ada")
		in := h.f.Command(ada, "ask", fakediscord.Option("question", "in flight?"))
		h.dispatch(in)
		<-g.started
		h.callback(in.ID) // deferred
		h.cancel()
		if err := h.logs.wait(h.ctx(), "shutting down"); err != nil {
			t.Fatal(err)
		}
		late := h.f.Command(ada, "ask", fakediscord.Option("question", "too late?"))
		h.dispatch(late)
		if m, _ := h.final(late); m.Content != english.restarting || !m.Ephemeral() {
			t.Errorf("question during shutdown: reply %q ephemeral %v", m.Content, m.Ephemeral())
		}
		select {
		case err := <-h.done:
			t.Fatalf("Run returned (%v) with a question in flight", err)
		default:
		}
		close(g.release)
		if m, _ := h.final(in); len(m.Embeds) != 1 || m.Embeds[0].Title != "in flight?" {
			t.Errorf("in-flight answer = %+v", m)
		}
		select {
		case err := <-h.done:
			if err != nil {
				t.Errorf("Run = %v", err)
			}
			h.done <- nil // for the harness cleanup
		case <-h.ctx().Done():
			t.Fatal("Run did not return after the question in flight was answered")
		}
	})
	t.Run("grace runs out", func(t *testing.T) {
		g := newGate() // never released
		h := start(t, Config{DeferAfter: 20 * time.Millisecond, ShutdownGrace: 50 * time.Millisecond}, g, testLibrary())
		in := h.f.Command(h.member("ada"), "ask", fakediscord.Option("question", "stuck?"))
		h.dispatch(in)
		<-g.started
		h.callback(in.ID)
		h.cancel()
		if m, _ := h.final(in); m.Content != english.apology {
			t.Errorf("stuck question: reply %q, want the apology", m.Content)
		}
	})
}

func TestNewErrors(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"empty token", Config{Token: " "}, "token is empty"},
		{"bare prefix", Config{Token: "Bot "}, "token is empty"},
		{"bad API URL", Config{Token: "t", APIURL: "ftp://x"}, "not an http(s) URL"},
		{"shard out of range", Config{Token: "t", ShardID: 2, ShardCount: 2}, "shard 2 is outside 0..1"},
	}
	for _, tc := range tests {
		_, err := New(tc.cfg, &recorder{}, nil)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "Bot t") {
			t.Errorf("%s: error shows the token: %v", tc.name, err)
		}
	}
}

func TestResumeAfterDisconnect(t *testing.T) {
	ans := &recorder{}
	h := start(t, Config{}, ans, testLibrary())
	ada := h.member("ada")
	h.f.Disconnect()
	if err := h.f.WaitResumed(h.ctx(), 1); err != nil {
		t.Fatal(err)
	}
	in := h.f.Command(ada, "ask", fakediscord.Option("question", "still there?"))
	// discordgo's heartbeat of the closed connection may fail after the
	// resume and make it reconnect once more: a dispatch that meets that
	// second reconnect waits for its resume and goes again.
	for resumes := 1; ; resumes++ {
		err := h.f.DispatchInteraction(in)
		if err == nil {
			break
		}
		if resumes == 3 {
			t.Fatalf("dispatch after %d resumes: %v", resumes, err)
		}
		if err := h.f.WaitResumed(h.ctx(), resumes+1); err != nil {
			t.Fatal(err)
		}
	}
	if m, _ := h.final(in); len(m.Embeds) != 1 || m.Embeds[0].Title != "still there?" {
		t.Errorf("answer after resuming = %+v", m)
	}
	if n := len(h.f.Identifies()); n != 1 {
		t.Errorf("%d identifies, want the session resumed rather than a new one", n)
	}
}

func TestRewriteTransport(t *testing.T) {
	tests := []struct{ base, in, want string }{
		{"http://127.0.0.1:8080", "https://discord.com/api/v9/gateway", "http://127.0.0.1:8080/api/v9/gateway"},
		{"http://proxy.test/discord/", "https://discord.com/api/v9/channels/1/messages?x=1", "http://proxy.test/discord/api/v9/channels/1/messages?x=1"},
		{"http://127.0.0.1:8080", "https://cdn.discordapp.com/avatars/1.png", "https://cdn.discordapp.com/avatars/1.png"},
	}
	for _, tc := range tests {
		c, err := newClient(tc.base)
		if err != nil {
			t.Fatal(err)
		}
		var got string
		rt := c.Transport.(rewriteTransport)
		rt.next = roundTripFunc(func(r *http.Request) (*http.Response, error) {
			got = r.URL.String()
			return nil, errors.New("stop")
		})
		req, _ := http.NewRequest("GET", tc.in, nil)
		rt.RoundTrip(req)
		if got != tc.want {
			t.Errorf("base %s: %s went to %s, want %s", tc.base, tc.in, got, tc.want)
		}
	}
	if c, _ := newClient("https://discord.com"); c.Transport == nil {
		t.Error("default API URL: no transport")
	} else if _, ok := c.Transport.(rewriteTransport); ok {
		t.Error("default API URL is rewritten")
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
