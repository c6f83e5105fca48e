package discord

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/fakediscord"
	"github.com/chapterbot/chapterbot/internal/search"
)

// refresher is a Refresher that reports progress in steps, pause apart,
// and returns a fixed report. It notes the content directory's files at
// each call.
type refresher struct {
	dir    string
	report search.Report
	err    error
	steps  int
	pause  time.Duration
	// shown, when set, is the fake that must have received the progress
	// "files k/steps" after the first step and after half the steps
	// before the refresher goes on: so that at least two progress edits
	// are sent however slow the machine.
	shown atomic.Pointer[fakediscord.Server]
	// hold, when set, keeps Refresh after its first step until closed;
	// started then receives a value.
	hold    chan struct{}
	started chan struct{}

	mu          sync.Mutex
	calls       int
	listings    [][]string
	done, total int
	running     bool
}

func (r *refresher) Refresh(ctx context.Context, progress func(done, total int)) (search.Report, error) {
	r.mu.Lock()
	r.calls++
	r.running, r.done, r.total = true, 0, r.steps
	if r.dir != "" {
		var names []string
		entries, _ := os.ReadDir(r.dir)
		for _, e := range entries {
			names = append(names, e.Name())
		}
		r.listings = append(r.listings, names)
	}
	r.mu.Unlock()
	defer func() {
		r.mu.Lock()
		r.running = false
		r.mu.Unlock()
	}()
	for k := 1; k <= r.steps; k++ {
		r.mu.Lock()
		r.done = k
		r.mu.Unlock()
		progress(k, r.steps)
		if f := r.shown.Load(); f != nil && (k == 1 || k == r.steps/2) {
			want := progressText(k, r.steps)
			if _, err := f.Wait(ctx, func(q fakediscord.Request) bool {
				m, ok := q.Message()
				return ok && q.Route == fakediscord.RouteEditOriginal && m.Content == want
			}); err != nil {
				return search.Report{}, err
			}
		}
		if k == 1 && r.hold != nil {
			r.started <- struct{}{}
			select {
			case <-r.hold:
			case <-ctx.Done():
				return search.Report{}, ctx.Err()
			}
		}
		time.Sleep(r.pause)
	}
	return r.report, r.err
}

func (r *refresher) Progress() (done, total int, running bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.done, r.total, r.running
}

func (r *refresher) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.calls
}

// recording is a Recorder that remembers what it was told.
type recording struct {
	mu        sync.Mutex
	questions []string // "command outcome"
	votes     []string
	refreshes []string
}

func (r *recording) Question(command, outcome string, took time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if took <= 0 {
		outcome += " (no latency)"
	}
	r.questions = append(r.questions, command+" "+outcome)
}

func (r *recording) Vote(vote string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.votes = append(r.votes, vote)
}

func (r *recording) Refresh(result string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.refreshes = append(r.refreshes, result)
}

func (r *recording) got() (questions, votes, refreshes []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.questions), slices.Clone(r.votes), slices.Clone(r.refreshes)
}

func (h *harness) moderator(name string) *discordgo.Member {
	return h.f.Member(h.f.NewUser(name), discordgo.PermissionSendMessages|discordgo.PermissionManageGuild)
}

// responseWhere waits for the initial response to in, or an edit of it,
// whose message satisfies match.
func (h *harness) responseWhere(in *fakediscord.Interaction, match func(fakediscord.Sent) bool) (fakediscord.Sent, fakediscord.Request) {
	h.t.Helper()
	r, err := h.f.Wait(h.ctx(), func(r fakediscord.Request) bool {
		if r.Params["interaction"] != in.ID && r.Params["token"] != in.Token {
			return false
		}
		m, ok := r.Message()
		return ok && (r.Route == fakediscord.RouteCallback || r.Route == fakediscord.RouteEditOriginal) && match(m)
	})
	if err != nil {
		h.t.Fatal(err)
	}
	m, _ := r.Message()
	return m, r
}

// private tells whether the response to in is shown to its invoker only:
// the message as the fake holds it, whether sent at once or deferred and
// edited.
func (h *harness) private(in *fakediscord.Interaction) bool {
	h.t.Helper()
	id, ok := h.f.OriginalMessageID(in.ID)
	if !ok {
		h.t.Fatalf("interaction %s has no response", in.ID)
	}
	m, ok := h.f.StoredMessage(id)
	if !ok {
		h.t.Fatalf("response %s of interaction %s is gone", id, in.ID)
	}
	return m.Flags&discordgo.MessageFlagsEphemeral != 0
}

