package book

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// markdown is the one goldmark parser, built on first use. goldmark's parser
// keeps per-document state in a parser.Context made for each Parse call, so a
// single parser is safe to share between goroutines (TestParseConcurrent).
var markdown = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()
})

// Parse turns one chapter file into a Chapter. file is the path under the
// content directory ("guides/intro.md"); its extension picks the format:
// ".txt" is the website's text export when it has that layout (a title line
// over "Source", headings as short lines) and plain text otherwise, ".html"
// and ".htm" are web pages, anything else is Markdown. A file that cannot
// be used is reported as a *Problem and no chapter is returned; something
// in it that was ignored is a warning in Chapter.Warnings.
//
// Sections[0] is always the intro (the text before the first heading below
// the title), even when that text is empty, so a chapter's bare slug always
// names a section. A chapter with no text in any section is a problem
// ("empty chapter"): there is nothing in it to answer from.
func Parse(file string, data []byte) (Chapter, error) {
	return ParseFS(nil, file, data)
}

// ParseFS is Parse for a chapter of the content directory fsys, the file
// file holds data: the files a Markdown chapter includes with mdBook's
// directives ({{#include ../listings/a.rs:here}}) are read from fsys,
// relative to the chapter, and their lines put in its text. An include that
// cannot be read (Parse reads none) is left out, and the chapter warned
// once for all of them.
func ParseFS(fsys fs.FS, file string, data []byte) (Chapter, error) {
	if len(data) > MaxFileSize {
		return Chapter{}, &Problem{File: file, Reason: fmt.Sprintf("file too large: %d bytes (limit %d)", len(data), MaxFileSize)}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return Chapter{}, &Problem{File: file, Line: lineOf(data, i), Reason: "binary content (NUL byte)"}
	}
	if !utf8.Valid(data) {
		return Chapter{}, &Problem{File: file, Line: lineOf(data, firstInvalid(data)), Reason: "invalid UTF-8"}
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff")) // a BOM holds no newline, so lines stay put

	ext := path.Ext(file)
	ch := Chapter{File: file, Slug: strings.TrimSuffix(file, ext)}
	var err error
	switch format(file) {
	case FormatText:
		if !parseSiteText(&ch, data) {
			parseText(&ch, data)
		}
	case FormatHTML:
		err = parseHTML(&ch, data)
	default:
		err = parseMarkdown(&ch, fsys, data)
	}
	if err != nil {
		return Chapter{}, err
	}
	if strings.Contains(ch.Slug, "#") {
		// An ID is the slug, "#", then the anchor: the slug cannot hold one.
		return Chapter{}, &Problem{File: file, Reason: `slug contains "#"; rename the file or set a slug in front matter`}
	}
	withText, words := 0, 0
	for _, s := range ch.Sections {
		if s.Text != "" {
			withText++
			words += countWords(s.Text)
		}
	}
	if withText == 0 {
		return Chapter{}, &Problem{File: file, Reason: "empty chapter"}
	}
	if withText == 1 && words > LongSection {
		ch.Warnings = append(ch.Warnings, &Problem{File: file, Reason: oneSection(ch.Format, words)})
	}
	if ch.Lang == "" {
		ch.Lang = detectLang(&ch)
	}
	return ch, nil
}

// format is how the extension of file says to read it: FormatText for
// ".txt" (site text when it has that layout), FormatHTML, else
// FormatMarkdown.
func format(file string) string {
	switch strings.ToLower(path.Ext(file)) {
	case ".txt":
		return FormatText
	case ".html", ".htm":
		return FormatHTML
	}
	return FormatMarkdown
}

// LongSection is the most words a chapter may hold in one section without a
// warning: past that (two passages' worth) an answer can only cite the
// whole chapter, which is a sign its headings were not recognised.
const LongSection = 500

func oneSection(format string, words int) string {
	if format == FormatText {
		return fmt.Sprintf("%d words of plain text in one section, so answers can cite only the whole chapter: "+
			"write it as Markdown with headings, or keep the website's export layout", words)
	}
	return fmt.Sprintf("%d words in one section, so answers can cite only the whole chapter: no headings were found", words)
}

// baseName is the file name without folders and extension, the title of last
// resort.
func baseName(file string) string {
	b := path.Base(file)
	return strings.TrimSuffix(b, path.Ext(b))
}

func lineOf(data []byte, off int) int {
	return 1 + bytes.Count(data[:off], []byte{'\n'})
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(data)
}

// parseText reads a plain-text chapter: the first non-empty line is the
// title, everything after it is the intro, paragraphs split at blank lines.
// Line breaks inside a paragraph are kept: plain text has no markup to say
// whether they matter (a poem, a list) or not.
func parseText(ch *Chapter, data []byte) {
	var w textWriter
	for rest := data; len(rest) > 0; {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte{'\n'})
		line = bytes.TrimRight(line, " \t\r")
		if ch.Title == "" {
			ch.Title = string(bytes.TrimSpace(line))
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			w.brk("\n\n")
			continue
		}
		w.brk("\n")
		w.write(line)
	}
	if ch.Title == "" {
		ch.Title = baseName(ch.File)
	}
	ch.Format = FormatText
	ch.Sections = []Section{{ID: ch.Slug, Trail: []string{ch.Title}, Line: 1, Text: w.sb.String()}}
}

