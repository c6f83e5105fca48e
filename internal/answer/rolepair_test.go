package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// The sentences that name a person by weaker evidence than a rare
// surname lead a "who" question: a pair after a word for a person ("his
// manager Brad Green"), a surname under a heading that writes the full
// name ("Hipp" under "D. Richard Hipp"); a rare word after one the
// passages write alone names a thing ("Google Feedback"), and the surname
// of the person the question leaves out names nobody else.
func TestPersonEvidenceLeads(t *testing.T) {
	for _, tc := range []struct {
		q    string
		hits []search.Hit
		want string
	}{
		{"who was the manager misko made the bet with", []search.Hit{
			{ID: "ng#bet", ChapterTitle: "Angular: The Documentary", Heading: "The Google Feedback bet", Score: 4,
				Text: "Hevery was working at Google on Google Feedback, a tool that let users report problems on a page. Hevery bet his manager Brad Green that he could rewrite it with his side project in two weeks. It took three weeks."},
			{ID: "ng#misko", ChapterTitle: "Angular: The Documentary", Heading: "Misko Hevery", Score: 3.8,
				Text: "Co-creator of AngularJS and the author of the Google Feedback bet. He later left Google and created the Qwik framework at Builder.io."},
		}, "Brad Green"},
		{"who originally wrote sqlite?", []search.Hit{
			{ID: "sqlite#hipp", ChapterTitle: "SQLite: The Documentary", Heading: "D. Richard Hipp", Score: 4,
				Text: "Hipp is the creator and project lead of SQLite, known on the forum as drh, who holds a PhD in computer science."},
			{ID: "sqlite#team", ChapterTitle: "SQLite: The Documentary", Heading: "Dan Kennedy and Joe Mistachkin", Score: 3.6,
				Text: "Dan Kennedy and Joe Mistachkin form the core team of three developers together with Hipp."},
			{ID: "sqlite#library", ChapterTitle: "SQLite: The Documentary", Heading: "A library instead of a service", Score: 3.8,
				Text: "SQLite began as an extension for the Tcl language and kept a plain C interface. Hipp's answer was to read and write the database file directly from inside the program."},
		}, "Hipp is the creator"},
		{"who besides drh works on the sqlite core", []search.Hit{
			{ID: "sqlite#hipp", ChapterTitle: "SQLite: The Documentary", Heading: "D. Richard Hipp", Score: 4,
				Text: "Hipp is the creator and project lead of SQLite, known on the forum as drh, who holds a PhD in computer science."},
			{ID: "sqlite#team", ChapterTitle: "SQLite: The Documentary", Heading: "Dan Kennedy and Joe Mistachkin", Score: 3.9,
				Text: "Dan Kennedy and Joe Mistachkin form the core team of three developers together with Hipp."},
		}, "Dan Kennedy"},
	} {
		q := Question{Text: tc.q}
		got := New(analysedRetriever{fakeRetriever{hits: tc.hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: tc.hits, Covered: true})
		if lead, _, _ := strings.Cut(got.Text, "["); !strings.Contains(lead, tc.want) {
			t.Errorf("%q: answer %q, want its lead to hold %q", tc.q, got.Text, tc.want)
		}
	}
}

func TestAfterRole(t *testing.T) {
	for _, tc := range []struct {
		s    string
		i    int
		want bool
	}{
		{"Hevery bet his manager Brad Green that", 4, true},
		{"the engineer Ken Thompson joined", 2, true},
		{"the manager, Brad Green joined", 2, false},
		{"at Google Feedback the team", 1, false},
	} {
		if got := afterRole(strings.Fields(tc.s), tc.i); got != tc.want {
			t.Errorf("afterRole(%q, %d) = %v, want %v", tc.s, tc.i, got, tc.want)
		}
	}
}

func TestThingTails(t *testing.T) {
	got := thingTails([]string{
		"Hevery was working at Google on Google Feedback, a tool. Hevery bet his manager.",
		"Misko Hevery and Adam Abrons started GetAngular.",
	})
	if !got["Feedback"] || got["Hevery"] || got["Abrons"] {
		t.Errorf("thingTails = %v, want Feedback only", got)
	}
}

func TestPersonHeading(t *testing.T) {
	plain := func(w string) bool { return false }
	surname := func(w string) bool { return w == "Hipp" || w == "Mistachkin" || w == "ZooKeeper" || w == "Green" }
	for h, want := range map[string]bool{
		"D. Richard Hipp":                true,
		"Dan Kennedy and Joe Mistachkin": true,
		"Brad Green":                     true,
		"Вехи ZooKeeper":                 false,
		"The Google Feedback bet":        false,
		"Green threads":                  false,
	} {
		if got := personHeading(h, plain, surname); got != want {
			t.Errorf("personHeading(%q) = %v, want %v", h, got, want)
		}
	}
}

func TestLeftOut(t *testing.T) {
	terms := func(s string) []string { return strings.Fields(strings.ToLower(s)) }
	for q, want := range map[string]string{
		"who besides drh works on the sqlite core": "drh",
		"who other than Ryan wrote node":           "ryan",
		"who originally wrote sqlite?":             "",
	} {
		if got := strings.Join(leftOut(q, terms), " "); got != want {
			t.Errorf("leftOut(%q) = %q, want %q", q, got, want)
		}
	}
}
