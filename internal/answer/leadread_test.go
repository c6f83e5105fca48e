package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A question for a day, a month or a date asks when, as coverage reads it
// (answerable.go's dateQRe), however it opens: "on what day", "what month
// and year", "whats the exact date".
func TestQuestionKindDateNouns(t *testing.T) {
	for _, q := range []string{
		"on what day did linus first anounce git publicly",
		"what month and year did git 2.0 come out",
		"what date is on the very first git commit ever?",
		"whats the exact date the first stable version of rust shipped",
		"what's the date of the first release?",
		"in which year did kafka leave linkedin?",
	} {
		if k, _ := questionKind(q); k != kindWhen {
			t.Errorf("questionKind(%q) = %v, want kindWhen", q, k)
		}
	}
	for q, want := range map[string]kind{
		"which database did they pick?":   kindWhich,
		"what is the day job of a dba?":   kindOther,
		"what was the deal with left-pad": kindWhy,
	} {
		if k, _ := questionKind(q); k != want {
			t.Errorf("questionKind(%q) = %v, want %v", q, k, want)
		}
	}
}

// A version read aloud ("2 point 0") is the version the lead looks for, as
// the search reads it: the section headed "Python 2.0" dates it, not the
// sentence on Python 2's end of life.
func TestAskSpokenVersionLead(t *testing.T) {
	hits := []search.Hit{
		{ID: "python#python-20", ChapterTitle: "Python", Heading: "Python 2.0", Score: 4,
			Text: "Released on October 16, 2000, it brings list comprehensions and a garbage collector."},
		{ID: "python#end-of-life", ChapterTitle: "Python", Heading: "End of life", Score: 3,
			Text: "Python 2 stops receiving support on January 1, 2020, and the final release ships in April 2020."},
	}
	q := Question{Text: "when did python 2 point 0 come out"}
	got := New(analysedRetriever{fakeRetriever{hits: hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
	if !strings.Contains(strings.SplitN(got.Text, "[1]", 2)[0], "October 16, 2000") {
		t.Errorf("answer %q, want it to lead with the release of 2.0", got.Text)
	}
}

// analysedRetriever is a fakeRetriever whose terms are the index's own
// (search.Terms), which keep a dotted version ("2.0") whole.
type analysedRetriever struct{ fakeRetriever }

func (analysedRetriever) Terms(text string) []string { return search.Terms(text) }
