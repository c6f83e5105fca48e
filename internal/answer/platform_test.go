package answer

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// platformBook is a reference of many sections whose path chapter never
// writes Linux; the chapter on the process names it in one passage.
func platformBook(steps int) fstest.MapFS {
	var b strings.Builder
	b.WriteString("# Process\n\n## process.platform\n\nThe process.platform property names the operating system, such as Linux.\n\n")
	for i := range steps {
		fmt.Fprintf(&b, "## Event %d\n\nThe process emits event %d when the loop runs its queue.\n\n", i, i)
	}
	return fstest.MapFS{
		"process.md": {Data: []byte(b.String())},
		"path.md":    {Data: []byte("# Path\n\n## path.toNamespacedPath(path)\n\nOn Windows systems only, path.toNamespacedPath returns an equivalent namespace-prefixed path for the given path. On other systems the method is a no-op that returns the path unchanged.\n")},
	}
}

// TestPlatform: the platform a question runs on, which the book writes, is
// where it arises; one the book never writes is not.
func TestPlatform(t *testing.T) {
	e := New(bookIndex(t, platformBook(150)), Options{})
	tests := []struct {
		q    string
		want bool
	}{
		{"what does path.toNamespacedPath do on linux, does it return the path unchanged", true},
		{"what does path.toNamespacedPath do on ubuntu, does it return the path unchanged", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestPlatformTerms(t *testing.T) {
	e := New(bookIndex(t, platformBook(2)), Options{})
	df := map[string]int{"linux": 1, "window": 1}
	for q, want := range map[string]int{
		"what does it do on linux":               1,
		"uneven on windows but fine on linux.":   2,
		"does linux run it":                      0,
		"how do i run it as a service on ubuntu": 0, // the book never writes it
	} {
		if got := len(platformTerms(e.r, q, df)); got != want {
			t.Errorf("platformTerms(%q) = %d terms, want %d", q, got, want)
		}
	}
}
