package library

import (
	"context"
	"errors"
	"slices"
	"time"

	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/search"
)

// Report says what a refresh did.
type Report struct {
	Chapters int             `json:"chapters"`
	Sections int             `json:"sections"`
	Passages int             `json:"passages"`
	Added    []string        `json:"added"`   // files, paths under the content directory
	Changed  []string        `json:"changed"` // files re-indexed
	Removed  []string        `json:"removed"` // files deleted from the index
	Problems []*book.Problem `json:"problems"`
	// Read says how each file of Added and Changed was read, in that order.
	Read []FileRead `json:"read"`
	// Formats counts the chapters of the index by how they were read
	// (book.FormatMarkdown, ...).
	Formats map[string]int `json:"formats"`
	// Warnings are what was ignored in chapters of the index
	// (book.Chapter.Warnings), every indexed chapter's, in file order.
	Warnings []*book.Problem `json:"warnings"`
	// Unread are the content's files of formats chapterbot does not read
	// (not hidden, regular, another extension than book.Formats), sorted.
	Unread []string `json:"unread"`
	// Summaries are the content's mdBook tables of contents
	// (book.IsSummary: a SUMMARY.md that links to chapters), sorted: the
	// book's structure, read and not indexed as chapters.
	Summaries []string      `json:"summaries"`
	Duration  time.Duration `json:"duration"`
	Version   string        `json:"version"` // content hash of the live index after the refresh
	Rebuilt   bool          `json:"rebuilt"` // true when the index was rebuilt from scratch
	// Saved is the file AddChapter wrote before refreshing (also when the
	// refresh then failed), and Replaced whether it replaced one.
	Saved    string `json:"saved,omitempty"`
	Replaced bool   `json:"replaced,omitempty"`
	// Waited is true when this refresh first waited for another one to
	// end (of this process or another).
	Waited bool `json:"-"`
	// By is who asked for the refresh (see AskedBy); "" when unknown.
	By string `json:"by,omitempty"`
	// Vectors says what became of the passages' embeddings; nil without
	// an Embedder, or when the refresh left them alone.
	Vectors *VectorReport `json:"vectors,omitempty"`
}

// Unchanged reports whether the refresh left the index as it was.
func (r Report) Unchanged() bool {
	return len(r.Added) == 0 && len(r.Changed) == 0 && len(r.Removed) == 0 && !r.Rebuilt &&
		(r.Vectors == nil || r.Vectors.Embedded == 0)
}

// FileRead is how one chapter file was read.
type FileRead struct {
	File     string `json:"file"`
	Format   string `json:"format"` // book.FormatMarkdown, ...
	Sections int    `json:"sections"`
}

// report completes r with the totals, problems, warnings and formats of s.
func report(s *search.Snapshot, r Report) Report {
	st := s.Status()
	r.Chapters, r.Sections, r.Passages, r.Version = st.Chapters, st.Sections, st.Passages, st.Version
	r.Problems = nil
	for _, p := range s.Skipped() {
		r.Problems = append(r.Problems, &book.Problem{File: p.File, Line: p.Line, Reason: p.Reason})
	}
	chs := s.Chapters()
	byFile := make(map[string]*search.ChapterInfo, len(chs))
	r.Formats, r.Warnings, r.Read = map[string]int{}, nil, nil
	for i, c := range chs {
		byFile[c.File] = &chs[i]
		r.Formats[c.Format]++
		for _, w := range c.Warnings {
			r.Warnings = append(r.Warnings, &book.Problem{File: c.File, Line: w.Line, Reason: w.Reason})
		}
	}
	for _, f := range append(slices.Clone(r.Added), r.Changed...) {
		if c := byFile[f]; c != nil {
			r.Read = append(r.Read, FileRead{File: f, Format: c.Format, Sections: len(c.Sections)})
		}
	}
	return r
}

// Result is how a refresh ended: what metrics count and /status shows.
type Result string

// The results of a refresh.
const (
	ResultOK        Result = "ok"        // the index changed
	ResultUnchanged Result = "unchanged" // the content was already indexed
	ResultBusy      Result = "busy"      // another refresh held the index (past the wait), or one was backed off
	ResultFailed    Result = "failed"    // the refresh failed; the old index still serves
)

// ResultOf is the one mapping from a refresh's outcome to its Result.
func ResultOf(rep Report, err error) Result {
	switch {
	case errors.Is(err, ErrBusy), errors.Is(err, ErrBackoff):
		return ResultBusy
	case err != nil:
		return ResultFailed
	case rep.Unchanged():
		return ResultUnchanged
	}
	return ResultOK
}

// LastRefresh is the last refresh this Library ran.
type LastRefresh struct {
	At     time.Time // when it ended
	Took   time.Duration
	Result Result
	Err    string // the failure, for logs and operators
	By     string // who asked for it (see AskedBy)
}

type askerKey struct{}

// AskedBy returns ctx carrying who asks for the refreshes run with it: a
// moderator's user name, a file watcher, the command line. Report.By and
// LastRefresh.By name them, and so does the generation a refresh builds
// (search.Status.BuiltBy), for the processes that pick it up.
func AskedBy(ctx context.Context, who string) context.Context {
	return context.WithValue(ctx, askerKey{}, who)
}

// askedBy is who ctx says asks; "" when it does not say.
func askedBy(ctx context.Context) string {
	who, _ := ctx.Value(askerKey{}).(string)
	return who
}
