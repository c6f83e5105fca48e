package answer

import (
	"slices"
	"testing"
	"testing/fstest"
)

// TestDefaultOfCode: a default asked of a flag or a call is stated where
// that flag or call is, not in a neighbour's section.
func TestDefaultOfCode(t *testing.T) {
	book := fstest.MapFS{
		"cli.md": {Data: []byte(`# Command-line options

## --max-semi-space-size=SIZE (in megabytes)

Sets the maximum semi-space size for the memory heap. The default value is 16 MiB on 64-bit systems.

## --max-old-space-size=SIZE (in megabytes)

Sets the max memory size of the old memory section of the heap. On a machine with 2 GiB of memory, consider setting this to 1536.
`)},
		"streams.md": {Data: []byte(`# Streams

## stream.getDefaultHighWaterMark()

Returns the default highWaterMark used by streams. Defaults to 16384 (16 KiB) for a stream body.
`)},
	}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"what is the default --max-semi-space-size on a 64-bit system", true},
		{"what is the default --max-old-space-size on a 64-bit system", false},
		{"whats the default highWaterMark of a stream body", true},
		{"whats the default highWaterMark for the fetch() response body stream", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
	if got, want := askedCode("the default --max-old-space-size, or of fetch() and stream.pipeline()?"), []string{"--max-old-space-size", "fetch", "stream.pipeline"}; !slices.Equal(got, want) {
		t.Errorf("askedCode = %q, want %q", got, want)
	}
}
