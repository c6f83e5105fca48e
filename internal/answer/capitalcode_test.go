package answer

import (
	"testing"
	"testing/fstest"
)

// capitalBook documents fetch, a date format class and a setting in
// capitals, and writes "plain", "date", "proxy" and "requests" as words.
var capitalBook = fstest.MapFS{
	"globals.md": {Data: []byte(`# Globals

## fetch

A browser-compatible implementation of fetch. It is available in node without a polyfill, and reads a plain
date header of the response. It does not go through a proxy of its own: an HTTP agent decides the route of
each request.

## Intl.DateTimeFormat

The Intl.DateTimeFormat class formats a plain date in the language of the build. It is available in node with
full ICU.

## NODE_EXTRA_CA_CERTS

When set, the well known root CAs are extended with the extra certificates in the file, so that a request
through a corporate proxy is trusted. Too many requests at once are queued.
`)},
}

func TestUnwrittenCapitalCode(t *testing.T) {
	e := New(bookIndex(t, capitalBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// A member or a setting with capitals the book never writes is
		// another runtime's or library's, though its words are common.
		{"is Temporal.PlainDate available in node yet or do i need a polyfill", false},
		{"fetch in node ignores my HTTP_PROXY env var behind the corporate proxy, how do i route each request through it", false},
		// Those it writes are its own, called or not.
		{"is Intl.DateTimeFormat available in node to format a plain date", true},
		{"is Intl.DateTimeFormat() available in node to format a plain date", true},
		{"how does NODE_EXTRA_CA_CERTS make a request through a corporate proxy trusted", true},
		// The reader's own code, a name in capitals after a dot (his own
		// setting as often), and one that goes on as a quoted message
		// does, are no such names.
		{"is `Temporal.PlainDate` available in node to format a plain date", true},
		{"how do i make a request through a corporate proxy trusted with process.env.MY_PROXY_CA", true},
		{"my request through a corporate proxy fails with [TOO_MANY_REQUESTS/429/queued], why", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}
