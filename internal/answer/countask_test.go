package answer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCountAsks(t *testing.T) {
	tests := []struct {
		q    string
		want []countAsk
	}{
		{"How many slots does a Redis Cluster have?", []countAsk{{start: 0, end: 8, words: []string{"slots", "does", "a", "redis", "cluster", "have"}}}},
		{"how much did oracle pay", []countAsk{{start: 0, end: 8, much: true, words: []string{"did", "oracle", "pay"}}}},
		// "всего" (in all) is no part of what is counted.
		{"сколько всего слотов?", []countAsk{{start: 0, end: 14, russian: true, words: []string{"слотов"}}}},
		{"сколько всего", []countAsk{{start: 0, end: 14, russian: true, words: []string{"всего"}}}},
		{"скока сейчас юзеров", []countAsk{{start: 0, end: 10, russian: true, words: []string{"сейчас", "юзеров"}}}},
		{"скоко реплик", []countAsk{{start: 0, end: 10, russian: true, words: []string{"реплик"}}}},
		// Asked later in the question, and more than once.
		{"how long is the film, like how many minutes", []countAsk{{start: 27, end: 35, words: []string{"minutes"}}}},
		{"how much, how many users", []countAsk{{start: 0, end: 8, much: true}, {start: 10, end: 18, words: []string{"users"}}}},
		// No space after the opener: it counts nothing written.
		{"how many", []countAsk{{start: 0, end: 8}}},
		{"how many/how much x", []countAsk{{start: 0, end: 8}, {start: 9, end: 17, much: true, words: []string{"x"}}}},
		// No opener inside a word, nor a question that counts nothing.
		{"сколькоразовый шприц", nil},
		{"somehow many users", nil},
		{"how long is the film", nil},
	}
	for _, tt := range tests {
		got := countAsks(normalQuestion(tt.q))
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(countAsk{})); diff != "" {
			t.Errorf("countAsks(%q) (-want +got):\n%s", tt.q, diff)
		}
	}
}

func TestOpeningCount(t *testing.T) {
	tests := []struct {
		q    string
		ok   bool
		head string
	}{
		{"how many slots does a cluster have", true, "slots"},
		{"so how many users now", true, "users"}, // normalQuestion drops "so"
		{"сколько всего слотов в кластере", true, "слотов"},
		// The letters the first word opens with.
		{"how many in-sync replicas", true, "in"},
		{"how many 3d models", true, ""},
		// Asked later: the question does not open with it.
		{"what, how many users", false, ""},
		{"what is the default port", false, ""},
	}
	for _, tt := range tests {
		a, ok := openingCount(normalQuestion(tt.q))
		if ok != tt.ok || a.head() != tt.head {
			t.Errorf("openingCount(%q) = %v, head %q; want %v, %q", tt.q, ok, a.head(), tt.ok, tt.head)
		}
	}
}
