package answer

import "testing"

func TestNeedless(t *testing.T) {
	e := New(bookIndex(t, coverageBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// The tool the reader asks to do without is what the book's
		// answer replaces, not the question's subject.
		{"do servers give every idle connection its own thread, or do i still need Tornado for that?", true},
		{"do servers give every idle connection its own thread so i can drop Tornado?", true},
		// Someone else's doing without it asks about it.
		{"did Tornado drop servers that give every idle connection its own thread?", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}