func hasTitle(title string) func(fakediscord.Sent) bool {
	return func(m fakediscord.Sent) bool { return len(m.Embeds) > 0 && m.Embeds[0].Title == title }
}

func TestModeratorCommandDefinitions(t *testing.T) {
	h := start(t, Config{Refresher: &refresher{}}, &recorder{}, testLibrary())
	var reindex *discordgo.ApplicationCommand
	for _, c := range h.f.Commands("") {
		if c.Name == "reindex" {
			reindex = c
		}
	}
	if reindex == nil {
		t.Fatal("/reindex not registered")
	}
	if reindex.DefaultMemberPermissions == nil || *reindex.DefaultMemberPermissions != discordgo.PermissionManageGuild ||
		reindex.DMPermission == nil || *reindex.DMPermission ||
		reindex.Contexts == nil || !slices.Equal(*reindex.Contexts, []discordgo.InteractionContextType{discordgo.InteractionContextGuild}) {
		t.Errorf("/reindex permissions %v, dm %v, contexts %v; want Manage Server, no DMs", reindex.DefaultMemberPermissions,
			reindex.DMPermission, reindex.Contexts)
	}
	if len(reindex.Options) != 1 || reindex.Options[0].Name != "file" ||
		reindex.Options[0].Type != discordgo.ApplicationCommandOptionAttachment || reindex.Options[0].Required {
		t.Errorf("/reindex options = %+v", reindex.Options)
	}
}

func TestReindexPermissions(t *testing.T) {
	type who struct {
		name    string
		member  func(h *harness) *discordgo.Member
		dm      bool
		allowed bool
	}
	member := func(h *harness) *discordgo.Member { return h.member("ada") }
	otherRole := func(h *harness) *discordgo.Member {
		return h.f.Member(h.f.NewUser("bob"), discordgo.PermissionSendMessages, "778")
	}
	manager := func(h *harness) *discordgo.Member { return h.moderator("grace") }
	admin := func(h *harness) *discordgo.Member {
		return h.f.Member(h.f.NewUser("root"), discordgo.PermissionAdministrator)
	}
	withRole := func(h *harness) *discordgo.Member {
		return h.f.Member(h.f.NewUser("mo"), discordgo.PermissionSendMessages, "12", "777")
	}
	tests := []struct {
		name   string
		cfg    Config
		refuse string // the refusal
		who    []who
	}{
		{"guild commands with a moderator role", Config{GuildID: testGuild, ModeratorRoleID: "777"}, notModeratorText, []who{
			{"member", member, false, false},
			{"other role", otherRole, false, false},
			{"manage server", manager, false, true},
			{"administrator", admin, false, true},
			{"moderator role", withRole, false, true},
			{"direct message", manager, true, false},
		}},
		{"guild commands", Config{GuildID: testGuild}, notModeratorText, []who{
			{"member", member, false, false},
			{"manage server", manager, false, true},
			{"administrator", admin, false, true},
			{"direct message", manager, true, false},
		}},
		// With global commands, a server the bot is in may be anyone's:
		// there Manage Server makes nobody a moderator, only the role does.
		{"global commands with a moderator role", Config{ModeratorRoleID: "777"}, notModeratorText, []who{
			{"member", member, false, false},
			{"other role", otherRole, false, false},
			{"manage server", manager, false, false},
			{"administrator", admin, false, false},
			{"moderator role", withRole, false, true},
			{"direct message", manager, true, false},
		}},
		{"global commands without a moderator role", Config{}, noModeratorsText, []who{
			{"member", member, false, false},
			{"manage server", manager, false, false},
			{"administrator", admin, false, false},
			{"direct message", manager, true, false},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := &refresher{report: search.Report{Chapters: 1}}
			cfg := tc.cfg
			cfg.Refresher = r
			h := start(t, cfg, &recorder{}, testLibrary())
			for _, w := range tc.who {
				before := r.count()
				m := w.member(h)
				in := h.f.Command(m, "reindex")
				if w.dm {
					in = in.InDM(m.User)
				}
				h.dispatch(in)
				if !w.allowed {
					m, _ := h.final(in)
					if m.Content != tc.refuse || !h.private(in) {
						t.Errorf("%s: reply %q private %v, want %q", w.name, m.Content, h.private(in), tc.refuse)
					}
					if got := r.count(); got != before {
						t.Errorf("%s: refresher called", w.name)
					}
					continue
				}
				if h.responseWhere(in, hasTitle("Index unchanged")); !h.private(in) {
					t.Errorf("%s: report is public", w.name)
				}
				if got := r.count(); got != before+1 {
					t.Errorf("%s: refresher called %d times, want once", w.name, got-before)
				}
			}
		})
	}
}

