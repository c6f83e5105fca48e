package search

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"testing"

	"github.com/chapterbot/chapterbot/internal/book"
)

// applyFS feeds the builder the chapters of fsys: every file new or
// changed since the live generation is put, every file gone is removed (a
// file that does not parse is left out). Like internal/library (the real
// differ; this is the least a test of the builder needs), it parses each
// file to decide, drops the chapter, and parses it again when the builder
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
		if _, err := book.Parse(f, data); err != nil {
			continue
		}
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
