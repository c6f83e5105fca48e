package search

import (
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/internal/embed/embedtest"
)

func TestClampK(t *testing.T) {
	for _, tt := range []struct{ k, want int }{
		{0, DefaultK}, {-1, DefaultK}, {1, 1}, {3, 3}, {MaxK, MaxK}, {MaxK + 1, MaxK}, {1000, MaxK},
	} {
		if got := clampK(tt.k); got != tt.want {
			t.Errorf("clampK(%d) = %d, want %d", tt.k, got, tt.want)
		}
	}
}

// Nearest clamps k as Search does (TestSearchK).
func TestNearestK(t *testing.T) {
	fake := embedtest.New(0, nil)
	defer fake.Close()
	ix := openIndex(t, t.TempDir(), Options{})
	fsys := fstest.MapFS{}
	for i := range MaxK + 10 {
		fsys[filepath.Join("many", strings.Repeat("a", i+1)+".md")] = &fstest.MapFile{Data: []byte("# Lighthouse\n\nThe lighthouse keeper climbs the stairs.\n")}
	}
	withVectors(t, ix, fsys, fake)
	vec := fake.Vector("lighthouse")
	for _, tt := range []struct{ k, want int }{{0, DefaultK}, {-1, DefaultK}, {3, 3}, {MaxK, MaxK}, {MaxK + 1, MaxK}, {1000, MaxK}} {
		found, err := ix.Nearest(vec, tt.k)
		if err != nil {
			t.Fatalf("Nearest(k=%d): %v", tt.k, err)
		}
		if len(found) != tt.want {
			t.Errorf("Nearest(k=%d) = %d passages, want %d", tt.k, len(found), tt.want)
		}
	}
}