// TestGapsPermissions checks that /gaps, the other moderator command,
// asks the same question.
func TestGapsPermissions(t *testing.T) {
	tests := []struct {
		name    string
		cfg     Config
		allowed bool
		refuse  string
	}{
		{"guild commands", Config{GuildID: testGuild}, true, ""},
		{"global commands with a moderator role", Config{ModeratorRoleID: "777"}, false, notModeratorText},
		{"global commands without a moderator role", Config{}, false, noModeratorsText},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := tc.cfg
			cfg.Feedback = openStore(t)
			h := start(t, cfg, &recorder{}, testLibrary())
			in := h.f.Command(h.moderator("grace"), "gaps")
			h.dispatch(in)
			m, _ := h.final(in)
			if !h.private(in) {
				t.Errorf("reply is public")
			}
			if tc.allowed {
				if len(m.Embeds) != 1 || m.Content == notModeratorText || m.Content == noModeratorsText {
					t.Errorf("reply %q %+v, want the report", m.Content, m.Embeds)
				}
				return
			}
			if m.Content != tc.refuse {
				t.Errorf("reply %q, want %q", m.Content, tc.refuse)
			}
		})
	}
}

func TestReindexOtherGuild(t *testing.T) {
	r := &refresher{}
	h := start(t, Config{GuildID: "1234", Refresher: r}, &recorder{}, testLibrary())
	in := h.f.Command(h.moderator("grace"), "reindex") // in the fake's guild, not 1234
	h.dispatch(in)
	if m, _ := h.final(in); m.Content != notModeratorText {
		t.Errorf("reply %q, want the refusal", m.Content)
	}
	if r.count() != 0 {
		t.Error("refresher called")
	}
}

var progressRe = regexp.MustCompile(`^Refreshing…( files [1-8]/8)?$`)

