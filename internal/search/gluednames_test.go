package search

import (
	"testing"
	"testing/fstest"
)

// gluedBook has chapters on Rust, Go and Vue.js, and one on Linux whose
// foundation is written about more than Rust's.
var gluedBook = fstest.MapFS{
	"rust.md": {Data: []byte("# Rust\n\n## Foundation\n\nThe Rust Foundation is announced in 2021.\n\n" +
		"## Ownership\n\nEvery value has one owner.\n")},
	"go.md": {Data: []byte("# Go\n\n## Modules\n\nThrough proxy.golang.org and sum.golang.org.\n\n" +
		"## Design\n\nThe design of Go begins at Google in 2007.\n")},
	"vue.md": {Data: []byte("# Vue.js\n\n## Origins\n\nEvan You starts the framework in 2013.\n")},
	"linux.md": {Data: []byte("# Linux\n\n## Foundation\n\nThe Linux Foundation is a foundation for the kernel; the foundation " +
		"pays maintainers.\n\n## Origins\n\nTorvalds starts the kernel in 1991.\n")},
}

// TestGluedNames: a word that glues a chapter's subject to "lang" or "js"
// is searched as the subject, whether no passage holds it ("rustlang",
// "vuejs") or only an address does ("proxy.golang.org").
func TestGluedNames(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, gluedBook)
	for q, want := range map[string]string{
		"when was the foundation behind rustlang set up": "rust#foundation",
		"what happened to golang in 2007":                "go#design",
		"who starts vuejs":                               "vue#origins",
	} {
		if hits := search(t, ix, q, 3); len(hits) == 0 || hits[0].ID != want {
			t.Errorf("Search(%q) = %v, want %s first", q, ids(hits), want)
		}
	}
}

// TestGluedNamesSubjectOnly: a tail glued to a word that names no chapter
// is left as the reader wrote it ("reactjs" in a book without React).
func TestGluedNamesSubjectOnly(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, gluedBook)
	if hits := search(t, ix, "reactjs", 3); len(hits) != 0 {
		t.Errorf("Search(%q) = %v, want nothing", "reactjs", ids(hits))
	}
}
