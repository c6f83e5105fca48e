package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestCitedRanks: of two sections whose own text matches a question
// alike, the one that another section of its page links to in the
// question's words ranks first: the page's words for it count.
func TestCitedRanks(t *testing.T) {
	page := `<html><head><title>OS | Docs</title></head><body>
<h1>OS</h1><p>Facts about the machine.</p>
<h2 id="notes">Notes</h2><p>Inside a container, size a worker pool with <a href="#osavailableparallelism">os.availableParallelism()</a>, not with the number of cores.</p>
<h2 id="oscpus"><code>os.cpus()</code></h2><p>Returns an estimate for the machine.</p>
<h2 id="osavailableparallelism"><code>os.availableParallelism()</code></h2><p>Returns an estimate for a program.</p>
</body></html>`
	ix := openIndex(t, t.TempDir(), Options{})
	fsys := fstest.MapFS{"os.html": {Data: []byte(page)}}
	check := func(when string) {
		t.Helper()
		hits := ids(search(t, ix, "estimate for a worker pool in a container", 5))
		par, cpus := slices.Index(hits, "os#osavailableparallelism"), slices.Index(hits, "os#oscpus")
		if par < 0 || cpus >= 0 && cpus < par {
			t.Errorf("%s: hits %v: want os#osavailableparallelism above os#oscpus", when, hits)
		}
	}
	refresh(t, ix, fsys)
	check("built")
	// Three new files of four: a bulk build, which carries os.html's
	// passages, citations included, from the generation before.
	for _, f := range []string{"a.md", "b.md", "c.md"} {
		fsys[f] = &fstest.MapFile{Data: []byte("# " + f + "\n\nRivers carry stones.\n")}
	}
	refresh(t, ix, fsys)
	check("carried")
}

// TestHasCited: a book none of whose pages links within itself has no
// citations to search, and one with such a link has.
func TestHasCited(t *testing.T) {
	for _, tc := range []struct {
		name string
		fsys fstest.MapFS
		want bool
	}{
		{"markdown", fstest.MapFS{"a.md": {Data: []byte("# A\n\n## One\n\nRivers carry stones to the sea.\n")}}, false},
		{"html linking within", fstest.MapFS{"os.html": {Data: []byte(`<html><body><h1>OS</h1>
<h2 id="notes">Notes</h2><p>Size a worker pool with <a href="#par">the parallelism call</a>, not with the cores.</p>
<h2 id="par">Parallelism</h2><p>Returns an estimate.</p></body></html>`)}}, true},
	} {
		ix := openIndex(t, t.TempDir(), Options{})
		refresh(t, ix, tc.fsys)
		g, err := ix.acquire()
		if err != nil {
			t.Fatal(err)
		}
		got := g.hasCited()
		g.refs.Done()
		if got != tc.want {
			t.Errorf("%s: hasCited %v, want %v", tc.name, got, tc.want)
		}
	}
}

// BenchmarkSearchCited times searches of a reference whose pages link
// to their own sections, so that every question runs the citations'
// search as well (BenchmarkSearch's Markdown book has none).
func BenchmarkSearchCited(b *testing.B) {
	words := []string{"buffer", "stream", "socket", "timer", "worker", "signal", "digest", "cipher", "module", "path"}
	fsys := fstest.MapFS{}
	for p := range 20 {
		var page strings.Builder
		fmt.Fprintf(&page, "<html><body><h1>Page %d</h1><h2 id=\"notes\">Notes</h2><p>", p)
		for s, w := range words {
			fmt.Fprintf(&page, "To size a %s pool, see <a href=\"#m%d\">the %s call</a>. ", w, s, words[(s+p)%len(words)])
		}
		page.WriteString("</p>")
		for s, w := range words {
			fmt.Fprintf(&page, "<h2 id=\"m%d\"><code>page%d.%s%d()</code></h2><p>Returns an estimate of the %s for page %d and a %s.</p>", s, p, w, s, w, p, words[(s+3)%len(words)])
		}
		page.WriteString("</body></html>")
		fsys[fmt.Sprintf("page%d.html", p)] = &fstest.MapFile{Data: []byte(page.String())}
	}
	ix := openIndex(b, b.TempDir(), Options{})
	refresh(b, ix, fsys)
	queries := make([]string, 0, len(words))
	for i, w := range words {
		queries = append(queries, "how do i size a "+w+" pool estimate for the "+words[(i+1)%len(words)])
	}
	reportLatencies(b, ix, queries)
}
