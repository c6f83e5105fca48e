package search

import (
	"testing"
	"testing/fstest"
)

// TestEventWordsFindTheEvent: a question naming an event in a spoken verb
// finds the section telling it in the book's word, over one the
// question's nouns fit better.
func TestEventWordsFindTheEvent(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, fstest.MapFS{
		"node.md": {Data: []byte(`# Node.js

## io.js fork

In December 2014 contributors forked Node.js over how it was governed.

## Public announcement

The runtime was announced at JSConf in 2009.

## Reunification

In 2015 io.js merged back into Node.js, and io.js releases became Node.js 4.

## Rust in the kernel

Rust code reached the Linux kernel in 2022, first for drivers.
`)},
	})
	tests := []struct{ q, want string }{
		{"why did io.js split off from node in the first place", "node#iojs-fork"},
		{"what year was node first revealed to the world", "node#public-announcement"},
	}
	for _, tt := range tests {
		if got := ids(search(t, ix, tt.q, 3)); len(got) == 0 || got[0] != tt.want {
			t.Errorf("Search(%q) = %v, want %s first", tt.q, got, tt.want)
		}
	}
}

// TestEventQueriesOnlyForSpokenVerbs: a question naming no event in a
// spoken verb searches nothing more, and the book's word already in the
// question is not searched twice.
func TestEventQueriesOnlyForSpokenVerbs(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	tests := []struct {
		q    string
		want int
	}{
		{"why did io.js split off from node", 1},
		{"when was rust unveiled", 1},
		{"how do i split a string", 0},
		{"when was node announced", 0},
		{"why was io.js forked, why did it split off", 0},
	}
	for _, tt := range tests {
		if got := len(ix.eventQueries(tt.q, ix.Terms(tt.q))); got != tt.want {
			t.Errorf("eventQueries(%q): %d clauses, want %d", tt.q, got, tt.want)
		}
	}
}
