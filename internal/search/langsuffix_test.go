package search

import (
	"testing"
	"testing/fstest"
)

// TestLangNames: a language's name with "lang" joined to it finds the
// passages on the language, which name it alone; a word that ends in
// "lang" after one letter ("slang") is the book's own.
func TestLangNames(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, fstest.MapFS{
		"rust.md": {Data: []byte(`# Languages

## Ownership

Rust checks at compile time that every value has one owner.

## Street talk

Readers write slang in their questions.
`)},
		"rivers.md": {Data: []byte("# Rivers\n\nThe rivers of the north are cold in winter.\n")},
	})
	for q, want := range map[string]string{
		"how does rustlang check owners": "rust#ownership",
		"what is rustlang":               "rust#ownership",
		"do readers write slang":         "rust#street-talk",
	} {
		hits := search(t, ix, q, 3)
		if len(hits) == 0 || hits[0].ID != want {
			t.Errorf("Search(%q) = %v, want %s first", q, ids(hits), want)
		}
	}
}
