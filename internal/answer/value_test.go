package answer

import (
	"testing"
	"testing/fstest"
)

// dnsBook tells how Node orders the addresses a lookup returns.
var dnsBook = fstest.MapFS{
	"dns.md": {Data: []byte(`# DNS

## dns.setDefaultResultOrder(order)

Sets the default order of the addresses that dns.lookup() returns: ipv4first or verbatim. Since Node 17 the default is
verbatim, so localhost may resolve to its IPv6 address first.
`)},
}

func TestReaderValue(t *testing.T) {
	for term, want := range map[string]bool{
		"5432": true, "5s": true, "4gb": true, "127.0.0.1": true, "1": true,
		"ipv6": false, "sha256": false, "http2": false, "localhost": false, "": false,
	} {
		if got := readerValue(term); got != want {
			t.Errorf("readerValue(%q) = %v, want %v", term, got, want)
		}
	}
}

func TestReaderValueCovered(t *testing.T) {
	e := New(bookIndex(t, dnsBook), Options{})
	// The reader's port and address are no words the book should write.
	wantCovered(t, e, "::1:5432, 10.0.0.7:5433 and 127.0.0.2:5434 give up after 30s or 60s: why does localhost resolve to ipv6 first?", true)
	// What they ask about is still to be found.
	wantCovered(t, e, "why does my pool of 20 clients time out after 30s under load?", false)
}
