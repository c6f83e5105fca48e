package answer

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestAskedValues(t *testing.T) {
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"whats npm's policy on unpublishing a package, can i still unpublish after 72 hours?", []string{"72"}},
		{"can we delete a release within 24h of publishing it", []string{"24"}},
		{"is it still possible to revoke a token older than 30 days?", []string{"30"}},
		// The reader's own times: what happened to them, or what they want.
		{"since going to node 18 my big uploads die with a 408 after exactly 5 min", nil},
		{"is there a one-liner to make a signal that aborts a fetch after 5 seconds? which version has it", nil},
		{"how do i put a 5s timeout on fetch", nil},
		// A number that is no time is no condition.
		{"can i use await at the top level of a module in node 18", nil},
	} {
		if diff := cmp.Diff(tc.want, askedValues(tc.query)); diff != "" {
			t.Errorf("askedValues(%q) (-want +got):\n%s", tc.query, diff)
		}
	}
}

// unpublishBook tells how a registry lets a package go, one chapter stating
// its window and one not.
var unpublishBook = fstest.MapFS{
	"unpublish.md": {Data: []byte(`# Unpublishing

## Removing a package from the registry

A package may be unpublished by its owner. The registry keeps the name reserved so that nobody takes it over, and
dependents are warned when a package they depend on is unpublished.
`)},
	"window.md": {Data: []byte(`# Deleting releases

## Deleting a release of a package

The owner of a package can delete a release within 24 hours of publishing it. Later, the release can only be
deprecated, so that dependents keep installing it.
`)},
}

func TestAskedValueCovered(t *testing.T) {
	e := New(bookIndex(t, unpublishBook), Options{})
	// The chapter on unpublishing states no window: it does not say what
	// happens after 72 hours.
	wantCovered(t, e, "whats the registry's policy on unpublishing a package, can i still unpublish it after 72 hours?", false)
	// A chapter that states the window asked answers it.
	wantCovered(t, e, "can i still delete a release of a package after 24 hours?", true)
}