func parseMarkdown(ch *Chapter, fsys fs.FS, data []byte) error {
	ch.Format = FormatMarkdown
	body, offset := data, 0
	yamlText, start, ok, err := splitFrontMatter(ch.File, data)
	if err != nil {
		return err
	}
	if ok {
		fm, err := parseFrontMatter(ch.File, yamlText)
		if err != nil {
			return err
		}
		ch.Title, ch.URL, ch.Lang, ch.Tags, ch.Warnings = fm.title, fm.url, fm.lang, fm.tags, fm.warnings
		if fm.slug != "" {
			ch.Slug = fm.slug
		}
		body, offset = data[start:], start
	}

	x := expandMdbook(fsys, ch.File, body)
	if w := x.warning(ch.File, lineOf(data, offset+x.firstAt)); w != nil {
		ch.Warnings = append(ch.Warnings, w)
	}
	body = x.text
	doc := markdown().Parse(text.NewReader(body))

	// The title: front matter, else the first (non-empty) H1, else the file.
	// That H1 is the title, not a section, and so is an H1 that repeats the
	// front matter title (the usual pattern of site generators): its text is
	// the intro, rather than an empty intro and a section named like the
	// chapter.
	var titleH1 *ast.Heading
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 1 {
			if t := headingText(h, body); t != "" {
				if ch.Title == "" {
					titleH1, ch.Title = h, t
				} else if strings.EqualFold(t, ch.Title) {
					titleH1 = h
				}
				break
			}
		}
	}
	if ch.Title == "" {
		ch.Title = baseName(ch.File)
	}

	used := anchors{}
	lines := lineCounter{data: data, line: 1}
	type open struct {
		level   int
		heading string
	}
	var stack []open
	w := textWriter{src: body, used: used, marks: true}
	cur := Section{ID: ch.Slug, Trail: []string{ch.Title}, URL: ch.URL, Line: 1}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		h, ok := n.(*ast.Heading)
		if !ok {
			w.block(n, "\n\n")
			continue
		}
		heading := headingText(h, body)
		anchor := used.unique(Anchor(heading)) // the title H1 takes its anchor too, as on GitHub
		if h == titleH1 {
			continue
		}
		cur.Text = w.String()
		ch.Sections = append(ch.Sections, cur)
		w.reset()

		for len(stack) > 0 && stack[len(stack)-1].level >= h.Level {
			stack = stack[:len(stack)-1]
		}
		stack = append(stack, open{h.Level, heading})
		trail := make([]string, 0, len(stack)+1)
		trail = append(trail, ch.Title)
		for _, o := range stack {
			trail = append(trail, o.heading)
		}
		cur = Section{
			ID:      ch.Slug + "#" + anchor,
			Anchor:  anchor,
			Heading: heading,
			Level:   h.Level,
			Trail:   trail,
			Line:    lines.at(offset + x.orig(headingPos(h))),
		}
		if ch.URL != "" {
			cur.URL = ch.URL + "#" + anchor
		}
	}
	cur.Text = w.String()
	ch.Sections = append(ch.Sections, cur)
	return nil
}

// headingPos is the byte offset of a heading in the parsed source.
func headingPos(h *ast.Heading) int {
	if p := h.Pos(); p >= 0 {
		return p
	}
	if h.Lines().Len() > 0 {
		return h.Lines().At(0).Start
	}
	return 0
}

// lineCounter maps byte offsets to 1-based lines, counting newlines once
// when offsets come in increasing order (as headings do).
type lineCounter struct {
	data []byte
	off  int // offset counted up to
	line int // line of off
}

func (c *lineCounter) at(off int) int {
	off = min(max(off, 0), len(c.data))
	if off < c.off {
		c.off, c.line = 0, 1
	}
	c.line += bytes.Count(c.data[c.off:off], []byte{'\n'})
	c.off = off
	return c.line
}

// headingText is a heading's plain text on one line: inline code, emphasis
// and links reduced to their text, raw HTML dropped.
func headingText(h *ast.Heading, src []byte) string {
	w := textWriter{src: src}
	w.inlines(h)
	return strings.TrimSpace(strings.ReplaceAll(w.String(), "\n", " "))
}
