// Package book turns a content directory of Markdown, plain-text, site-text
// and HTML chapters into chapters and sections, with stable section IDs and
// deep links.
package book

import "fmt"

// MaxFileSize is the largest chapter file accepted; bigger files are
// reported as problems and skipped.
const MaxFileSize = 5 << 20

// The formats a chapter file is read in, as Chapter.Format names them.
const (
	FormatMarkdown = "markdown"  // ".md", ".markdown" and any other extension
	FormatSiteText = "site-text" // a ".txt" file in the layout the book's website exports
	FormatText     = "text"      // any other ".txt" file: a title line, then paragraphs
	FormatHTML     = "html"      // ".html", ".htm": a page saved from a website
)

// Chapter is one file of the book.
type Chapter struct {
	File     string    // path under the content directory, with "/" separators
	Slug     string    // front matter slug, else File without extension
	Title    string    // front matter title, else first H1 (the site-text title line), else the file name
	Subtitle string    // the line under the title in a site-text export; empty elsewhere
	URL      string    // front matter url (an HTML page's canonical URL); empty when none or invalid
	Lang     string    // base language code ("en", "ru"): front matter lang, else <html lang>, else detected; empty when unsure
	Tags     []string  // front matter tags
	Format   string    // how the file was read: one of the Format constants
	Source   []string  // a site-text export's source lines ("Book cube", "Documentary review from …"), without the "Source" label
	Related  []Related // a site-text export's "Related chapters" list, in order; not indexed as a section
	Sections []Section // in document order; Sections[0] is the intro (may have empty Text)
	// Warnings are problems in a chapter that is still used: a front matter
	// url or lang that was ignored, or a long chapter that gave one section
	// (so answers can only cite it whole). The index reports them beside the
	// files it could not use.
	Warnings []*Problem
}

// Related is one entry of a chapter's "Related chapters" list. Title is as
// written: matching it to a chapter of the book is up to the caller.
type Related struct {
	Title string // "TypeScript: The Documentary"
	Why   string // the reason given after the title; empty when none
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
	// Cited holds the paragraphs of other sections of the same page that
	// link to this one, in the page's words for it (see citedBy); HTML only.
	Cited []string
	// Links are the IDs of the sections of other pages of the book that the
	// section's text links to, first link first, each once (see
	// linkTarget); HTML only.
	Links []string
}

// Problem is something wrong in a chapter file, reported as
// "path:line: reason": either the file could not be used (Parse's error) or
// something in it was ignored (Chapter.Warnings).
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
