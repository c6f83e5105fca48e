package answer

import (
	"context"
	"testing"
	"testing/fstest"
)

// runtimeBook tells how Node serves a realtime backend, and of Valkey's
// sorted sets; it never names Elixir nor Dragonfly.
var runtimeBook = fstest.MapFS{
	"node.md": {Data: []byte(`# Node.js

## One event loop for the backend

Node serves many realtime chat connections from one event loop on the backend; it scales by adding processes, not
threads. The terminal supports 16 or 256 colors.
`)},
	"valkey.md": {Data: []byte(`# Valkey

## Sorted sets

Valkey keeps big sorted sets in memory and handles range reads on them fast.
`)},
}

func TestUnwrittenSideCovered(t *testing.T) {
	e := New(bookIndex(t, runtimeBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// A side the book never writes.
		{"elixir vs node for a realtime chat backend, which scales better", false},
		{"dragonfly vs valkey which one handles big sorted sets faster", false},
		// Both sides written.
		{"event loop vs threads in node, which scales better for realtime chat", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestUnwrittenSide(t *testing.T) {
	e := New(bookIndex(t, runtimeBook), Options{})
	c, r := e.cov, e.r
	tests := []struct {
		q    string
		want bool
	}{
		{"elixir vs node for a realtime chat backend, which scales better", true},
		{"node versus elixir for realtime chat", true},
		{"dragonfly vs. valkey for big sorted sets", true},
		{"node vs the elixir runtime", true}, // past an article
		{"event loop vs threads in node", false},
		// Values set side by side, code, a misspelling, a word set aside.
		{"how many colors does the terminal support (16 vs 256 vs truecolor)", false},
		{"`elixir` vs `node` for chat", false},
		{"event loop vs therads in node", false},
		{"does node scale, like elixir vs node", false},
		// No comparison.
		{"elixir and node for a realtime chat backend", false},
	}
	for _, tt := range tests {
		var terms []string
		w := map[string]float64{}
		for _, t := range r.Terms(tt.q) {
			if !c.filler[t] {
				terms = append(terms, t)
				w[t] = c.weight(t)
			}
		}
		df, err := r.DocFreqs(context.Background(), terms)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.unwrittenSide(r, tt.q, w, asideTerms(r, tt.q), df); got != tt.want {
			t.Errorf("unwrittenSide(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
