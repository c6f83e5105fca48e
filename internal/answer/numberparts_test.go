package answer

import (
	"context"
	"testing"
	"testing/fstest"
)

// serverBook writes a protocol's name and number apart ("HTTP/2") and a
// hash's joined ("sha256").
var serverBook = fstest.MapFS{
	"server.md": {Data: []byte(`# The web server

## First public release

The first public version, 0.1.0, comes out in October 2004 and is soon supported by a small community of users.

## A company is founded

In 2011 the authors found a company to support the server and build a business around it.

## HTTP/2 support

Version 1.9.5 in September 2015 adds HTTP/2, replacing the older SPDY module.

## Checksums

Every upload is checked against its sha256 digest.
`)},
}

func TestWithNumberParts(t *testing.T) {
	ix := bookIndex(t, serverBook)
	tests := []struct{ q, want string }{
		{"which version first supported http2", "Q http 2"},
		{"which version first supported HTTP2?", "Q HTTP 2"},
		// Written apart, in backticks, or joined by the book: as it is.
		{"which version first supported http 2", "Q"},
		{"which version first supported `http2`", "Q"},
		{"is every upload checked with sha256", "Q"},
		// A name the book never writes is no name of the book's; a host
		// whose parts the book writes only apart is the reader's.
		{"does it speak ipv6", "Q"},
		{"why does web1 refuse the upload", "Q"},
	}
	for _, tt := range tests {
		got, err := withNumberParts(context.Background(), ix, tt.q, "Q")
		if err != nil {
			t.Fatal(err)
		}
		if got != tt.want {
			t.Errorf("withNumberParts(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestNumberPartsSearched: the section on HTTP/2 is found, and the
// question covered, for "http2" written as one word.
func TestNumberPartsSearched(t *testing.T) {
	wantFirstCovered(t, New(bookIndex(t, serverBook), Options{}), "which version first supported http2", "HTTP/2 support")
}
