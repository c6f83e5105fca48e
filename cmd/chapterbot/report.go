package main

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/library"
)

// Caps on the lists of the text report; --json lists everything.
const (
	maxReadLines   = 20
	maxUnreadNames = 10
)

// formatNames are the chapter formats as the report names them, in the
// order it lists them.
var formatNames = []struct{ format, name string }{
	{book.FormatMarkdown, "markdown"},
	{book.FormatSiteText, "site text"},
	{book.FormatText, "plain text"},
	{book.FormatHTML, "html"},
}

func formatName(f string) string {
	for _, n := range formatNames {
		if n.format == f {
			return n.name
		}
	}
	return f
}

// formatCounts is "3 markdown, 1 site text": the chapters by format.
func formatCounts(counts map[string]int) string {
	var parts []string
	for _, n := range formatNames {
		if c := counts[n.format]; c > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", c, n.name))
		}
	}
	for _, f := range slices.Sorted(maps.Keys(counts)) {
		known := slices.ContainsFunc(formatNames, func(n struct{ format, name string }) bool { return n.format == f })
		if !known && counts[f] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[f], f))
		}
	}
	return strings.Join(parts, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// unreadLine says which files of the content are of formats chapterbot
// does not read.
func unreadLine(files []string) string {
	names := files
	more := ""
	if len(files) > maxUnreadNames {
		names, more = files[:maxUnreadNames], fmt.Sprintf(" and %d more", len(files)-maxUnreadNames)
	}
	kind := "files of formats"
	if len(files) == 1 {
		kind = "file of a format"
	}
	return fmt.Sprintf("skipped %d %s chapterbot does not read: %s%s; it reads %s", len(files), kind,
		strings.Join(names, ", "), more, book.Formats)
}

// emptyBook says why an index holds no chapter.
func emptyBook(src source, rep library.Report) string {
	if len(rep.Problems) > 0 {
		return fmt.Sprintf("no chapter file of %s could be read (%s); chapterbot reads %s",
			src.name, plural(len(rep.Problems), "problem", "problems"), book.Formats)
	}
	return fmt.Sprintf("%s holds no chapter files: chapterbot reads %s", src.name, book.Formats)
}

// writeReport prints what `index` did.
func writeReport(w io.Writer, src source, rep library.Report) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s -> %s\nchapters %d, sections %d, passages %d\n", src.name, src.indexDir, rep.Chapters, rep.Sections, rep.Passages)
	if rep.Chapters > 0 {
		fmt.Fprintf(&b, "read: %s\n", formatCounts(rep.Formats))
	}
	fmt.Fprintf(&b, "files added %d, changed %d, removed %d\n", len(rep.Added), len(rep.Changed), len(rep.Removed))
	for i, r := range rep.Read {
		if i == maxReadLines {
			fmt.Fprintf(&b, "  … and %d more (--json lists them all)\n", len(rep.Read)-maxReadLines)
			break
		}
		fmt.Fprintf(&b, "  %s: %s, %s\n", r.File, formatName(r.Format), plural(r.Sections, "section", "sections"))
	}
	fmt.Fprintf(&b, "problems %d\n", len(rep.Problems))
	for _, p := range rep.Problems {
		fmt.Fprintf(&b, "  %s\n", p)
	}
	fmt.Fprintf(&b, "warnings %d\n", len(rep.Warnings))
	for _, p := range rep.Warnings {
		fmt.Fprintf(&b, "  %s\n", p)
	}
	if len(rep.Unread) > 0 {
		fmt.Fprintln(&b, unreadLine(rep.Unread))
	}
	for _, f := range rep.Summaries {
		fmt.Fprintf(&b, "%s: mdBook's table of contents, the book's structure: not indexed as a chapter\n", f)
	}
	if rep.Vectors != nil {
		fmt.Fprintln(&b, rep.Vectors)
	}
	fmt.Fprintf(&b, "version %s\ntook %s\n", rep.Version, rep.Duration.Round(time.Millisecond))
	_, err := io.WriteString(w, b.String())
	return err
}

// indexJSON is the report as `index --json` prints it: every field always
// present, lists empty rather than absent or null.
type indexJSON struct {
	Content    string             `json:"content"`
	Index      string             `json:"index"`
	Chapters   int                `json:"chapters"`
	Sections   int                `json:"sections"`
	Passages   int                `json:"passages"`
	Formats    map[string]int     `json:"formats"`
	Added      []string           `json:"added"`
	Changed    []string           `json:"changed"`
	Removed    []string           `json:"removed"`
	Read       []library.FileRead `json:"read"`
	Problems   []problemJSON      `json:"problems"`
	Warnings   []problemJSON      `json:"warnings"`
	Unread     []string           `json:"unread"`
	Summaries  []string           `json:"summaries"`
	Rebuilt    bool               `json:"rebuilt"`
	Version    string             `json:"version"`
	DurationMS int64              `json:"duration_ms"`
	// Vectors is there only with EMBEDDINGS_MODEL.
	Vectors *library.VectorReport `json:"vectors,omitempty"`
}

type problemJSON struct {
	File   string `json:"file"`
	Line   int    `json:"line"` // 0: the whole file
	Reason string `json:"reason"`
}

func problemsJSON(ps []*book.Problem) []problemJSON {
	out := []problemJSON{}
	for _, p := range ps {
		out = append(out, problemJSON{File: p.File, Line: p.Line, Reason: p.Reason})
	}
	return out
}

func indexReport(src source, rep library.Report) indexJSON {
	formats := rep.Formats
	if formats == nil {
		formats = map[string]int{}
	}
	return indexJSON{Content: src.name, Index: src.indexDir, Chapters: rep.Chapters, Sections: rep.Sections, Passages: rep.Passages,
		Formats: formats, Added: orEmpty(rep.Added), Changed: orEmpty(rep.Changed), Removed: orEmpty(rep.Removed),
		Read: orEmpty(rep.Read), Problems: problemsJSON(rep.Problems), Warnings: problemsJSON(rep.Warnings),
		Unread: orEmpty(rep.Unread), Summaries: orEmpty(rep.Summaries), Rebuilt: rep.Rebuilt, Version: rep.Version, DurationMS: rep.Duration.Milliseconds(), Vectors: rep.Vectors}
}
