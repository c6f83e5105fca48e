package search

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/book"
)

// applyFS feeds the builder the chapters of fsys: every file new or
// changed since the live generation is put, every file gone is removed (a
// file that does not parse is skipped when the builder loads it).
// internal/library is the real differ; this is the least a test of the
// builder needs. Like it, it parses each new file once, when the builder
// loads it: the book is never held in memory whole.
func applyFS(ctx context.Context, ix *Index, fsys fs.FS, progress func(done, total int)) (st Status, changed int, err error) {
	files, err := book.Files(fsys)
	if err != nil {
		return Status{}, 0, err
	}
	var c Changes
	c.Progress = progress
	base, err := ix.Snapshot()
	old := map[string]string{}
	if err == nil {
		old = base.Files()
	}
	present := map[string]bool{}
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return Status{}, 0, err
		}
		sum := sha256.Sum256(data)
		hash := hex.EncodeToString(sum[:])
		present[f] = true
		if old[f] != hash {
			c.Put = append(c.Put, Put{File: f, Load: loadFS(fsys, f)})
		}
	}
	for f := range old {
		if !present[f] {
			c.Remove = append(c.Remove, f)
		}
	}
	snap, _, err := ix.Apply(ctx, base, c)
	if err != nil {
		base.Release()
		return Status{}, 0, err
	}
	defer snap.Release()
	return snap.Status(), len(c.Put), nil
}

// loadFS loads file of fsys for the builder.
func loadFS(fsys fs.FS, file string) func() (book.Chapter, string, *Skipped) {
	return func() (book.Chapter, string, *Skipped) {
		data, err := fs.ReadFile(fsys, file)
		if err != nil {
			return book.Chapter{}, "", &Skipped{File: file, Reason: err.Error()}
		}
		sum := sha256.Sum256(data)
		hash := hex.EncodeToString(sum[:])
		ch, err := book.Parse(file, data)
		if err != nil {
			return book.Chapter{}, hash, &Skipped{File: file, Reason: err.Error(), Hash: hash}
		}
		return ch, hash, nil
	}
}

func refresh(t testing.TB, ix *Index, fsys fs.FS) Status {
	t.Helper()
	st, _, err := applyFS(context.Background(), ix, fsys, nil)
	if err != nil {
		t.Fatalf("apply: %v", err)
	}
	return st
}

// TestApplyLoadsEachPut checks that the builder loads each put chapter
// once, in order, only when it comes to index it (after the previous one
// is written, so that one chapter is held at a time), and that a put whose
// Load returns a problem is recorded as skipped and not indexed, in a
// build from scratch and in an update of a copy.
func TestApplyLoadsEachPut(t *testing.T) {
	chapter := func(file, text string) Put {
		return Put{File: file, Load: func() (book.Chapter, string, *Skipped) {
			ch, err := book.Parse(file, []byte(text))
			if err != nil {
				t.Fatalf("Parse(%s): %v", file, err)
			}
			return ch, "hash-" + file, nil
		}}
	}
	for _, tt := range []struct {
		name string
		base []Put // applied first
	}{
		{"from scratch", nil},
		{"update", []Put{chapter("a.md", "# A\n\nOld apples.\n"), chapter("z1.md", "# Z1\n\nZebras.\n"),
			chapter("z2.md", "# Z2\n\nZebus.\n"), chapter("z3.md", "# Z3\n\nZorses.\n"), chapter("z4.md", "# Z4\n\nZonkeys.\n"),
			chapter("z5.md", "# Z5\n\nZebroids.\n"), chapter("z6.md", "# Z6\n\nZedonks.\n")}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ix := openIndex(t, t.TempDir(), Options{})
			ctx := context.Background()
			if tt.base != nil {
				s, _, err := ix.Apply(ctx, nil, Changes{Put: tt.base})
				if err != nil {
					t.Fatal(err)
				}
				s.Release()
			}
			var loaded []string
			written := 0
			load := func(p Put) Put {
				inner := p.Load
				p.Load = func() (book.Chapter, string, *Skipped) {
					if written != len(loaded) { // a copy is updated: nothing carried
						t.Errorf("%s loaded with %d chapters loaded and %d written", p.File, len(loaded), written)
					}
					loaded = append(loaded, p.File)
					return inner()
				}
				return p
			}
			bad := &Skipped{File: "b.md", Line: 3, Reason: "changed meanwhile", Hash: "hash-b"}
			c := Changes{
				Put: []Put{load(chapter("a.md", "# A\n\nNew apples.\n")),
					load(Put{File: "b.md", Load: func() (book.Chapter, string, *Skipped) { return book.Chapter{}, "", bad }}),
					load(chapter("c.md", "# C\n\nCherries.\n"))},
				Progress: func(done, total int) { written = done },
			}
			base, err := ix.Snapshot()
			if err != nil {
				base = nil
			}
			s, rebuilt, err := ix.Apply(ctx, base, c)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Release()
			if rebuilt != (tt.base == nil) {
				t.Errorf("rebuilt = %v", rebuilt)
			}
			if want := []string{"a.md", "b.md", "c.md"}; !cmp.Equal(loaded, want) {
				t.Errorf("loaded %q, want %q", loaded, want)
			}
			if diff := cmp.Diff([]Skipped{*bad}, s.Skipped()); diff != "" {
				t.Errorf("Skipped (-want +got):\n%s", diff)
			}
			files := s.Files()
			if _, ok := files["b.md"]; ok || files["a.md"] != "hash-a.md" || files["c.md"] != "hash-c.md" {
				t.Errorf("Files = %v", files)
			}
			if hits, err := ix.Search(ctx, "apples", 5); err != nil || len(hits) != 1 || hits[0].ID != "a" {
				t.Errorf("Search(apples) = %+v, %v", hits, err)
			}
		})
	}
}
