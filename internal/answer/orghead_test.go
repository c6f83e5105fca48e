package answer

import (
	"fmt"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// TestOrgHeads: for a question that asks which foundation, the section
// whose heading names one leads a section of a near score that names a
// person (the typed answer of a who question, which typedFirst raises as
// much). The scores are
// those "which foundation does node.js belong to" found in the Node.js
// chapter before typedFirst.
func TestOrgHeads(t *testing.T) {
	e := New(bookIndex(t, originBook), Options{})
	hits := []search.Hit{
		{ID: "node#first-nodejs-releases", Heading: "First Node.js releases", Score: 1.363,
			Text: "Ryan Dahl publishes early Node.js releases and demonstrates how event loop can work for network-heavy backends."},
		{ID: "node#openjs-foundation", Heading: "OpenJS Foundation", Score: 1.592,
			Text: "Node.js joins OpenJS Foundation, reinforcing neutral governance and long-term ecosystem sustainability."},
		{ID: "node#packaging", Heading: "Packaging", Score: 1.1,
			Text: "The package index of Node.js is where modules are published for everyone to install."},
	}
	for q, want := range map[string]string{
		"which foundation does node.js belong to?": "node#openjs-foundation",
		"What foundation is Node.js part of":       "node#openjs-foundation",
	} {
		got := e.typedFirst(q, hits)
		if got[0].ID != want {
			var ids []string
			for _, h := range got {
				ids = append(ids, fmt.Sprintf("%s %.3f", h.ID, h.Score))
			}
			t.Errorf("typedFirst(%q) = %v, want %s first", q, ids, want)
		}
	}
}

func TestOrgAsk(t *testing.T) {
	for q, want := range map[string]string{
		"which foundation does node.js belong to": "foundation",
		"What company originally built Kafka?":    "company",
		"so which companies back it":              "companies",
		"who made node":                           "",
		"what is the foundation of node":          "",
	} {
		got := ""
		if m := orgAskRe.FindStringSubmatch(normalQuestion(q)); m != nil {
			got = m[1]
		}
		if got != want {
			t.Errorf("orgAskRe on %q = %q, want %q", q, got, want)
		}
	}
}
