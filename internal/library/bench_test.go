package library

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/chapterbot/chapterbot/internal/benchbook"
)

// BenchmarkRefreshOneChapter changes one chapter of a generated book of
// 1,000 chapters (the same generator and seed as internal/search's
// benchmarks) and refreshes: scan and hash of the content, parse of the
// changed file, update of a copy of the live generation, swap.
//
//	go test -run='^$' -bench=BenchmarkRefreshOneChapter -count=5 ./internal/library
const benchChapters = benchbook.Chapters

var benchData struct {
	once sync.Once
	root string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchData.root != "" {
		os.RemoveAll(benchData.root)
	}
	os.Exit(code)
}

// benchBook generates the book, once, and returns its directory.
func benchBook(b *testing.B) string {
	b.Helper()
	benchData.once.Do(func() {
		root, err := os.MkdirTemp("", "chapterbot-bench-")
		if err != nil {
			benchData.err = err
			return
		}
		benchData.root = root
		c := benchbook.New(1)
		for n := range benchChapters {
			p := filepath.Join(root, "book", fmt.Sprintf("part-%02d", n/100), fmt.Sprintf("chapter-%04d.md", n))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				benchData.err = err
				return
			}
			if err := os.WriteFile(p, []byte(c.Chapter(n)), 0o644); err != nil {
				benchData.err = err
				return
			}
		}
	})
	if benchData.err != nil {
		b.Fatal(benchData.err)
	}
	return filepath.Join(benchData.root, "book")
}

var edits int

func BenchmarkRefreshOneChapter(b *testing.B) {
	content := benchBook(b)
	l, err := Open(Options{IndexDir: filepath.Join(benchData.root, "index-refresh"), ContentDir: content})
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	if _, err := l.Refresh(context.Background(), nil); err != nil {
		b.Fatal(err)
	}
	const name = "part-05/chapter-0500.md"
	path := filepath.Join(content, name)
	orig, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	defer os.WriteFile(path, orig, 0o644)
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		edits++ // across the runs of the benchmark, so each edit is new
		if err := os.WriteFile(path, fmt.Appendf(slices.Clip(orig), "\nEdit number %d of this chapter.\n", edits), 0o644); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		rep, err := l.Refresh(context.Background(), nil)
		if err != nil {
			b.Fatal(err)
		}
		if len(rep.Changed) != 1 {
			b.Fatalf("Report = %+v", rep)
		}
	}
}
