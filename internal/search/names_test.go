package search

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestHeadingNames(t *testing.T) {
	tests := []struct {
		heading string
		want    []string
	}{
		{"fs.watch(filename[, options][, listener])", []string{"fs.watch"}},
		{"server.close([callback])", []string{"server.close"}},
		{"setTimeout(callback[, delay[, ...args]])", []string{"settimeout"}},
		{"os.EOL", []string{"os.eol"}},
		{"readable.readableHighWaterMark", []string{"readable.readablehighwatermark"}},
		{"Class: stream.Readable", []string{"stream.readable"}},
		{"Class: Cipher", []string{"cipher"}},
		{"Static method: Buffer.alloc(size[, fill[, encoding]])", []string{"buffer.alloc"}},
		{"new URL(input[, base])", []string{"url"}},
		{"Buffer.from(), Buffer.alloc(), and Buffer.allocUnsafe()", []string{"buffer.from", "buffer.alloc", "buffer.allocunsafe"}},
		{"napi_create_reference", []string{"napi_create_reference"}},
		{"--trace-warnings", []string{"--trace-warnings"}},
		{`-p, --print "script"`, []string{"-p", "--print"}},
		{"--max-old-space-size=SIZE (in megabytes)", []string{"--max-old-space-size"}},
		// Prose, a word, a deprecation, an event: no API name of its own.
		{"Consuming readable streams with async iterators", nil},
		{"Constants", nil},
		{"Util", nil},
		{"DEP0116: Legacy URL API", nil},
		{"Event: 'error'", nil},
		// A name that words follow opens a heading of prose: a story or
		// a topic, not an entry.
		{"GitHub announces its GraphQL API", nil},
		{"GraphQL Foundation", nil},
		{"io.js fork", nil},
		{"dotCloud is founded", nil},
		{"OpenSSL options", nil},
		{"maxBuffer and Unicode", nil},
		{"URLSearchParams", []string{"urlsearchparams"}},
		{"Class: EventEmitter", []string{"eventemitter"}},
		{"EventEmitter(options)", []string{"eventemitter"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := headingNames(tt.heading); !slices.Equal(got, tt.want) {
			t.Errorf("headingNames(%q) = %q, want %q", tt.heading, got, tt.want)
		}
	}
}

func TestQueryNames(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		{"does fs.watch recursive work on linux?", []string{"fs.watch"}},
		{"server.close() never calls back", []string{"server.close"}},
		{"`os.availableParallelism()` vs `os.cpus().length`", []string{"os.availableparallelism", "os.cpus"}},
		{"can i fake setTimeout in node:test", []string{"settimeout"}},
		{"why does require() cache", nil},
		{"fs.readFile(path)", []string{"fs.readfile"}},
		{"is `node --watch` a replacement for nodemon", []string{"--watch"}},
		{"node -e vs node -p?", []string{"-e", "-p"}},
		// Files, hosts, plain words, a method without its object, a range.
		{"the file is utils.js and package.json", nil},
		{"getaddrinfo ENOTFOUND api.internal.local", nil},
		{"why is Node.js slow", nil},
		{"chaining .pipe() into gzip", nil},
		{"ERR_ASSERTION and TypeError", nil},
		{"aes-256-gcm with rm -rf", []string{"-rf"}},
	}
	for _, tt := range tests {
		if got := queryNames(tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("queryNames(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// TestNamedMemberFirst: a question that writes a member's name finds the
// member's own section before sections that use its words more often.
func TestNamedMemberFirst(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, fstest.MapFS{"http.html": {Data: []byte(httpPage())}})
	checkNamedMember(t, ix)
}

// TestNamedMemberCarried: a chapter that a bulk build reads back from the
// generation before keeps its names, and so does one an update of a copy
// indexes again.
func TestNamedMemberCarried(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	book := fstest.MapFS{
		"http.html": {Data: []byte(httpPage())},
		"a.md":      {Data: []byte("# A\n\nOne.\n")},
		"b.md":      {Data: []byte("# B\n\nTwo.\n")},
	}
	refresh(t, ix, book)
	book["a.md"] = &fstest.MapFile{Data: []byte("# A\n\nOne again.\n")}
	book["b.md"] = &fstest.MapFile{Data: []byte("# B\n\nTwo again.\n")}
	refresh(t, ix, book)
	checkNamedMember(t, ix)
	// An update of a copy, the page itself put again.
	book["http.html"] = &fstest.MapFile{Data: []byte(httpPage() + "\n")}
	refresh(t, ix, book)
	checkNamedMember(t, ix)
}

// httpPage is a reference page of members whose words its questions share.
func httpPage() string {
	var members strings.Builder // other members, as a reference page has them
	for _, m := range []string{"listen", "address", "ref", "unref", "setTimeout", "getConnections", "maxHeadersCount", "headersTimeout", "requestTimeout", "timeout"} {
		fmt.Fprintf(&members, "<h3 id=%q><code>server.%s()</code></h3><p>The %s member of a server.</p>\n", strings.ToLower(m), m, m)
	}
	page := `<html><head><title>HTTP | Docs</title></head><body>
<h2 id="http">HTTP</h2><p>The http module serves requests.</p>` + members.String() + `
<h3 id="serverkeepalivetimeout"><code>server.keepAliveTimeout</code></h3><p>The server closes an idle socket after this many milliseconds.</p>
<h3 id="agentdestroy"><code>agent.destroy()</code></h3><p>Destroys the sockets the agent keeps open for a server.</p>
<h3 id="serverclose"><code>server.close([callback])</code></h3><p>Stops accepting new connections.</p>
<h3 id="trace"><code>--trace-deprecation</code></h3><p>Prints a stack trace for warnings on deprecations, where each warning comes from.</p>
<h3 id="tracewarnings"><code>--trace-warnings</code></h3><p>Prints stack traces for process warnings.</p>
</body></html>`
	return page
}

func checkNamedMember(t *testing.T, ix *Index) {
	t.Helper()
	for q, want := range map[string]string{
		"why does server.close() never call back":                           "http#serverclose",
		"which flag (`--trace-warnings`?) shows where a warning comes from": "http#tracewarnings",
	} {
		if hits := search(t, ix, q, 3); len(hits) == 0 || hits[0].ID != want {
			t.Errorf("Search(%q) = %v, want %s first", q, ids(hits), want)
		}
	}
}
