package discord

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	libr "github.com/chapterbot/chapterbot/internal/library"
	"github.com/chapterbot/chapterbot/internal/search"
)

// shelf is a Shelf as internal/library is one, small: it writes uploaded
// chapters into a content directory and refreshes a real index of it
// (Bleve, in t.TempDir()), one refresh at a time.
type shelf struct {
	dir string
	lib *libr.Library
	ix  *search.Index

	// onProgress, when set, is called after each progress report is passed
	// on, from the refresh (a test may wait there for the fake to show it).
	onProgress func(ctx context.Context, done, total int) error
	// hold, when set, keeps the next refresh from starting until closed;
	// started then receives a value.
	hold    chan struct{}
	started chan struct{}
	// waiting, when set, receives a value when AddChapter waits for the
	// refresh running.
	waiting chan struct{}
	// fail, when set, makes refreshes fail with it.
	fail error
	// elsewhere pretends a refresh runs in another process: Progress
	// reports it and Refresh is turned away.
	elsewhere bool

	lock sync.Mutex // the refresh lock

	mu          sync.Mutex
	calls       int
	listings    [][]string // the content's files at each refresh
	done, total int
	running     bool
	last        *RefreshReport
}

// newShelf indexes files (name: content) in a new content directory.
func newShelf(t testing.TB, files map[string]string) *shelf {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lib, err := libr.Open(libr.Options{IndexDir: t.TempDir(), ContentDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	if _, err := lib.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	return &shelf{dir: dir, lib: lib, ix: lib.Index()}
}

func (s *shelf) Progress() (done, total int, running bool) {
	if s.elsewhere {
		return 2, 5, true
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.done, s.total, s.running
}

func (s *shelf) LastRefresh() (RefreshReport, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.last == nil {
		return RefreshReport{}, false
	}
	return *s.last, true
}

func (s *shelf) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls
}

func (s *shelf) Refresh(ctx context.Context, by string, progress func(done, total int)) (RefreshReport, error) {
	if s.elsewhere || !s.lock.TryLock() {
		return RefreshReport{Result: RefreshBusy, By: by}, nil
	}
	defer s.lock.Unlock()
	return s.refresh(ctx, by, progress)
}

// refresh runs with the lock held.
func (s *shelf) refresh(ctx context.Context, by string, progress func(done, total int)) (RefreshReport, error) {
	s.mu.Lock()
	s.calls++
	s.running, s.done, s.total = true, 0, 0
	entries, _ := os.ReadDir(s.dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	s.listings = append(s.listings, names)
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.running = false
		s.mu.Unlock()
	}()
	if s.hold != nil {
		s.started <- struct{}{}
		select {
		case <-s.hold:
		case <-ctx.Done():
			return RefreshReport{}, ctx.Err()
		}
	}
	var progressErr error
	rep, err := s.lib.Refresh(ctx, func(done, total int) {
		s.mu.Lock()
		s.done, s.total = done, total
		s.mu.Unlock()
		if progress != nil {
			progress(done, total)
		}
		if s.onProgress != nil && progressErr == nil {
			progressErr = s.onProgress(ctx, done, total)
		}
	})
	if err == nil {
		err = errors.Join(progressErr, s.fail)
	}
	out := RefreshReport{Result: RefreshOK, Chapters: rep.Chapters, Sections: rep.Sections, Added: rep.Added,
		Changed: rep.Changed, Removed: rep.Removed, Rebuilt: rep.Rebuilt, Finished: time.Now(), Duration: rep.Duration,
		Version: rep.Version, Unread: rep.Unread, Summaries: rep.Summaries, By: by}
	for _, p := range rep.Problems {
		out.Problems = append(out.Problems, p.Error())
	}
	for _, p := range rep.Warnings {
		out.Warnings = append(out.Warnings, p.Error())
	}
	switch {
	case err != nil:
		out = RefreshReport{Result: RefreshFailed, Finished: time.Now(), By: by}
	case rep.Unchanged():
		out.Result = RefreshUnchanged
	}
	s.mu.Lock()
	s.last = &out
	s.mu.Unlock()
	return out, err
}

var plainName = regexp.MustCompile(`^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$`)

// AddChapter refuses what the library refuses (a name that is not a plain
// file name, bytes that are not UTF-8, a chapter the index reports a
// problem with), else writes it and refreshes, after the refresh running
// if there is one.
func (s *shelf) AddChapter(ctx context.Context, by, name string, data []byte, progress func(done, total int)) (RefreshReport, error) {
	switch {
	case !plainName.MatchString(name) || strings.Contains(name, ".."):
		return RefreshReport{Result: RefreshFailed, Refused: fmt.Sprintf("%q is not a plain file name", name)}, nil
	case !utf8.Valid(data):
		return RefreshReport{Result: RefreshFailed, Refused: name + ": not UTF-8 text"}, nil
	}
	waited := !s.lock.TryLock()
	if waited {
		if s.waiting != nil {
			s.waiting <- struct{}{}
		}
		s.lock.Lock()
	}
	defer s.lock.Unlock()
	path := filepath.Join(s.dir, name)
	old, err := os.ReadFile(path)
	replaced := err == nil
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return RefreshReport{}, err
	}
	rep, err := s.refresh(ctx, by, progress)
	if err == nil {
		for _, p := range rep.Problems {
			if strings.HasPrefix(p, name+":") {
				// Put things back as they were.
				if replaced {
					os.WriteFile(path, old, 0o644)
				} else {
					os.Remove(path)
				}
				if _, err := s.lib.Refresh(ctx, nil); err != nil {
					return RefreshReport{}, err
				}
				return RefreshReport{Result: RefreshFailed, Refused: p}, nil
			}
		}
	}
	rep.Saved, rep.Replaced, rep.Waited = name, replaced, waited
	return rep, err
}

// files lists the content directory.
func (s *shelf) files() []string {
	entries, _ := os.ReadDir(s.dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	slices.Sort(names)
	return names
}