func TestReindexProgressAndReport(t *testing.T) {
	const every = 50 * time.Millisecond
	r := &refresher{steps: 8, pause: 25 * time.Millisecond, report: search.Report{
		Chapters: 3, Sections: 12, Added: []string{"channels.md"}, Changed: []string{"slices.md"}, Removed: []string{"old_notes.md"},
		Problems: []*book.Problem{{File: "broken.md", Line: 3, Reason: "front matter: did not find expected ',' or ']'"}},
		Version:  "0123456789abcdef",
	}}
	rec := &recording{}
	h := start(t, Config{GuildID: testGuild, Refresher: r, StreamEvery: every, Recorder: rec}, &recorder{}, testLibrary())
	r.shown.Store(h.f)
	in := h.f.Command(h.moderator("grace"), "reindex")
	h.dispatch(in)
	final, fr := h.responseWhere(in, hasTitle("Index refreshed"))
	time.Sleep(3 * every)

	var edits []fakediscord.Request
	for _, q := range h.f.Requests() {
		if q.Params["interaction"] == in.ID || q.Params["token"] == in.Token {
			edits = append(edits, q)
		}
	}
	if cb, _ := edits[0].Message(); edits[0].CallbackType() != discordgo.InteractionResponseDeferredChannelMessageWithSource || !cb.Ephemeral() {
		t.Fatalf("first response type %d ephemeral %v, want deferred and ephemeral", edits[0].CallbackType(), cb.Ephemeral())
	}
	edits = edits[1:]
	if last := edits[len(edits)-1]; last.Seq != fr.Seq {
		t.Errorf("request %d %s %s after the report", last.Seq, last.Method, last.Path)
	}
	if len(edits) < 3 {
		t.Fatalf("%d edits, want progress at least twice, then the report", len(edits))
	}
	for k, q := range edits {
		if q.Route != fakediscord.RouteEditOriginal {
			t.Errorf("request %d %s %s, want edits only", q.Seq, q.Method, q.Path)
		}
		if k > 0 {
			if gap := q.Time.Sub(edits[k-1].Time); gap < every {
				t.Errorf("edits %d and %d %v apart, want at least %v", k-1, k, gap, every)
			}
		}
		if k < len(edits)-1 {
			if m, _ := q.Message(); !progressRe.MatchString(m.Content) || len(m.Embeds) != 0 {
				t.Errorf("progress edit %d = %q %+v", k, m.Content, m.Embeds)
			}
		}
	}

	e := final.Embeds[0]
	got := []string{e.Title, e.Description}
	for _, f := range e.Fields {
		got = append(got, f.Name+": "+f.Value)
	}
	got = append(got, e.Footer.Text)
	took := regexp.MustCompile(`took [0-9.]+m?s`)
	got[1] = took.ReplaceAllString(got[1], "took X")
	want := []string{
		"Index refreshed",
		"3 chapters, 12 sections · took X\nAdded 1 · changed 1 · removed 1 · problems 1",
		"Added: • channels.md",
		"Changed: • slices.md",
		`Removed: • old\_notes.md`,
		`Problems: • broken.md:3: front matter: did not find expected ',' or '\]'`,
		"index 0123456789ab",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
	// The Refresher counts the refreshes it runs; the bot counts none of them.
	if _, _, refreshes := rec.got(); len(refreshes) != 0 {
		t.Errorf("recorded refreshes %v, want none", refreshes)
	}
	last, ok := h.bot.lastRefreshed()
	if !ok || last.Result != "ok" || last.Username != "grace" || last.UserID != in.Member.User.ID || last.Took < 8*r.pause {
		t.Errorf("last refresh = %+v", last)
	}
}

func TestReindexBusy(t *testing.T) {
	t.Run("one already running", func(t *testing.T) {
		r := &refresher{steps: 4, hold: make(chan struct{}), started: make(chan struct{}, 1)}
		rec := &recording{}
		h := start(t, Config{GuildID: testGuild, Refresher: r, Recorder: rec}, &recorder{}, testLibrary())
		first := h.f.Command(h.moderator("grace"), "reindex")
		h.dispatch(first)
		<-r.started
		second := h.f.Command(h.moderator("ada"), "reindex")
		h.dispatch(second)
		m, q := h.final(second)
		if m.Content != "A refresh is already running: files 1/4." || !m.Ephemeral() ||
			q.CallbackType() != discordgo.InteractionResponseChannelMessageWithSource {
			t.Errorf("second /reindex: %q ephemeral %v type %d, want an immediate private answer", m.Content, m.Ephemeral(), q.CallbackType())
		}
		close(r.hold)
		h.responseWhere(first, hasTitle("Index unchanged"))
		if n := r.count(); n != 1 {
			t.Errorf("refresher called %d times, want once", n)
		}
		if _, _, refreshes := rec.got(); !slices.Equal(refreshes, []string{"busy"}) {
			t.Errorf("recorded refreshes %v", refreshes)
		}
	})
	t.Run("running elsewhere", func(t *testing.T) {
		r := &refresher{}
		r.running, r.done, r.total = true, 2, 5
		rec := &recording{}
		h := start(t, Config{GuildID: testGuild, Refresher: r, Recorder: rec}, &recorder{}, testLibrary())
		in := h.f.Command(h.moderator("grace"), "reindex")
		h.dispatch(in)
		if m, _ := h.final(in); m.Content != "A refresh is already running: files 2/5." {
			t.Errorf("reply %q", m.Content)
		}
		if r.count() != 0 {
			t.Error("refresher called")
		}
		// The answer is sent after the handler returned, so the count is in.
		if _, _, refreshes := rec.got(); !slices.Equal(refreshes, []string{"busy"}) {
			t.Errorf("recorded refreshes %v, want [busy]", refreshes)
		}
	})
	t.Run("refresher busy", func(t *testing.T) {
		r := &refresher{err: fmt.Errorf("refresh index /data/index: %w", search.ErrBusy)}
		rec := &recording{}
		h := start(t, Config{GuildID: testGuild, Refresher: r, Recorder: rec}, &recorder{}, testLibrary())
		in := h.f.Command(h.moderator("grace"), "reindex")
		h.dispatch(in)
		m, _ := h.responseWhere(in, func(m fakediscord.Sent) bool { return strings.HasPrefix(m.Content, "A refresh") })
		if m.Content != "A refresh is already running." || !h.private(in) {
			t.Errorf("reply %q private %v", m.Content, h.private(in))
		}
		// The Refresher that answered busy counted it.
		if _, _, refreshes := rec.got(); len(refreshes) != 0 {
			t.Errorf("recorded refreshes %v", refreshes)
		}
		if _, ok := h.bot.lastRefreshed(); ok {
			t.Error("a refresh that did not run was recorded as the last")
		}
	})
}

func TestReindexFailure(t *testing.T) {
	r := &refresher{err: errors.New("write /secret/index: disk full")}
	rec := &recording{}
	h := start(t, Config{GuildID: testGuild, Refresher: r, Recorder: rec}, &recorder{}, testLibrary())
	in := h.f.Command(h.moderator("grace"), "reindex")
	h.dispatch(in)
	m, _ := h.responseWhere(in, func(m fakediscord.Sent) bool { return m.Content != "" && !progressRe.MatchString(m.Content) })
	if m.Content != refreshFailText || !h.private(in) {
		t.Errorf("reply %q private %v", m.Content, h.private(in))
	}
	if err := h.logs.wait(h.ctx(), "disk full"); err != nil {
		t.Error(err)
	}
	if _, _, refreshes := rec.got(); len(refreshes) != 0 {
		t.Errorf("recorded refreshes %v, want none: the Refresher counts a failure", refreshes)
	}
	if last, ok := h.bot.lastRefreshed(); !ok || last.Result != "failed" {
		t.Errorf("last refresh = %+v", last)
	}
}

// snapshot is every file of dir with its content.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		m[e.Name()] = string(b)
	}
	return m
}

