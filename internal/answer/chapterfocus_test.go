package answer

import (
	"context"
	"fmt"
	"testing"
	"testing/fstest"
)

// siblingBook is three chapters of a site's book: Git's first commit
// matches the words of a question on Rust's first stable version more
// densely than Rust's own milestone does.
var siblingBook = fstest.MapFS{
	"git.md": {Data: []byte(`# Git: The Documentary

## Key milestones

### The first commit

The first commit of the first stable version is dated April 7, 2005: the first version of the tool, the first stable store of its own history.
`)},
	"rust.md": {Data: []byte(`# Rust: The Documentary

## Key milestones

### Rust 1.0 released

Rust 1.0 ships on 15 May 2015 with a stability promise, the first stable release of the language.

### Editions

Editions let Rust change its surface syntax without breaking older crates.
`)},
	"linux.md": {Data: []byte(`# Linux: The Documentary

## Key milestones

### Rust in the kernel

Linux 6.1 accepts kernel code written in Rust next to C.

### Version 0.01

The first version of Linux is published in September 1991.
`)},
}

// TestOnSubject: a question that names a chapter's subject ranks that
// chapter's section above another chapter's that matches its other words
// more densely but never writes the subject, while the hits of another
// chapter that write it keep their scores; and a question naming no chapter's
// subject keeps the search's order.
func TestOnSubject(t *testing.T) {
	ix := bookIndex(t, siblingBook)
	e := New(ix, Options{})
	for q, want := range map[string]string{
		"what was the first stable version of rust": "rust#rust-10-released",
		"what was the first stable version":         "git#the-first-commit",
	} {
		r, err := e.Retrieve(context.Background(), Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Hits) == 0 || r.Hits[0].ID != want {
			var got []string
			for _, h := range r.Hits {
				got = append(got, fmt.Sprintf("%s %.4f", h.ID, h.Score))
			}
			t.Errorf("Retrieve(%q) = %v, want %s first", q, got, want)
		}
	}
	hits, err := ix.Search(context.Background(), "what was the first stable version of rust", 10)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range e.onSubject("what was the first stable version of rust", hits) {
		for _, o := range hits {
			if o.Passage != h.Passage {
				continue
			}
			cut := h.ID == "git#the-first-commit" || h.ID == "linux#version-001"
			if (h.Score < o.Score) != cut {
				t.Errorf("%s: score %.4f -> %.4f, want it cut: %v", h.ID, o.Score, h.Score, cut)
			}
		}
	}
}

// TestParallel: chapters are parallel when their titles differ by the
// subject alone; a title of two own terms is parallel to none.
func TestParallel(t *testing.T) {
	for _, c := range []struct {
		title, other []string
		subject      string
		want         bool
	}{
		{[]string{"rust", "documentari"}, []string{"git", "documentari"}, "rust", true},
		{[]string{"node", "js", "documentari"}, []string{"python", "documentari"}, "node", true},
		{[]string{"python", "documentari"}, []string{"node", "js", "documentari"}, "python", false},
		{[]string{"node", "api"}, []string{"command", "line", "api"}, "node", false},
		{[]string{"rust", "documentari"}, []string{"rust", "book"}, "rust", false},
		{[]string{"rust"}, []string{"git"}, "rust", false},
	} {
		if got := parallel(c.title, c.subject, c.other); got != c.want {
			t.Errorf("parallel(%v, %q, %v) = %v, want %v", c.title, c.subject, c.other, got, c.want)
		}
	}
}
