package search

import (
	"slices"
	"testing"
)

func TestStopWordAsCode(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"like .only in jest", []string{"like", "only", "jest"}},
		{"test.only(name)", []string{"test", "only", "name"}},
		{"{ only: true }", []string{"only", "true"}},
		{"run with --test-only", []string{"run", "test", "only"}},
		{"p.then(fn)", []string{"p", "then", "fn"}},
		{"emitter.on('x') if p.is(y)", []string{"emitt", "x", "p", "y"}},
		{"Only tests run only when asked. Only: the read-only one.", []string{"test", "run", "ask", "read", "on"}},
	}
	for _, tt := range tests {
		if got := Terms(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("Terms(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
