package answer

import (
	"maps"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/internal/search"
)

// apiBook documents frame handlers and an AsyncLocalStorage class, and
// writes the event loop as two words.
var apiBook = fstest.MapFS{
	"frames.md": {Data: []byte(`# Frames

## Frame handlers

A handler that runs on every frame in the browser should throttle its work, or the event loop falls behind.

## AsyncLocalStorage

The AsyncLocalStorage class keeps a store available to every callback of a request in the browser.
`)},
}

func TestUnwrittenAPIName(t *testing.T) {
	e := New(bookIndex(t, apiBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// Every other word is the book's: the API name it never writes is
		// what the question asks about.
		{"how do i throttle a frame handler with requestAnimationFrame in the browser?", false},
		{"how do i throttle a frame handler with window.requestAnimationFrame in the browser?", false},
		// localStorage only inside AsyncLocalStorage is another name.
		{"is localStorage available to every callback in the browser?", false},
		{"should a frame handler throttle its work with max_frames in the browser?", false},
		// Written as the book's words in a row, it is the book's.
		{"does a frame handler in the browser make the eventLoop fall behind?", true},
		// The book's own name, and the reader's code in backticks.
		{"is the AsyncLocalStorage store available to every callback in the browser?", true},
		{"how do i throttle a frame handler with `requestAnimationFrame` in the browser?", true},
		// A name it compares with is not what it asks about.
		{"how do i throttle a frame handler in the browser, like requestAnimationFrame does?", true},
		// Nor is one the reader pasted, but the name an error line reports
		// is what it is about.
		{"ReferenceError: localStorage is not defined, is the store available to every callback in the browser?", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestAPINames(t *testing.T) {
	r := stubTerms{}
	c := coverage{english: englishWeights(), technical: technicalWeights(), russian: russianWeights}
	tests := []struct {
		q    string
		want []string
	}{
		{"use window.requestAnimationFrame or localStorage?", []string{"requestanimationframe", "localstorage"}},
		{"navigator.geolocation in chrome", []string{"geolocation"}},
		{"what's os.cpus().length and max_connections", []string{"cpus", "max_connections"}},
		// Files, hosts, abbreviations, capitals and a science's short
		// mixed-case names are no API names; nor is code in backticks.
		{"my tsconfig.json, next.js and api.example.com", nil},
		{"e.g. miR7a, dLNs, polI, aPKCz and cRCT in mM", nil},
		{"EventEmitter or `useMemo`", nil},
		{"at ConnPool.onidleconnx (pool.js:3:9)", nil},
		// Nor is a stack frame written inline, where the error was thrown.
		{"read ECONNRESET at TLSWrap.onStreamRead (node:internal/x:217:20), why", nil},
		{"`Error: read ECONNRESET` at TCP.onStreamRead every time", nil},
		{"at startup, is TCP.onStreamRead documented", []string{"onstreamread"}},
		// Nor is what a call the reader ran with a literal calls.
		{"toLocaleDateString('es') gives english names", nil},
		{`process.on("exit", async () => { await flushLogs() }) never ends, unlike localStorage`, []string{"localstorage"}},
		{"does requestAnimationFrame() run", []string{"requestanimationframe"}},
	}
	for _, tt := range tests {
		got := slices.Sorted(maps.Values(c.apiNames(r, tt.q)))
		want := slices.Sorted(slices.Values(tt.want))
		if !slices.Equal(got, want) {
			t.Errorf("apiNames(%q) = %q, want %q", tt.q, got, want)
		}
	}
}

// stubTerms analyses text as the index does, with nothing else.
type stubTerms struct{ Retriever }

func (stubTerms) Terms(text string) []string { return search.Terms(text) }
