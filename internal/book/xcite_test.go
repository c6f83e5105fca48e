package book

import (
	"slices"
	"testing"
)

// TestCitesOut: a paragraph that links to a section of another page of
// the book is a citation of that section, named by the ID Parse gives it;
// a table of contents' entry, a bare "See x", a link to another site or
// outside the book, and a link to the page itself are not.
func TestCitesOut(t *testing.T) {
	page := `<html><head><title>ESM | Docs</title></head><body>
<details id="toc"><ul><li><a href="module.html#modulecreaterequire">module.createRequire()</a> makes a require function for an ES module</li></ul></details>
<h1>ES modules</h1>
<h2 id="interop">Interoperability</h2>
<p>A require function can be constructed within an ES module using <a href="module.html#modulecreaterequire">module.createRequire()</a>.</p>
<p>It is the same <a href="module.html#modulecreaterequire">module.createRequire()</a> that loads the addons of the <a href="../guide/addons#loading">guide to native addons</a> too.</p>
<p>See <a href="module.html#modulebuiltinmodules">module.builtinModules</a>.</p>
<p>The <a href="https://tc39.es/ecma262/#sec-modules">specification of modules</a> says how imports link before they run.</p>
<p>The old <a href="../../outside.html#x">page outside the book</a> says how imports once worked in old versions.</p>
<p>This page's <a href="esm.html#interop">own section on interop</a> is no other page's section at all.</p>
</body></html>`
	ch := Chapter{File: "api/esm.html"}
	if err := parseHTML(&ch, []byte(page)); err != nil {
		t.Fatal(err)
	}
	want := []Cite{
		{To: "api/module#modulecreaterequire", Text: "A require function can be constructed within an ES module using module.createRequire()."},
		{To: "api/module#modulecreaterequire", Text: "It is the same module.createRequire() that loads the addons of the guide to native addons too."},
		{To: "guide/addons#loading", Text: "It is the same module.createRequire() that loads the addons of the guide to native addons too."},
	}
	if !slices.Equal(ch.Cites, want) {
		t.Errorf("Cites = %q,\nwant %q", ch.Cites, want)
	}
}

// TestCitesOutMarkdown: only HTML pages collect citations of other pages.
func TestCitesOutMarkdown(t *testing.T) {
	ch, err := Parse("esm.md", []byte("# ESM\n\nA require function is made with [createRequire](module.md#createrequire) in a module.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(ch.Cites) > 0 {
		t.Errorf("Cites = %q in Markdown", ch.Cites)
	}
}
