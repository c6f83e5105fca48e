package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A lead that is a later sentence of an option's list item ("Specify 0 to
// remove key counting limitations.") shows the option's name, which the
// reader needs to set it.
func TestOptionLeadShowsName(t *testing.T) {
	hits := []search.Hit{
		{ID: "querystring#parse", ChapterTitle: "Query string", Heading: "querystring.parse(str[, sep[, eq[, options]]])", Score: 2,
			Text: "- str <string> The URL query string to parse\n" +
				"- options <Object>\n" +
				"  - maxKeys <number> Specifies the maximum number of keys to parse. Specify 0 to remove key counting limitations. Default: 1000.\n\n" +
				"The querystring.parse() method parses a URL query string (str) into a collection of key and value pairs."},
	}
	wantLead(t, hits, "querystring.parse silently drops params after a certain count, whats the limit", "maxKeys: Specify 0 to remove key counting limitations.")
}

func TestNamesOption(t *testing.T) {
	tests := []struct {
		option, lead, question string
		want                   bool
	}{
		{"maxKeys", "Specify 0 to remove key counting limitations.", "whats the limit", true},
		{"maxKeys", "Specify 0 to remove key counting limitations.", "what does maxKeys do", false},
		{"maxKeys", "Set maxKeys to 0 to remove the limit.", "whats the limit", false},
		{"", "Specify 0 to remove key counting limitations.", "whats the limit", false},
	}
	for _, tt := range tests {
		if got := namesOption(tt.option, tt.lead, tt.question); got != tt.want {
			t.Errorf("namesOption(%q, %q, %q) = %v, want %v", tt.option, tt.lead, tt.question, got, tt.want)
		}
	}
}
