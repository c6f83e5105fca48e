package search

import (
	"maps"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestAsideTerms(t *testing.T) {
	a := testAnalyzer(t)
	tests := []struct {
		q    string
		want []string
	}{
		{"can node restart itself when i edit files, without installing nodemon?", []string{"instal", "nodemon"}},
		{"my script exits with code 13 and no stack trace, what does exit code 13 mean", []string{"stack", "trace"}},
		// A term the question writes outside the clause too is its own.
		{"can i ship my node app as one binary for machines without node installed", []string{"instal"}},
		// The clause ends at a bracket, a full stop, a dash between spaces.
		{"carry a request id without passing it everywhere (thread-local style)", []string{"everywher", "pass"}},
		{"no jest. how do i mock a timer", []string{"jest"}},
		{"without jest -- how do i mock a timer", []string{"jest"}},
		{"without jest — how do i mock a timer", []string{"jest"}},
		// Words holding an opener open nothing.
		{"nothing happens when i run it, do you know why", nil},
		{"withouttrace and notrace flags", nil},
		{"does --no-deprecation hide every warning", nil},
		{"is node_modules/no-op safe to delete", nil},
		{"how do i mock a timer", nil},
	}
	for _, tt := range tests {
		got := slices.Sorted(maps.Keys(asideTerms(a, tt.q)))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("asideTerms(%q) (-want +got):\n%s", tt.q, diff)
		}
	}
}

// asideBook is a small reference (most sections are API members) where
// "installing" finds the wrong entry, as Build with a pre-installed ICU
// did for "without installing nodemon".
func asideBook(members bool) fstest.MapFS {
	h := func(member, prose string) string {
		if members {
			return member
		}
		return prose
	}
	sections := `<h3 id="watch">` + h(`<code>--watch</code>`, `Watch mode`) + `</h3>
<p>Starts Node.js in watch mode: the process restarts when a watched file changes.</p>
<h3 id="icu">` + h(`<code>--icu-data-dir=dir</code>`, `ICU data`) + `</h3>
<p>Build with a pre-installed ICU: installing Node.js reads the ICU files.</p>
`
	for _, f := range []string{"inspect", "trace-warnings", "zero-fill-buffers", "no-deprecation", "title", "test"} {
		sections += `<h3 id="` + f + `">` + h(`<code>--`+f+`</code>`, `The `+f+` option`) + `</h3>
<p>Sets ` + f + ` for the process.</p>
`
	}
	return fstest.MapFS{
		"cli.html": {Data: []byte(`<html><head><title>Command-line API | Docs</title></head><body><h1>Command-line API</h1>
<h2 id="options">Options</h2><p>Flags the node binary takes.</p>
` + sections + `</body></html>`)},
	}
}

func TestSearchSetsAsideInReference(t *testing.T) {
	const q = "can node restart itself when i edit files, without installing nodemon?"
	for _, tt := range []struct {
		name    string
		members bool
		want    string
	}{
		{"a reference", true, "cli#watch"},
		// A book of prose weighs every word as before: "installing" leads.
		{"prose", false, "cli#icu"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ix := openIndex(t, t.TempDir(), Options{})
			refresh(t, ix, asideBook(tt.members))
			hits := ids(search(t, ix, q, 3))
			if len(hits) == 0 || hits[0] != tt.want {
				t.Errorf("hits %v: want %s first", hits, tt.want)
			}
		})
	}
}
