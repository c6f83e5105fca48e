package search

import (
	"maps"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestMovedAside(t *testing.T) {
	a := testAnalyzer(t)
	tests := []struct {
		q    string
		want []string
	}{
		{"after upgrading to node 18 big uploads get a 408", []string{"upgrad"}},
		{"İstanbul team: After Upgrading to Node 18, uploads get a 408", []string{"upgrad"}},
		{"upgraded 16 -> 18 and now connecting to localhost fails", []string{"upgrad"}},
		{"since i upgraded, big uploads die with a 408", []string{"upgrad"}},
		{"we are migrating our api from node 16 to 20, what breaks", []string{"migrat"}},
		{"connect ECONNREFUSED ::1:5432 -- worked on node 16, after upgrading localhost resolves to ipv6 first", []string{"upgrad"}},
		// A question about upgrading keeps its verb.
		{"how do i upgrade the http connection to websockets", nil},
		{"what does the upgrade event do", nil},
		{"which survives node upgrades better", nil},
		{"findOneAndUpdate returns the old document, how do i get the updated one", nil},
		{"after upgrading, how do i handle the upgrade event", nil},
	}
	for _, tt := range tests {
		got := slices.Sorted(maps.Keys(MovedTerms(tt.q, analyser(a))))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("moved terms of %q (-want +got):\n%s", tt.q, diff)
		}
	}
}

// upgradeBook is a small reference where the verb of a reader's upgrade
// finds the 'upgrade' event, as it did for the ::1 questions of Node.js.
func upgradeBook() fstest.MapFS {
	sections := `<h3 id="event-upgrade">Event: <code>'upgrade'</code></h3>
<p>Emitted each time a client requests an HTTP upgrade. Listening to this event is optional.</p>
<h3 id="setdefaultresultorder"><code>dns.setDefaultResultOrder(order)</code></h3>
<p>Set the default order of lookup results: ipv4first returns IPv4 addresses first.</p>
`
	for _, f := range []string{"lookup", "resolve", "reverse", "getServers", "setServers", "resolveAny"} {
		sections += `<h3 id="` + f + `"><code>dns.` + f + `()</code></h3>
<p>Calls ` + f + ` for the process.</p>
`
	}
	return fstest.MapFS{
		"dns.html": {Data: []byte(`<html><head><title>DNS | Docs</title></head><body><h1>DNS</h1>
<h2 id="dns">DNS</h2><p>Name resolution.</p>
` + sections + `</body></html>`)},
	}
}

func TestSearchSetsUpgradeAside(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, upgradeBook())
	// The reader's upgrade finds nothing: the event matches no other word.
	hits := ids(search(t, ix, "after upgrading to node 18 my lookups return ipv6 addresses first", 3))
	if len(hits) == 0 || hits[0] != "dns#setdefaultresultorder" || slices.Contains(hits, "dns#event-upgrade") {
		t.Errorf("hits %v: want dns#setdefaultresultorder first and no dns#event-upgrade", hits)
	}
	// A question of the upgrade alone searches it.
	if hits := ids(search(t, ix, "after upgrading?", 3)); len(hits) == 0 || hits[0] != "dns#event-upgrade" {
		t.Errorf("hits %v: want dns#event-upgrade first", hits)
	}
	// Asked about, the upgrade leads.
	if hits := ids(search(t, ix, "what does the upgrade event do", 3)); len(hits) == 0 || hits[0] != "dns#event-upgrade" {
		t.Errorf("hits %v: want dns#event-upgrade first", hits)
	}
}
