package search

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/embed/embedtest"
	"github.com/chapterbot/chapterbot/internal/vector"
)

// withVectors applies fsys like refresh, giving the new generation a
// vector for every passage from the fake model.
func withVectors(t *testing.T, ix *Index, fsys fstest.MapFS, fake *embedtest.Server) Status {
	t.Helper()
	files := map[string]bool{}
	for f := range fsys {
		files[f] = true
	}
	var c Changes
	c.Vectors = func(ctx context.Context, next *Snapshot) *vector.Store {
		ps, err := next.Passages(ctx)
		if err != nil {
			t.Errorf("Passages: %v", err)
			return nil
		}
		st, _ := vector.New("fake", 0)
		for _, p := range ps {
			if err := st.Add(p.ID, vector.HashText(p.EmbedText()), fake.Vector(p.EmbedText())); err != nil {
				t.Errorf("Add: %v", err)
			}
		}
		return st
	}
	base, _ := ix.Snapshot()
	old := map[string]string{}
	if base != nil {
		old = base.Files()
	}
	for f := range files {
		ch, err := book.Parse(f, fsys[f].Data)
		if err != nil || !book.IsChapterFile(f) || strings.HasPrefix(f, ".") {
			continue
		}
		sum := sha256.Sum256(fsys[f].Data)
		if h := hex.EncodeToString(sum[:]); old[f] != h {
			c.Put = append(c.Put, Put{File: f, Load: func() (book.Chapter, string, *Skipped) { return ch, h, nil }})
		}
	}
	snap, _, err := ix.Apply(context.Background(), base, c)
	if err != nil {
		t.Fatalf("Apply: %v", err)
	}
	defer snap.Release()
	return snap.Status()
}

func TestVectorsStoredWithGeneration(t *testing.T) {
	fake := embedtest.New(0, nil)
	defer fake.Close()
	dir := t.TempDir()
	ix := openIndex(t, dir, Options{})
	st := withVectors(t, ix, testBook(), fake)

	if model, n := ix.VectorStatus(); model != "fake" || n != st.Passages {
		t.Fatalf("VectorStatus = %s, %d; want fake, %d", model, n, st.Passages)
	}
	if _, err := os.Stat(filepath.Join(st.Dir, vectorsName)); err != nil {
		t.Fatalf("vectors file: %v", err)
	}
	// "workload" is a synonym of pod and container to the fake model.
	q := "which workload unit is smallest"
	hits, err := ix.SearchVector(context.Background(), q, fake.Vector(q), 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || hits[0].ID != "ops/kube#pods" || hits[0].Passage != "ops/kube.md|1|0" || hits[0].Text == "" || hits[0].Score <= 0 || hits[0].Score > 1 {
		t.Fatalf("SearchVector = %+v, want ops/kube#pods first with its text and a cosine", hits)
	}

	// Reopened, the generation's vectors come with it.
	ix.Close()
	ix2 := openIndex(t, dir, Options{})
	if model, n := ix2.VectorStatus(); model != "fake" || n != st.Passages {
		t.Fatalf("after reopening, VectorStatus = %s, %d", model, n)
	}
	hits2, err := ix2.SearchVector(context.Background(), q, fake.Vector(q), 3)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(ids(hits), ids(hits2)); diff != "" {
		t.Errorf("after reopening (-before +after):\n%s", diff)
	}

	// A generation built without vectors has none: they are not copied.
	changed := testBook()
	changed["node.md"] = &fstest.MapFile{Data: []byte(nodeMD + "\n## Timers\n\nTimers run later.\n")}
	st2 := refresh(t, ix2, changed)
	if _, err := os.Stat(filepath.Join(st2.Dir, vectorsName)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("vectors file in a generation built without: %v", err)
	}
	if _, err := ix2.SearchVector(context.Background(), q, fake.Vector(q), 3); !errors.Is(err, ErrNoVectors) {
		t.Errorf("SearchVector without vectors: %v, want ErrNoVectors", err)
	}
	if model, n := ix2.VectorStatus(); model != "" || n != 0 {
		t.Errorf("VectorStatus without vectors = %s, %d", model, n)
	}
}

func TestDamagedVectorsIgnored(t *testing.T) {
	fake := embedtest.New(0, nil)
	defer fake.Close()
	dir := t.TempDir()
	ix := openIndex(t, dir, Options{})
	st := withVectors(t, ix, testBook(), fake)
	ix.Close()
	if err := os.WriteFile(filepath.Join(st.Dir, vectorsName), []byte("CBVECT01 cut short"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix2 := openIndex(t, dir, Options{})
	if _, n := ix2.VectorStatus(); n != 0 {
		t.Errorf("damaged vectors loaded: %d", n)
	}
	if hits := search(t, ix2, "pods", 3); len(hits) == 0 {
		t.Error("keyword search fails with damaged vectors")
	}
}
