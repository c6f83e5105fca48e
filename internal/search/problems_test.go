package search

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// An unreadable file (here a dangling link) is one problem; the rest of the
// book is indexed, and the problem is not re-checked until the file changes.
func TestUnreadableFileIsAProblem(t *testing.T) {
	book := t.TempDir()
	os.WriteFile(filepath.Join(book, "a.md"), []byte("# Alpha\n\nThe event loop runs callbacks.\n"), 0o644)
	if err := os.Symlink(filepath.Join(book, "nowhere.md"), filepath.Join(book, "dangling.md")); err != nil {
		t.Fatal(err)
	}
	ix := openIndex(t, t.TempDir(), Options{})
	rep, err := ix.Refresh(context.Background(), os.DirFS(book), nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range rep.Problems {
		got = append(got, p.Error())
	}
	if diff := cmp.Diff([]string{"dangling.md: cannot read: no such file or directory"}, got); diff != "" || rep.Chapters != 1 {
		t.Errorf("problems (-want +got):\n%s\nchapters %d", diff, rep.Chapters)
	}
	if stale, err := ix.Stale(os.DirFS(book)); err != nil || stale {
		t.Errorf("Stale = %v, %v; want false", stale, err)
	}
}

// Two chapters with one slug would give two places one section ID: the
// second file in path order is reported and skipped.
func TestDuplicateSlugIsAProblem(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	rep := refresh(t, ix, fstest.MapFS{
		"a.md": {Data: []byte("---\nslug: guide\n---\n# Alpha guide\n\n## Setup\n\nAlpha setup text.\n")},
		"b.md": {Data: []byte("---\nslug: guide\n---\n# Beta guide\n\n## Setup\n\nBeta setup text.\n")},
	})
	if rep.Chapters != 1 || len(rep.Problems) != 1 || rep.Problems[0].Error() != `b.md: slug "guide" is already used by a.md` {
		t.Fatalf("chapters %d, problems %v", rep.Chapters, rep.Problems)
	}
	if hits := search(t, ix, "beta setup", 5); len(hits) != 1 || hits[0].File != "a.md" {
		t.Errorf("hits = %v", ids(hits))
	}
}
