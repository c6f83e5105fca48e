package search

import (
	"slices"
	"testing"
	"testing/fstest"
)

// TestLinkedOverviewRanks: the overview of a page that a matching
// section links to ranks among the hits though it shares no word with the
// question, also after a bulk build carried the linking pages; a member
// section linked to does not, nor a page linked to by its name alone
// (dgram.html: its intro is empty).
func TestLinkedOverviewRanks(t *testing.T) {
	fsys := fstest.MapFS{
		"process.html": {Data: []byte(`<html><head><title>Process | Docs</title></head><body><h1>Process</h1>
<h2 id="processstdout"><code>process.stdout</code></h2>
<p>Output written to a terminal is synchronous, output piped to another program is not.</p>
<p>To check if a stream is connected to a <a href="tty.html#tty">TTY</a> context, read
<a href="tty.html#writestreamcolumns">writeStream.columns</a> or see the <a href="tty.html">TTY page</a>.</p>
</body></html>`)},
		"tty.html": {Data: []byte(`<html><head><title>TTY | Docs</title></head><body>
<h2 id="tty">TTY</h2><p>The tty module provides the ReadStream and WriteStream classes; isTTY is true for them.</p>
<h2 id="writestreamcolumns"><code>writeStream.columns</code></h2><p>A number specifying the columns the device has.</p>
</body></html>`)},
		"zlib.html": {Data: []byte(`<html><head><title>Zlib | Docs</title></head><body>
<h2 id="zlib">Zlib</h2><p>Compression, for data piped through gzip.</p>
</body></html>`)},
		"net.html": {Data: []byte(`<html><head><title>Net | Docs</title></head><body>
<h2 id="net">Net</h2><p>Sockets.</p>
<h2 id="pipes">Pipes</h2><p>Output piped into a named pipe; see the <a href="dgram.html">datagram page</a>.</p>
</body></html>`)},
		"dgram.html": {Data: []byte(`<html><head><title>Dgram | Docs</title></head><body>
<h2 id="dgram">Dgram</h2><p>Datagram sockets.</p>
</body></html>`)},
	}
	ix := openIndex(t, t.TempDir(), Options{})
	check := func(when string) {
		t.Helper()
		hits := ids(search(t, ix, "is my output piped or going to a terminal", 10))
		if !slices.Contains(hits, "tty#tty") {
			t.Errorf("%s: hits %v: want tty#tty, linked from process.stdout", when, hits)
		}
		for _, id := range []string{"tty#writestreamcolumns", "dgram#dgram"} {
			if slices.Contains(hits, id) {
				t.Errorf("%s: hits %v: want no %s", when, hits, id)
			}
		}
	}
	refresh(t, ix, fsys)
	check("built")
	for _, f := range []string{"a.md", "b.md", "c.md", "d.md", "e.md", "f.md"} {
		fsys[f] = &fstest.MapFile{Data: []byte("# " + f + "\n\nRivers carry stones.\n")}
	}
	refresh(t, ix, fsys)
	check("carried")
}
