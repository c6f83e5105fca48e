package book

import (
	"slices"
	"testing"
)

// TestCitedBy: a paragraph of a page that links to a section of the same
// page is that section's citation, in its own words; a table of contents'
// entry, a heading's own anchor, a bare "See x", a link inside the target
// section and a link to another page are not.
func TestCitedBy(t *testing.T) {
	page := `<html><head><title>OS | Docs</title></head><body>
<details id="toc"><summary>Table of contents</summary><ul><li><a href="#oscpus">os.cpus()</a> returns one entry for each logical CPU core of the machine</li></ul></details>
<h1>OS</h1><p>The os module gives operating system facts.</p>
<h2 id="oscpus"><code>os.cpus()</code> <a class="mark" href="#oscpus">#</a></h2>
<p>Returns an array of objects with information about each logical CPU core.</p>
<p>os.cpus().length should not be used to calculate the amount of parallelism available to an application. Use <a href="#osavailableparallelism">os.availableParallelism()</a> for this purpose.</p>
<p>See <a href="#osavailableparallelism">os.availableParallelism()</a>.</p>
<p>Ask <a href="other.html#osavailableparallelism">the other page</a> about containers and virtual machines too.</p>
<h2 id="osavailableparallelism"><code>os.availableParallelism()</code></h2>
<p>Returns an estimate of the default amount of parallelism a program should use. Like <a href="os.html#osavailableparallelism">this function</a> says in its own words here.</p>
<p>It wraps <a href="os.html#oscpus">os.cpus()</a>, which lists every core the machine has.</p>
</body></html>`
	ch := Chapter{File: "os.html"}
	if err := parseHTML(&ch, []byte(page)); err != nil {
		t.Fatal(err)
	}
	cited := map[string][]string{}
	for _, s := range ch.Sections {
		cited[s.Anchor] = s.Cited
	}
	want := []string{"os.cpus().length should not be used to calculate the amount of parallelism available to an application. Use os.availableParallelism() for this purpose."}
	if got := cited["osavailableparallelism"]; !slices.Equal(got, want) {
		t.Errorf("os.availableParallelism cited by %q, want %q", got, want)
	}
	want = []string{"It wraps os.cpus(), which lists every core the machine has."}
	if got := cited["oscpus"]; !slices.Equal(got, want) {
		t.Errorf("os.cpus cited by %q, want %q", got, want)
	}
}

// TestCitedByMarkdown: only HTML pages collect citations.
func TestCitedByMarkdown(t *testing.T) {
	ch, err := Parse("os.md", []byte("# OS\n\n## cpus\n\nSee [parallelism](#parallelism) to size a pool of workers well.\n\n## parallelism\n\nAn estimate.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range ch.Sections {
		if len(s.Cited) > 0 {
			t.Errorf("%s cited by %q in Markdown", s.ID, s.Cited)
		}
	}
}
