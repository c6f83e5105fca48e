package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A short section's heading may hold what the question asks for, the
// sentence under it only the rest: the lead shows the heading with it.
func TestHeadValueLeads(t *testing.T) {
	for _, tc := range []struct {
		q    string
		hits []search.Hit
		want string
	}{
		{"who are the founders of k8s?", []search.Hit{
			{ID: "k8s#founders", ChapterTitle: "Kubernetes: The Documentary", Heading: "Joe Beda, Brendan Burns and Craig McLuckie", Score: 4,
				Text: "The three Google engineers usually named as the founders pitched the project internally and built the first prototype."},
			{ID: "k8s#name", ChapterTitle: "Kubernetes: The Documentary", Heading: "The name and the logo", Score: 3.6,
				Text: "Kubernetes is the Greek word for helmsman; the internal codename was Project Seven, a nod to a Star Trek character."},
		}, "Craig McLuckie"},
		{"what was that node fork called, the one that merged back into node?", []search.Hit{
			{ID: "node#community", ChapterTitle: "Node.js: The Documentary", Heading: "From one maintainer to global community", Score: 4,
				Text: "Node.js demonstrates a transition from founder-led development to distributed engineering ownership."},
			{ID: "node#fork", ChapterTitle: "Node.js: The Documentary", Heading: "io.js fork", Score: 3,
				Text: "Disagreements around release pace and governance lead to a fork, which then reshapes project management practices."},
		}, "io.js"},
	} {
		q := Question{Text: tc.q}
		got := New(analysedRetriever{fakeRetriever{hits: tc.hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: tc.hits, Covered: true})
		if lead, _, _ := strings.Cut(got.Text, "["); !strings.Contains(lead, tc.want) {
			t.Errorf("%q: answer %q, want its lead to hold %q", tc.q, got.Text, tc.want)
		}
	}
}

func TestTitledPerson(t *testing.T) {
	plain := func(w string) bool { return strings.EqualFold(w, "the") || strings.EqualFold(w, "and") }
	surname := func(w string) bool { return w == "Beda" || w == "McLuckie" || w == "Hipp" }
	known := func(string) bool { return false }
	for _, tc := range []struct {
		title, text string
		want        float64
	}{
		{"Joe Beda, Brendan Burns and Craig McLuckie", "The three engineers pitched the project.", 0.6},
		{"Red Hat as the first big ally", "Red Hat joined early.", 0},
		{"D. Richard Hipp", "Hipp is the creator and project lead of SQLite.", 0},
		{"", "Joe Beda pitched the project.", 0},
	} {
		c := sentence{title: tc.title, text: tc.text}
		if got := titledPerson(&c, false, plain, surname, known); got != tc.want {
			t.Errorf("titledPerson(%q, %q) = %v, want %v", tc.title, tc.text, got, tc.want)
		}
	}
}
