package answer

import (
	"slices"
	"testing"
)

// TestLetterSplits pins the two splits of a text into words: letterRuns
// keeps digits in a word, letterWords parts words at them.
func TestLetterSplits(t *testing.T) {
	tests := []struct {
		in          string
		runs, words []string
	}{
		{"esp32 не видит wi-fi", []string{"esp32", "не", "видит", "wi", "fi"}, []string{"esp", "не", "видит", "wi", "fi"}},
		{"Node.js 20, v8!", []string{"Node", "js", "20", "v8"}, []string{"Node", "js", "v"}},
		{"  ", nil, nil},
	}
	for _, tt := range tests {
		if got := letterRuns(tt.in); !slices.Equal(got, tt.runs) {
			t.Errorf("letterRuns(%q) = %q, want %q", tt.in, got, tt.runs)
		}
		if got := letterWords(tt.in); !slices.Equal(got, tt.words) {
			t.Errorf("letterWords(%q) = %q, want %q", tt.in, got, tt.words)
		}
	}
}
