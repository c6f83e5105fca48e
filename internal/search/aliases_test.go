package search

import (
	"strings"
	"testing"
)

// TestAliasesAfter: a short entry that names the same API as a fuller one
// below it (the HTTPS page's stub of http's server.keepAliveTimeout)
// gives the fuller one its place; entries of other names, twins of about
// the same length and the passages of one section stay where they are.
func TestAliasesAfter(t *testing.T) {
	long := strings.Repeat("The number of milliseconds of inactivity a server needs to wait. ", 4)
	hits := []Hit{
		{ID: "https#serverkeepalivetimeout", Heading: "server.keepAliveTimeout", Text: "See server.keepAliveTimeout in the node:http module.", Score: 3},
		{ID: "http#event-connection", Heading: "Event: 'connection'", Text: "Emitted when a new TCP stream is established.", Score: 2},
		{ID: "http#serverkeepalivetimeout", Heading: "server.keepAliveTimeout", Text: long, Score: 1},
		{ID: "os#oscpus", Heading: "os.cpus()", Text: "Returns an array of objects.", Score: 0.9},
		{ID: "os#oscpus", Heading: "os.cpus()", Text: long, Score: 0.85},
		{ID: "http2#serverclosecallback", Heading: "server.close([callback])", Text: "Stops the server from establishing new sessions.", Score: 0.8},
		{ID: "http2#serverclosecallback_1", Heading: "server.close([callback])", Text: "Stops the server from establishing new sessions.", Score: 0.7},
	}
	aliasesAfter(hits)
	want := []string{"http#serverkeepalivetimeout", "http#event-connection", "https#serverkeepalivetimeout", "os#oscpus", "os#oscpus", "http2#serverclosecallback", "http2#serverclosecallback_1"}
	for i, h := range hits {
		if h.ID != want[i] {
			t.Fatalf("order = %v, want %v", ids(hits), want)
		}
		if i > 0 && h.Score > hits[i-1].Score {
			t.Errorf("hits not in score order: %v", hits)
		}
	}
	if hits[3].Text != "Returns an array of objects." {
		t.Errorf("the passages of os#oscpus swapped: %q first", hits[3].Text)
	}
	if hits[0].Score != 3 || hits[2].Score != 1 {
		t.Errorf("scores %v, %v: want the places' scores 3 and 1", hits[0].Score, hits[2].Score)
	}
}
