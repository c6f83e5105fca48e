package discord

import (
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
	var chapters atomic.Int64
	chapters.Store(3)
	status := func() search.Status {
		return search.Status{Version: "0123456789abcdef0123", Chapters: int(chapters.Load()), Sections: 12, BuiltAt: built}
	}
	r := &refresher{report: search.Report{Chapters: 4, Added: []string{"channels.md"}}}
	h := start(t, Config{GuildID: testGuild, Status: status, LLM: true, Started: time.Now().Add(-90 * time.Minute), Refresher: r},
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

	mod := h.moderator("grace_h")
	in := h.f.Command(mod, "reindex")
	before := time.Now()
	h.dispatch(in)
	h.responseWhere(in, hasTitle("Index refreshed"))
	chapters.Store(4)
	got = fields()
	refresh := regexp.MustCompile(`^Last refresh: <t:(\d+):R> by grace\\_h, took [0-9.]+[mµn]?s \(ok\)$`)
	sm := refresh.FindStringSubmatch(got[3])
	if sm == nil || got[1] != "Chapters: 4" {
		t.Fatalf("status after a refresh: %q", got)
	}
	if at, _ := strconv.ParseInt(sm[1], 10, 64); at < before.Unix() || at > time.Now().Unix() {
		t.Errorf("refreshed at %d, want between %d and now", at, before.Unix())
	}
}

func TestStatusWithoutIndexOrModel(t *testing.T) {
	m := renderStatus(search.Status{}, nil, 1500*time.Millisecond, false)
	var got []string
	for _, f := range m.Embeds[0].Fields {
		got = append(got, f.Name+": "+f.Value)
	}
	want := []string{"Index: none", "Chapters: 0", "Sections: 0", "Last refresh: at start-up", "Uptime: 2s", "LLM mode: off"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("status (-want +got):\n%s", diff)
	}
}

// An index built after the last /reindex (by the content watch or another
// process) is what /status reports.
func TestStatusIndexNewerThanReindex(t *testing.T) {
	reindexed := time.Unix(1_700_000_000, 0)
	last := &lastRefresh{At: reindexed, UserID: "1", Username: "grace", Took: time.Second, Result: "ok"}
	field := func(st search.Status) string {
		for _, f := range renderStatus(st, last, time.Minute, false).Embeds[0].Fields {
			if f.Name == "Last refresh" {
				return f.Value
			}
		}
		return ""
	}
	if got := field(search.Status{Version: "v", BuiltAt: reindexed.Add(-time.Second)}); got != "<t:1700000000:R> by grace, took 1s (ok)" {
		t.Errorf("after /reindex: %q", got)
	}
	if got := field(search.Status{Version: "v", BuiltAt: reindexed.Add(time.Hour)}); got != "index built <t:1700003600:R> (content watch or another process)" {
		t.Errorf("after a later refresh: %q", got)
	}
}
