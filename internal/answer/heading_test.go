package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A short section whose heading holds the subject and the answer leads
// with its heading as context, and wins over a higher passage whose own
// sentence names only part of the subject.
func TestAskShortSectionHeading(t *testing.T) {
	hits := []search.Hit{
		{ID: "node#premieres", ChapterTitle: "Node.js", Heading: "Node.js: The Documentary premieres", Score: 1,
			Text: "Honeypot captures the engineering history of Node.js from first principles."},
		{ID: "node#krypton", ChapterTitle: "Node.js", Heading: "Node.js 24 (Krypton)", Score: 0.95,
			Text: "v24 is released on May 6, 2025 and enters LTS on October 28, 2025."},
	}
	wantLead(t, hits, "what is the codename of node.js 24?",
		"Node.js 24 (Krypton): v24 is released on May 6, 2025")
	hits = []search.Hit{{ID: "node#hydrogen", ChapterTitle: "Node.js", Heading: "Node.js 18 (Hydrogen) reaches EOL", Score: 1,
		Text: "Support ended on April 30, 2025, highlighting why planned migration between LTS lines matters."}}
	wantLead(t, hits, "when did node 18 reach end of life?",
		"Node.js 18 (Hydrogen) reaches EOL: Support ended on April 30, 2025")
}

// A long section's heading is not what each of its sentences says, and a
// heading that asks a question states nothing: neither is shown.
func TestAskLongSectionNoHeading(t *testing.T) {
	hits := []search.Hit{{ID: "node#lts", ChapterTitle: "Node.js", Heading: "Node.js 18 (Hydrogen)", Score: 1,
		Text: "Support ended on April 30, 2025. Teams had to migrate to a newer line. Planning the upgrade helped them. Some of them waited far too long."}}
	wantLead(t, hits, "when did node 18 reach end of life?", "Support ended on April 30, 2025. [1]")
	hits = []search.Hit{{ID: "node#eol", ChapterTitle: "Node.js", Heading: "When did Node.js 18 reach EOL?", Score: 1,
		Text: "Support ended on April 30, 2025."}}
	wantLead(t, hits, "when did node 18 reach end of life?", "Support ended on April 30, 2025. [1]")
}

// A heading term that a sentence of the short section names leaves that
// sentence first: the heading speaks in full only for words none says.
func TestAskShortSectionNamedTerm(t *testing.T) {
	hits := []search.Hit{{ID: "redis#valkey", ChapterTitle: "Redis", Heading: "License change and Valkey", Score: 1,
		Text: "In March 2024 Redis moved new versions to a dual license. In response the Linux Foundation started the Valkey fork the same month."}}
	wantLead(t, hits, "who started valkey?", "In response the Linux Foundation started the Valkey fork")
	hits = []search.Hit{{ID: "redis#valkey", ChapterTitle: "Redis", Heading: "License change and Valkey", Score: 1,
		Text: "In March 2024 Redis moved new versions to a dual license. The Valkey fork followed within weeks."}}
	wantLead(t, hits, "valkey?", "The Valkey fork followed within weeks. [1]")
}

func TestHeadingStates(t *testing.T) {
	h := search.Hit{ID: "c#a", Heading: "Node.js 24 (Krypton)"}
	for _, c := range []struct {
		hit  search.Hit
		n    int
		want bool
	}{
		{h, 1, true},
		{h, shortSection, true},
		{h, shortSection + 1, false},
		{h, 0, false},
		{search.Hit{ID: "c", Heading: "Node.js"}, 1, false},
		{search.Hit{ID: "c#q", Heading: "What problem did Kafka solve?"}, 1, false},
		{search.Hit{ID: "c#e"}, 1, false},
	} {
		if got := headingStates(c.hit, c.n); got != c.want {
			t.Errorf("headingStates(%q, %d) = %v, want %v", c.hit.Heading, c.n, got, c.want)
		}
	}
	if got := headed("2013: React is open-sourced", "Facebook releases it."); got != "2013: React is open-sourced: Facebook releases it." {
		t.Errorf("headed = %q", got)
	}
	if got := headed("React ships.", "Facebook releases it."); got != "React ships. Facebook releases it." {
		t.Errorf("headed = %q", got)
	}
}
