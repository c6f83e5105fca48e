package answer

import (
	"slices"
	"testing"
)

func TestListedItems(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
		ok    bool
	}{
		{"rules", []string{"- Each value in Rust has an owner.", "- There can only be one owner at a time.", "- When the owner goes out of scope, the value will be dropped."},
			[]string{"Each value in Rust has an owner", "There can only be one owner at a time", "When the owner goes out of scope, the value will be dropped"}, true},
		{"russian commas", []string{"- У каждого значения в Rust есть владелец,", "- Когда владелец покидает область видимости, значение удаляется."},
			[]string{"У каждого значения в Rust есть владелец", "Когда владелец покидает область видимости, значение удаляется"}, true},
		// A numbered list is a plan or steps, quoted only when they answer.
		{"numbered plan", []string{"1. Learn a bit about TCP and HTTP.", "2. Listen for TCP connections on a socket."}, nil, false},
		{"too many items", []string{"- a b", "- c d", "- e f", "- g h", "- i j", "- k l"}, nil, false},
		{"long item", []string{"- one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen", "- short item"}, nil, false},
		{"not a list", []string{"Each value in Rust has an owner."}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := listedItems(tt.lines)
			if ok != tt.ok || !slices.Equal(got, tt.want) {
				t.Errorf("listedItems(%q) = %q, %v, want %q, %v", tt.lines, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// The sentence that introduces a short list of rules states them; the
// items stay units of their own.
func TestUnitsIntroQuotesListedItems(t *testing.T) {
	text := "First, let’s take a look at the ownership rules. Keep these rules in mind as we work through the examples that illustrate them:\n\n" +
		"- Each value in Rust has an owner.\n" +
		"- There can only be one owner at a time.\n" +
		"- When the owner goes out of scope, the value will be dropped."
	var got []string
	for _, u := range units(text) {
		got = append(got, u.text)
	}
	want := []string{
		"First, let’s take a look at the ownership rules.",
		"Keep these rules in mind as we work through the examples that illustrate them: Each value in Rust has an owner; There can only be one owner at a time; When the owner goes out of scope, the value will be dropped.",
		"Each value in Rust has an owner.",
		"There can only be one owner at a time.",
		"When the owner goes out of scope, the value will be dropped.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("units(%q) = %q, want %q", text, got, want)
	}
}
