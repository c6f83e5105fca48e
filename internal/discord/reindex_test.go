package discord

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
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

	"github.com/chapterbot/chapterbot/internal/fakediscord"
)

// recording is a Recorder that remembers what it was told.
type recording struct {
	mu        sync.Mutex
	questions []string // "command outcome"
	votes     []string
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

func (r *recording) got() (questions, votes []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.questions), slices.Clone(r.votes)
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

// chapters is a small book.
var chapters = map[string]string{
	"slices.md":    "# Slices\n\nA slice is a view of an array.\n",
	"old_notes.md": "# Old notes\n\nNotes nobody reads.\n",
}

func TestModeratorCommandDefinitions(t *testing.T) {
	h := start(t, Config{Shelf: newShelf(t, chapters)}, &recorder{}, testLibrary())
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
		{"guild commands with a moderator role", Config{GuildID: testGuild, ModeratorRoleID: "777"}, english.notModerator, []who{
			{"member", member, false, false},
			{"other role", otherRole, false, false},
			{"manage server", manager, false, true},
			{"administrator", admin, false, true},
			{"moderator role", withRole, false, true},
			{"direct message", manager, true, false},
		}},
		{"guild commands", Config{GuildID: testGuild}, english.notModerator, []who{
			{"member", member, false, false},
			{"manage server", manager, false, true},
			{"administrator", admin, false, true},
			{"direct message", manager, true, false},
		}},
		// With global commands, a server the bot is in may be anyone's:
		// there Manage Server makes nobody a moderator, only the role does.
		{"global commands with a moderator role", Config{ModeratorRoleID: "777"}, english.notModerator, []who{
			{"member", member, false, false},
			{"other role", otherRole, false, false},
			{"manage server", manager, false, false},
			{"administrator", admin, false, false},
			{"moderator role", withRole, false, true},
			{"direct message", manager, true, false},
		}},
		{"global commands without a moderator role", Config{}, english.noModerators, []who{
			{"member", member, false, false},
			{"manage server", manager, false, false},
			{"administrator", admin, false, false},
			{"direct message", manager, true, false},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sh := newShelf(t, chapters)
			cfg := tc.cfg
			cfg.Shelf = sh
			h := start(t, cfg, &recorder{}, testLibrary())
			for _, w := range tc.who {
				before := sh.count()
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
					if got := sh.count(); got != before {
						t.Errorf("%s: shelf refreshed", w.name)
					}
					continue
				}
				if h.responseWhere(in, hasTitle("Index unchanged")); !h.private(in) {
					t.Errorf("%s: report is public", w.name)
				}
				if got := sh.count(); got != before+1 {
					t.Errorf("%s: shelf refreshed %d times, want once", w.name, got-before)
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
		{"global commands with a moderator role", Config{ModeratorRoleID: "777"}, false, english.notModerator},
		{"global commands without a moderator role", Config{}, false, english.noModerators},
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
				if len(m.Embeds) != 1 || m.Content == english.notModerator || m.Content == english.noModerators {
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
	sh := newShelf(t, chapters)
	h := start(t, Config{GuildID: "1234", Shelf: sh}, &recorder{}, testLibrary())
	in := h.f.Command(h.moderator("grace"), "reindex") // in the fake's guild, not 1234
	h.dispatch(in)
	if m, _ := h.final(in); m.Content != english.notModerator {
		t.Errorf("reply %q, want the refusal", m.Content)
	}
	if sh.count() != 0 {
		t.Error("shelf refreshed")
	}
}

var progressRe = regexp.MustCompile(`^Refreshing…( files \d+/\d+)?$`)

func TestReindexProgressAndReport(t *testing.T) {
	const every = 50 * time.Millisecond
	sh := newShelf(t, chapters)
	// Seven new chapters, one changed, one removed, one broken.
	for k := 1; k <= 7; k++ {
		name := fmt.Sprintf("ch%d.md", k)
		if err := os.WriteFile(filepath.Join(sh.dir, name), []byte(fmt.Sprintf("# Chapter %d\n\nText %d.\n", k, k)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(sh.dir, "slices.md"), []byte("# Slices\n\nA slice grows.\n\n## Append\n\nappend.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(sh.dir, "old_notes.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sh.dir, "broken.md"), []byte("---\ntitle: [unclosed\n---\n# T\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A chapter with a warning, a file of a format the book does not read.
	if err := os.WriteFile(filepath.Join(sh.dir, "ch7.md"), []byte("---\nlang: klingonese\n---\n# Chapter 7\n\nText 7.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sh.dir, "notes.rst"), []byte("Notes\n=====\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	h := start(t, Config{GuildID: testGuild, Shelf: sh, StreamEvery: every}, &recorder{}, testLibrary())
	// The fake must have shown the first report and one half-way before
	// the refresh goes on: so that at least two progress edits are sent
	// however slow the machine.
	sh.onProgress = func(ctx context.Context, done, total int) error {
		if done != 1 && done != total/2 {
			return nil
		}
		want := progressText(english, done, total)
		_, err := h.f.Wait(ctx, func(q fakediscord.Request) bool {
			m, ok := q.Message()
			return ok && q.Route == fakediscord.RouteEditOriginal && m.Content == want
		})
		return err
	}
	in := h.f.Command(h.moderator("grace"), "reindex")
	h.dispatch(in)
	final, fr := h.responseWhere(in, hasTitle("Index refreshed"))
	h.idle()

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
	took := regexp.MustCompile(`took [0-9.]+[µm]?s`)
	got[1] = took.ReplaceAllString(got[1], "took X")
	want := []string{
		"Index refreshed",
		"8 chapters, 9 sections · took X\nAdded 7 · changed 1 · removed 1 · problems 1\nWarnings 1\nThe index was rebuilt from scratch.",
		"Added: • ch1.md\n• ch2.md\n• ch3.md\n• ch4.md\n• ch5.md\n• ch6.md\n• ch7.md",
		"Changed: • slices.md",
		`Removed: • old\_notes.md`,
		`Problems: • broken.md:3: front matter: did not find expected ',' or '\]'`,
		`Warnings: • ch7.md:2: front matter: lang "klingonese" is not a language code such as "en" or "ru"; the language is detected from the text`,
		"Not read (chapters are .md, .markdown, .txt, .html or .htm files): • notes.rst",
		"index " + shortVersion(sh.ix.Status().Version),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
}

// An mdBook SUMMARY.md is read as the book's table of contents, not as a
// chapter: /reindex says so, in the reader's language, when the content
// has one, and says nothing of it when it has none.
func TestReindexReportsSummary(t *testing.T) {
	sh := newShelf(t, chapters)
	h := start(t, Config{GuildID: testGuild, Shelf: sh}, &recorder{}, testLibrary())
	fields := func(locale string) []string {
		t.Helper()
		in := h.f.Command(h.moderator("grace"), "reindex")
		in.Locale = locale
		h.dispatch(in)
		m, _ := h.responseWhere(in, func(m fakediscord.Sent) bool { return len(m.Embeds) == 1 })
		var got []string
		for _, f := range m.Embeds[0].Fields {
			got = append(got, f.Name+": "+f.Value)
		}
		return got
	}
	if got := fields("en-US"); len(got) != 0 {
		t.Errorf("fields %q without a SUMMARY.md, want none", got)
	}
	if err := os.WriteFile(filepath.Join(sh.dir, "SUMMARY.md"), []byte("# Summary\n\n- [Slices](slices.md)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Read as the table of contents (mdBook's SUMMARY.md), not indexed as chapters: • SUMMARY.md"}, fields("en-US")); diff != "" {
		t.Errorf("English fields (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Прочитаны как оглавление (SUMMARY.md из mdBook), не проиндексированы как главы: • SUMMARY.md"}, fields("ru")); diff != "" {
		t.Errorf("Russian fields (-want +got):\n%s", diff)
	}
	h.idle()
}

// The problems, warnings and unread files of a refresh are listed up to
// maxListed each, then counted, in the reader's language.
func TestRenderRefreshCapsLists(t *testing.T) {
	many := func(what string, n int) []string {
		var out []string
		for k := range n {
			out = append(out, fmt.Sprintf("c%02d.md: %s", k, what))
		}
		return out
	}
	rep := RefreshReport{Result: RefreshOK, Chapters: 3, Problems: many("cannot read", maxListed+2),
		Warnings: many("lang ignored", maxListed), Unread: []string{"a.rst", "b.adoc"}}
	for _, tc := range []struct {
		tr   *texts
		want []string
	}{
		{english, []string{
			"Problems: " + lines(many("cannot read", maxListed)) + "\n… and 2 more (`chapterbot index` lists them all)",
			"Warnings: " + lines(many("lang ignored", maxListed)),
			"Not read (chapters are .md, .markdown, .txt, .html or .htm files): • a.rst\n• b.adoc",
		}},
		{russian, []string{
			"Проблемы: " + lines(many("cannot read", maxListed)) + "\n… и ещё 2 (`chapterbot index` перечисляет все)",
			"Предупреждения: " + lines(many("lang ignored", maxListed)),
			"Не прочитаны (главы — это файлы .md, .markdown, .txt, .html или .htm): • a.rst\n• b.adoc",
		}},
	} {
		var got []string
		for _, m := range renderRefresh(tc.tr, rep) {
			for _, e := range m.Embeds {
				for _, f := range e.Fields {
					got = append(got, f.Name+": "+f.Value)
				}
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("fields (-want +got):\n%s", diff)
		}
	}
}

// lines is items as renderRefresh lists them.
func lines(items []string) string {
	return "• " + strings.Join(items, "\n• ")
}

func TestReindexBusy(t *testing.T) {
	t.Run("one already running", func(t *testing.T) {
		sh := newShelf(t, chapters)
		sh.hold, sh.started = make(chan struct{}), make(chan struct{}, 1)
		h := start(t, Config{GuildID: testGuild, Shelf: sh}, &recorder{}, testLibrary())
		first := h.f.Command(h.moderator("grace"), "reindex")
		h.dispatch(first)
		<-sh.started
		second := h.f.Command(h.moderator("ada"), "reindex")
		h.dispatch(second)
		m, q := h.final(second)
		if m.Content != english.running || !m.Ephemeral() ||
			q.CallbackType() != discordgo.InteractionResponseChannelMessageWithSource {
			t.Errorf("second /reindex: %q ephemeral %v type %d, want an immediate private answer", m.Content, m.Ephemeral(), q.CallbackType())
		}
		close(sh.hold)
		h.responseWhere(first, hasTitle("Index unchanged"))
		if n := sh.count(); n != 1 {
			t.Errorf("shelf refreshed %d times, want once", n)
		}
	})
	t.Run("running elsewhere", func(t *testing.T) {
		sh := newShelf(t, chapters)
		sh.elsewhere = true
		h := start(t, Config{GuildID: testGuild, Shelf: sh}, &recorder{}, testLibrary())
		in := h.f.Command(h.moderator("grace"), "reindex")
		h.dispatch(in)
		if m, _ := h.final(in); m.Content != "A refresh is already running: files 2/5." {
			t.Errorf("reply %q", m.Content)
		}
		if sh.count() != 0 {
			t.Error("shelf refreshed")
		}
	})
	t.Run("upload waits for the refresh running", func(t *testing.T) {
		sh := newShelf(t, chapters)
		sh.hold, sh.started, sh.waiting = make(chan struct{}), make(chan struct{}, 2), make(chan struct{}, 1)
		h := start(t, Config{GuildID: testGuild, Shelf: sh}, &recorder{}, testLibrary())
		first := h.f.Command(h.moderator("grace"), "reindex")
		h.dispatch(first)
		<-sh.started
		upload := h.f.Command(h.moderator("ada"), "reindex").
			WithAttachment("file", h.f.Attachment("channels.md", []byte("# Channels\n\nA channel carries values.\n")))
		h.dispatch(upload)
		// The upload is downloaded, then waits for the lock.
		<-sh.waiting
		close(sh.hold)
		m, _ := h.responseWhere(upload, hasTitle("Index refreshed"))
		first1, _, _ := strings.Cut(m.Embeds[0].Description, "\n")
		if want := "Saved channels.md (new chapter). " + english.savedWaited; first1 != want {
			t.Errorf("report starts %q, want %q", first1, want)
		}
		hits, err := sh.ix.Search(context.Background(), "channel carries values", 1)
		if err != nil || len(hits) == 0 || hits[0].File != "channels.md" {
			t.Errorf("search after the upload: %+v, %v", hits, err)
		}
	})
}

func TestReindexFailure(t *testing.T) {
	sh := newShelf(t, chapters)
	sh.fail = errors.New("write /secret/index: disk full")
	h := start(t, Config{GuildID: testGuild, Shelf: sh}, &recorder{}, testLibrary())
	in := h.f.Command(h.moderator("grace"), "reindex")
	h.dispatch(in)
	m, _ := h.responseWhere(in, func(m fakediscord.Sent) bool { return m.Content != "" && !progressRe.MatchString(m.Content) })
	if m.Content != english.refreshFailed || !h.private(in) {
		t.Errorf("reply %q private %v", m.Content, h.private(in))
	}
	if err := h.logs.wait(h.ctx(), "disk full"); err != nil {
		t.Error(err)
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
	sh := newShelf(t, map[string]string{"slices.md": "# Slices\n\nA slice is a view.\n"})
	h := start(t, Config{GuildID: testGuild, Shelf: sh}, &recorder{}, testLibrary())
	chapter := []byte("# Channels\n\nA channel carries values.\n")
	tests := []struct {
		name    string
		file    string
		data    []byte
		size    int // when not 0, the size the attachment claims
		fetched bool
		want    string
	}{
		{"not a chapter", "notes.pdf", []byte("%PDF"), 0, false,
			"Only chapters (.md, .markdown, .txt, .html or .htm files) can be uploaded; “notes.pdf” is not one."},
		{"too big by its size", "big.md", chapter, 2 << 20, false, "The file is too big (2.0 MB); the limit is 1 MB."},
		{"too big by its bytes", "big.md", append([]byte("# Big\n\n"), make([]byte, 1<<20)...), 100, true,
			"The file is too big (1.0 MB); the limit is 1 MB."},
		// What makes a chapter is the shelf's to say; the bot shows why.
		{"invalid UTF-8", "bad.md", []byte("# Bad\n\n\xff\xfe text\n"), 0, true, "The chapter cannot be used: bad.md: not UTF-8 text"},
		{"path traversal", "../../etc/x.md", chapter, 0, true, `The chapter cannot be used: "../../etc/x.md" is not a plain file name`},
		{"broken front matter", "broken.md", []byte("---\ntitle: [unclosed\n---\n# T\n\ntext\n"), 0, true,
			"The chapter cannot be used: broken.md:3: front matter: did not find expected ',' or ']'"},
	}
	want := snapshot(t, sh.dir)
	for _, tc := range tests {
		a := h.f.Attachment(tc.file, tc.data)
		if tc.size != 0 {
			a.Size = tc.size
		}
		in := h.f.Command(h.moderator("grace"), "reindex").WithAttachment("file", a)
		h.dispatch(in)
		m, _ := h.responseWhere(in, func(m fakediscord.Sent) bool { return m.Content != "" && !progressRe.MatchString(m.Content) })
		if m.Content != tc.want || !h.private(in) {
			t.Errorf("%s: reply %q private %v, want %q", tc.name, m.Content, h.private(in), tc.want)
		}
		if diff := cmp.Diff(want, snapshot(t, sh.dir)); diff != "" {
			t.Errorf("%s: content directory changed (-want +got):\n%s", tc.name, diff)
		}
		fetched := h.count(func(r fakediscord.Request) bool {
			return r.Route == fakediscord.RouteAttachment && r.Params["attachment"] == a.ID
		}) > 0
		if fetched != tc.fetched {
			t.Errorf("%s: attachment downloaded = %v, want %v", tc.name, fetched, tc.fetched)
		}
	}
}

func TestReindexUpload(t *testing.T) {
	sh := newShelf(t, map[string]string{"slices.md": "# Slices\n\nOld text.\n"})
	page, err := os.ReadFile("../../testdata/html/postgresql-documentary.html")
	if err != nil {
		t.Fatal(err)
	}
	h := start(t, Config{GuildID: testGuild, Shelf: sh}, &recorder{}, testLibrary())
	channels := "# Channels\n\nA channel carries values.\n"
	slicesMD := "---\ntitle: Slices\n---\n\nA slice is a view of an array.\n"
	tests := []struct {
		file, data, saved string
		listing           []string
	}{
		{"channels.md", channels, "Saved channels.md (new chapter).", []string{"channels.md", "slices.md"}},
		{"slices.md", slicesMD, "Saved slices.md (replaced).", []string{"channels.md", "slices.md"}},
		{"Go_Maps.txt", "Maps\n\nKeys and values.\n", `Saved Go\_Maps.txt (new chapter).`, []string{"Go_Maps.txt", "channels.md", "slices.md"}},
		// A page saved from the book's website, and the other Markdown
		// extension: the bot takes what the library reads.
		{"postgres.html", string(page), "Saved postgres.html (new chapter).", []string{"Go_Maps.txt", "channels.md", "postgres.html", "slices.md"}},
		{"queues.markdown", "# Queues\n\nA queue holds jobs in order.\n", "Saved queues.markdown (new chapter).",
			[]string{"Go_Maps.txt", "channels.md", "postgres.html", "queues.markdown", "slices.md"}},
	}
	for n, tc := range tests {
		in := h.f.Command(h.moderator("grace"), "reindex").WithAttachment("file", h.f.Attachment(tc.file, []byte(tc.data)))
		h.dispatch(in)
		m, _ := h.responseWhere(in, hasTitle("Index refreshed"))
		if first, _, _ := strings.Cut(m.Embeds[0].Description, "\n"); first != tc.saved {
			t.Errorf("%s: report starts %q, want %q", tc.file, first, tc.saved)
		}
		if got := sh.count(); got != n+1 {
			t.Fatalf("%s: shelf refreshed %d times in all, want %d", tc.file, got, n+1)
		}
		sh.mu.Lock()
		seen := sh.listings[n]
		sh.mu.Unlock()
		if diff := cmp.Diff(tc.listing, seen); diff != "" {
			t.Errorf("%s: files when the refresh ran (-want +got):\n%s", tc.file, diff)
		}
	}
	want := map[string]string{"channels.md": channels, "slices.md": slicesMD, "Go_Maps.txt": "Maps\n\nKeys and values.\n",
		"postgres.html": string(page), "queues.markdown": "# Queues\n\nA queue holds jobs in order.\n"}
	if diff := cmp.Diff(want, snapshot(t, sh.dir)); diff != "" {
		t.Errorf("content directory (-want +got):\n%s", diff)
	}
	for _, q := range []struct{ query, file string }{{"channel carries values", "channels.md"}, {"keys and values", "Go_Maps.txt"},
		{"why vacuum exists", "postgres.html"}, {"queue holds jobs", "queues.markdown"}} {
		hits, err := sh.ix.Search(context.Background(), q.query, 1)
		if err != nil || len(hits) == 0 || hits[0].File != q.file {
			t.Errorf("search %q: %+v, %v; want %s indexed", q.query, hits, err, q.file)
		}
	}
}

// TestUploadRedirect checks that an attachment's download follows no
// redirect away from where attachments come from: here, to another
// loopback port.
func TestUploadRedirect(t *testing.T) {
	var fetched atomic.Int32
	elsewhere := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		fetched.Add(1)
		io.WriteString(w, "# Evil\n\nPlanted text.\n")
	}))
	defer elsewhere.Close()
	sh := newShelf(t, chapters)
	h := start(t, Config{GuildID: testGuild, Shelf: sh}, &recorder{}, testLibrary())
	a := h.f.RedirectAttachment("evil.md", elsewhere.URL+"/evil.md")
	in := h.f.Command(h.moderator("grace"), "reindex").WithAttachment("file", a)
	h.dispatch(in)
	if m, _ := h.final(in); m.Content != english.downloadFailed {
		t.Errorf("reply %q, want %q", m.Content, english.downloadFailed)
	}
	if n := fetched.Load(); n != 0 {
		t.Errorf("the redirect's target was fetched %d times", n)
	}
	if _, err := os.Stat(filepath.Join(sh.dir, "evil.md")); err == nil {
		t.Error("evil.md was written")
	}
	if sh.count() != 0 {
		t.Error("shelf refreshed")
	}
}
