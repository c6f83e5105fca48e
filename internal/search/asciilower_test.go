package search

import (
	"slices"
	"testing"
)

// TestASCIILowerWords: asciiLower is the one check of lower-case ASCII
// letters that the acronym, joined-name and typo readings share.
func TestASCIILowerWords(t *testing.T) {
	tests := []struct {
		term           string
		lower, acronym bool
	}{
		{"tls", true, true},
		{"ts", true, false},         // shorter than an acronym
		{"kubernetes", true, false}, // longer than one
		{"k8s", false, false},       // a digit
		{"тлс", false, false},       // Cyrillic
		{"", true, false},
	}
	for _, tt := range tests {
		if got := asciiLower(tt.term); got != tt.lower {
			t.Errorf("asciiLower(%q) = %v, want %v", tt.term, got, tt.lower)
		}
		if got := maybeAcronym(tt.term); got != tt.acronym {
			t.Errorf("maybeAcronym(%q) = %v, want %v", tt.term, got, tt.acronym)
		}
	}
	if got, want := latinWords("Class: fs.Dir, HTTP/2 and JSON"), []string{"class", "", "", "and", "json"}; !slices.Equal(got, want) {
		t.Errorf("latinWords = %q, want %q", got, want)
	}
}
