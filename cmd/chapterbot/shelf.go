package main

import (
	"context"
	"errors"

	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/discord"
	"github.com/chapterbot/chapterbot/internal/library"
)

// shelf is the bot's discord.Shelf over the library: the library does the
// work (waiting for a running refresh, validating and writing uploads,
// counting every refresh once); shelf only translates its reports into
// the bot's terms.
type shelf struct {
	lib     *library.Library
	uploads bool // false: the book is the embedded one, uploads are refused
}

func newShelf(lib *library.Library, uploads bool) *shelf {
	return &shelf{lib: lib, uploads: uploads}
}

func (s *shelf) Progress() (done, total int, running bool) { return s.lib.Progress() }

func (s *shelf) LastRefresh() (discord.RefreshReport, bool) {
	last, ok := s.lib.LastRefresh()
	if !ok {
		return discord.RefreshReport{}, false
	}
	return discord.RefreshReport{
		Result:   discord.RefreshResult(last.Result),
		Finished: last.At,
		Duration: last.Took,
		Version:  s.lib.Index().Status().Version,
		By:       last.By,
	}, true
}

func (s *shelf) Refresh(ctx context.Context, by string, progress func(done, total int)) (discord.RefreshReport, error) {
	rep, err := s.lib.Refresh(library.AskedBy(ctx, by), progress)
	return s.report(rep, err)
}

func (s *shelf) AddChapter(ctx context.Context, by, name string, data []byte, progress func(done, total int)) (discord.RefreshReport, error) {
	if !s.uploads {
		return discord.RefreshReport{Refused: name + ": this bot serves its embedded sample book; set CONTENT_DIR to accept chapters"}, nil
	}
	rep, err := s.lib.AddChapter(library.AskedBy(ctx, by), name, data, progress)
	var p *book.Problem
	if rep.Saved == "" && (errors.Is(err, library.ErrBadName) || errors.As(err, &p)) {
		return discord.RefreshReport{Refused: err.Error()}, nil
	}
	return s.report(rep, err)
}

// report turns the library's report into the bot's; a refresh turned away
// as busy is a report, not an error.
func (s *shelf) report(rep library.Report, err error) (discord.RefreshReport, error) {
	out := discord.RefreshReport{
		Result:    discord.RefreshResult(library.ResultOf(rep, err)),
		Chapters:  rep.Chapters,
		Sections:  rep.Sections,
		Added:     rep.Added,
		Changed:   rep.Changed,
		Removed:   rep.Removed,
		Rebuilt:   rep.Rebuilt,
		Saved:     rep.Saved,
		Replaced:  rep.Replaced,
		Waited:    rep.Waited,
		Duration:  rep.Duration,
		Version:   rep.Version,
		Unread:    rep.Unread,
		Summaries: rep.Summaries,
		By:        rep.By,
	}
	for _, p := range rep.Problems {
		out.Problems = append(out.Problems, p.Error())
	}
	for _, p := range rep.Warnings {
		out.Warnings = append(out.Warnings, p.Error())
	}
	if last, ok := s.lib.LastRefresh(); ok {
		out.Finished = last.At
	}
	if out.Result == discord.RefreshBusy {
		return out, nil
	}
	return out, err
}
