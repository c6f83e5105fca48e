package answer

import (
	"strings"
	"testing"
	"unicode"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A one-sentence section whose heading names what the sentence leaves to
// it leads with the heading: the fork's name is in "io.js fork" only.
func TestAskHeadingAddsName(t *testing.T) {
	hits := []search.Hit{
		{ID: "node#iojs-fork", ChapterTitle: "Node.js: The Documentary", Heading: "io.js fork", Score: 4,
			Text: "Disagreements around release pace and governance lead to a fork of the project."},
	}
	wantLead(t, hits, "what was the name of the fork that split off from node?",
		"io.js fork: Disagreements around release pace")
}

func TestHeadAdds(t *testing.T) {
	title := map[string]bool{"node": true}
	terms := func(w string) []string {
		return strings.FieldsFunc(strings.ToLower(w), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	fork := map[string]float64{"fork": 1}
	tests := []struct {
		name   string
		c      sentence
		qterms map[string]float64
		want   bool
	}{
		{"a name with a dot the sentence lacks",
			sentence{title: "io.js fork", terms: set([]string{"fork", "governance"})}, fork, true},
		{"a capitalised name and a number",
			sentence{title: "Node.js 24 (Krypton)", terms: set([]string{"v24", "released"})}, map[string]float64{"codename": 1}, true},
		{"ordinary words only",
			sentence{title: "A pragmatic compromise", terms: set([]string{"lock"})}, fork, false},
		{"the sentence holds the heading's name",
			sentence{title: "License change and Valkey", terms: set([]string{"valkey", "fork"})}, fork, false},
		{"the name is the question's",
			sentence{title: "The Krypton line", terms: set([]string{"released"})}, map[string]float64{"krypton": 1}, false},
		{"the name is the chapter's title",
			sentence{title: "Why Node appeared", terms: set([]string{"threads"})}, fork, false},
		{"a heading that ends as a sentence would lead alone",
			sentence{title: "io.js forks.", terms: set([]string{"governance"})}, fork, false},
	}
	for _, tt := range tests {
		if got := headAdds(&tt.c, tt.qterms, title, terms); got != tt.want {
			t.Errorf("%s: headAdds = %v, want %v", tt.name, got, tt.want)
		}
	}
}