func TestReindexUploadRefused(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "slices.md"), []byte("# Slices\n\nA slice is a view.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &refresher{dir: dir}
	h := start(t, Config{GuildID: testGuild, Refresher: r, ContentDir: dir}, &recorder{}, testLibrary())
	chapter := []byte("# Channels\n\nA channel carries values.\n")
	notAllowed := func(name string) string {
		return "The file name “" + name + "” is not allowed: use a plain name of letters, digits, '.', '_' and '-', such as channels.md."
	}
	tests := []struct {
		name    string
		file    string
		data    []byte
		size    int // when not 0, the size the attachment claims
		fetched bool
		want    string
	}{
		{"not markdown", "notes.txt", []byte("Notes\n\ntext\n"), 0, false,
			"Only Markdown chapters (.md files) can be uploaded; “notes.txt” is not one."},
		{"too big by its size", "big.md", chapter, 2 << 20, false, "The file is too big (2.0 MB); the limit is 1 MB."},
		{"too big by its bytes", "big.md", append([]byte("# Big\n\n"), make([]byte, 1<<20)...), 100, true,
			"The file is too big (1.0 MB); the limit is 1 MB."},
		{"invalid UTF-8", "bad.md", []byte("# Bad\n\n\xff\xfe text\n"), 0, true, "The file is not UTF-8 text."},
		{"path traversal", "../../etc/x.md", chapter, 0, false, notAllowed("../../etc/x.md")},
		{"backslash", `..\x.md`, chapter, 0, false, notAllowed(`..\\x.md`)},
		{"dot-file", ".hidden.md", chapter, 0, false, notAllowed(".hidden.md")},
		{"space", "my chapter.md", chapter, 0, false, notAllowed("my chapter.md")},
		{"non-ASCII", "kapitel-ä.md", chapter, 0, false, notAllowed("kapitel-ä.md")},
		{"broken front matter", "broken.md", []byte("---\ntitle: [unclosed\n---\n# T\n\ntext\n"), 0, true,
			"The chapter cannot be used: broken.md:3: front matter: did not find expected ',' or ']'"},
	}
	want := snapshot(t, dir)
	for _, tc := range tests {
		a := h.f.Attachment(tc.file, tc.data)
		if tc.size != 0 {
			a.Size = tc.size
		}
		in := h.f.Command(h.moderator("grace"), "reindex").WithAttachment("file", a)
		h.dispatch(in)
		m, _ := h.final(in)
		if m.Content != tc.want || !h.private(in) {
			t.Errorf("%s: reply %q private %v, want %q", tc.name, m.Content, h.private(in), tc.want)
		}
		if diff := cmp.Diff(want, snapshot(t, dir)); diff != "" {
			t.Errorf("%s: content directory changed (-want +got):\n%s", tc.name, diff)
		}
		fetched := h.count(func(r fakediscord.Request) bool {
			return r.Route == fakediscord.RouteAttachment && r.Params["attachment"] == a.ID
		}) > 0
		if fetched != tc.fetched {
			t.Errorf("%s: attachment downloaded = %v, want %v", tc.name, fetched, tc.fetched)
		}
	}
	if n := r.count(); n != 0 {
		t.Errorf("refresher called %d times", n)
	}

	t.Run("uploads not enabled", func(t *testing.T) {
		r := &refresher{}
		h := start(t, Config{GuildID: testGuild, Refresher: r}, &recorder{}, testLibrary())
		in := h.f.Command(h.moderator("grace"), "reindex").WithAttachment("file", h.f.Attachment("channels.md", chapter))
		h.dispatch(in)
		if m, _ := h.final(in); m.Content != "Uploading chapters is not enabled on this bot." {
			t.Errorf("reply %q", m.Content)
		}
		if r.count() != 0 {
			t.Error("refresher called")
		}
	})
}

