package search

import (
	"testing"
	"testing/fstest"
)

func TestOneEdit(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"requri", "requir", true},  // swapped
		{"domian", "domain", true},  // swapped
		{"conect", "connect", true}, // dropped
		{"connect", "conect", true}, // added
		{"indent", "invent", true},  // changed
		{"domain", "domain", false}, // the same
		{"domian", "damion", false}, // two changes
		{"conect", "conncet", false},
		{"abc", "abcde", false},
		{"reciev", "receiv", true},
		{"connectt", "connect", true},
		{"cannect", "connect", true},
		{"cnnoect", "connect", false},
		{"stream", "stre", false},
		{"", "a", true},
		// Letter by letter, not byte by byte: a Cyrillic or accented
		// letter is one letter.
		{"кафка", "кавка", true},   // changed
		{"сервер", "сревер", true}, // swapped
		{"постгрес", "постгресс", true},
		{"кафка", "кафка", false},
		{"кафка", "кфак", false},
		{"cafe", "café", true},
	} {
		if got := OneEdit(c.a, c.b); got != c.want {
			t.Errorf("OneEdit(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// typoBook has a section on require and one on the domain module.
var typoBook = fstest.MapFS{
	"modules.md": {Data: []byte("# Modules\n\n## Loading\n\nThe require function loads a CommonJS file.\n\n" +
		"## Domains\n\nThe domain module is deprecated.\n\n## Pace\n\nKeep the pace steady.\n")},
}

// TestTypoFixed: a question term no passage holds, one edit from a term
// of the book, is searched as that term, unless general English knows it.
func TestTypoFixed(t *testing.T) {
	known := func(term string) bool { return term == "place" }
	ix := openIndex(t, t.TempDir(), Options{KnownWord: known})
	refresh(t, ix, typoBook)
	for q, want := range map[string]string{
		"how do i requrie it": "modules#loading",
		"the domian thing":    "modules#domains",
	} {
		if hits := search(t, ix, q, 3); len(hits) == 0 || hits[0].ID != want {
			t.Errorf("Search(%q) = %v, want %s first", q, ids(hits), want)
		}
	}
	// "place" is a word of its own, not a typo of "pace".
	if hits := search(t, ix, "what place", 3); len(hits) != 0 {
		t.Errorf("Search(%q) = %v, want nothing", "what place", ids(hits))
	}
}

// TestTypoNeedsKnownWords: without a list of general English words no
// term is read as a typo.
func TestTypoNeedsKnownWords(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, typoBook)
	if hits := search(t, ix, "how do i requrie it", 3); len(hits) != 0 {
		t.Errorf("Search(%q) = %v, want nothing", "how do i requrie it", ids(hits))
	}
}

// TestTypoHeadingWord: a term only a heading writes is the book's, not a
// typo of a text term one edit away.
func TestTypoHeadingWord(t *testing.T) {
	known := func(string) bool { return false }
	ix := openIndex(t, t.TempDir(), Options{KnownWord: known})
	refresh(t, ix, fstest.MapFS{"a.md": {Data: []byte("# Book\n\n## Backpresure\n\nWrites wait.\n\n## Other\n\nThe backpressure of streams.\n")}})
	if hits := search(t, ix, "backpresure", 3); len(hits) == 0 || hits[0].ID != "a#backpresure" {
		t.Errorf("Search(%q) = %v, want a#backpresure first", "backpresure", ids(hits))
	}
}
