package answer

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// reporterBook is a reference whose test runner chapter writes its reporters
// and never names Jenkins.
func reporterBook(steps int) fstest.MapFS {
	var b strings.Builder
	b.WriteString("# Test runner\n\n## Test reporters\n\nThe test runner writes its results with a reporter chosen by the --test-reporter flag: spec, tap, dot, or junit, which writes the results as JUnit XML.\n\n")
	for i := range steps {
		fmt.Fprintf(&b, "## Hook %d\n\nThe runner calls hook %d before each subtest starts.\n\n", i, i)
	}
	return fstest.MapFS{"test.md": {Data: []byte(b.String())}}
}

// TestStatedName: a name written only in a sentence that asks nothing is
// the reader's setup; one the question asks of is not, nor one a bare
// "why" points back at.
func TestStatedName(t *testing.T) {
	e := New(bookIndex(t, reporterBook(150)), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		{"jenkins wants junit xml. can the test runner write its results as junit xml with a reporter", true},
		{"can the test runner write its results as junit xml with a reporter? jenkins keeps asking for it", true},
		{"can jenkins write the test runner results as junit xml with a reporter", false},
		{"jenkins wants junit xml from the test runner reporter. why", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestStatedNames(t *testing.T) {
	e := New(bookIndex(t, reporterBook(2)), Options{})
	tests := []struct {
		q    string
		want []string
	}{
		{"jenkins wants junit xml. can node --test spit that out without extra packages", []string{"jenkin"}},
		{"is url.parse() deprecated now? eslint keeps complaining", []string{"eslint"}},
		{"jenkins wants junit xml, can node --test spit that out without extra packages", nil}, // one sentence
		{"can jenkins read junit xml from node --test? it asks for a file", nil},               // asked of
		{"express: my error middleware never runs. why?", nil},                                 // too few asked terms
		{"my tests run on 127.0.0.1. how do i print junit xml with node --test", nil},          // no name stated
	}
	for _, tt := range tests {
		if got := e.cov.statedNames(e.r, tt.q); !slices.Equal(got, tt.want) {
			t.Errorf("statedNames(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
