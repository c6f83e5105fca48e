package answer

import (
	"context"
	"testing"
	"testing/fstest"
)

// unitsBook has a section that writes the words for a date's unit, and
// one that dates the subject.
var unitsBook = fstest.MapFS{
	"lang.md": {Data: []byte(`# Gopher language

## Release cadence

Two releases a year, one every six months.

## Origins

Three engineers who disliked slow builds and sprawling code started sketching a new compiled language on a whiteboard in a small room of a large office building in September 2007.

## Tooling

The compiler, the formatter and the test runner ship with the language.
`)},
}

// TestWithoutDateUnits: a question that asks which year or month ranks
// the section that dates its subject first, not the one that writes
// "year" and "month"; the coverage decision still reads the question's
// own words, so the question is covered.
func TestWithoutDateUnits(t *testing.T) {
	e := New(bookIndex(t, unitsBook), Options{})
	q := "in what month and year did the language start?"
	r, err := e.Retrieve(context.Background(), Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) == 0 || r.Hits[0].ID != "lang#origins" {
		var got []string
		for _, h := range r.Hits {
			got = append(got, h.ID)
		}
		t.Errorf("Retrieve(%q) = %v, want lang#origins first", q, got)
	}
	if !r.Covered {
		t.Errorf("Retrieve(%q) not covered", q)
	}
}
