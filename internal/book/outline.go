package book

import (
	"slices"
	"strings"
	"unicode"
)

// outline builds a chapter's sections from headings met in document order,
// keeping the trail of enclosing headings: the site-text and HTML readers
// share it.
type outline struct {
	ch    *Chapter
	stack []openHeading
	cur   Section
	line  int // line of the last heading, so lines never go backwards
}

type openHeading struct {
	level   int
	heading string
	title   bool // the heading repeats the chapter title: no level of the trail
}

// newOutline starts ch's sections with the intro. ch.Slug, ch.Title and
// ch.URL must be final.
func newOutline(ch *Chapter) *outline {
	return &outline{ch: ch, cur: Section{ID: ch.Slug, Trail: []string{ch.Title}, URL: ch.URL, Line: 1}, line: 1}
}

// heading closes the current section with text and opens one for a heading
// at level, with an anchor already made unique, on line.
//
// A top heading that repeats the chapter title (a page whose <title> names
// it and whose first <h2> says it again) stays a section, under its own
// anchor, but adds no level to the trails: "File system › Promises API",
// not "File system › File system › Promises API".
func (o *outline) heading(text string, level int, heading, anchor string, line int) {
	o.cur.Text = text
	o.ch.Sections = append(o.ch.Sections, o.cur)
	for len(o.stack) > 0 && o.stack[len(o.stack)-1].level >= level {
		o.stack = o.stack[:len(o.stack)-1]
	}
	title := len(o.stack) == 0 && sameHeading(heading, o.ch.Title)
	o.stack = append(o.stack, openHeading{level, heading, title})
	trail := make([]string, 0, len(o.stack)+1)
	trail = append(trail, o.ch.Title)
	for _, h := range o.stack {
		if !h.title {
			trail = append(trail, h.heading)
		}
	}
	o.line = max(o.line, line)
	o.cur = Section{
		ID:      o.ch.Slug + "#" + anchor,
		Anchor:  anchor,
		Heading: heading,
		Level:   level,
		Trail:   trail,
		Line:    o.line,
	}
	if o.ch.URL != "" {
		o.cur.URL = o.ch.URL + "#" + anchor
	}
}

// intro reports whether no heading has been met yet: text goes to the
// intro.
func (o *outline) intro() bool { return len(o.ch.Sections) == 0 }

// end closes the last section with text.
func (o *outline) end(text string) {
	o.cur.Text = text
	o.ch.Sections = append(o.ch.Sections, o.cur)
}

// sameHeading reports whether two headings say the same words, ignoring
// case, white space and punctuation: a <title> keeps the Markdown of its
// heading ("Modules: `node:module` API") where the heading shows code.
func sameHeading(a, b string) bool {
	words := func(s string) string {
		return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
	}
	return strings.EqualFold(words(a), words(b))
}

// link notes that the current section links to href, when href names a
// section of another page of the book (linkTarget).
func (o *outline) link(href string) {
	id, ok := linkTarget(o.ch.File, href)
	if ok && !slices.Contains(o.cur.Links, id) {
		o.cur.Links = append(o.cur.Links, id)
	}
}
