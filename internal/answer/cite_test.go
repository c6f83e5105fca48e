package answer_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/answer"
)

func TestCheckCitations(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		passages  int
		want      string
		wantOrder []int
	}{
		{
			name:      "valid in order",
			text:      "Goroutines are cheap [1]. Channels connect them [2].",
			passages:  3,
			want:      "Goroutines are cheap [1]. Channels connect them [2].",
			wantOrder: []int{1, 2},
		},
		{
			name:      "out of range removed before punctuation",
			text:      "Goroutines are cheap [9]. Channels connect them [2].",
			passages:  5,
			want:      "Goroutines are cheap. Channels connect them [1].",
			wantOrder: []int{2},
		},
		{
			name:      "renumbered in order of first use",
			text:      "A [3]. B [1]. C [3].",
			passages:  3,
			want:      "A [1]. B [2]. C [1].",
			wantOrder: []int{3, 1},
		},
		{
			name:      "group with an invalid number",
			text:      "Select waits on channels [1, 9].",
			passages:  5,
			want:      "Select waits on channels [1].",
			wantOrder: []int{1},
		},
		{
			name:      "group split into separate markers, renumbered",
			text:      "Both matter [4, 2]. Again [2].",
			passages:  5,
			want:      "Both matter [1][2]. Again [2].",
			wantOrder: []int{4, 2},
		},
		{
			name:      "semicolons and blanks in a group",
			text:      "See [ 2 ;3 ].",
			passages:  3,
			want:      "See [1][2].",
			wantOrder: []int{2, 3},
		},
		{
			name:      "adjacent markers kept separate, duplicates once",
			text:      "Yes [2][2][1].",
			passages:  2,
			want:      "Yes [1][2].",
			wantOrder: []int{2, 1},
		},
		{
			name:      "range expanded and clipped",
			text:      "All of it [2-4], and more [3–9].",
			passages:  5,
			want:      "All of it [1][2][3], and more [2][3][4].",
			wantOrder: []int{2, 3, 4, 5},
		},
		{
			name:      "zero removed",
			text:      "Nothing [0] here [1].",
			passages:  1,
			want:      "Nothing here [1].",
			wantOrder: []int{1},
		},
		{
			name:      "huge number removed",
			text:      "Odd [99999999999999999999999] claim [1].",
			passages:  1,
			want:      "Odd claim [1].",
			wantOrder: []int{1},
		},
		{
			name:      "removed marker at line start and before a word",
			text:      "[7] First line [1].\nSecond [8]line.",
			passages:  2,
			want:      "First line [1].\nSecond line.",
			wantOrder: []int{1},
		},
		{
			name:      "removed marker before a closing parenthesis and at the end",
			text:      "It blocks (see [6]) until ready [1] [6]",
			passages:  1,
			want:      "It blocks (see) until ready [1]",
			wantOrder: []int{1},
		},
		{
			name:      "no citations",
			text:      "The book does not cover this.",
			passages:  4,
			want:      "The book does not cover this.",
			wantOrder: nil,
		},
		{
			name:      "only invalid citations",
			text:      "Made up [7], all of it [8].",
			passages:  3,
			want:      "Made up, all of it.",
			wantOrder: nil,
		},
		{
			name:      "no passages at all",
			text:      "Claim [1].",
			passages:  0,
			want:      "Claim.",
			wantOrder: nil,
		},
		{
			name:      "brackets that are not citations stay",
			text:      "Use [a] or [x+1] or [] here [1].",
			passages:  1,
			want:      "Use [a] or [x+1] or [] here [1].",
			wantOrder: []int{1},
		},
		{
			name:      "inline code untouched",
			text:      "Index with `xs[9]` or `xs[1]` [2].",
			passages:  2,
			want:      "Index with `xs[9]` or `xs[1]` [1].",
			wantOrder: []int{2},
		},
		{
			name:      "fenced code untouched",
			text:      "Like this [2]:\n```go\nv := m[3][1]\n```\nDone [1].",
			passages:  2,
			want:      "Like this [1]:\n```go\nv := m[3][1]\n```\nDone [2].",
			wantOrder: []int{2, 1},
		},
		{
			name:      "marker right before code",
			text:      "Call it [5]`f()` now [1].",
			passages:  1,
			want:      "Call it `f()` now [1].",
			wantOrder: []int{1},
		},
		{
			name:      "non-ASCII text around markers",
			text:      "Les goroutines sont légères [3] ; les canaux aussi [1].",
			passages:  3,
			want:      "Les goroutines sont légères [1] ; les canaux aussi [2].",
			wantOrder: []int{3, 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, order := answer.CheckCitations(tt.text, tt.passages)
			if got != tt.want {
				t.Errorf("CheckCitations(%q, %d) text:\n got %q\nwant %q", tt.text, tt.passages, got, tt.want)
			}
			if diff := cmp.Diff(tt.wantOrder, order); diff != "" {
				t.Errorf("order (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCheckCitationsIdempotent: a checked text checks to itself with the
// identity order, so that checking twice is harmless.
func TestCheckCitationsIdempotent(t *testing.T) {
	for _, text := range []string{
		"A [3]. B [1, 9]. C [3][2].",
		"Made up [7] and `xs[2]` [2].",
		"[4] start, then [1-2].",
	} {
		once, order := answer.CheckCitations(text, 4)
		twice, order2 := answer.CheckCitations(once, len(order))
		if twice != once {
			t.Errorf("second check of %q changed it:\n got %q\nwant %q", text, twice, once)
		}
		for i, n := range order2 {
			if n != i+1 {
				t.Errorf("second check of %q: order %v, want the identity", text, order2)
				break
			}
		}
	}
}
