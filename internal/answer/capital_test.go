package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageCyrillicName: a name a Russian question writes with a capital
// inside the sentence is in an English book only where the book writes its
// Latin sound-alike with a capital too: "Фаулер" is no "failure".
func TestCoverageCyrillicName(t *testing.T) {
	book := fstest.MapFS{"ops.md": {Data: []byte("# Operations\n\n## Failure\n\nA failure of one node is survived by the cluster. Redis replicas take over after a failure.\n")}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"что такое failure по Фаулеру?", false},
		{"как переживает failure кластер Редиса?", true},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
