// Package watch calls back when files under a directory change, debounced,
// so that a burst of writes (a git pull, an editor's save) triggers one
// index refresh (through internal/library, which reads only regular files
// inside the content directory, whatever the watch reports).
package watch

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Config says what to watch and whom to call.
type Config struct {
	Dir      string
	Debounce time.Duration
	Log      *slog.Logger
	// OnChange is called once the tree has been quiet for Debounce after a
	// change. Calls never overlap: a change during a call schedules one more.
	OnChange func(ctx context.Context)
	// Ready, if not nil, is called once the watch is in place: changes
	// from then on are seen.
	Ready func()
}

// Run watches cfg.Dir and its sub-directories (symbolic links are not
// followed) until ctx ends.
func Run(ctx context.Context, cfg Config) error {
	dir, debounce, log, onChange := cfg.Dir, cfg.Debounce, cfg.Log, cfg.OnChange
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch %s: %w", dir, err)
	}
	defer w.Close()
	if err := addTree(w, dir); err != nil {
		return err
	}
	if cfg.Ready != nil {
		cfg.Ready()
	}
	timer := time.NewTimer(debounce)
	timer.Stop()
	for {
		select {
		case <-ctx.Done():
			timer.Stop()
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if hidden(dir, ev.Name) {
				continue
			}
			if ev.Has(fsnotify.Create) {
				// A new sub-directory is watched too; adding a file is harmless.
				if err := addTree(w, ev.Name); err != nil {
					log.Debug("watch new entry", "path", ev.Name, "err", err)
				}
			}
			timer.Reset(debounce)
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			log.Warn("content watch", "err", err)
		case <-timer.C:
			onChange(ctx)
		}
	}
}

// hidden reports whether path, under root, has a component starting with
// "." (editor swap files, .git): those never hold chapters.
func hidden(root, path string) bool {
	rel, err := filepath.Rel(root, path)
	if err != nil {
		return false
	}
	for _, part := range strings.Split(filepath.ToSlash(rel), "/") {
		if strings.HasPrefix(part, ".") && part != "." && part != ".." {
			return true
		}
	}
	return false
}

func addTree(w *fsnotify.Watcher, root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if err := w.Add(path); err != nil {
			return fmt.Errorf("watch %s: %w", path, err)
		}
		return nil
	})
}
