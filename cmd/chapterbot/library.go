package main

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/discord"
	"github.com/chapterbot/chapterbot/internal/library"
	"github.com/chapterbot/chapterbot/internal/search"
)

// openLibrary opens the book of src and its index. A warning about an
// unusable index goes to stderr; on a terminal, so does a line when a
// refresh waits for another process's.
func (a *app) openLibrary(src source, rec library.Recorder) (*library.Library, error) {
	opts := library.Options{IndexDir: src.indexDir, Logger: a.log, Recorder: rec}
	opts.Search.KnownWord = answer.KnownEnglish // a word of general English is no typo
	if src.dir != "" {
		opts.ContentDir = src.dir
	} else {
		opts.ContentFS = src.fsys
	}
	emb, err := a.embedClient(false)
	if err != nil {
		return nil, err
	}
	if emb != nil {
		opts.Embedder, opts.EmbedProgress = emb, a.embedProgress
	}
	if isTerminal(a.stderr) {
		opts.Waiting = func(h library.Holder) {
			fmt.Fprintf(a.stderr, "waiting for the refresh of %s by %s\n", src.indexDir, h)
		}
	}
	lib, err := library.Open(opts)
	if err != nil {
		return nil, err
	}
	if w := lib.Warning(); w != nil {
		// Bleve's messages may span lines (a mapping dump): the first says it.
		line, _, _ := strings.Cut(w.Error(), "\n")
		fmt.Fprintf(a.stderr, "warning: %s: rebuilding\n", line)
	}
	return lib, nil
}

// freshen refreshes the index of lib when it is missing or stale, saying
// so in one line on stderr. While a live index can answer, it does not
// wait for another process's refresh, nor retry soon a refresh of the same
// content that failed (a full disk): the live index answers, and stderr
// says so.
func (a *app) freshen(ctx context.Context, lib *library.Library, src source) error {
	ix := lib.Index()
	live := ix.Status().Version != ""
	// The content is hashed once: the refresh starts from the scan that
	// found it stale.
	rep, stale, err := lib.RefreshIfStale(ctx, func() {
		why := "missing"
		switch {
		case lib.Warning() != nil:
			why = "unusable"
		case live:
			why = "stale"
		}
		fmt.Fprintf(a.stderr, "index %s is %s: refreshing from %s\n", src.indexDir, why, src.name)
	})
	if !stale {
		return err
	}
	live = ix.Status().Version != ""
	switch {
	case errors.Is(err, library.ErrBusy) && live:
		fmt.Fprintln(a.stderr, "another process is refreshing the index: answering from the live index")
		return nil
	case errors.Is(err, library.ErrBusy):
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
// The caller closes the index (the Library holds nothing else).
func (a *app) openFresh(ctx context.Context, f *flags) (*search.Index, error) {
	src, err := a.resolveSource(f)
	if err != nil {
		return nil, err
	}
	lib, err := a.openLibrary(src, nil)
	if err != nil {
		return nil, err
	}
	if err := a.freshen(library.AskedBy(ctx, discord.AskerCommandLine), lib, src); err != nil {
		lib.Close()
		return nil, err
	}
	return lib.Index(), nil
}

func (a *app) index(ctx context.Context, args []string) error {
	f := newFlags("index")
	asJSON := f.Bool("json", false, "JSON output")
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
	var bar *progressbar.ProgressBar
	bars := func(what string, min int) func(done, total int) {
		return func(done, total int) {
			// A bar only on a terminal, and only for work long enough to need one.
			if total < min || !isTerminal(a.stderr) {
				return
			}
			if bar != nil && bar.GetMax() != total {
				bar.Finish()
				bar = nil
			}
			if bar == nil {
				bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(a.stderr), progressbar.OptionSetDescription(what),
					progressbar.OptionShowCount(), progressbar.OptionClearOnFinish())
			}
			bar.Set(done)
		}
	}
	a.embedProgress = bars("embedding", 64)
	lib, err := a.openLibrary(src, nil)
	if err != nil {
		return err
	}
	defer lib.Close()
	rep, err := lib.Refresh(library.AskedBy(ctx, discord.AskerCommandLine), bars("indexing", 200))
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		return err
	}
	if v := rep.Vectors; v != nil && v.Error != "" {
		fmt.Fprintf(a.stderr, "warning: embeddings failed, the index is committed with vectors for %d of %d passages (the others are found by keywords only): %s\n",
			v.Passages, v.Passages+v.Missing, v.Error)
	}
	if rep.Chapters == 0 {
		fmt.Fprintf(a.stderr, "warning: %s\n", emptyBook(src, rep))
	}
	if *asJSON {
		return writeJSON(a.stdout, indexReport(src, rep))
	}
	return writeReport(a.stdout, src, rep)
}

func isTerminal(w any) bool {
	f, ok := w.(interface{ Fd() uintptr })
	return ok && term.IsTerminal(int(f.Fd()))
}
