package answer

import (
	"testing"
	"testing/fstest"
)

// lagBook tells how the event loop's lag is measured.
var lagBook = fstest.MapFS{
	"perf.md": {Data: []byte("# Performance\n\n## monitorEventLoopDelay\n\nThe monitorEventLoopDelay function measures the lag of the event loop in a histogram.\n")},
}

// "without" says that what follows is left out (see comparisons); itself
// it is no subject a passage must write.
func TestWithoutIsFiller(t *testing.T) {
	r := bookIndex(t, lagBook)
	c := newCoverage(r)
	for _, term := range r.Terms("without") {
		if !c.filler[term] {
			t.Errorf("%q is no filler word", term)
		}
	}
	wantCovered(t, New(r, Options{}), "how do i measure lag in production without a third party lib", true)
}
