package answer

import (
	"context"
	"fmt"
	"testing"
	"testing/fstest"
)

// originBook is a chapter whose sections all name its subject, while the
// one that tells who began it and when is the longest of them. Its list
// is no dated one ("Key milestones" would raise its first entry, see
// originLean), so that the order is typedFirst's alone.
var originBook = fstest.MapFS{
	"python.md": {Data: []byte(`# Python: The Documentary

## History

### Software foundation

A non-profit foundation holds the intellectual property of Python and supports its community of users.

### Packaging

The package index is where the packages written in Python are published for everyone to install.

### A Christmas project

Over the Christmas holidays Guido Rossum starts writing Python, an interpreter for a new scripting language, in 1989.
`)},
}

// TestTypedFirst: a question that asks who or when ranks the section
// that names a person or a year above those of near scores that name
// neither; a question that asks neither keeps the order.
func TestTypedFirst(t *testing.T) {
	e := New(bookIndex(t, originBook), Options{})
	for q, want := range map[string]string{
		"who invented python?":            "python#a-christmas-project",
		"in what year did python appear?": "python#a-christmas-project",
		"which company made python?":      "python#a-christmas-project",
		"what is python?":                 "python#packaging",
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
}
