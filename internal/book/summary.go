package book

import (
	"io/fs"
	"path"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// SummaryName is the file an mdBook book's table of contents is kept in,
// beside its chapters (src/SUMMARY.md). Its links to Markdown files name
// the book's chapters, in order, and a link's text is the chapter's name
// in the sidebar. It is the book's structure, not a page: mdBook renders
// no page of it, and its words (every chapter's name) would match a
// question on any chapter. So it is not indexed as a chapter
// (IsSummary).
const SummaryName = "SUMMARY.md"

// IsSummary reports whether file, whose bytes are data, is an mdBook table
// of contents: it is named SummaryName and links to a Markdown file.
func IsSummary(file string, data []byte) bool {
	if path.Base(file) != SummaryName {
		return false
	}
	return len(summaryChapters(file, data)) > 0
}

// summaryChapters maps the chapters file, an mdBook SUMMARY.md whose bytes
// are data, links to (their paths in the content directory: a link is
// relative to its directory) to the text of the first link to each. A
// draft chapter ("[Title]()"), a link out of the book or to anything but a
// Markdown file names no chapter.
func summaryChapters(file string, data []byte) map[string]string {
	titles := map[string]string{}
	dir := path.Dir(file)
	doc := markdown().Parse(text.NewReader(data))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		l, ok := n.(*ast.Link)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		dest := string(l.Destination)
		if i := strings.IndexAny(dest, "#?"); i >= 0 {
			dest = dest[:i]
		}
		if dest == "" || strings.Contains(dest, ":") || strings.HasPrefix(dest, "/") ||
			!(strings.EqualFold(path.Ext(dest), ".md") || strings.EqualFold(path.Ext(dest), ".markdown")) {
			return ast.WalkSkipChildren, nil
		}
		p := path.Join(dir, dest)
		if !fs.ValidPath(p) {
			return ast.WalkSkipChildren, nil
		}
		w := textWriter{src: data}
		w.inlines(l)
		title := strings.Join(strings.Fields(w.String()), " ")
		if _, seen := titles[p]; !seen && title != "" {
			titles[p] = title
		}
		return ast.WalkSkipChildren, nil
	})
	return titles
}
