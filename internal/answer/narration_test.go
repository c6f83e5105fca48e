package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A sentence that says what the book is about to show gives the lead to
// the sentence right after it that shows it: the rules its list states.
func TestNarrationLeadPassage(t *testing.T) {
	for _, tc := range []struct {
		q, text, want string
	}{
		{"remind me of the three ownership rules",
			"First, let’s take a look at the ownership rules. Keep these rules in mind as we work through the examples that illustrate them:\n\n" +
				"- Each value in Rust has an owner.\n- There can only be one owner at a time.\n- When the owner goes out of scope, the value will be dropped.",
			"Keep these rules in mind"},
		{"напомните правила владения в расте",
			"Во-первых, давайте взглянем на правила владения. Помните об этих правилах, пока мы работаем с примерами, которые их иллюстрируют:\n\n" +
				"- У каждого значения в Rust есть владелец,\n- У значения может быть только один владелец в один момент времени,\n- Когда владелец покидает область видимости, значение удаляется.",
			"Помните об этих правилах"},
	} {
		hits := []search.Hit{{ID: "ch04-01-what-is-ownership#ownership-rules", ChapterTitle: "What Is Ownership?", Heading: "Ownership Rules", Score: 1, Text: tc.text}}
		q := Question{Text: tc.q}
		got := New(analysedRetriever{fakeRetriever{hits: hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
		if lead, _, _ := strings.Cut(got.Text, "["); !strings.HasPrefix(lead, tc.want) {
			t.Errorf("%q: answer %q, want it to lead with %q", tc.q, got.Text, tc.want)
		}
	}
}

func TestShowsNext(t *testing.T) {
	narration := sentence{text: "First, let’s take a look at the ownership rules.", pos: 0}
	for _, tc := range []struct {
		name string
		best sentence
		next sentence
		want int
	}{
		{"list", narration, sentence{text: "Keep these rules in mind: a; b.", pos: 1, joined: true, listed: true}, 1},
		{"code", sentence{text: "Let's see what happens.", pos: 0}, sentence{text: "Run this:", pos: 1, joined: true, code: "$ cargo run"}, 1},
		// The sentence after shows nothing: the narration stays the lead.
		{"prose", narration, sentence{text: "Each value has an owner.", pos: 1, joined: true}, -1},
		// Something was dropped between the two.
		{"not joined", narration, sentence{text: "Keep these rules in mind: a; b.", pos: 1, listed: true}, -1},
		// "Let's say ..." supposes, and says what it supposes.
		{"supposition", sentence{text: "As an example, let’s say we want to implement Display on Vec<T>.", pos: 0}, sentence{text: "We can do this:", pos: 1, joined: true, code: "struct W;"}, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cands := []sentence{tc.best, tc.next}
			if got := showsNext(cands, tc.best); got != tc.want {
				t.Errorf("showsNext(%q, %q) = %d, want %d", tc.best.text, tc.next.text, got, tc.want)
			}
		})
	}
}
