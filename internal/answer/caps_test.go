package answer

import (
	"maps"
	"slices"
	"testing"
	"testing/fstest"
)

// TestCapsTerms: the words a question writes in Latin capitals, three
// letters or more and outside code spans, are commands or acronyms.
func TestCapsTerms(t *testing.T) {
	ix := bookIndex(t, fstest.MapFS{"a.md": {Data: []byte("# A\n\nText.\n")}})
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"почему KEYS нельзя дёргать на проде?", []string{"kei"}},
		{"what does WATCH do before EXEC?", []string{"exec", "watch"}},
		{"what do keys and watch mean in IT, `KEYS` aside?", nil},
		{"Redis, Kafka and ИЛИ", nil},
	} {
		got := slices.Sorted(maps.Keys(capsTerms(ix, tt.q)))
		if !slices.Equal(got, tt.want) {
			t.Errorf("capsTerms(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}
