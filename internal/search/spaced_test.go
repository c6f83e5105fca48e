package search

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestSpacedPairs(t *testing.T) {
	tests := []struct {
		q    string
		want [][2]string
	}{
		{"how do i get IPv4 first again", [][2]string{{"how", "do"}, {"get", "ipv4"}, {"ipv4", "first"}, {"first", "again"}}},
		// Punctuation may open a pair and close it, not stand inside it.
		{"'keep alive' timeout?", [][2]string{{"keep", "alive"}}},
		{"first, again", nil},
		{"(read line)", [][2]string{{"read", "line"}}},
		// One letter, a number, an address: nothing to join.
		{"a sync call", [][2]string{{"sync", "call"}}},
		{"node 18 on 127.0.0.1", nil},
		// Two words in capitals are pasted output.
		{"FATAL ERROR: Reached heap limit", [][2]string{{"reached", "heap"}, {"heap", "limit"}}},
	}
	for _, tt := range tests {
		got := SpacedPairs(tt.q)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("SpacedPairs(%q) (-want +got):\n%s", tt.q, diff)
		}
	}
}

func TestHoldsWord(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"order <string> must be 'ipv4first' or 'verbatim'.", "ipv4first", true},
		{"ipv4first: sets default verbatim false.", "ipv4first", true},
		{"before the first keepalive probe is sent", "keepalive", true},
		{"on libuv's threadpool.", "threadpool", true},
		{"set using http2server.setTimeout().", "http2server", false},
		{"node --heapsnapshot-signal=SIGUSR2 index.js", "heapsnapshot", false},
		{"Wrote snapshot to Heap.0.001.heapsnapshot", "heapsnapshot", false},
		{"A readable and/or writable stream/webstream.", "webstream", false},
		{"new FatalError() and keepAlive", "fatalerror", false},
		{"the ipv4firstly word", "ipv4first", false},
	}
	for _, tt := range tests {
		if got := holdsWord(tt.text, tt.word); got != tt.want {
			t.Errorf("holdsWord(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

// spacedBook is a small reference (most sections are API members) whose
// value ipv4first a reader writes as "ipv4 first", while another member
// writes ipv4 and first apart, and a class and a code name join two other
// words of a question.
func spacedBook(members bool) fstest.MapFS {
	h := func(member, prose string) string {
		if members {
			return member
		}
		return prose
	}
	sections := `<h3 id="setdefaultresultorder">` + h(`<code>dns.setDefaultResultOrder(order)</code>`, `Result order`) + `</h3>
<p>order &lt;string&gt; must be 'ipv4first' or 'verbatim'. ipv4first: sets default verbatim false.</p>
<h3 id="setlocaladdress">` + h(`<code>resolver.setLocalAddress(address)</code>`, `Local address`) + `</h3>
<p>The resolver binds the ipv4 address first, then the ipv6 one.</p>
<h3 id="fatal">` + h(`<code>new FatalError()</code>`, `Fatal errors`) + `</h3>
<p>A FatalError ends the process.</p>
<h3 id="settimeout">` + h(`<code>http2server.setTimeout()</code>`, `Server timeouts`) + `</h3>
<p>Set using http2server.setTimeout() on the server.</p>
`
	for _, f := range []string{"lookup", "resolve", "reverse", "getservers", "setservers", "resolve4"} {
		sections += `<h3 id="` + f + `">` + h(`<code>dns.`+f+`()</code>`, `The `+f+` call`) + `</h3>
<p>Calls ` + f + ` for the host.</p>
`
	}
	return fstest.MapFS{
		"dns.html": {Data: []byte(`<html><head><title>DNS | Docs</title></head><body><h1>DNS</h1>
<h2 id="api">API</h2><p>Name resolution.</p>
` + sections + `</body></html>`)},
	}
}

func TestSpacedTerms(t *testing.T) {
	tests := []struct {
		name    string
		members bool
		q       string
		want    map[string][]string
	}{
		{"a value", true, "how do i get ipv4 first again", map[string][]string{"ipv4": {"ipv4first"}, "first": {"ipv4first"}}},
		// A class or a code name is no word the book writes.
		{"a class", true, "a fatal error ends it", nil},
		{"a code name", true, "minimal http2 server example", nil},
		// The reader's own word is searched as it is.
		{"written whole", true, "ipv4first or ipv4 first", nil},
		// A book of prose writes both spellings.
		{"prose", false, "how do i get ipv4 first again", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := openIndex(t, t.TempDir(), Options{})
			refresh(t, ix, spacedBook(tt.members))
			g, err := ix.acquire()
			if err != nil {
				t.Fatal(err)
			}
			defer g.refs.Done()
			got, err := g.spacedTerms(context.Background(), ix.analyzer, tt.q, ix.Terms(tt.q))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("spacedTerms(%q) (-want +got):\n%s", tt.q, diff)
			}
		})
	}
}

// TestSearchFindsSpacedWords: the member that writes ipv4first leads for
// "ipv4 first", above the one that writes the reader's words apart.
func TestSearchFindsSpacedWords(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, spacedBook(true))
	hits := ids(search(t, ix, "how do i get ipv4 first again", 3))
	if len(hits) == 0 || !strings.HasSuffix(hits[0], "#setdefaultresultorder") {
		t.Errorf("hits %v: want dns#setdefaultresultorder first", hits)
	}
}
