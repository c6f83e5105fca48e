package answer

import (
	"context"
	"testing"
	"testing/fstest"
)

func TestOriginLean(t *testing.T) {
	tests := []struct {
		q    string
		lean bool
	}{
		{"who actually wrote redis in the first place?", true},
		{"who actually came up with rust in the first place?", true},
		{"when did work on go first start, what month and year", true},
		{"which company originally built kafka", true},
		{"кто вообще придумал прометеус?", true},
		{"в каком году начали писать prometheus и в какой конторе", true},
		// Not an origin: another verb, a release by its number, no who or when.
		{"when did sanfilippo come back to the redis company", false},
		{"when did kernel 2.6.0 come out", false},
		{"в каком году вышла самая первая версия redis?", false},
		{"how do i start a redis server", false},
		{"what is redis?", false},
	}
	for _, tt := range tests {
		if got := originLean(tt.q).Words != ""; got != tt.lean {
			t.Errorf("originLean(%q) leans: %v, want %v", tt.q, got, tt.lean)
		}
	}
}

// originRedis is a chapter whose section on how Redis began does not
// repeat the question's verb, while a later one names Redis more often.
var originRedis = fstest.MapFS{
	"redis.md": {Data: []byte(`# Redis: The Documentary

## Why Redis appeared

### A real-time analytics problem

In 2009 Salvatore Sanfilippo was building a real-time analytics startup whose disk database could not keep up.

## Key milestones

### Redis Labs becomes the home

Redis Labs hires the developer of Redis in 2015, and Redis development moves to Redis Labs.
`)},
}

// TestOriginFirst: a question on who began the subject ranks the section
// on its origin first, while the coverage decision reads the question's
// own search.
func TestOriginFirst(t *testing.T) {
	ix := bookIndex(t, originRedis)
	e := New(ix, Options{})
	const q = "who actually wrote redis in the first place?"
	r, err := e.Retrieve(context.Background(), Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if want := "redis#a-real-time-analytics-problem"; len(r.Hits) == 0 || r.Hits[0].ID != want {
		var got []string
		for _, h := range r.Hits {
			got = append(got, h.ID)
		}
		t.Errorf("Retrieve(%q) = %q, want %s first", q, got, want)
	}
	// The same engine over a Retriever that cannot lean decides the same
	// coverage: the lean is no part of it.
	plain, err := New(noLean{ix}, Options{}).Retrieve(context.Background(), Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if r.Covered != plain.Covered || r.Coverage != plain.Coverage {
		t.Errorf("coverage %v %.3f with the lean, %v %.3f without", r.Covered, r.Coverage, plain.Covered, plain.Coverage)
	}
}

// noLean hides SearchLeaning from the engine.
type noLean struct{ Retriever }
