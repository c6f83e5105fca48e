package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

func TestFirstBonus(t *testing.T) {
	tests := []struct {
		question, heading string
		want              float64
	}{
		{"how do i make nested folders", "fs.mkdir(path[, options], callback)", firstWeight},
		{"what is the pool size", "Buffer.poolSize", firstWeight},
		{"which boundaries did node redraw?", "What is the story about", 0},
		// A Russian question for a fact is answered by the sentence that
		// gives it; one for a reason or a way keeps the bonus.
		{"какие границы перерисовал node?", "О чём история", 0},
		{"какая структура лежит внутри сортированного множества?", "Сортированные множества", 0},
		{"почему node перерисовал границы?", "О чём история", firstWeight},
		{"как перерисовать границы в node?", "О чём история", firstWeight},
	}
	for _, tt := range tests {
		k, _ := questionKind(tt.question)
		if got := firstBonus(tt.question, tt.heading, k); got != tt.want {
			t.Errorf("firstBonus(%q, %q) = %v, want %v", tt.question, tt.heading, got, tt.want)
		}
	}
}

// A Russian question for a fact leads with the sentence that gives it,
// not with the section's first sentence, which only introduces the
// subject.
func TestRussianFactLeadsOverFirstSentence(t *testing.T) {
	hits := []search.Hit{
		{ID: "redis#sorted-sets", ChapterTitle: "Redis", Heading: "Сортированные множества", Score: 4,
			Text: "В сортированном множестве у каждого элемента есть числовой вес (score), и элементы упорядочены по нему. " +
				"Внутри используется список с пропусками (skip list) вместе с хеш-таблицей."},
	}
	q := Question{Text: "какая структура лежит внутри сортированного множества?"}
	got := New(analysedRetriever{fakeRetriever{hits: hits}}, Options{}).extractive(context.Background(), q, Retrieval{Query: q.Text, Hits: hits, Covered: true})
	if lead := strings.SplitN(got.Text, "[1]", 2)[0]; !strings.Contains(lead, "список с пропусками") {
		t.Errorf("answer %q, want it to lead with the skip list", got.Text)
	}
}
