package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A question on where a name comes from is answered by the sentence that
// says what the name is, not by the one that names the maker, which
// still answers where the thing itself came from.
func TestNameOriginLead(t *testing.T) {
	quokka := func(id, heading string, score float64, text string) search.Hit {
		return search.Hit{ID: "quokka#" + id, ChapterTitle: "Quokka: The Documentary", Heading: heading, Score: score, Text: text}
	}
	hits := []search.Hit{
		quokka("a-weekend-server", "A weekend server", 1,
			"In 2009 Mara Lindqvist wrote the first Quokka server over a long weekend. She released it under the MIT licence a month later."),
		quokka("the-marsupial", "The marsupial", 0.8,
			"The project got its name from the small marsupial Lindqvist met on a trip to Rottnest Island. The logo still shows one."),
	}
	for _, tt := range []struct{ q, want string }{
		{"where does the name quokka come from", "The project got its name"},
		{"where does the word quokka even come from?", "The project got its name"},
		{"where did quokka come from", "In 2009 Mara Lindqvist"},
	} {
		wantLead(t, hits, tt.q, tt.want)
	}
}

func TestAsksNameOrigin(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"where does the word zend come from", true},
		{"where does the 'my' part of the mysql name come from", true},
		{"Where did the name Deno originate?", true},
		{"where did kubernetes come from?", false},
		{"who came up with the name c10k problem", false},
		{"where does node keep the names of loaded modules", false},
	} {
		if got := asksNameOrigin(tt.q); got != tt.want {
			t.Errorf("asksNameOrigin(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
