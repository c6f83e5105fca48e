package answer

import (
	"testing"
	"testing/fstest"
)

// registryBook gives a count of a past year; registryNowBook gives one as
// of now.
var (
	registryBook = fstest.MapFS{
		"npm.md": {Data: []byte(`# Node.js

## The npm registry

By 2014 the npm registry held 100000 packages, and left-pad had 11 lines of code.
`)},
	}
	registryNowBook = fstest.MapFS{
		"npm.md": {Data: []byte(`# Node.js

## The npm registry

Today the npm registry holds more than 2 million packages, and left-pad had 11 lines of code.
`)},
	}
)

func TestAsksPresentCount(t *testing.T) {
	past := New(bookIndex(t, registryBook), Options{})
	now := New(bookIndex(t, registryNowBook), Options{})
	tests := []struct {
		e    *Engine
		q    string
		want bool
	}{
		// Today's count, which the book does not give.
		{past, "how many packages are on the npm registry these days", false},
		{past, "how many packages does the npm registry hold now?", false},
		// The book gives it.
		{now, "how many packages are on the npm registry these days", true},
		// A count of no time in particular.
		{past, "how many packages did the npm registry hold in 2014?", true},
	}
	for _, tt := range tests {
		wantCovered(t, tt.e, tt.q, tt.want)
	}
}

func TestAsksPresentCountPattern(t *testing.T) {
	for q, want := range map[string]bool{
		"how many packages are on the npm registry these days":            true,
		"сколько сейчас сотрудников работает в ClickHouse Inc?":           true,
		"скока сейчас сотрудников работает в ClickHouse Inc?":             true,
		"how many lines of code was left-pad":                             false,
		"how can I print how many Rc pointers point at a value right now": false,
	} {
		if got := asksPresentCount(q); got != want {
			t.Errorf("asksPresentCount(%q) = %v, want %v", q, got, want)
		}
	}
}
