package answer

import (
	"testing"
	"testing/fstest"
)

// commitBook tells the history of commits, and how to undo one.
var commitBook = fstest.MapFS{
	"git.md": {Data: []byte(`# Git

## The first commit

Linus Torvalds makes the first commit of Git in April 2005, and Git hosts its own development from then on. Every
commit records a snapshot of the whole tree and the commit before it.

## Undoing a commit

git revert undoes a commit by adding a new commit that reverses its changes, so history that others pulled stays
as it is.
`)},
	"files.md": {Data: []byte(`# Files

## Reading a large file

Read a large text file one line at a time with a stream, so that the whole file never has to fit in memory.
`)},
}

func TestHowVerbCovered(t *testing.T) {
	e := New(bookIndex(t, commitBook), Options{})
	// The book tells of commits but never of squashing them.
	wantCovered(t, e, "best way to squash my commits before opening a PR in git?", false)
	// What it shows how to do.
	wantCovered(t, e, "how do i revert a commit in git?", true)
	// A misspelt verb is the one the book writes.
	wantCovered(t, e, "best way to raed a huge text file one line at a time without loading it all into memory?", true)
}

// A book that tells of a thing but never sets it up writes no "set"
// beside it, however often it sets other things.
func TestHowSetVerbCovered(t *testing.T) {
	book := fstest.MapFS{"git.md": commitBook["git.md"], "files.md": {Data: []byte(`# Files

## Reading a large file

Set the encoding of a stream before you read a large text file one line at a time.
`)}}
	e := New(bookIndex(t, book), Options{})
	wantCovered(t, e, "how do i set up the first commit of a git tree", false)
	wantCovered(t, e, "how do i set the encoding of a stream for a large text file", true)
}
