package answer

import "testing"

func TestVersionQuestionKind(t *testing.T) {
	tests := []struct {
		q    string
		kind kind
	}{
		{"elixir static typing which version", kindNumber},
		{"what was the very last python 2 version ever released", kindNumber},
		{"in what version did the node --test flag appear?", kindNumber},
		{"since which version does autovacuum run inside the server", kindNumber},
		{"which node version first shipped fetch built in", kindNumber},
		// A version named, not asked for.
		{"is there an async version of an iterator in rust", kindOther},
		{"how do I upgrade my rust toolchain to the newest version?", kindHow},
		{"why did pg versions jump from 9.x to just 10, 11, 12?", kindWhy},
		{"what is a version vector?", kindWhat},
	}
	for _, tt := range tests {
		if k, _ := questionKind(tt.q); k != tt.kind {
			t.Errorf("questionKind(%q) = %d, want %d", tt.q, k, tt.kind)
		}
	}
}
