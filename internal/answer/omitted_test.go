package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

func TestAsksOmitted(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"console.time without a label — what label does it use", true},
		{"what label does console.time use if you don't pass one", true},
		{"console.time() with no argument, what label does it use", true},
		{"what port does --inspect listen on if i dont give one?", true},
		{"crypto.scrypt - what N does it use if i dont pass any options?", true},
		{"which encoding is used when it's omitted?", true},
		{"is fetch available globally in node 18 without a flag?", false},
		{"how do i measure event loop lag without a third party lib", false},
		{"what label does console.time use", false},
	}
	for _, tt := range tests {
		if got := asksOmitted(tt.q); got != tt.want {
			t.Errorf("asksOmitted(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// "what label does it use if you don't pass one" asks for the default
// the signature line gives, "label <string> Default: 'default'", though it
// never writes the word: the prose around it shares more of its words.
func TestOmittedArgumentLeadsWithDefault(t *testing.T) {
	hits := []search.Hit{
		{ID: "console#consoletimelabel", ChapterTitle: "Console", Heading: "console.time([label])", Score: 2,
			Text: "- label <string> Default: 'default'\n\n" +
				"Starts a timer that can be used to compute the duration of an operation. Timers are identified by a unique label. " +
				"Use the same label when calling console.timeEnd() to stop the timer and output the elapsed time in suitable time units to stdout."},
	}
	wantLead(t, hits, "console.time without a label — what label does it use", "label <string> Default: 'default'")
}
