package answer

import (
	"testing"
	"testing/fstest"
)

// typesBook tells of TypeScript's versions and operators, not of satisfies.
var typesBook = fstest.MapFS{
	"ts.md": {Data: []byte(`# TypeScript

## Milestones

TypeScript 2.0 added strict null checks and the non-null assertion operator. TypeScript 4.1 added template literal types.
`)},
}

func TestNamedElements(t *testing.T) {
	e := New(bookIndex(t, typesBook), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// An operator the book never names.
		{"which typescript version added the satisfies operator", false},
		// One it names.
		{"which typescript version added the non-null assertion operator", true},
		// The same question without an element named.
		{"which typescript version added strict null checks", true},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestNamedElementsWords(t *testing.T) {
	e := New(bookIndex(t, typesBook), Options{})
	c, r := e.cov, e.r
	for q, want := range map[string]int{
		"which typescript version added the satisfies operator":  1,
		"when was python 3.10 released with the match statement": 1,
		"why can't I call useState inside an if statement?":      0,
		"which flag makes a rejection warn":                      0,
		"which cli flag makes a rejection warn":                  0,
		"зачем нужен keyword в маппинге":                         0,
	} {
		if got := len(c.namedElements(r, q)); got != want {
			t.Errorf("namedElements(%q) has %d terms, want %d", q, got, want)
		}
	}
}

// flagsBook tells of a command-line flag without ever writing "cli".
var flagsBook = fstest.MapFS{
	"cli.md": {Data: []byte(`# Command-line API

## --unhandled-rejections=mode

Using this flag changes what happens when an unhandled rejection occurs. The warn mode always triggers a warning, and the throw mode raises the rejection as an uncaught exception.
`)},
}

// A "cli flag" is any flag given on the command line: the chapter of
// flags answers without writing "cli".
func TestElementPlace(t *testing.T) {
	e := New(bookIndex(t, flagsBook), Options{})
	wantCovered(t, e, "which cli flag makes an unhandled rejection only warn", true)
}
