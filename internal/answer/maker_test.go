package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// "who made the documentary?" asks for its studio too: the sentence the
// studio opens leads, not one that mentions a name inside it or a person
// of the film's story.
func TestWorkMakerLeads(t *testing.T) {
	hits := []search.Hit{
		{ID: "node#about", ChapterTitle: "Node.js: The Documentary", Heading: "What is the film about", Score: 4,
			Text: "The film shows how Node.js evolved from an experiment into a platform. At the center is the event-loop model, non-blocking I/O, and the idea that JavaScript can be effective far beyond the browser."},
		{ID: "node#premiere", ChapterTitle: "Node.js: The Documentary", Heading: "Node.js: The Documentary premieres", Score: 3.5,
			Text: "Honeypot captures the engineering history of Node.js: from first principles to a mature platform ecosystem."},
		{ID: "node#first", ChapterTitle: "Node.js: The Documentary", Heading: "First Node.js releases", Score: 3,
			Text: "Ryan Dahl publishes early Node.js releases and demonstrates how event loop can work for network-heavy backends."},
	}
	for _, q := range []string{"who made the node.js documentary film?", "who produced the node.js documentary?"} {
		q := Question{Text: q}
		got := New(analysedRetriever{fakeRetriever{hits: hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
		if lead, _, _ := strings.Cut(got.Text, "["); !strings.Contains(lead, "Honeypot") {
			t.Errorf("%q: answer %q, want it to lead with Honeypot", q.Text, got.Text)
		}
	}
}

func TestMakerFit(t *testing.T) {
	plain := func(w string) bool { return strings.EqualFold(w, "kubernetes") || strings.EqualFold(w, "the") }
	rare := func(w string) bool { return w == "Honeypot" || w == "JavaScript" || w == "Greek" }
	for _, tc := range []struct {
		s    string
		made bool
		want float64
	}{
		{"Honeypot captures the engineering history of Node.js.", false, 0.6},
		{"Honeypot made it.", true, 0.8},
		{"The documentary, released by Honeypot in two parts in January 2022, ...", false, 0.8},
		{"At the center is the idea that JavaScript can be effective.", false, 0},
		{"Kubernetes is the Greek word for helmsman.", false, 0},
		{"The film shows how it evolved.", true, 0},
	} {
		if got := makerFit(tc.s, tc.made, plain, rare); got != tc.want {
			t.Errorf("makerFit(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestCapitalName: the name check that opensName (a sentence's first word)
// and namesOther (any word) share.
func TestCapitalName(t *testing.T) {
	plain := func(w string) bool { return w == "The" }
	tests := []struct {
		w    string
		want bool
	}{
		{"VMware", true},
		{"Honeypot", true},
		{"Ryan", true},
		{"The", false},      // plain English
		{"honeypot", false}, // not capitalised
		{"A", false},        // one letter
		{"V8", false},       // a digit
		{"Node.js", false},  // a sign
	}
	for _, tt := range tests {
		if got := capitalName(tt.w, plain); got != tt.want {
			t.Errorf("capitalName(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
}
