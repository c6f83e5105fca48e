package answer

import (
	"context"
	"maps"
	"math"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// upgradedBook answers a reader's question after an upgrade from a
// section that upgrades nothing, beside one about upgrading.
var upgradedBook = fstest.MapFS{
	"lookups.md": {Data: []byte(`# Lookups

## Result order

Lookups return addresses in the order the resolver gives them. Set the result order to prefer IPv4 addresses first for every lookup in the process.

## Connections

A socket connects to the first address a lookup returns. A refused connection fails with an error naming that address.
`)},
	"protocols.md": {Data: []byte(`# Protocols

## Changing protocols

A client asks the server to switch protocols on an open connection; the server answers with the new protocol's first message.
`)},
}

func TestMovedTerms(t *testing.T) {
	e := New(bookIndex(t, upgradedBook), Options{})
	tests := []struct {
		q    string
		want []string
	}{
		{"after upgrading to lantern 18 lookups return ipv6 first", []string{"upgrad"}},
		{"upgraded 16 -> 18 and now the connection is refused", []string{"upgrad"}},
		// Asked about, or written again, the verb is the question's.
		{"how do i upgrade the connection to another protocol", nil},
		{"after upgrading, how do i upgrade the connection", nil},
	}
	for _, tt := range tests {
		got := slices.Sorted(maps.Keys(movedTerms(e.r, tt.q)))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("movedTerms(%q) (-want +got):\n%s", tt.q, diff)
		}
	}
}

func TestUpgradedCoverage(t *testing.T) {
	e := New(bookIndex(t, upgradedBook), Options{})
	share := func(q string) float64 {
		r, err := e.Retrieve(context.Background(), Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		return r.Coverage
	}
	// The reader's upgrade is no word the answer has to write: the
	// question covers as much as without it.
	tests := []struct{ q, without string }{
		{"upgraded 16 -> 18, lookups prefer ipv6 now", "lookups prefer ipv6 now"},
		{"after upgrading, how do i prefer ipv4 addresses", "how do i prefer ipv4 addresses"},
	}
	for _, tt := range tests {
		if got, want := share(tt.q), share(tt.without); math.Abs(got-want) > 1e-9 {
			t.Errorf("coverage of %q = %.3f, want %.3f as for %q", tt.q, got, want, tt.without)
		}
	}
}
