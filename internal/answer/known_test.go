package answer

import "testing"

func TestKnownEnglish(t *testing.T) {
	for term, want := range map[string]bool{"place": true, "invent": true, "requri": false, "domian": false} {
		if got := KnownEnglish(term); got != want {
			t.Errorf("KnownEnglish(%q) = %v, want %v", term, got, want)
		}
	}
}
