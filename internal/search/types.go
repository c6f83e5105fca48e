package search

import "time"

// Hit is one ranked passage. Passages of one section may appear as separate hits.
type Hit struct {
	ID           string `json:"id"`            // section ID: "<chapter-slug>#<anchor>" or the bare slug
	Passage      string `json:"-"`             // the passage's ID, unique in the index (see Passage)
	File         string `json:"file"`          // source path under the content directory
	Chapter      string `json:"chapter"`       // chapter slug
	ChapterTitle string `json:"chapter_title"` // chapter title
	// Tags are the chapter's front-matter tags, searched with its title.
	Tags    []string `json:"-"`
	Heading string   `json:"heading"` // the section's own heading; empty for an intro
	Trail   []string `json:"trail"`   // chapter title › heading › sub-heading
	URL     string   `json:"url"`     // deep link; empty when the chapter has no url
	Score   float64  `json:"score"`   // BM25 score, an overview section's raised by overviewBoost (SearchVector: cosine; answer.Engine.Search with embeddings: fused)
	Snippet string   `json:"snippet"` // short excerpt around the best match
	Text    string   `json:"text"`    // the whole passage
}

// ChapterInfo is a chapter's outline, kept in the manifest so that listing
// chapters and sections needs no query.
type ChapterInfo struct {
	Slug     string        `json:"slug"`
	File     string        `json:"file"`
	Title    string        `json:"title"`
	Subtitle string        `json:"subtitle,omitempty"`
	Tags     []string      `json:"tags,omitempty"`
	URL      string        `json:"url,omitempty"`
	Lang     string        `json:"lang,omitempty"`
	Format   string        `json:"format"`           // how the file was read: a book.Format* constant
	Source   []string      `json:"source,omitempty"` // a site-text export's source lines
	Related  []Related     `json:"related,omitempty"`
	Sections []SectionInfo `json:"sections"`
	// Warnings are what book.Parse ignored in the chapter (Line 0: the
	// whole file), kept so that every refresh reports them, not only the
	// one that read the file.
	Warnings []Warning `json:"warnings,omitempty"`
}

// Related is one entry of a chapter's "Related chapters" list, matched to
// the book when the index is written.
type Related struct {
	Title string `json:"title"` // as written in the chapter
	Why   string `json:"why,omitempty"`
	// Slug is the chapter of the book whose title is Title, compared
	// without case or punctuation; empty when no other chapter has it.
	Slug string `json:"slug,omitempty"`
}

// Warning is something book.Parse ignored in a chapter it indexed.
type Warning struct {
	Line   int    `json:"line,omitempty"`
	Reason string `json:"reason"`
}

// SectionInfo is one entry of a chapter's outline.
type SectionInfo struct {
	ID      string   `json:"id"`
	Heading string   `json:"heading"`
	Level   int      `json:"level"`
	Trail   []string `json:"trail"`
	URL     string   `json:"url,omitempty"`
	// Passages is the number of passages the section's text was cut into
	// (0 for an empty intro).
	Passages int `json:"passages"`
	// Links are the sections of other pages the section links to
	// (book.Section.Links), read by linked.go.
	Links []string `json:"links,omitempty"`
}

// Status describes the live index.
type Status struct {
	Version  string // content hash
	Chapters int
	Sections int
	Passages int
	BuiltAt  time.Time // when the live generation was built
	// BuiltBy is who asked for the live generation (Changes.BuiltBy), and
	// BuiltPID the process that built it; "" and 0 when unknown.
	BuiltBy  string
	BuiltPID int
	Dir      string // the live generation's directory
}
