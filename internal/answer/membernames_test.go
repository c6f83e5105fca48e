package answer

import (
	"testing"
	"testing/fstest"
)

// memberBook documents fs.readFile and writes "glob" as a word, never as
// a member.
var memberBook = fstest.MapFS{
	"fs.md": {Data: []byte(`# File system

## fs.readFile(path, callback)

Reads the whole file at path and passes its contents to the callback. Files are matched by their path only.

## Patterns

A pattern matches files by a ** glob against the list of files of a package, with no special handling for file extensions.
`)},
}

func TestUnwrittenMember(t *testing.T) {
	e := New(bookIndex(t, memberBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// A member the book writes only as a word is another release's.
		{"is there an fs.glob function to match files with ** glob patterns", false},
		{"fs.glob is not a function, how do i match files with a ** glob pattern", false},
		// A member it writes after its object, whoever's.
		{"does fs.readFile read the whole file at a path", true},
		{"does fsPromises.readFile read the whole file at a path", true},
		// The reader's own code, in backticks, and a call they ran with a
		// literal, are theirs.
		{"how do i match files with a ** glob pattern in `utils.glob`", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}
