package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/discord"
	"github.com/chapterbot/chapterbot/internal/search"
)

// shelf is the bot's discord.Shelf over the serving refresher: it checks
// and writes uploaded chapters into the content directory and remembers
// the last refresh. It bridges the bot to the refresher until
// internal/library, which will own uploads and refreshes, takes its place.
type shelf struct {
	r   *refresher
	dir string // content directory; "" refuses uploads

	mu   sync.Mutex // one upload or refresh of the bot's at a time
	last struct {
		sync.Mutex
		rep discord.RefreshReport
		ok  bool
	}
}

func (s *shelf) Progress() (done, total int, running bool) { return s.r.Progress() }

func (s *shelf) LastRefresh() (discord.RefreshReport, bool) {
	s.last.Lock()
	defer s.last.Unlock()
	return s.last.rep, s.last.ok
}

func (s *shelf) Refresh(ctx context.Context, progress func(done, total int)) (discord.RefreshReport, error) {
	if !s.mu.TryLock() {
		return discord.RefreshReport{Result: discord.RefreshBusy}, nil
	}
	defer s.mu.Unlock()
	return s.refresh(ctx, progress)
}

func (s *shelf) refresh(ctx context.Context, progress func(done, total int)) (discord.RefreshReport, error) {
	start := time.Now()
	rep, err := s.r.Refresh(ctx, progress)
	if errors.Is(err, search.ErrBusy) {
		return discord.RefreshReport{Result: discord.RefreshBusy}, nil
	}
	out := discord.RefreshReport{Result: discord.RefreshOK, Chapters: rep.Chapters, Sections: rep.Sections,
		Added: rep.Added, Changed: rep.Changed, Removed: rep.Removed, Rebuilt: rep.Rebuilt,
		Finished: time.Now(), Duration: time.Since(start), Version: rep.Version}
	for _, p := range rep.Problems {
		out.Problems = append(out.Problems, p.Error())
	}
	switch {
	case err != nil:
		out.Result = discord.RefreshFailed
	case rep.Unchanged():
		out.Result = discord.RefreshUnchanged
	}
	s.last.Lock()
	s.last.rep, s.last.ok = out, true
	s.last.Unlock()
	return out, err
}

var uploadName = regexp.MustCompile(`^[A-Za-z0-9._-]{1,100}$`)

// refusal returns why name and data cannot be a chapter, or "".
func (s *shelf) refusal(name string, data []byte) string {
	switch {
	case s.dir == "":
		return "uploading chapters is not enabled on this bot"
	case strings.ContainsAny(name, `/\`) || strings.Contains(name, "..") || strings.HasPrefix(name, ".") ||
		!uploadName.MatchString(name):
		return fmt.Sprintf("%q: not a plain file name of letters, digits, '.', '_' and '-', such as channels.md", name)
	case !strings.EqualFold(path.Ext(name), ".md") && !strings.EqualFold(path.Ext(name), ".txt"):
		return name + ": only .md and .txt chapters are indexed"
	case !utf8.Valid(data):
		return name + ": not UTF-8 text"
	}
	if _, err := book.Parse(name, data); err != nil {
		return err.Error()
	}
	return ""
}

func (s *shelf) AddChapter(ctx context.Context, name string, data []byte, progress func(done, total int)) (discord.RefreshReport, error) {
	if why := s.refusal(name, data); why != "" {
		return discord.RefreshReport{Result: discord.RefreshFailed, Refused: why}, nil
	}
	waited := !s.mu.TryLock()
	if waited {
		s.mu.Lock()
	}
	defer s.mu.Unlock()
	replaced, err := writeChapter(s.dir, name, data)
	if err != nil {
		return discord.RefreshReport{Result: discord.RefreshFailed}, err
	}
	rep, err := s.refresh(ctx, progress)
	rep.Saved, rep.Replaced, rep.Waited = name, replaced, waited
	return rep, err
}

// writeChapter puts data into dir as name, atomically: a reader (a refresh)
// sees the old file or the new one, never part of it. It reports whether a
// file of that name was replaced.
func writeChapter(dir, name string, data []byte) (existed bool, err error) {
	dst := filepath.Join(dir, name)
	if _, err := os.Lstat(dst); err == nil {
		existed = true
	}
	// A dot-file, so that a refresh running meanwhile skips it.
	tmp, err := os.CreateTemp(dir, "."+name+".*.tmp")
	if err != nil {
		return false, fmt.Errorf("write chapter %s: %w", name, err)
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), dst)
	}
	if err != nil {
		return false, fmt.Errorf("write chapter %s: %w", name, err)
	}
	// Make the rename itself durable.
	if d, derr := os.Open(dir); derr == nil {
		_ = d.Sync()
		d.Close()
	}
	return existed, nil
}
