package answer

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// TestAdjectiveLoans: a Russian adjective made of an English word with
// the suffix -н- is spelt as that word where the book writes it.
func TestAdjectiveLoans(t *testing.T) {
	ix := bookIndex(t, fstest.MapFS{"k8s.md": {Data: []byte("# Releases\n\nThree minor releases a year; the native port is faster.\n")}})
	got, err := adjectiveLoans(context.Background(), ix, "сколько минорных релизов в год и чем хорош нативный порт, а не ручной?", nil)
	if err != nil {
		t.Fatal(err)
	}
	// "ручн" is no loan: "ruch" is no word of the book.
	want := map[string][]string{"минорн": {"minor"}, "нативн": {"nativ"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("adjectiveLoans (-want +got):\n%s", diff)
	}
}
