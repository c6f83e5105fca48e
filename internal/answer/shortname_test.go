package answer

import (
	"testing"
	"testing/fstest"
)

var shortNameBook = fstest.MapFS{
	"ledger.md": {Data: []byte(`# Ledger

## Elections

Ledger elects a leader by a quorum of its nodes: a node that hears no heartbeat for two seconds stands for election, and the one that a majority votes for leads the cluster.

## Reading logs

Ledger reads its write-ahead log one line at a time, without reading the whole file into memory, and replays each record in order.
`)},
	"kubernetes.md": {Data: []byte(`# Kubernetes

## Probes

Kubernetes restarts a container whose liveness probe fails, and takes a pod out of its service while its readiness probe fails.
`)},
}

// A short word no list knows and the book never writes is a name the book
// is not about; a typo of a short word, or a short form the question spells
// out before it, is not.
func TestCoverageShortUnknownWord(t *testing.T) {
	e := New(bookIndex(t, shortNameBook), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"how does ledger elect a leader with a quorum of nodes?", true},
		{"how does etcd elect a leader with a quorum of nodes?", false},
		{"how does lmdb read its write-ahead log one line at a time?", false},
		// Two letters swapped: "tiem" is time.
		{"how does ledger read the log one line at a tiem without reading it all into memory?", true},
		// Defined in parentheses by the words before it.
		{"does the ledger log reader (lgrd) read one line at a time?", true},
		// A longer name clipped.
		{"does kube restart a container when its liveness probe fails?", true},
		// A chat's shorthand is no name.
		{"iirc ledger elects a leader by a quorum of nodes, how?", true},
		// Nor a stop word without its apostrophe, or misspelt.
		{"do ledger nodes elect a leader by a quorum, or theyre all equal?", true},
		{"wich ledger node leads, elected by a quorum of nodes?", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestSwapped(t *testing.T) {
	r := bookIndex(t, shortNameBook)
	c := newCoverage(r)
	for _, tt := range []struct {
		word string
		want bool
	}{
		{"tiem", true},
		{"wrod", true},  // word
		{"etcd", false}, // "etc" is one letter dropped, no swap
		{"lmdb", false},
		{"pasword", false}, // long enough for misspelt
	} {
		if got := c.swapped(r, tt.word); got != tt.want {
			t.Errorf("swapped(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestParenthesised(t *testing.T) {
	for _, tt := range []struct {
		field string
		want  bool
	}{
		{"(polm)", true},
		{"(polm).", true},
		{"polm", false},
		{"(the", false},
	} {
		if got := parenthesised(tt.field); got != tt.want {
			t.Errorf("parenthesised(%q) = %v, want %v", tt.field, got, tt.want)
		}
	}
}

func TestClips(t *testing.T) {
	for _, tt := range []struct {
		short, name string
		want        bool
	}{
		{"kube", "kubernetes", true},
		{"mongo", "mongodb", true},
		{"mongo", "mongo", false}, // the whole name is no clipping
		{"mongodb", "mongo", false},
		{"netes", "kubernetes", false}, // the end is not how a name is clipped
	} {
		if got := clips(tt.short, tt.name); got != tt.want {
			t.Errorf("clips(%q, %q) = %v, want %v", tt.short, tt.name, got, tt.want)
		}
	}
}
