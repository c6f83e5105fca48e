package answer

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// orderBook writes the value ipv4first as one word, and ipv4 and first
// nowhere apart.
var orderBook = fstest.MapFS{
	"dns.md": {Data: []byte(`# DNS

## dns.setDefaultResultOrder(order)

The order must be 'ipv4first' or 'verbatim'. Sets the default order of the addresses that dns.lookup() returns.

## dns.setServers(servers)

Sets the IP address and port of the servers used when resolving names.

## dns.reverse(ip, callback)

Resolves an address to an array of host names.
`)},
}

func TestSpacedWords(t *testing.T) {
	ix := bookIndex(t, orderBook)
	spaced := spacedWords(ix, "lookups return ipv4 first, not ipv6")
	if diff := cmp.Diff(map[string][]string{
		"lookup": {"lookupsreturn"},
		"return": {"lookupsreturn", "returnipv4"},
		"ipv4":   {"returnipv4", "ipv4first"},
		"first":  {"ipv4first"},
	}, spaced); diff != "" {
		t.Errorf("spacedWords (-want +got):\n%s", diff)
	}
	body := map[string]bool{"ipv4first": true, "lookup": true}
	for _, tt := range []struct{ t, want string }{
		{"ipv4", "ipv4first"},
		{"first", "ipv4first"},
		{"return", ""},
		{"ipv6", ""},
	} {
		if got := spacedIn(tt.t, spaced, nil, body); got != tt.want {
			t.Errorf("spacedIn(%q) = %q, want %q", tt.t, got, tt.want)
		}
	}
}

// TestSpacedCovered: the section that writes ipv4first covers a question
// that writes "ipv4 first".
func TestSpacedCovered(t *testing.T) {
	wantFirstCovered(t, New(bookIndex(t, orderBook), Options{}), "how do i get ipv4 first again", "dns.setDefaultResultOrder(order)")
}
