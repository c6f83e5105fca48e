package answer

import (
	"testing"
	"testing/fstest"
)

func TestWrittenOut(t *testing.T) {
	for q, want := range map[string]string{
		"is fetch useable in node 18 w/o passing any flag?": "is fetch useable in node 18 without passing any flag?",
		"a temp dir w/ a random suffix":                     "a temp dir with a random suffix",
		"W/O a lib (w/o deps)":                              "without a lib (without deps)",
		"the w/output flag":                                 "the w/output flag",
		"read a/w/o.txt":                                    "read a/w/o.txt",
	} {
		if got := writtenOut(q); got != want {
			t.Errorf("writtenOut(%q) = %q, want %q", q, got, want)
		}
	}
}

// fetchBook tells that fetch needs no flag.
var fetchBook = fstest.MapFS{
	"globals.md": {Data: []byte("# Globals\n\n## fetch\n\nThe fetch function is available without the experimental flag; the --no-experimental-fetch flag disables it.\n")},
}

// "w/o" is "without", no two rare terms that no passage writes.
func TestAskShorthand(t *testing.T) {
	wantCovered(t, New(bookIndex(t, fetchBook), Options{}), "is fetch usable in node 18 w/o a flag?", true)
}
