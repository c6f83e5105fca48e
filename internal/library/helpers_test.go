package library

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/internal/search"
	"github.com/chapterbot/chapterbot/internal/testbook"
)

// The chapters of the book the tests index (see internal/testbook).
const (
	nodeMD  = testbook.Node
	reactMD = testbook.React
	kubeMD  = testbook.Kube
)

func testBook() fstest.MapFS { return testbook.Book() }

// mutableFS is content that a test replaces between refreshes.
type mutableFS struct {
	mu sync.Mutex
	m  fstest.MapFS
}

func (f *mutableFS) Open(name string) (fs.File, error) {
	f.mu.Lock()
	m := f.m
	f.mu.Unlock()
	return m.Open(name)
}

func (f *mutableFS) set(m fstest.MapFS) {
	f.mu.Lock()
	f.m = m
	f.mu.Unlock()
}

// testLib is a Library over content a test sets per refresh, with the
// searcher's methods at hand.
type testLib struct {
	*Library
	dir  string
	fsys *mutableFS
}

func openLib(t testing.TB, dir string, opts Options) *testLib {
	t.Helper()
	l, err := openLibErr(dir, opts)
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	t.Cleanup(func() {
		if err := l.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return l
}

func openLibErr(dir string, opts Options) (*testLib, error) {
	fsys := &mutableFS{m: fstest.MapFS{}}
	opts.IndexDir = dir
	opts.ContentFS = fsys
	l, err := Open(opts)
	if err != nil {
		return nil, err
	}
	return &testLib{Library: l, dir: dir, fsys: fsys}, nil
}

func (l *testLib) refreshFS(ctx context.Context, fsys fstest.MapFS, progress func(done, total int)) (Report, error) {
	l.fsys.set(fsys)
	return l.Refresh(ctx, progress)
}

func (l *testLib) staleFS(fsys fstest.MapFS) (bool, error) {
	l.fsys.set(fsys)
	return l.Stale()
}

func (l *testLib) Search(ctx context.Context, q string, k int) ([]search.Hit, error) {
	return l.Index().Search(ctx, q, k)
}
func (l *testLib) Status() search.Status          { return l.Index().Status() }
func (l *testLib) Chapters() []search.ChapterInfo { return l.Index().Chapters() }
func (l *testLib) Reload() error                  { return l.Index().Reload() }
func (l *testLib) Section(id string) (string, search.SectionInfo, bool) {
	return l.Index().Section(id)
}

func refresh(t testing.TB, l *testLib, fsys fstest.MapFS) Report {
	t.Helper()
	rep, err := l.refreshFS(context.Background(), fsys, nil)
	if err != nil {
		t.Fatalf("Refresh: %v", err)
	}
	return rep
}

func find(t testing.TB, l *testLib, q string, k int) []search.Hit {
	t.Helper()
	hits, err := l.Search(context.Background(), q, k)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	return hits
}

func ids(hits []search.Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.ID)
	}
	return out
}

const currentName = "CURRENT"

// readCurrent is what CURRENT names.
func readCurrent(dir string) (string, error) {
	b, err := os.ReadFile(filepath.Join(dir, currentName))
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	return strings.TrimSpace(string(b)), err
}
