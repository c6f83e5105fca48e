package answer

import (
	"slices"
	"testing"
	"testing/fstest"
)

// speedBook names two runtimes side by side without weighing their
// speed, and weighs the speed of loops against iterators.
var speedBook = fstest.MapFS{
	"runtimes.md": {Data: []byte(`# Runtimes

## Type stripping

Recent Quokka releases can strip types themselves, and Wombat and Numbat run TypeScript directly.

## Workers

Quokka runs CPU-heavy work in worker threads, and Wombat offers workers too.
`)},
	"loops.md": {Data: []byte(`# Loops

## Loops vs. iterators

Iterators compile to the same code as a hand-written loop. The two implementations have similar performance.
`)},
}

func TestAskedSpeedCovered(t *testing.T) {
	e := New(bookIndex(t, speedBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// Both named, no speed weighed.
		{"is quokka faster than wombat?", false},
		{"quokka vs wombat, which is faster for workers", false},
		// A sentence with its heading weighs both.
		{"are iterators slower than writing a plain loop?", true},
		// No speed asked: the rule is silent.
		{"does wombat run typescript directly", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestAskedSpeed(t *testing.T) {
	r := bookIndex(t, speedBook)
	tests := []struct {
		q    string
		want [][2][]string
	}{
		{"is node faster than deno?", [][2][]string{{r.Terms("node"), r.Terms("deno")}}},
		{"is bun actually faster than node for http servers", [][2][]string{{r.Terms("bun"), r.Terms("node for http servers")}}},
		{"python asyncio vs threads, which is faster for scraping", [][2][]string{{r.Terms("asyncio"), r.Terms("threads")}}},
		{"are iterator chains slower than writing a plain for loop?", [][2][]string{{r.Terms("chains iterator"), r.Terms("writing a plain for")}}},
		{"my program runs way slower than i expected", nil},
		{"how many colors, 16 vs 256, which is faster", nil},
		{"postgres vs mysql for a blog", nil},
	}
	for _, tt := range tests {
		got := askedSpeed(r, tt.q)
		if !slices.EqualFunc(got, tt.want, func(a, b [2][]string) bool {
			return slices.Equal(a[0], b[0]) && slices.Equal(a[1], b[1])
		}) {
			t.Errorf("askedSpeed(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