func TestReindexUpload(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "slices.md"), []byte("# Slices\n\nOld text.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &refresher{dir: dir, report: search.Report{Chapters: 2, Sections: 2, Added: []string{"channels.md"}}}
	h := start(t, Config{GuildID: testGuild, Refresher: r, ContentDir: dir}, &recorder{}, testLibrary())
	channels := "# Channels\n\nA channel carries values.\n"
	slicesMD := "---\ntitle: Slices\n---\n\nA slice is a view of an array.\n"
	tests := []struct {
		file, data, saved string
		listing           []string
	}{
		{"channels.md", channels, "Saved channels.md (new chapter).", []string{"channels.md", "slices.md"}},
		{"slices.md", slicesMD, "Saved slices.md (replaced).", []string{"channels.md", "slices.md"}},
		{"Go_Maps.MD", "# Maps\n\nKeys and values.\n", `Saved Go\_Maps.MD (new chapter).`, []string{"Go_Maps.MD", "channels.md", "slices.md"}},
	}
	for n, tc := range tests {
		in := h.f.Command(h.moderator("grace"), "reindex").WithAttachment("file", h.f.Attachment(tc.file, []byte(tc.data)))
		h.dispatch(in)
		m, _ := h.responseWhere(in, hasTitle("Index refreshed"))
		if first, _, _ := strings.Cut(m.Embeds[0].Description, "\n"); first != tc.saved {
			t.Errorf("%s: report starts %q, want %q", tc.file, first, tc.saved)
		}
		if got := r.count(); got != n+1 {
			t.Fatalf("%s: refresher called %d times in all, want %d", tc.file, got, n+1)
		}
		r.mu.Lock()
		seen := r.listings[n]
		r.mu.Unlock()
		if diff := cmp.Diff(tc.listing, seen); diff != "" {
			t.Errorf("%s: files when the refresh ran (-want +got):\n%s", tc.file, diff)
		}
	}
	want := map[string]string{"channels.md": channels, "slices.md": slicesMD, "Go_Maps.MD": "# Maps\n\nKeys and values.\n"}
	if diff := cmp.Diff(want, snapshot(t, dir)); diff != "" {
		t.Errorf("content directory (-want +got):\n%s", diff)
	}
	fi, err := os.Stat(filepath.Join(dir, "channels.md"))
	if err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("channels.md: %v mode %v", err, fi.Mode())
	}
}

func TestCheckUploadName(t *testing.T) {
	for _, name := range []string{"a.md", "A-b_c.1.MD", "x.Md"} {
		if why := checkUploadName(name); why != "" {
			t.Errorf("%q refused: %s", name, why)
		}
	}
	for _, name := range []string{"", ".md", "..md", "a..md", "a/b.md", `a\b.md`, "/abs.md", "a b.md", "a.md\x00", "ä.md",
		strings.Repeat("a", 98) + ".md", "a.markdown", "a.txt", "a", "a.md.exe"} {
		if why := checkUploadName(name); why == "" {
			t.Errorf("%q accepted", name)
		}
	}
}
