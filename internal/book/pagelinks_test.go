package book

import (
	"slices"
	"testing"
)

func TestLinkTarget(t *testing.T) {
	for _, tc := range []struct {
		file, href, want string
	}{
		{"process.html", "tty.html#tty", "tty#tty"},
		{"process.html", "tty.html", "tty"},
		{"api/process.html", "tty.htm#writestreamistty", "api/tty#writestreamistty"},
		{"api/process.html", "../guide/start.html#install", "guide/start#install"},
		{"process.html", "TTY.HTML#tty", "TTY#tty"},
		{"process.html", "#processstdout", ""},                      // the same page: citedBy's
		{"process.html", "process.html#processstdout", ""},          // the same page by name
		{"process.html", "https://nodejs.org/api/tty.html#tty", ""}, // another site
		{"process.html", "mailto:someone@example.com", ""},
		{"process.html", "/api/tty.html", ""}, // from the site's root, which the book need not be
		{"process.html", "../tty.html", ""},   // above the content directory
		{"process.html", "tty.md#tty", ""},    // no HTML page
		{"process.html", "tty.html?v=18#tty", ""},
		{"process.html", "", ""},
	} {
		got, ok := linkTarget(tc.file, tc.href)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("linkTarget(%q, %q) = %q, %v; want %q", tc.file, tc.href, got, ok, tc.want)
		}
	}
}

// TestParseHTMLLinks: each section keeps the sections of other pages its
// text links to, once each and in order; links within the page, to other
// sites and in the heading's own mark are not kept.
func TestParseHTMLLinks(t *testing.T) {
	page := `<html><head><title>Process | Docs</title></head><body>
<h1>Process</h1><p>The process object. See <a href="#processstdout">process.stdout</a>.</p>
<h2 id="processstdout"><code>process.stdout</code> <a class="mark" href="#processstdout">#</a></h2>
<p>To check if a stream is connected to a <a href="tty.html#tty">TTY</a> context, check the isTTY property.</p>
<p>Like <a href="console.html#consolelogdata-args">console.log()</a>, it writes. See the <a href="tty.html#tty">TTY</a> documentation and <a href="https://example.com/x.html">elsewhere</a>.</p>
<h2 id="processexit"><code>process.exit()</code></h2><p>Ends the process.</p>
</body></html>`
	ch := Chapter{File: "process.html"}
	if err := parseHTML(&ch, []byte(page)); err != nil {
		t.Fatal(err)
	}
	links := map[string][]string{}
	for _, s := range ch.Sections {
		links[s.Anchor] = s.Links
	}
	if got, want := links["processstdout"], []string{"tty#tty", "console#consolelogdata-args"}; !slices.Equal(got, want) {
		t.Errorf("process.stdout links %q, want %q", got, want)
	}
	for _, a := range []string{"", "process", "processexit"} {
		if got := links[a]; got != nil {
			t.Errorf("section %q links %q, want none", a, got)
		}
	}
}
