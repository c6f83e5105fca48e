package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/chapterbot/chapterbot/internal/search"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// refreshFunc refreshes an index from its content.
type refreshFunc func(ctx context.Context, progress func(done, total int)) (search.Report, error)

// openIndex opens the index of src. With fresh set, a missing or stale
// index is refreshed first, and the one line saying so goes to stderr;
// when another process holds the refresh, the live index answers.
func (a *app) openIndex(ctx context.Context, src source, fresh bool) (*search.Index, error) {
	ix, err := search.Open(src.indexDir, search.Options{Logger: a.log})
	if err != nil {
		return nil, err
	}
	if w := ix.Warning(); w != nil {
		// Bleve's messages may span lines (a mapping dump): the first says it.
		line, _, _ := strings.Cut(w.Error(), "\n")
		fmt.Fprintf(a.stderr, "warning: %s: rebuilding\n", line)
	}
	if !fresh {
		return ix, nil
	}
	refresh := func(ctx context.Context, progress func(done, total int)) (search.Report, error) {
		return ix.Refresh(ctx, src.fsys, progress)
	}
	if err := a.freshen(ctx, ix, src, refresh); err != nil {
		ix.Close()
		return nil, err
	}
	return ix, nil
}

// freshen refreshes ix through refresh when it is missing or stale.
func (a *app) freshen(ctx context.Context, ix *search.Index, src source, refresh refreshFunc) error {
	live := ix.Status().Version != ""
	why := "missing"
	if ix.Warning() != nil {
		why = "unusable"
	}
	if live {
		stale, err := ix.Stale(src.fsys)
		if err != nil {
			return err
		}
		if !stale {
			return nil
		}
		why = "stale"
	}
	fmt.Fprintf(a.stderr, "index %s is %s: refreshing from %s\n", src.indexDir, why, src.name)
	rep, err := refresh(ctx, nil)
	switch {
	case errors.Is(err, search.ErrBusy) && live:
		fmt.Fprintln(a.stderr, "another process is refreshing the index: answering from the live index")
		return nil
	case errors.Is(err, search.ErrBusy):
		return fmt.Errorf("another process is building the index in %s: try again in a moment", src.indexDir)
	case err != nil && live:
		// A full disk or a read-only directory: the old index still answers.
		fmt.Fprintf(a.stderr, "warning: could not refresh the index (%v): answering from the index built %s\n", err, ix.Status().BuiltAt.Format(time.RFC3339))
		return nil
	case err != nil:
		return err
	}
	for _, p := range rep.Problems {
		fmt.Fprintf(a.stderr, "skipped %s\n", p)
	}
	return nil
}

// openFresh opens the index of the book f names, refreshed when stale.
func (a *app) openFresh(ctx context.Context, f *flags) (*search.Index, error) {
	src, err := a.resolveSource(f)
	if err != nil {
		return nil, err
	}
	return a.openIndex(ctx, src, true)
}

func (a *app) index(ctx context.Context, args []string) error {
	f := newFlags("index", a.stderr)
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("index takes no arguments")
	}
	src, err := a.resolveSource(f)
	if err != nil {
		return err
	}
	ix, err := a.openIndex(ctx, src, false)
	if err != nil {
		return err
	}
	defer ix.Close()
	var bar *progressbar.ProgressBar
	progress := func(done, total int) {
		// A bar only on a terminal, and only for builds long enough to need one.
		if total < 200 || !isTerminal(a.stderr) {
			return
		}
		if bar == nil {
			bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(a.stderr), progressbar.OptionSetDescription("indexing"),
				progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
		}
		bar.Set(done)
	}
	rep, err := ix.Refresh(ctx, src.fsys, progress)
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		return err
	}
	return writeReport(a.stdout, src, rep)
}

func writeReport(w io.Writer, src source, rep search.Report) error {
	_, err := fmt.Fprintf(w, "%s -> %s\nchapters %d, sections %d, passages %d\nfiles added %d, changed %d, removed %d\nproblems %d\nversion %s\ntook %s\n",
		src.name, src.indexDir, rep.Chapters, rep.Sections, rep.Passages, len(rep.Added), len(rep.Changed), len(rep.Removed),
		len(rep.Problems), rep.Version, rep.Duration.Round(time.Millisecond))
	for _, p := range rep.Problems {
		if _, err := fmt.Fprintf(w, "  %s\n", p); err != nil {
			return err
		}
	}
	return err
}

func isTerminal(w any) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(f.Fd()))
}
