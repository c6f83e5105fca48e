package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// "which country was mysql ab from" asks for a place: the sentence naming
// one leads, not the one that only shares the subject's name.
func TestPlaceLeads(t *testing.T) {
	hits := []search.Hit{
		{ID: "mysql#sun", ChapterTitle: "MySQL", Heading: "Sun buys MySQL AB", Score: 4,
			Text: "In 2008 Sun Microsystems acquires MySQL AB for about $1 billion, one of the largest deals ever made for an open-source company."},
		{ID: "mysql#ab", ChapterTitle: "MySQL", Heading: "MySQL AB is founded", Score: 3.8,
			Text: "Michael Widenius, David Axmark and Allan Larsson found MySQL AB in Sweden in 1995, and the first version of the server is released on May 23, 1995."},
	}
	q := Question{Text: "which country was mysql ab from originaly"}
	got := New(analysedRetriever{fakeRetriever{hits: hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
	if lead, _, _ := strings.Cut(got.Text, "["); !strings.Contains(lead, "Sweden") {
		t.Errorf("answer %q, want it to lead with Sweden", got.Text)
	}
}

func TestPlaceFit(t *testing.T) {
	plain := func(w string) bool { return w == "May" || strings.EqualFold(w, "sqlite") }
	for _, tc := range []struct {
		s    string
		want float64
	}{
		{"They found MySQL AB in Sweden in 1995.", 1},
		{"Hipp, Wyrick and Company, Inc., a small firm in Charlotte, North Carolina, employs the developers.", 1},
		{"The first version is released in May 1995.", 0},
		{"It was written in SQLite.", 0},
		{"In 2008 Sun Microsystems acquires MySQL AB.", 0},
		{"It moved to the Linux Foundation in 2020.", 0},
	} {
		if got := placeFit(tc.s, plain); got != tc.want {
			t.Errorf("placeFit(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
	for _, tc := range []struct {
		q    string
		want bool
	}{
		{"which country was mysql ab from originaly", true},
		{"where is the company behind sqlite located", true},
		{"where does k8s keep all the cluster state", false},
		{"what theory is go's concurrency model based on", false},
	} {
		if got := placeQRe.MatchString(tc.q); got != tc.want {
			t.Errorf("placeQRe(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
