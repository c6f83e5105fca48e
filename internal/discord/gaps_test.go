package discord

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/feedback"
)

var day0 = time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)

func day(n int) time.Time { return day0.Add(time.Duration(n) * 24 * time.Hour) }

func TestTopUncovered(t *testing.T) {
	us := []feedback.Uncovered{
		{Question: "How do I bake bread?", Time: day(1)},
		{Question: "what is sourdough", Time: day(2)},
		{Question: "  how do I   BAKE bread  ", Time: day(3)},
		{Question: "¿How do I bake bread?!", Time: day(4)},
		{Question: "What is sourdough?", Time: day(1)}, // older than the wording kept
		{Question: "?!", Time: day(5)},                 // nothing left to group
		{Question: "Why is the sky blue?", Time: day(6)},
	}
	got := topUncovered(us, 2)
	want := []gap{
		{Question: "¿How do I bake bread?!", Count: 3, Last: day(4)},
		{Question: "what is sourdough", Count: 2, Last: day(2)},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("top 2 (-want +got):\n%s", diff)
	}
	if got := topUncovered(us, 10); len(got) != 3 || got[2].Question != "Why is the sky blue?" {
		t.Errorf("all = %+v", got)
	}
}

func TestTopDownVoted(t *testing.T) {
	vote := func(user, q, v string, d int) feedback.Vote {
		return feedback.Vote{InteractionID: fmt.Sprint("i", d, user), UserID: user, Question: q, Vote: v, Time: day(d)}
	}
	vs := []feedback.Vote{
		vote("u1", "What is a map?", feedback.Down, 1),
		vote("u2", "what is a map", feedback.Down, 2),
		vote("u1", "What is a map?", feedback.Down, 3), // the same reader again
		vote("u1", "What is a slice?", feedback.Up, 1),
		vote("u1", "What is a slice?", feedback.Down, 2), // changed their mind
		vote("u3", "Channels?", feedback.Down, 1),
		vote("u3", "Channels?", feedback.Up, 2), // and back
		vote("u4", "Channels?", feedback.Up, 3),
		vote("", "Old record", feedback.Down, 1), // no user: each click counts
		vote("", "Old record", feedback.Down, 2),
	}
	got := topDownVoted(vs, 10)
	want := []gap{
		{Question: "What is a map?", Count: 2, Last: day(3)},
		{Question: "Old record", Count: 2, Last: day(2)},
		{Question: "What is a slice?", Count: 1, Last: day(2)},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("down-voted (-want +got):\n%s", diff)
	}
}

func openStore(t *testing.T) *feedback.Store {
	t.Helper()
	store, err := feedback.Open(filepath.Join(t.TempDir(), "feedback.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	return store
}

func TestGaps(t *testing.T) {
	store := openStore(t)
	for n, q := range []string{"How do I bake bread?", "how do i bake bread", "What is *sourdough*?"} {
		if err := store.RecordUncovered(q, day(n)); err != nil {
			t.Fatal(err)
		}
	}
	for n, v := range []feedback.Vote{
		{UserID: "u1", Question: "What is a map?", Vote: feedback.Down},
		{UserID: "u2", Question: "What is a map?", Vote: feedback.Down},
		{UserID: "u2", Question: "What is a slice?", Vote: feedback.Up},
	} {
		v.InteractionID, v.Time = fmt.Sprint(n), day(n)
		if err := store.Record(v); err != nil {
			t.Fatal(err)
		}
	}
	h := start(t, Config{GuildID: testGuild, Feedback: store}, &recorder{}, testLibrary())
	member := h.f.Command(h.member("ada"), "gaps")
	h.dispatch(member)
	if m, _ := h.final(member); m.Content != english.notModerator || !h.private(member) {
		t.Errorf("member: %q private %v, want the refusal", m.Content, h.private(member))
	}
	in := h.f.Command(h.moderator("grace"), "gaps")
	h.dispatch(in)
	m, _ := h.final(in)
	if !h.private(in) || len(m.Embeds) != 1 {
		t.Fatalf("gaps = %+v private %v", m.Embeds, h.private(in))
	}
	var got []string
	for _, f := range m.Embeds[0].Fields {
		got = append(got, f.Name+"\n"+f.Value)
	}
	ts := func(n int) string { return "<t:" + strconv.FormatInt(day(n).Unix(), 10) + ":d>" }
	want := []string{
		"Not covered\n**2×** how do i bake bread · last " + ts(1) + "\n**1×** What is \\*sourdough\\*? · last " + ts(2),
		"Voted 👎\n**2×** What is a map? · last " + ts(1),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("gaps (-want +got):\n%s", diff)
	}
}

func TestGapsSplit(t *testing.T) {
	store := openStore(t)
	long := func(n int) string { return fmt.Sprintf("question %02d %s?", n, strings.Repeat("very long words ", 30)) }
	for n := range 12 {
		for range 12 - n {
			if err := store.RecordUncovered(long(n), day(n)); err != nil {
				t.Fatal(err)
			}
		}
		if err := store.Record(feedback.Vote{InteractionID: fmt.Sprint(n), UserID: fmt.Sprint("u", n), Question: long(n),
			Vote: feedback.Down, Time: day(n)}); err != nil {
			t.Fatal(err)
		}
	}
	h := start(t, Config{GuildID: testGuild, Feedback: store}, &recorder{}, testLibrary())
	in := h.f.Command(h.moderator("grace"), "gaps")
	h.dispatch(in)
	h.final(in)

	// The harness checks every message against Discord's limits; here,
	// that the lists are whole and cut at ten.
	want := map[string]int{}
	for n := range 12 {
		switch {
		case n < 2:
			want[fmt.Sprintf("question %02d ", n)] = 1 // the oldest votes fall out of the top ten
		case n >= 10:
			want[fmt.Sprintf("question %02d ", n)] = 1 // asked least: not in the top ten uncovered
		default:
			want[fmt.Sprintf("question %02d ", n)] = 2
		}
	}
	// Once the bot is idle, every message of the report has been sent.
	h.idle()
	var text strings.Builder
	for _, r := range h.f.Requests() {
		if m, ok := r.Message(); ok && (r.Params["interaction"] == in.ID || r.Params["token"] == in.Token) {
			text.WriteString(m.Text())
		}
	}
	got := map[string]int{}
	for p := range want {
		got[p] = strings.Count(text.String(), p)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("questions in the reply (-want +got):\n%s", diff)
	}
}
