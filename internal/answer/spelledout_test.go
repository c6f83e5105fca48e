package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A sentence that writes a short question term out in full defines it,
// though the sentence before it uses the term as such.
func TestAskSpelledOutDefinition(t *testing.T) {
	hits := []search.Hit{
		{ID: "py#threads", ChapterTitle: "Python", Heading: "Expecting threads to speed up CPU work", Score: 1,
			Text: "Because of the GIL, adding threads to a CPU-bound loop in regular CPython usually gives no speedup."},
		{ID: "py#gil", ChapterTitle: "Python", Heading: "A pragmatic compromise", Score: 0.8,
			Text: "The Global Interpreter Lock in CPython lets only one thread execute bytecode at a time."},
	}
	wantLead(t, hits, "what is the gil in cpython exactly",
		"The Global Interpreter Lock in CPython lets only one thread")
}

// A heading that writes a two-letter term by the capitals of one word
// ("TypeScript": ts) holds it for the sentences of its section.
func TestAskSpelledOutHeading(t *testing.T) {
	hits := []search.Hit{
		{ID: "ts#structural", ChapterTitle: "TypeScript", Heading: "Structural typing", Score: 1.04,
			Text: "Nominal languages such as Java or C# would reject the call because pixel never declared that it implements Point."},
		{ID: "ts", ChapterTitle: "TypeScript", Score: 1,
			Text: "TypeScript, often shortened to TS, adds a static type system to JavaScript and then steps aside."},
		{ID: "ts#why", ChapterTitle: "TypeScript", Heading: "Why TypeScript appeared", Score: 0.66,
			Text: "Anders Hejlsberg, creator of Turbo Pascal and Delphi, took a different route with his team at Microsoft."},
	}
	wantLead(t, hits, "who actually designed ts? heard it was the c# guy", "Anders Hejlsberg")
}

func TestSpelledTerms(t *testing.T) {
	tests := []struct {
		text      string
		twoLetter bool
		term      string
		want      bool
	}{
		{"The Global Interpreter Lock", false, "gil", true},
		{"Why TypeScript appeared", true, "ts", true},
		{"Why TypeScript appeared", false, "ts", false},
		{"type system", true, "ts", false}, // initials of two words are not enough
	}
	for _, tt := range tests {
		if got := spelledTerms(tt.text, tt.twoLetter)[tt.term]; got != tt.want {
			t.Errorf("spelledTerms(%q, %v)[%q] = %v, want %v", tt.text, tt.twoLetter, tt.term, got, tt.want)
		}
	}
}

func TestDefinesSpelled(t *testing.T) {
	tests := []struct {
		s, x string
		want bool
	}{
		{"The Global Interpreter Lock in CPython lets only one thread run.", "gil", true},
		{"Global Interpreter Lock is a mutex.", "gil", true},
		{"Because of the GIL, threads do not help.", "gil", false},
		{"Going in late is fine.", "gil", false}, // initials, then a mismatch
		{"The Global Interpreter Lock", "g1l", false},
	}
	for _, tt := range tests {
		if got := definesSpelled(tt.s, tt.x) > 0; got != tt.want {
			t.Errorf("definesSpelled(%q, %q) > 0 = %v, want %v", tt.s, tt.x, got, tt.want)
		}
	}
}
