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

// TestScriptWords pins the word checks that read isCyrillicRune.
func TestScriptWords(t *testing.T) {
	tests := []struct {
		w                        string
		cyrillic, latinF, latinW bool
	}{
		{"кафка", true, false, false},
		{"kafka", false, true, true},
		{"кафка-kafka", false, false, false},
		{"k", false, true, false}, // one Latin letter: a field, not a word
		{"", false, false, false},
		{"502", false, false, false},
	}
	for _, tt := range tests {
		if got := isCyrillicWord(tt.w); got != tt.cyrillic {
			t.Errorf("isCyrillicWord(%q) = %v, want %v", tt.w, got, tt.cyrillic)
		}
		if got := latinField(tt.w); got != tt.latinF {
			t.Errorf("latinField(%q) = %v, want %v", tt.w, got, tt.latinF)
		}
		if got := latinWord(tt.w); got != tt.latinW {
			t.Errorf("latinWord(%q) = %v, want %v", tt.w, got, tt.latinW)
		}
	}
}
