package answer

import (
	"slices"
	"testing"
)

// A question's word no candidate holds, in its text or its heading
// ("подрубить", "мастеру"), is left out of the subject whose share
// about counts.
func TestHeldTerms(t *testing.T) {
	cands := []sentence{
		{terms: map[string]bool{"реплик": true}},
		{terms: map[string]bool{"redis": true}, heading: map[string]bool{"кластер": true}},
	}
	got := heldTerms([]string{"подруб", "реплик", "мастер", "кластер"}, cands)
	if want := []string{"реплик", "кластер"}; !slices.Equal(got, want) {
		t.Errorf("heldTerms = %q, want %q", got, want)
	}
}
