package answer

import (
	"maps"
	"slices"
	"testing"
	"testing/fstest"
)

// sigilBook tells of a query language's directives and of a framework's
// components, with references at its end ("refer" is one letter from
// "defer").
var sigilBook = fstest.MapFS{
	"queries.md": {Data: []byte(`# Queries

## Directives

A directive changes how a query runs. The @deprecated directive marks a field that clients should stop asking for, and the spec version of 2018 describes it.

## Components

A component passes data to its children with v-bind, and a child updates its parent by emitting an event.

## References

The references list the talks and the spec.
`)},
}

func TestUnwrittenSigilName(t *testing.T) {
	e := New(bookIndex(t, sigilBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// The directive and the framework's syntax the book never writes,
		// however near "refer" is to "defer".
		{"what does the @defer directive do in a query and which spec version has it", false},
		{"how do i make v-model work on my own component? it does not update the parent", false},
		// The ones it writes.
		{"what does the @deprecated directive do in a query and which spec version has it", true},
		{"how does a component pass data to its children with v-bind?", true},
		// A name the reader writes in backticks is their own code.
		{"how does a component pass data to its children with `v-model`?", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestSigilNames(t *testing.T) {
	r := stubTerms{}
	c := coverage{english: englishWeights(), technical: technicalWeights(), russian: russianWeights}
	tests := []struct {
		q    string
		want []string
	}{
		{"what does the @defer directive do", []string{"defer"}},
		{"how do i make v-model and v-if work", []string{"vif", "vmodel"}},
		{"how do i forward X-Request-Id to the backend", []string{"xrequestid"}},
		// An address, a word English knows joined, code in backticks and a
		// science's one-letter names are none.
		{"mail me@example.com about the e-mail", nil},
		{"does `v-model` work", nil},
		{"trimethylamine N-oxide from dietary L-carnitine and β-blockers", nil},
	}
	for _, tt := range tests {
		got := slices.Sorted(maps.Keys(c.sigilNames(r, tt.q)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("sigilNames(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestSigilNameHeading: a name a heading writes, over a passage that
// never does, is written (search.Index.WritesBy reads headings).
func TestSigilNameHeading(t *testing.T) {
	book := fstest.MapFS{
		"events.md": {Data: []byte(`# Events

## v-show

A child tells its parent of a change by emitting an event, and the parent listens for it with a handler.
`)},
	}
	e := New(bookIndex(t, book), Options{})
	wantCovered(t, e, "how does a parent listen for a child's event with v-show?", true)
	wantCovered(t, e, "how does a parent listen for a child's event with v-model?", false)
}
