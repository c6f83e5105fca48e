package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestDefinedCodes(t *testing.T) {
	text := "This is a list of system errors.\n\n" +
		"- EACCES (Permission denied): An attempt was made to access a file.\n" +
		"- ECONNRESET (Connection reset by peer): A connection was forcibly closed.\n" +
		"- NODE_REPL_HISTORY: When a valid path is given, history is saved there.\n" +
		"- encoding <string> Default: 'utf8'\n" +
		"- Ok (a word): not a code.\n" +
		"A line on ECONNRESET (in prose) defines nothing."
	got := definedCodes("Common system errors", text)
	want := []string{"eacces", "econnreset", "node_repl_history"}
	if !slices.Equal(got, want) {
		t.Errorf("definedCodes = %q, want %q", got, want)
	}
	for heading, want := range map[string][]string{
		"ERR_REQUIRE_ESM":       {"err_require_esm"},
		"ABORT_ERR":             {"abort_err"},
		"NODE_DEBUG=module[,…]": nil,
		"URL":                   nil,
		"JSON modules":          nil,
	} {
		if got := definedCodes(heading, "- 'CERT_HAS_EXPIRED': Certificate has expired."); !slices.Equal(got, append(want, "cert_has_expired")) {
			t.Errorf("definedCodes(%q, ...) = %q, want %q and cert_has_expired", heading, got, want)
		}
	}
}

func TestQueryCodes(t *testing.T) {
	for q, want := range map[string][]string{
		"getting `Error: read ECONNRESET` from my client": {"econnreset"},
		"what does NODE_REPL_HISTORY do":                  {"node_repl_history"},
		"how do i read a file":                            nil,
		"is it OK to use":                                 nil,
	} {
		if got := queryCodes(q); !slices.Equal(got, want) {
			t.Errorf("queryCodes(%q) = %q, want %q", q, got, want)
		}
	}
}

// TestDefinedCodeFirst: a question pasting an error code finds the list
// that defines it, not the sections that share its other words and only
// mention the code.
func TestDefinedCodeFirst(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, fstest.MapFS{"errors.html": {Data: []byte(errorsPage())}})
	checkDefinedCode(t, ix)
}

// errorsPage is a page whose events mention a code that its list of
// system errors defines.
func errorsPage() string {
	var events strings.Builder // sections of the client's words that mention the code
	for i, e := range []string{"clientError", "close", "socket", "timeout"} {
		fmt.Fprintf(&events, "<h3 id=\"ev%d\">Event: '%s'</h3><p>Emitted by the http client in case of ECONNRESET errors.</p>\n", i, e)
	}
	return `<html><head><title>Docs</title></head><body>
<h2 id="http">HTTP</h2><p>The http module makes requests.</p>` + events.String() + `
<h2 id="common-system-errors">Common system errors</h2><p>This is a list of system errors commonly encountered when writing a program.</p>
<ul>
<li><p><code>EACCES</code> (Permission denied): An attempt was made to access a file in a way forbidden by its permissions.</p></li>
<li><p><code>EADDRINUSE</code> (Address already in use): An attempt to bind a server to a local address failed.</p></li>
<li><p><code>ECONNRESET</code> (Connection reset by peer): A connection was forcibly closed by a peer.</p></li>
<li><p><code>EEXIST</code> (File exists): An existing file was the target of an operation.</p></li>
</ul>
</body></html>`
}

func checkDefinedCode(t *testing.T, ix *Index) {
	t.Helper()
	q := "getting `Error: read ECONNRESET` from my http client every few minutes, what does that mean?"
	if hits := search(t, ix, q, 3); len(hits) == 0 || hits[0].ID != "errors#common-system-errors" {
		t.Errorf("Search(%q) = %v, want errors#common-system-errors first", q, ids(hits))
	}
}

// TestDefinedCodeCarried: a chapter that a bulk build reads back from the
// generation before keeps the codes it defines.
func TestDefinedCodeCarried(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	book := fstest.MapFS{
		"errors.html": {Data: []byte(errorsPage())},
		"a.md":        {Data: []byte("# A\n\nOne.\n")},
		"b.md":        {Data: []byte("# B\n\nTwo.\n")},
	}
	refresh(t, ix, book)
	book["a.md"] = &fstest.MapFile{Data: []byte("# A\n\nOne again.\n")}
	book["b.md"] = &fstest.MapFile{Data: []byte("# B\n\nTwo again.\n")}
	refresh(t, ix, book)
	checkDefinedCode(t, ix)
}
