package answer

import (
	"slices"
	"testing"
	"testing/fstest"
)

// erlangBook dates what Joe Armstrong did, and not his death.
var erlangBook = fstest.MapFS{
	"erlang.md": {Data: []byte(`# Erlang

## Origins

Erlang was created at Ericsson in 1986 by Joe Armstrong, Robert Virding and Mike Williams to run telephone switches.
It was released as open source in 1998.

## The thesis

In 2003 Joe Armstrong defended his thesis on reliable distributed systems at the Royal Institute of Technology.
`)},
}

func TestDatedDeed(t *testing.T) {
	e := New(bookIndex(t, erlangBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// A date of the person's that tells another deed.
		{"what year did joe armstrong pass away", false},
		{"when did joe armstrong pass away?", false},
		// The deed told, in its words or in another word of its kind.
		{"when did joe armstrong defend his thesis", true},
		{"what year did joe armstrong create erlang", true},
		{"when did joe armstrong build erlang", true},
		// No person named by two words: other rules decide.
		{"when did erlang go open source", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestDatedDeedWords(t *testing.T) {
	e := New(bookIndex(t, erlangBook), Options{})
	c, r := e.cov, e.r
	tests := []struct {
		q         string
		name, did string // "" when no person's deed is asked
	}{
		{"what year did joe armstrong pass away", "joe armstrong", "pass away"},
		{"and when did linus torvalds move to the us", "linus torvalds", "move"},
		// The second word is too common in English to be a surname.
		{"when did the company start", "", ""},
		{"when did kafka connect show up", "", ""},
		{"when did joe armstrong", "", ""},
	}
	for _, tt := range tests {
		a := c.newTypedAsk(r, tt.q, nil)
		switch {
		case a.deed == nil && tt.name != "":
			t.Errorf("%q: no person's deed, want %q %q", tt.q, tt.name, tt.did)
		case a.deed != nil && tt.name == "":
			t.Errorf("%q: deed %q of %q, want none", tt.q, a.deed.deed, a.deed.name)
		case a.deed != nil && (!slices.Equal(a.deed.name, r.Terms(tt.name)) || !slices.Equal(a.deed.deed, r.Terms(tt.did))):
			t.Errorf("%q: deed %q of %q, want %q of %q", tt.q, a.deed.deed, a.deed.name, r.Terms(tt.did), r.Terms(tt.name))
		}
	}
}
