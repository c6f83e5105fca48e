package answer

import (
	"strings"
	"testing"
)

// TestFirstTerm: the term found is the first in order of head's and
// body's together, whatever the maps' order.
func TestFirstTerm(t *testing.T) {
	head := map[string]bool{"mongodb": true, "postgres": true}
	body := map[string]bool{"mongo": true, "mongoose": true, "redis": true}
	tests := []struct {
		prefix, want string
	}{
		{"mongo", "mongo"},
		{"post", "postgres"},
		{"kafka", ""},
	}
	for _, tt := range tests {
		for range 20 {
			if got := firstTerm(head, body, func(s string) bool { return strings.HasPrefix(s, tt.prefix) }); got != tt.want {
				t.Fatalf("firstTerm(%q) = %q, want %q", tt.prefix, got, tt.want)
			}
		}
	}
}
