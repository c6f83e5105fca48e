package answer

import (
	"context"
	"testing"
	"testing/fstest"
)

// originHeads are chapters whose origin is told under a heading of where
// the subject came from or where it was born, with no word of the
// question's verb, while a later section names the subject more often.
var originHeads = fstest.MapFS{
	"lantern.md": {Data: []byte(`# Lantern: The Documentary

## Where Lantern came from

### A side project

In 2015 two students at a small college put the engine together in their spare time.

## How the company grew

### A company takes over

Lantern Inc hires the developers of Lantern in 2019, and Lantern development moves there.
`)},
	"ferry.md": {Data: []byte(`# Ferry: The Documentary

## Born in a newsroom

### Two web developers

In 2004 two web developers at a daily paper grew tired of building every page by hand.

## How the project grew

### A foundation takes over

Ferry moves to a foundation in 2010, and Ferry releases follow a fixed schedule.
`)},
}

// TestOriginHeads: a question on who began the subject ranks the section
// under the chapter's "came from" or "born" heading first. (In a book this
// small the Lantern one is first without the lean too; the Ferry one is
// not.)
func TestOriginHeads(t *testing.T) {
	ix := bookIndex(t, originHeads)
	e := New(ix, Options{})
	for _, tt := range []struct{ q, want string }{
		{"who actually wrote lantern originally?", "lantern#a-side-project"},
		{"who actually wrote ferry originally?", "ferry#two-web-developers"},
	} {
		r, err := e.Retrieve(context.Background(), Question{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Hits) == 0 || r.Hits[0].ID != tt.want {
			var got []string
			for _, h := range r.Hits {
				got = append(got, h.ID)
			}
			t.Errorf("Retrieve(%q) = %q, want %s first", tt.q, got, tt.want)
		}
	}
}
