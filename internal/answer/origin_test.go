package answer

import (
	"context"
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/internal/search"
	"github.com/google/go-cmp/cmp"
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
		// Where a subject began is told where it began.
		{"where was python first written, at which institute?", true},
		// What a subject came out of, a thing of any kind.
		{"which newspaper did django come out of?", true},
		{"which app was rails originally pulled out of", true},
		// A thing of another kind with an origin verb is no origin.
		{"what language was the original rust compiler written in before rustc took over", false},
		{"what was the name of the startup antirez built redis for", false},
		// Not an origin: another verb, a release by its number, no who or when.
		{"when did sanfilippo come back to the redis company", false},
		{"when did kernel 2.6.0 come out", false},
		{"в каком году вышла самая первая версия redis?", false},
		{"how do i start a redis server", false},
		{"where does k8s keep all the cluster state", false},
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
// The later one is the first of its list, which is no dated one (the first
// entry of "Key milestones" is raised too: TestOriginFirstMilestone).
var originRedis = fstest.MapFS{
	"redis.md": {Data: []byte(`# Redis: The Documentary

## Why Redis appeared

### A real-time analytics problem

In 2009 Salvatore Sanfilippo was building a real-time analytics startup whose disk database could not keep up.

## How the company grew

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

// originTwo holds two chapters: a question on who made npm names a
// section of the Node.js chapter, while the Elixir chapter's origin
// section writes "first" and has an origin word in its heading.
var originTwo = fstest.MapFS{
	"node.md": {Data: []byte(`# Node.js: The Documentary

## Key technical ideas

### npm and the culture of small modules

Isaac Schlueter created npm in 2010 and it soon became the default way to share JavaScript code; its registry grew into the largest package collection of any language. The company npm, Inc. was bought by GitHub in 2020.

### The event loop

Node runs one event loop per process: the first slow callback made every other request wait.
`)},
	"elixir.md": {Data: []byte(`# Elixir: The Documentary

## Why Elixir appeared

José Valim was a member of the Ruby on Rails core team. Around 2010 he concluded that mainstream languages made concurrency far too hard. Valim started Elixir in 2011 as a research project at Plataformatec, published the first versions in 2012, and released Elixir 1.0 in September 2014.

## Phoenix

Phoenix is the web framework of Elixir, first made by Chris McCord.
`)},
}

// TestOriginOnlyInSubjectChapter: the lean raises origin sections only in
// the chapter the question's own search finds best.
func TestOriginOnlyInSubjectChapter(t *testing.T) {
	e := New(bookIndex(t, originTwo), Options{})
	const q = "who made npm in the first place?"
	r, err := e.Retrieve(context.Background(), Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if want := "node#npm-and-the-culture-of-small-modules"; len(r.Hits) == 0 || r.Hits[0].ID != want {
		var got []string
		for _, h := range r.Hits {
			got = append(got, h.ID)
		}
		t.Errorf("Retrieve(%q) = %q, want %s first", q, got, want)
	}
}

func TestLeanOnTop(t *testing.T) {
	hit := func(ch, p string, score float64) search.Hit {
		return search.Hit{ID: p, Passage: p, Chapter: ch, Score: score}
	}
	// The lean doubled the norm-scaled scores (scale 0.5) and raised
	// "node-origin" and "elixir-origin"; "elixir-late" only the lean found.
	plain := []search.Hit{hit("node", "npm", 2), hit("elixir", "elixir-origin", 1.5), hit("node", "node-origin", 1)}
	order := []search.Hit{hit("elixir", "elixir-origin", 2), hit("node", "node-origin", 1.5), hit("node", "npm", 1), hit("elixir", "elixir-late", 0.9)}
	var got []string
	for _, h := range leanOnTop(order, plain, "node") {
		got = append(got, fmt.Sprintf("%s %.2f", h.Passage, h.Score))
	}
	want := []string{"node-origin 1.50", "npm 1.00", "elixir-origin 0.75"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("leanOnTop (-want +got):\n%s", diff)
	}
}

// TestOriginFirstMilestone: a question on who began the subject ranks the
// first entry of the chapter's dated list above a later entry that names
// the subject more often, in its heading too, though its own heading holds
// no origin word.
func TestOriginFirstMilestone(t *testing.T) {
	book := fstest.MapFS{"python.md": {Data: []byte(`# Python: The Documentary

## Why Python appeared

### Lessons from ABC

Python keeps the readability of ABC, a teaching language, and fixes its lack of extensibility.

## Key milestones

### A Christmas project at CWI

In December 1989 Guido van Rossum starts writing the interpreter at CWI and names it Python.

### Python Software Foundation

The Python Software Foundation is formed in 2001 to hold Python's intellectual property.
`)}}
	e := New(bookIndex(t, book), Options{})
	const q = "who invented python?"
	r, err := e.Retrieve(context.Background(), Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	const first, later = "python#a-christmas-project-at-cwi", "python#python-software-foundation"
	at := map[string]int{}
	var got []string
	for i, h := range r.Hits {
		at[h.ID] = i + 1
		got = append(got, fmt.Sprintf("%s %.4f", h.ID, h.Score))
	}
	if at[first] == 0 || at[later] != 0 && at[first] > at[later] {
		t.Errorf("Retrieve(%q) = %v, want %s before %s", q, got, first, later)
	}
}

// TestLeanChapter: the lean stays in the chapter whose subject the
// question names, though another chapter's passage matches one of its
// incidental words best; with no subject named, in the best hit's.
func TestLeanChapter(t *testing.T) {
	e := New(bookIndex(t, originTwo), Options{})
	hit := func(ch, title string) search.Hit {
		return search.Hit{ID: ch, Passage: ch, Chapter: ch, ChapterTitle: title}
	}
	plain := []search.Hit{hit("k8s", "Kubernetes: The Documentary"), hit("graphql", "GraphQL: The Documentary"), hit("node", "Node.js: The Documentary")}
	for q, want := range map[string]string{
		"who actually came up with graphql? i keep hearing diff names": "graphql",
		"who came up with this, i keep hearing diff names":             "k8s",
		"who made graphql and node":                                    "k8s",
		"who wrote the documentary":                                    "k8s",
	} {
		if got := e.leanChapter(q, plain); got != want {
			t.Errorf("leanChapter(%q) = %q, want %q", q, got, want)
		}
	}
}
