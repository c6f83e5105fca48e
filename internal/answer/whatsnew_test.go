package answer

import (
	"testing"
	"testing/fstest"
)

// TestUnwrittenRelease: what a release brought is answered only by a book
// that names the release, after the name or as a history's version.
func TestUnwrittenRelease(t *testing.T) {
	book := fstest.MapFS{
		"lantern.md": {Data: []byte(`# Lantern: The Documentary

## Signals

Signals appeared as a developer preview in Lantern 16, and signals were marked stable in Lantern 17. Each major version gets 18 months of support.

## Watching files

Added in: v15.0.0

Lantern watches the files of a project and reloads the page when one changes; the watch mode is stable.
`)},
	}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"whats new in lantern 17, are signals stable there", true},
		// The book stops before 18: "18 months" is no release.
		{"whats new in lantern 18, are signals stable there", false},
		// A reference's history names the release.
		{"what's new in lantern 15 watch mode", true},
		{"what's new in lantern 19 watch mode", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
