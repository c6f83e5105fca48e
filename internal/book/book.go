// Package book turns a content directory of Markdown and plain-text chapters
// into chapters and sections, with stable section IDs and deep links.
package book

import "fmt"

// MaxFileSize is the largest chapter file accepted; bigger files are
// reported as problems and skipped.
const MaxFileSize = 5 << 20

// Chapter is one file of the book.
type Chapter struct {
	File     string    // path under the content directory, with "/" separators
	Slug     string    // front matter slug, else File without extension
	Title    string    // front matter title, else first H1, else the file name
	URL      string    // front matter url; empty when none
	Lang     string    // front matter lang; empty when none
	Tags     []string  // front matter tags
	Sections []Section // in document order; Sections[0] is the intro (may have empty Text)
}

// Section is the text under one heading (or the chapter's intro).
type Section struct {
	ID      string   // "<chapter-slug>#<anchor>", or the bare slug for the intro
	Anchor  string   // GitHub-style heading slug; empty for the intro
	Heading string   // the heading's own text; empty for the intro
	Level   int      // heading level (2 for "##"); 0 for the intro
	Trail   []string // chapter title, then each enclosing heading, ending with Heading
	URL     string   // chapter URL + "#" + Anchor (chapter URL for the intro); empty when the chapter has none
	Line    int      // 1-based line of the heading in the source file (front matter counted); 1 for the intro
	Text    string   // plain text: paragraphs separated by a blank line ("\n\n")
}

// Problem is a file that could not be used, reported as "path:line: reason".
type Problem struct {
	File   string
	Line   int // 1-based; 0 when the problem is the whole file
	Reason string
}

// Error returns "path:line: reason", or "path: reason" when Line is 0.
func (p *Problem) Error() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Reason)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Reason)
}
