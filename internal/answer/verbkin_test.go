package answer

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A question's verb names the event it asks of; the sentence telling of
// that event in other words leads, not one of another event of the
// subject that the kind's cue words ("starts", "founded") fit.
func TestAskedEventLeads(t *testing.T) {
	for _, tc := range []struct {
		q    string
		hits []search.Hit
		want string
	}{
		{
			q: "when exactly did mozilla cut the staff that worked on servo and rust",
			hits: []search.Hit{
				{ID: "rust#servo", ChapterTitle: "Rust", Heading: "Servo", Score: 4,
					Text: "Mozilla Research starts Servo in 2012 as an experimental parallel browser engine and the largest early testbed for Rust; its style system later ships in Firefox Quantum (Firefox 57) in November 2017."},
				{ID: "rust#layoffs", ChapterTitle: "Rust", Heading: "Mozilla layoffs", Score: 3.8,
					Text: "In August 2020 Mozilla lays off about 250 employees, including many people working on Servo and Rust; in November 2020 Servo moves to the Linux Foundation."},
			},
			want: "August 2020",
		},
		{
			q: "what year did postgres get renamed to postgresql",
			hits: []search.Hit{
				{ID: "pg#berkeley", ChapterTitle: "PostgreSQL", Heading: "Berkeley", Score: 4,
					Text: "Michael Stonebraker started the POSTGRES project at Berkeley in 1986 to go beyond the relational model of his earlier Ingres system."},
				{ID: "pg#name", ChapterTitle: "PostgreSQL", Heading: "A new name", Score: 3,
					Text: "In 1996 the project took the name PostgreSQL, and version 6.0 followed in January 1997 under the new PostgreSQL Global Development Group."},
			},
			want: "1996",
		},
		{
			q: "which version dropped gdbm and got its own btree implementaton?",
			hits: []search.Hit{
				{ID: "sqlite#1", ChapterTitle: "SQLite", Heading: "Version 1.0 on gdbm", Score: 4,
					Text: "Version 1.0 appears in August 2000 and stores its data through gdbm, the GNU database manager, underneath its own SQL layer."},
				{ID: "sqlite#2", ChapterTitle: "SQLite", Heading: "Its own B-tree", Score: 2.8,
					Text: "In 2001 version 2.0 replaces gdbm with a B-tree written for SQLite, which also brings proper transactions."},
			},
			want: "2.0",
		},
	} {
		q := Question{Text: tc.q}
		got := New(analysedRetriever{fakeRetriever{hits: tc.hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: tc.hits, Covered: true})
		if lead, _, _ := strings.Cut(got.Text, "["); !strings.Contains(lead, tc.want) {
			t.Errorf("%q: answer %q, want it to lead with %q", tc.q, got.Text, tc.want)
		}
	}
}

func TestAskedEvents(t *testing.T) {
	terms := func(s string) []string { return search.Terms(s) }
	for _, tc := range []struct {
		q, sentence string
		want        bool // the sentence tells of the event the question asks of
	}{
		{"when did mozilla cut the staff", "In August 2020 Mozilla lays off about 250 employees.", true},
		{"what year was the company behind mysql set up", "Widenius, Axmark and Larsson found MySQL AB in 1995.", true},
		{"who made elixir", "José Valim created Elixir in 2011.", true},
		{"who made elixir", "It makes concurrency easy.", false},
		{"which version dropped gdbm", "Version 2.0 replaces gdbm with a B-tree.", true},
		{"which kubernetes version finally removed dockershim", "Version 1.20 deprecates dockershim.", false},
		{"when was dockershim deprecated", "Version 1.24 removes dockershim.", false},
		{"when was dockershim deprecated", "Version 1.20 announces that the Docker shim will be removed.", true},
		{"when did sun buy mysql ab", "In 2008 Sun Microsystems acquires MySQL AB.", true},
		{"when was it renamed", "In 1996 the project took the name PostgreSQL.", true},
		{"what is mvcc", "MVCC arrives in 1999.", false},
	} {
		got := map[string]bool{}
		events := askedEvents(tc.q, terms)
		holdEvents(tc.sentence, events, got)
		told := slices.ContainsFunc(events, func(a askedEvent) bool { return got[eventTerm(a.class)] })
		if told != tc.want {
			t.Errorf("%q / %q: told %v, want %v", tc.q, tc.sentence, told, tc.want)
		}
	}
}

// A "when" question of another event than a release asks for that event's
// sentence: its cue is the event's; one of its kind's own event keeps the
// kind's cue words.
func TestEventCue(t *testing.T) {
	terms := func(s string) []string { return search.Terms(s) }
	for _, tc := range []struct {
		q       string
		k       kind
		wantNil bool
	}{
		{"when did mozilla cut the staff", kindWhen, false},
		{"when was react released", kindWhen, true},
		{"when was react created", kindWhen, false},
		{"who created react", kindWho, true},
		{"who replaced the core team", kindWho, false},
		{"which version dropped gdbm", kindNumber, true},
	} {
		if got := eventCue(tc.k, askedEvents(tc.q, terms)); (got == nil) != tc.wantNil {
			t.Errorf("eventCue(%q) = %v, want nil %v", tc.q, got, tc.wantNil)
		}
	}
}
