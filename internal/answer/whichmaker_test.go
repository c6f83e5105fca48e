package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

func TestAsksMaker(t *testing.T) {
	for q, want := range map[string]bool{
		"which studio made the node.js documentary film":    true,
		"which company made that node documentary film?":    true,
		"So which production company produced the film?":    true,
		"which company originally built kafka":              false, // no maker's verb of a work
		"which studio is the node.js documentary about?":    false,
		"who made the node.js documentary film?":            false, // a "who" question
		"which version made the event loop faster?":         false, // a number question
		"which related chapter contrasts node's event loop": false,
	} {
		k, _ := questionKind(q)
		if got := asksMaker(k, q); got != want {
			t.Errorf("asksMaker(%q) = %v, want %v", q, got, want)
		}
	}
}

// "which studio made the documentary?" asks like "who made the
// documentary?": the studio that opens the premiere's sentence, in a
// section scored under the best one's hit floor, leads over the best
// section's sentence that names JavaScript.
func TestWhichMakerLead(t *testing.T) {
	for _, premiere := range []float64{0.783, 0.257} {
		hits := []search.Hit{
			{ID: "node#about", ChapterTitle: "Node.js: The Documentary", Heading: "What is the film about?", Score: 0.784,
				Text: "The film shows how Node.js evolved from an experiment into a platform that changed backend engineering for network-heavy systems. At the center is the event-loop model, non-blocking I/O, and the idea that JavaScript can be effective far beyond the browser."},
			{ID: "node#premiere", ChapterTitle: "Node.js: The Documentary", Heading: "Node.js: The Documentary premieres", Score: premiere,
				Text: "Honeypot captures the engineering history of Node.js: from first principles to a mature platform ecosystem."},
			{ID: "node#first", ChapterTitle: "Node.js: The Documentary", Heading: "First Node.js releases", Score: 0.117,
				Text: "Ryan Dahl publishes early Node.js releases and demonstrates how event loop can work for network-heavy backends."},
		}
		for _, q := range []string{"which company made that node documentary film?", "which studio made the node.js documentary film"} {
			q := Question{Text: q}
			got := New(analysedRetriever{fakeRetriever{hits: hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
			if lead, _, _ := strings.Cut(got.Text, "["); !strings.HasPrefix(lead, "Honeypot") {
				t.Errorf("%q (premiere scored %v): answer %q, want it to lead with Honeypot", q.Text, premiere, got.Text)
			}
		}
	}
}
