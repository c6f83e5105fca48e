package answer

import (
	"testing"
	"testing/fstest"
)

// TestTitleNameNoAnswer: the chapter's own subject, opening a sentence,
// names no one who made what the question asks of; a name beside it does.
func TestTitleNameNoAnswer(t *testing.T) {
	book := func(text string) *Engine {
		return New(bookIndex(t, fstest.MapFS{
			"nodejs.md": {Data: []byte("# Node.js: The Documentary\n\n## npm appears\n\nnpm becomes the main ecosystem accelerator: module reuse lowers the cost of feature delivery.\n\n## Ecosystem value\n\n" + text + "\n")},
		}), Options{})
	}
	title := book("Node.js value today is the combination of runtime, npm, framework landscape, and operational practices.")
	named := book("Node.js value today owes much to npm, which Isaac Schlueter wrote in 2009 as a package manager.")
	wantCovered(t, title, "who created npm originally?", false)
	wantCovered(t, named, "who created npm originally?", true)
}
