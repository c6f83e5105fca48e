package answer

import "testing"

func TestCounterpart(t *testing.T) {
	e := New(bookIndex(t, coverageBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// The tool whose counterpart the question asks is its model, not
		// its subject.
		{"is there a built in Tornado? servers that give every idle connection its own thread", true},
		{"do Tornado style servers give every idle connection its own thread?", true},
		// A built-in client of a tool asks about the tool.
		{"is there a built-in Tornado client for idle connections?", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}
