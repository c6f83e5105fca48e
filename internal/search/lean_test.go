package search

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// TestSearchLeaning: a lean raises the passage that holds its words above
// one that holds the query's words more often, and finds no passage the
// query does not.
func TestSearchLeaning(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	book := fstest.MapFS{"redis.md": {Data: []byte(`# Redis

## Why Redis appeared

### A real-time analytics problem

In 2009 Salvatore Sanfilippo began building a web analytics startup and Redis to serve it.

## Redis Labs becomes the home

Redis Labs hires the Redis developer.
`)}, "gardens.md": {Data: []byte("# Gardens\n\nMany gardens appeared early in the spring.\n")}}
	// Chapters on other things, so that "redis" is a rare word of the book.
	for _, c := range []string{"rivers", "mountains", "harbors", "forests"} {
		book[c+".md"] = &fstest.MapFile{Data: []byte("# " + c + "\n\nThe " + c + " of the north are cold in winter.\n")}
	}
	refresh(t, ix, book)
	ctx := context.Background()
	ids := func(hits []Hit) []string {
		var out []string
		for _, h := range hits {
			out = append(out, h.ID)
		}
		return out
	}
	const q = "who wrote redis in the first place"
	plain, err := ix.Search(ctx, q, 10)
	if err != nil {
		t.Fatal(err)
	}
	leaning, err := ix.SearchLeaning(ctx, q, 10, Lean{Words: "appeared began early", Boost: 0.7})
	if err != nil {
		t.Fatal(err)
	}
	const labs, origin = "redis#redis-labs-becomes-the-home", "redis#a-real-time-analytics-problem"
	if got := ids(plain); len(got) == 0 || got[0] != labs {
		t.Fatalf("Search(%q) = %q, want %s first (the test's premise)", q, got, labs)
	}
	if got := ids(leaning); len(got) == 0 || got[0] != origin {
		t.Errorf("SearchLeaning(%q) = %q, want %s first", q, got, origin)
	}
	p, l := ids(plain), ids(leaning)
	slices.Sort(p)
	slices.Sort(l)
	if !slices.Equal(p, l) {
		t.Errorf("SearchLeaning found %q, Search %q: a lean finds nothing alone", l, p)
	}
	zero, err := ix.SearchLeaning(ctx, q, 10, Lean{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.EqualFunc(zero, plain, func(a, b Hit) bool { return a.Passage == b.Passage && a.Score == b.Score }) {
		t.Errorf("SearchLeaning with a zero Lean = %q, want Search's %q", ids(zero), ids(plain))
	}
}

// TestSearchLeaningFirstUnder: the first entry under a milestones heading
// is raised above sections that match the query as well or better, while
// a later entry and a first entry under another heading are not.
func TestSearchLeaningFirstUnder(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	book := fstest.MapFS{"python.md": {Data: []byte(`# Python

## Key technical ideas

### Readability as a design rule

Python code is read more often than it is written.

## Key milestones

### A Christmas project at CWI

In December 1989 Guido van Rossum starts the interpreter and names it Python.

### Unicode text by default

Version 3.0 of Python breaks compatibility to fix the text model.
`)}}
	for _, c := range []string{"rivers", "mountains", "harbors", "forests"} {
		book[c+".md"] = &fstest.MapFile{Data: []byte("# " + c + "\n\nThe " + c + " of the north are cold in winter.\n")}
	}
	refresh(t, ix, book)
	ctx := context.Background()
	const q = "who invented python"
	const first = "python#a-christmas-project-at-cwi"
	plain, err := ix.Search(ctx, q, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(plain) == 0 || plain[0].ID == first {
		t.Fatalf("Search(%q) = %v, want another section first (the test's premise)", q, plain)
	}
	hits, err := ix.SearchLeaning(ctx, q, 10, Lean{Words: "appeared began", Boost: 0.7, FirstUnder: "milestones timeline"})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != len(plain) || hits[0].ID != first {
		var got []string
		for _, h := range hits {
			got = append(got, h.ID)
		}
		t.Errorf("SearchLeaning(%q) = %q, want %s first of %d", q, got, first, len(plain))
	}
}

// TestFirstUnderNamedSubject: the first entry under a milestones heading
// is raised only in a chapter whose subject the question names: a question
// on who started GitHub, a later entry of Git's milestones, keeps it
// first, above the first entry (how Git began).
func TestFirstUnderNamedSubject(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	book := fstest.MapFS{"git.md": {Data: []byte(`# Git: The Documentary

## Key milestones

### Work begins in a few days

In April 2005 Linus Torvalds starts writing Git, and within days Git hosts its own code.

### GitHub launches

In April 2008 Chris Wanstrath, PJ Hyett and Tom Preston-Werner launch GitHub as hosting for Git repositories.
`)}, "python.md": {Data: []byte(`# Python: The Documentary

## Key milestones

### A Christmas project at CWI

In December 1989 Guido van Rossum starts the interpreter and names it Python.
`)}}
	for _, c := range []string{"rivers", "mountains", "harbors", "forests"} {
		book[c+".md"] = &fstest.MapFile{Data: []byte("# " + c + "\n\nThe " + c + " of the north are cold in winter.\n")}
	}
	refresh(t, ix, book)
	lean := Lean{Words: "appeared began begin begins start started", Boost: 0.7, FirstUnder: "milestones timeline"}
	for q, want := range map[string]string{
		"who started github":  "git#github-launches",
		"who started git":     "git#work-begins-in-a-few-days",
		"who started python?": "python#a-christmas-project-at-cwi",
	} {
		hits, err := ix.SearchLeaning(context.Background(), q, 10, lean)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) == 0 || hits[0].ID != want {
			var got []string
			for _, h := range hits {
				got = append(got, h.ID)
			}
			t.Errorf("SearchLeaning(%q) = %q, want %s first", q, got, want)
		}
	}
}

func TestOwnTerms(t *testing.T) {
	tests := []struct {
		lists, want [][]string
	}{
		{
			[][]string{{"graphql", "documentari"}, {"kubernet", "documentari"}, {"node", "js", "documentari"}},
			[][]string{{"graphql"}, {"kubernet"}, {"node", "js"}},
		},
		{
			// A term two lists share names neither; a list with no term
			// of its own gets none.
			[][]string{{"redi", "stream"}, {"kafka", "stream"}, {"stream"}},
			[][]string{{"redi"}, {"kafka"}, nil},
		},
		{[][]string{{"python"}}, [][]string{{"python"}}},
		{nil, [][]string{}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, OwnTerms(tt.lists)); diff != "" {
			t.Errorf("OwnTerms(%q) mismatch (-want +got):\n%s", tt.lists, diff)
		}
	}
}
