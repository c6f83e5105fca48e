package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A number the question writes in words is held by a sentence that
// writes it in digits: "after the first thousand" is answered by
// "maxKeys ... Default: 1000.", not by a sentence of another section that
// shares "drops", "first" and "limit".
func TestDigitsHoldNumberWordLead(t *testing.T) {
	hits := []search.Hit{
		{ID: "stream#readabledroplimit-options", ChapterTitle: "Stream", Heading: "readable.drop(limit[, options])", Score: 2,
			Text: "- limit <number> the number of chunks to drop from the readable.\n" +
				"- options <Object>\n" +
				"  - signal <AbortSignal> allows destroying the stream if the signal is aborted.\n" +
				"- Returns: <Readable> a stream with limit chunks dropped.\n\n" +
				"This method returns a new stream with the first limit chunks dropped."},
		{ID: "querystring#parse", ChapterTitle: "Query string", Heading: "querystring.parse(str[, sep[, eq[, options]]])", Score: 1.9,
			Text: "- str <string> The URL query string to parse\n" +
				"- options <Object>\n" +
				"  - maxKeys <number> Specifies the maximum number of keys to parse. Specify 0 to remove key counting limitations. Default: 1000.\n\n" +
				"The querystring.parse() method parses a URL query string (str) into a collection of key and value pairs."},
	}
	wantLead(t, hits, "querystring.parse drops params after the first thousand?? is there a limit", "maxKeys <number> Default: 1000.")
}

func TestHoldDigits(t *testing.T) {
	for _, tc := range []struct {
		q     string // the question's term
		terms []string
		want  bool
	}{
		{"thousand", []string{"default", "1000"}, true},
		{"thousand", []string{"1,000", "field"}, true},
		{"тысяч", []string{"1000", "соединен"}, true},
		{"hundr", []string{"100", "request"}, true},
		{"thousand", []string{"100", "10"}, false},
		// A small number's word is not its digits: "two separate
		// instances" is not about every "2".
		{"two", []string{"2", "instanc"}, false},
	} {
		terms := set(tc.terms)
		holdDigits(terms, digitHolders(map[string]float64{tc.q: 1}))
		if terms[tc.q] != tc.want {
			t.Errorf("%s in %v: held %v, want %v", tc.q, tc.terms, terms[tc.q], tc.want)
		}
	}
}
