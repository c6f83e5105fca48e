package discord

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBoundedForgetsOldest(t *testing.T) {
	tests := []struct {
		name string
		cap  int
		puts []string
		want map[string]int // key -> value still held
	}{
		{"under capacity", 3, []string{"a", "b"}, map[string]int{"a": 1, "b": 2}},
		{"at capacity", 3, []string{"a", "b", "c"}, map[string]int{"a": 1, "b": 2, "c": 3}},
		{"one over", 3, []string{"a", "b", "c", "d"}, map[string]int{"b": 2, "c": 3, "d": 4}},
		{"ring wraps twice", 2, []string{"a", "b", "c", "d", "e"}, map[string]int{"d": 4, "e": 5}},
		{"an update keeps its first place", 2, []string{"a", "b", "a", "c"}, map[string]int{"b": 2, "c": 4}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := newBounded[string, int](tc.cap)
			for i, k := range tc.puts {
				b.put(k, i+1)
			}
			got := map[string]int{}
			for _, k := range []string{"a", "b", "c", "d", "e"} {
				if v, ok := b.get(k); ok {
					got[k] = v
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("held (-want +got):\n%s", diff)
			}
			if len(b.m) > tc.cap || len(b.order) > tc.cap {
				t.Errorf("holds %d keys, %d in the ring, capacity %d", len(b.m), len(b.order), tc.cap)
			}
		})
	}
}
