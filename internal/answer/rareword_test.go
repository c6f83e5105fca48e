package answer

import (
	"testing"
	"testing/fstest"
)

var rareWordBook = fstest.MapFS{
	"gc.md": {Data: []byte(`# Garbage collection

## Marking

The collector marks live objects on helper threads while the program runs, then sweeps the memory of the objects it did not mark.

## Founders

The project was founded in 2009 by two engineers, who led it until it joined a foundation.
`)},
}

// A word general English has only in its long tail, which neither software
// documentation nor the book writes, names something the book is not
// about; a rare word with an English ending, or a common one, does not.
func TestCoverageRareUnwrittenWord(t *testing.T) {
	e := New(bookIndex(t, rareWordBook), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"does the collector mark live objects on helper threads while the program runs?", true},
		{"does orinoco mark live objects on helper threads while the program runs?", false},
		// "cofounders" is cofound, an English word with its ending.
		{"who were the cofounders of the project and when was it founded?", true},
		// After "to", a rare word is a verb the reader asks about.
		{"does the collector use helper threads to slurp live objects while the program runs?", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestRare(t *testing.T) {
	c := newCoverage(bookIndex(t, rareWordBook))
	for _, tt := range []struct {
		term, word string
		want       bool
	}{
		{"orinoco", "Orinoco", true},
		{"cofound", "cofounders", false}, // an ending: a word, not a name
		{"thru", "thru", false},          // chat's, below rareWeight
		{"debian", "debian", false},      // technical English has it
		{"collector", "collector", false},
	} {
		if got := c.rare(tt.term, tt.word); got != tt.want {
			t.Errorf("rare(%q, %q) = %v, want %v", tt.term, tt.word, got, tt.want)
		}
	}
}
