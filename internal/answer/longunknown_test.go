package answer

import (
	"testing"
	"testing/fstest"
)

var longUnknownBook = fstest.MapFS{
	"limits.md": {Data: []byte(`# Open files

## The file limit

Each process may hold only so many open files at once. When it opens one more, the call fails with EMFILE. Raise the open file limit of the shell with ulimit before the process starts.
`)},
}

// A question that asks how, why or what names a long word neither word
// list nor the book has as it names a short one: something else. A
// statement is read as before.
func TestCoverageLongUnknownAsked(t *testing.T) {
	e := New(bookIndex(t, longUnknownBook), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"how do i raise the open file limit of the shell with ulimit?", true},
		{"how do i raise the open file limit permanently with launchctl?", false},
		// A claim: a long word is read as a science's, as before.
		{"Launchctl raises the open file limit permanently.", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestUnknownLetterBound(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want int
	}{
		{"why does my hot function go megamorphic", maxAskedUnknownLetters},
		{"Albendazole is used to treat soil-transmitted helminths.", maxUnknownLetters},
	} {
		if got := unknownLetterBound(tt.q); got != tt.want {
			t.Errorf("unknownLetterBound(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
}
