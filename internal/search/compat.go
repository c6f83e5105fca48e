package search

import (
	"errors"
	"time"

	"github.com/chapterbot/chapterbot/internal/book"
)

// This file keeps internal/discord compiling until it declares its own
// interfaces over internal/library (the lead re-wires it at merge); then
// it goes. Nothing in search uses it.

// ErrBusy is what internal/discord's Refresher reports for a busy refresh.
//
// Deprecated: library.Result (ResultBusy) replaces it.
var ErrBusy = errors.New("a refresh is already running")

// Report is what internal/discord renders after /reindex.
//
// Deprecated: library.Report replaces it.
type Report struct {
	Chapters int             `json:"chapters"`
	Sections int             `json:"sections"`
	Passages int             `json:"passages"`
	Added    []string        `json:"added"`
	Changed  []string        `json:"changed"`
	Removed  []string        `json:"removed"`
	Problems []*book.Problem `json:"problems"`
	Duration time.Duration   `json:"duration"`
	Version  string          `json:"version"`
	Rebuilt  bool            `json:"rebuilt"`
}

// Unchanged reports whether the refresh left the index as it was.
func (r Report) Unchanged() bool {
	return len(r.Added) == 0 && len(r.Changed) == 0 && len(r.Removed) == 0 && !r.Rebuilt
}
