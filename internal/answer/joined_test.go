package answer

import (
	"testing"
	"testing/fstest"
)

// joinedBook writes as words in a row what readers write as one word.
var joinedBook = fstest.MapFS{
	"runner.md": {Data: []byte(`# Test runner

## The built-in runner

Node.js ships a built-in test runner since version 18, and the rust-lang team funds its own foundation.
`)},
}

func TestJoinedWords(t *testing.T) {
	e := New(bookIndex(t, joinedBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// "builtin" is the book's "built-in": without it, "tests" alone
		// is too little of the question.
		{"anything builtin for tests?", true},
		{"is there a builtin runner?", true},
		{"does the rustlang team fund a foundation?", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}
