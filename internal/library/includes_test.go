package library

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// A chapter is read from the files its mdBook directives include as well
// as from its own bytes: a change to an included file alone, or an
// include that appears, re-indexes the chapter, in a content directory on
// disk as mdBook's own watcher rebuilds it.
func TestRefreshIncludedFileChanges(t *testing.T) {
	content := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(content, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("src/guess.md", "# Guessing game\n\nThe program:\n\n```rust\n{{#include ../listings/main.rs:here}}\n```\n\n"+
		"## Output\n\n```console\n{{#include ../listings/output.log}}\n```\n")
	write("listings/main.rs", "// ANCHOR: here\nfn main() { let zebra = 1; }\n// ANCHOR_END: here\n")
	l := openDirLib(t, content, t.TempDir())
	ctx := context.Background()
	refreshed := func(wantChanged []string) {
		t.Helper()
		rep, err := l.Refresh(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(wantChanged, rep.Changed, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("changed (-want +got):\n%s", diff)
		}
		if stale, err := l.Stale(); err != nil || stale {
			t.Errorf("after the refresh, Stale = %v, %v; want false", stale, err)
		}
	}
	found := func(q string, want ...string) {
		t.Helper()
		hits, err := l.Index().Search(ctx, q, 5)
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(hits); !cmp.Equal(got, want, cmpopts.EquateEmpty()) {
			t.Errorf("Search(%q) = %v, want %v", q, got, want)
		}
	}
	refreshed(nil)
	found("zebra", "src/guess")
	found("compiling")

	// Only the included file changes.
	write("listings/main.rs", "// ANCHOR: here\nfn main() { let giraffe = 1; }\n// ANCHOR_END: here\n")
	if stale, err := l.Stale(); err != nil || !stale {
		t.Errorf("included file changed: Stale = %v, %v; want true", stale, err)
	}
	refreshed([]string{"src/guess.md"})
	found("giraffe", "src/guess")
	found("zebra")

	// An include that could not be read appears.
	write("listings/output.log", "$ cargo run\n   Compiling guessing_game\n")
	refreshed([]string{"src/guess.md"})
	found("compiling", "src/guess#output")

	// A file no chapter includes changes: nothing to re-index.
	write("listings/other.rs", "fn other() {}\n")
	refreshed(nil)
}
