package discord

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/search"
)

func TestStatus(t *testing.T) {
	built := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	var count atomic.Int64
	count.Store(3)
	status := func() search.Status {
		return search.Status{Version: "0123456789abcdef0123", Chapters: int(count.Load()), Sections: 12, BuiltAt: built}
	}
	sh := newShelf(t, chapters)
	h := start(t, Config{GuildID: testGuild, Status: status, LLM: true, Started: time.Now().Add(-90 * time.Minute), Shelf: sh},
		&recorder{}, testLibrary())

	fields := func() []string {
		t.Helper()
		in := h.f.Command(h.member("ada"), "status")
		h.dispatch(in)
		m, _ := h.final(in)
		if !h.private(in) || len(m.Embeds) != 1 || m.Embeds[0].Title != "Status" {
			t.Fatalf("status = %+v private %v", m.Embeds, h.private(in))
		}
		if strings.Contains(m.Text(), "<@") {
			t.Errorf("status mentions someone: %s", m.Text())
		}
		var got []string
		for _, f := range m.Embeds[0].Fields {
			got = append(got, f.Name+": "+f.Value)
		}
		return got
	}
	uptime := regexp.MustCompile(`^Uptime: 1h3\dm\d+s$`)
	got := fields()
	if len(got) == 6 && uptime.MatchString(got[4]) {
		got[4] = "Uptime: ok"
	}
	want := []string{
		"Index: `0123456789ab`",
		"Chapters: 3",
		"Sections: 12",
		"Last refresh: at start-up; index built <t:" + strconv.FormatInt(built.Unix(), 10) + ":R>",
		"Uptime: ok",
		"LLM mode: on",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("status at start-up (-want +got):\n%s", diff)
	}

	if err := os.WriteFile(filepath.Join(sh.dir, "channels.md"), []byte("# Channels\n\nValues.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mod := h.moderator("grace_h")
	in := h.f.Command(mod, "reindex")
	before := time.Now()
	h.dispatch(in)
	h.responseWhere(in, hasTitle("Index refreshed"))
	count.Store(4)
	got = fields()
	refresh := regexp.MustCompile(`^Last refresh: <t:(\d+):R>, took [0-9.]+[mµn]?s \(ok\), asked by grace\\_h$`)
	sm := refresh.FindStringSubmatch(got[3])
	if sm == nil || got[1] != "Chapters: 4" {
		t.Fatalf("status after a refresh: %q", got)
	}
	if at, _ := strconv.ParseInt(sm[1], 10, 64); at < before.Unix() || at > time.Now().Unix() {
		t.Errorf("refreshed at %d, want between %d and now", at, before.Unix())
	}
}

func TestStatusWithoutIndexOrModel(t *testing.T) {
	m := renderStatus(english, search.Status{}, nil, 1500*time.Millisecond, false)
	var got []string
	for _, f := range m.Embeds[0].Fields {
		got = append(got, f.Name+": "+f.Value)
	}
	want := []string{"Index: none", "Chapters: 0", "Sections: 0", "Last refresh: at start-up", "Uptime: 2s", "LLM mode: off"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("status (-want +got):\n%s", diff)
	}
}

// The last refresh is the Shelf's: by /reindex, the content watch or
// another process alike.
func TestStatusLastRefresh(t *testing.T) {
	field := func(st search.Status, last *RefreshReport) string {
		for _, f := range renderStatus(english, st, last, time.Minute, false).Embeds[0].Fields {
			if f.Name == "Last refresh" {
				return f.Value
			}
		}
		return ""
	}
	built := time.Unix(1_700_000_000, 0)
	tests := []struct {
		name string
		last *RefreshReport
		want string
	}{
		{"none since start-up", nil, "at start-up; index built <t:1700000000:R>"},
		{"refreshed", &RefreshReport{Result: RefreshUnchanged, Finished: built.Add(time.Hour), Duration: 1200 * time.Millisecond},
			"<t:1700003600:R>, took 1.2s (unchanged)"},
		{"built since by another process", &RefreshReport{Result: RefreshOK, Finished: built.Add(-time.Hour)},
			"index built <t:1700000000:R> (by another process)"},
	}
	for _, tc := range tests {
		if got := field(search.Status{Version: "v", BuiltAt: built}, tc.last); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// /status says who asked for the last refresh (a moderator, the file
// watcher, start-up), or who built the index and in which process, in
// the reader's language.
func TestStatusRefreshedBy(t *testing.T) {
	built := time.Unix(1_700_000_000, 0)
	field := func(tr *texts, st search.Status, last *RefreshReport) string {
		for _, f := range renderStatus(tr, st, last, time.Minute, false).Embeds[0].Fields {
			if f.Name == tr.lastRefresh {
				return f.Value
			}
		}
		return ""
	}
	byCLI := search.Status{Version: "v", BuiltAt: built, BuiltBy: AskerCommandLine, BuiltPID: 4242}
	tests := []struct {
		name   string
		st     search.Status
		last   *RefreshReport
		en, ru string
	}{
		{"a moderator", search.Status{Version: "v", BuiltAt: built, BuiltBy: "grace_h", BuiltPID: 7},
			&RefreshReport{Result: RefreshOK, Finished: built.Add(time.Second), Duration: time.Second, By: "grace_h"},
			`<t:1700000001:R>, took 1s (ok), asked by grace\_h`, `<t:1700000001:R>, заняло 1s (ok), запросил: grace\_h`},
		{"the file watcher", search.Status{Version: "v", BuiltAt: built},
			&RefreshReport{Result: RefreshOK, Finished: built.Add(time.Second), Duration: time.Second, By: AskerFileWatcher},
			"<t:1700000001:R>, took 1s (ok), asked by file watcher", "<t:1700000001:R>, заняло 1s (ok), запросил: наблюдение за файлами"},
		{"another process since", byCLI, &RefreshReport{Result: RefreshOK, Finished: built.Add(-time.Hour), By: AskerStartup},
			"index built <t:1700000000:R> by another process (command line, pid 4242)",
			"индекс построен <t:1700000000:R> другим процессом (командная строка, pid 4242)"},
		{"another process before start-up", search.Status{Version: "v", BuiltAt: built, BuiltPID: 4242}, nil,
			"at start-up; index built <t:1700000000:R> (pid 4242)", "при запуске; индекс построен <t:1700000000:R> (pid 4242)"},
		{"this bot before", search.Status{Version: "v", BuiltAt: built, BuiltBy: AskerStartup, BuiltPID: 4242}, nil,
			"at start-up; index built <t:1700000000:R> (start-up, pid 4242)",
			"при запуске; индекс построен <t:1700000000:R> (запуск бота, pid 4242)"},
	}
	for _, tc := range tests {
		if got := field(english, tc.st, tc.last); got != tc.en {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.en)
		}
		if got := field(russian, tc.st, tc.last); got != tc.ru {
			t.Errorf("%s, ru: %q, want %q", tc.name, got, tc.ru)
		}
	}
}
