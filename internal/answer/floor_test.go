package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A section scored under the hit floor gives the lead when it holds what
// the question asks for and the sections above the floor do not.
func TestBelowFloorLeads(t *testing.T) {
	for _, tc := range []struct {
		q    string
		hits []search.Hit
		want string
	}{
		{"who actually wrote redis in the first place?", []search.Hit{
			{ID: "redis#tcl", ChapterTitle: "Redis: The Documentary", Heading: "From a Tcl prototype to C", Score: 4.4,
				Text: "He first wrote the idea as a small prototype in Tcl, then rewrote it in C and released it as open source. The name stands for REmote DIctionary Server."},
			{ID: "redis#problem", ChapterTitle: "Redis: The Documentary", Heading: "A real-time analytics problem", Score: 0.65,
				Text: "In 2009 Salvatore Sanfilippo, known online as antirez, was building LLOOGG, a real-time web analytics startup. The disk-based database behind it could not keep up with the constant stream of small writes."},
		}, "Sanfilippo"},
		{"what is mvcc, in one sentence", []search.Hit{
			{ID: "pg#mvcc-arrives", ChapterTitle: "PostgreSQL: The Documentary", Heading: "MVCC arrives", Score: 5,
				Text: "Version 6.5 in 1999 replaced table-level locking with multiversion concurrency control."},
			{ID: "pg#mvcc", ChapterTitle: "PostgreSQL: The Documentary", Heading: "Multiversion concurrency control", Score: 1.06,
				Text: "Readers never block writers: every update writes a new row version, and each transaction sees a snapshot of the versions that were committed when it began."},
		}, "new row version"},
		// A lower section headed by something else stays out.
		{"what is mvcc, in one sentence", []search.Hit{
			{ID: "pg#mvcc-arrives", ChapterTitle: "PostgreSQL: The Documentary", Heading: "MVCC arrives", Score: 5,
				Text: "Version 6.5 in 1999 replaced table-level locking with multiversion concurrency control."},
			{ID: "pg#vacuum", ChapterTitle: "PostgreSQL: The Documentary", Heading: "Vacuum", Score: 1.06,
				Text: "Vacuum reclaims the dead row versions that multiversion concurrency control leaves behind."},
		}, "Version 6.5"},
	} {
		q := Question{Text: tc.q}
		got := New(analysedRetriever{fakeRetriever{hits: tc.hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: tc.hits, Covered: true})
		if lead, _, _ := strings.Cut(got.Text, "["); !strings.Contains(lead, tc.want) {
			t.Errorf("%q: answer %q, want its lead to hold %q", tc.q, got.Text, tc.want)
		}
	}
}

func TestHeadedBy(t *testing.T) {
	terms := New(analysedRetriever{fakeRetriever{}}, Options{}).r.Terms
	for _, tc := range []struct {
		heading string
		subject []string
		want    bool
	}{
		{"Multiversion concurrency control", []string{"mvcc"}, true},
		{"Write-ahead log", []string{"wal"}, true},
		{"Vacuum", []string{"vacuum"}, true},
		{"MVCC arrives", []string{"mvcc"}, false},
		{"Multiversion concurrency control", []string{"mvcc", "postgresql"}, false},
		{"", []string{"mvcc"}, false},
	} {
		if got := headedBy(tc.heading, tc.subject, terms); got != tc.want {
			t.Errorf("headedBy(%q, %q) = %v, want %v", tc.heading, tc.subject, got, tc.want)
		}
	}
}
