package search

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// xcitePages is a module page whose two sections match a question alike,
// and a page that links to one of them (link) in the question's words.
func xcitePages(link string) fstest.MapFS {
	module := `<html><head><title>Modules | Docs</title></head><body>
<h1>Modules</h1><p>Facts about modules.</p>
<h2 id="createrequire"><code>module.createRequire()</code></h2><p>Returns a function for a module.</p>
<h2 id="register"><code>module.register()</code></h2><p>Returns a function for a module.</p>
</body></html>`
	esm := `<html><head><title>ES modules | Docs</title></head><body>
<h1>ES modules</h1><p>Imports and exports.</p>
<h2 id="interop">Interoperability</h2><p>To load a CommonJS package from an ES module, construct a require function with <a href="module.html#` + link + `">this</a>.</p>
</body></html>`
	return fstest.MapFS{"module.html": {Data: []byte(module)}, "esm.html": {Data: []byte(esm)}}
}

// TestCitedAcrossPages: of two sections whose own text matches a
// question alike, the one a paragraph of ANOTHER page links to in the
// question's words ranks first. When only the linking page changes to
// link to the other section, a refresh re-reads that page alone and the
// order follows; a bulk build carries the citations.
func TestCitedAcrossPages(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	fsys := xcitePages("createrequire")
	check := func(when, first, second string) {
		t.Helper()
		hits := ids(search(t, ix, "require function for a module to load a CommonJS package", 5))
		a, b := slices.Index(hits, first), slices.Index(hits, second)
		if a < 0 || b >= 0 && b < a {
			t.Errorf("%s: hits %v: want %s above %s", when, hits, first, second)
		}
	}
	refresh(t, ix, fsys)
	check("built", "module#createrequire", "module#register")

	fsys["esm.html"] = xcitePages("register")["esm.html"]
	_, changed, err := applyFS(context.Background(), ix, fsys, nil)
	if err != nil {
		t.Fatal(err)
	}
	if changed != 1 {
		t.Errorf("refresh after the linking page changed re-read %d files, want 1", changed)
	}
	check("source changed", "module#register", "module#createrequire")

	// Three new files of five: a bulk build, which carries esm.html's
	// citation documents from the generation before.
	for _, f := range []string{"a.md", "b.md", "c.md"} {
		fsys[f] = &fstest.MapFile{Data: []byte("# " + f + "\n\nRivers carry stones.\n")}
	}
	refresh(t, ix, fsys)
	check("carried", "module#register", "module#createrequire")

	// The linking page gone, its citations go with it: the sections tie
	// again and rank by ID.
	delete(fsys, "esm.html")
	refresh(t, ix, fsys)
	check("source removed", "module#createrequire", "module#register")
}

// TestCitedAcrossPagesFinds: a section whose own words do not match a
// question at all is found by the words of the paragraph of another page
// that links to it, and is gone when that paragraph is.
func TestCitedAcrossPagesFinds(t *testing.T) {
	loaders := `<html><head><title>Loaders | Docs</title></head><body>
<h1>Loaders</h1><p>Facts about loaders.</p>
<h2 id="make"><code>loader.make()</code></h2><p>Returns a function.</p>
<h2 id="other"><code>loader.other()</code></h2><p>Returns a number.</p>
</body></html>`
	esm := `<html><head><title>ES modules | Docs</title></head><body>
<h1>ES modules</h1><p>Imports and exports.</p>
<h2 id="interop">Interoperability</h2><p>To load a CommonJS package from an ES module, construct a require function with <a href="loaders.html#make">this</a>.</p>
</body></html>`
	ix := openIndex(t, t.TempDir(), Options{})
	fsys := fstest.MapFS{"loaders.html": {Data: []byte(loaders)}, "esm.html": {Data: []byte(esm)}}
	found := func() bool {
		return slices.Contains(ids(search(t, ix, "load a CommonJS package from an ES module", 5)), "loaders#make")
	}
	refresh(t, ix, fsys)
	if !found() {
		t.Errorf("loaders#make not found by the paragraph of esm.html that links to it")
	}
	fsys["esm.html"] = &fstest.MapFile{Data: []byte(strings.Replace(esm, `<a href="loaders.html#make">this</a>`, "this", 1))}
	refresh(t, ix, fsys)
	if found() {
		t.Errorf("loaders#make found once esm.html no longer links to it")
	}
}
