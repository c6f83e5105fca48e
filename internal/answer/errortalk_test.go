package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A question that pastes an error message is not answered by the sentence
// that tells of the message: the one that says what the code does wrong
// leads.
func TestErrorTalkLeadPassage(t *testing.T) {
	hits := []search.Hit{{ID: "ch09-02-recoverable-errors-with-result#where-to-use-the--operator", ChapterTitle: "ch09-02-recoverable-errors-with-result", Heading: "Where The ? Operator Can Be Used", Score: 1,
		Text: "The ? operator can only be used in functions whose return type is compatible with the value the ? is used on. " +
			"Let's look at the error we'll get if we use the ? operator in a main function with a return type that is incompatible with the type of the value we use ? on.\n\n" +
			"This error points out that we're only allowed to use the ? operator in a function that returns Result, Option, or another type that implements FromResidual."}}
	q := Question{Text: "error[E0277]: the `?` operator can only be used in a function that returns `Result` or `Option`  — it's in main"}
	got := New(analysedRetriever{fakeRetriever{hits: hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
	if lead, _, _ := strings.Cut(got.Text, "["); strings.Contains(lead, "This error points out") {
		t.Errorf("%q: answer %q, want it not to lead with the sentence that tells of the error", q.Text, got.Text)
	}
}

func TestErrorTalkLead(t *testing.T) {
	talk := "This error points out that we're only allowed to use the ? operator in a function that returns Result."
	plain := "The return type of main has to be a Result."
	for _, tc := range []struct {
		q, s string
		want float64
	}{
		{"error[E0277]: the `?` operator can only be used in a function that returns `Result`", talk, errorTalkWeight},
		{"thread 'main' panicked: already borrowed: BorrowMutError", "Notice that the code panicked with the message already borrowed: BorrowMutError.", errorTalkWeight},
		{"warning: unused `Map` that must be used", "The warning reminds us why: iterator adapters are lazy.", errorTalkWeight},
		{"TypeError [ERR_INVALID_URL]: Invalid URL why", "The error message names the input.", errorTalkWeight},
		// A sentence that does not tell of the message keeps its score.
		{"error[E0277]: the `?` operator can only be used in a function that returns `Result`", plain, 1},
		// A question that pastes no message keeps every score.
		{"can i use the ? operator in main?", talk, 1},
		// "the message parameter" is no error message.
		{"TypeError [ERR_INVALID_URL]: Invalid URL", "It is set to the value of the message parameter.", 1},
	} {
		cands := []sentence{{text: tc.s, score: 1}}
		errorTalkLead(tc.q, cands)
		if cands[0].score != tc.want {
			t.Errorf("errorTalkLead(%q, %q): score %v, want %v", tc.q, tc.s, cands[0].score, tc.want)
		}
	}
}
