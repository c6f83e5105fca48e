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
)

const nodeMD = `---
title: "Node.js"
slug: node
url: https://book.example/node
---

Node.js runs JavaScript outside the browser, on servers and in command-line tools.

## Event loop

A single thread runs the event loop. Callbacks wait in queues until the loop is free to run them.
A slow synchronous function blocks every other request in the process.

## npm

The npm registry holds hundreds of thousands of packages. Installing a package pulls in its dependencies too.
`

const reactMD = `---
title: React
slug: react
url: https://book.example/react
---

React renders user interfaces from components.

## Hooks

Hooks let function components keep state between renders. The useEffect hook runs side effects after rendering.

## Virtual DOM

React compares a virtual DOM tree with the previous one and changes only what differs in the page.
`

const kubeMD = `# Kubernetes

Kubernetes schedules containers onto a cluster of machines.

## Pods

A pod is the smallest deployable unit: one or more containers sharing a network namespace.

## Services

A service gives a set of pods one stable address and balances traffic between them.
`

func testBook() fstest.MapFS {
	return fstest.MapFS{
		"node.md":       {Data: []byte(nodeMD)},
		"react.md":      {Data: []byte(reactMD)},
		"ops/kube.md":   {Data: []byte(kubeMD)},
		".hidden/x.md":  {Data: []byte("# Hidden\n\nNot a chapter.\n")},
		"notes.go":      {Data: []byte("package notes\n")},
		"notes.rst":     {Data: []byte("Notes\n=====\n")},
		"ops/readme.md": {Data: []byte("# Operations\n\nThe operations part of the book covers running software in production.\n")},
	}
}

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
