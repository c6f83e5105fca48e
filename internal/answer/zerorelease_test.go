package answer

import (
	"testing"
	"testing/fstest"
)

// zeroReleaseBook numbers its releases with their trailing zero where it
// dates them, writes one without it elsewhere, and dates other events of
// its subject in a sentence sharing more of a question's words.
var zeroReleaseBook = fstest.MapFS{
	"harbor.md": {Data: []byte(`# Harbor

## Company

Harbor Labs was founded in 2019, and the first Harbor release came out in May 2020 with a plugin registry.

## Releases

Harbor 2.0 reaches general availability on March 3, 2022, with workspaces and a new config format.

Harbor 2.4 follows in 2023 with remote caching. Harbor 2 drops the old plugin format for good.
`)},
}

// A question's "harbor 2" is the Harbor 2.0 the book writes: the clause
// that dates it answers, and leads.
func TestZeroRelease(t *testing.T) {
	e := New(bookIndex(t, zeroReleaseBook), Options{})
	wantCovered(t, e, "when did harbor 2 come out?", true)
	askLeads(t, e, []struct{ q, want string }{
		{"when did harbor 2 come out?", "Harbor 2.0 reaches general availability"},
		{"when was harbor 2 released as ga?", "Harbor 2.0 reaches general availability"},
	})
}

func TestZeroReleaseTerms(t *testing.T) {
	terms := set([]string{"harbor", "2.0", "2.4.0"})
	tests := []struct {
		t    string
		want bool
	}{
		{"2", true}, {"2.0", true}, {"2.4", true}, {"harbor", true},
		{"3", false}, {"2.1", false}, {"24", false},
	}
	for _, tt := range tests {
		if got := zeroRelease(terms, tt.t); got != tt.want {
			t.Errorf("zeroRelease(%v, %q) = %v, want %v", terms, tt.t, got, tt.want)
		}
	}
}
