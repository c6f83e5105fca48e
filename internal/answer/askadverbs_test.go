package answer

import (
	"testing"
	"testing/fstest"
)

// adverbBook names its maker where it writes no word of an origin, and
// writes one elsewhere ("origin" is what "originally" is stemmed to).
var adverbBook = fstest.MapFS{
	"lantern.md": {Data: []byte(`# Lantern

## Mara Quell

Mara Quell wrote the Lantern engine in 2015 and still leads the project.

## Storage

Lantern keeps every table in object storage and bills each month by the terabyte kept. A log records the origin of every row.

## The logo

The Lantern logo is a small flame drawn in two strokes.
`)},
}

// TestAdverbCue: the adverb of a who question is no word of its subject
// that the answer must hold; the subject's other words still are.
func TestAdverbCue(t *testing.T) {
	ix := bookIndex(t, adverbBook)
	e := New(ix, Options{})
	tests := []struct {
		q    string
		want bool
	}{
		{"who wrote lantern?", true},
		{"who originally wrote lantern?", true},
		{"who actually wrote lantern originally", true},
		{"who initially wrote the lantern engine?", true},
		// The book names no designer of the logo, adverb or not.
		{"who originally designed the lantern logo?", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}
