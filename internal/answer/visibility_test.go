package answer

import (
	"testing"
	"testing/fstest"
)

// TestVisibilityAsked: a visibility asked of a thing is answered where the
// passages write it, not by passages that only tell of publishing.
func TestVisibilityAsked(t *testing.T) {
	crates := fstest.MapFS{
		"crates.md": {Data: []byte(`# Crates

## Publishing a crate

Publishing a scoped crate to the crate registry requires a name that satisfies certain requirements. The name of a scoped crate starts with its scope.
`)},
	}
	gems := fstest.MapFS{
		"gems.md": {Data: []byte(`# Gems

## Publishing a gem

Publishing a gem to the gem registry as public lets anyone install it; a gem published as private is seen by its owners only.
`)},
	}
	e := New(bookIndex(t, crates), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"how to publish a scoped crate to the crate registry", true},
		{"how to publish a scoped crate to the crate registry as public", false},
		{"can i publish private crates on the crate registry", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
	wantCovered(t, New(bookIndex(t, gems), Options{}), "how to publish a gem to the gem registry as public", true)
	for _, tt := range []struct {
		q    string
		want int
	}{
		{"npm publish keeps making it private, how do i keep it public", 1},
		{"what day was the shattered sha1 collision made public", 0},
		{"how can i protect a public graphql endpoint", 0},
		{"can I publish private packages on jsr", 1},
	} {
		if got := visibilityTerms(e.r, tt.q); len(got) != tt.want {
			t.Errorf("visibilityTerms(%q) = %q, want %d terms", tt.q, got, tt.want)
		}
	}
}
