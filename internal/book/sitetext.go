package book

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The labels of the book website's chapter page, as its text export writes
// them on lines of their own.
const (
	practicalLabel = "Practical value of this chapter"
	sourceLabel    = "Source"
	relatedLabel   = "Related chapters"
)

// Heading lines of a site-text export are short: at most this many words
// and characters. A longer line is prose, even without a full stop.
const (
	headingWords = 12
	headingRunes = 100
)

// siteLine is one non-blank line of a site-text export.
type siteLine struct {
	text string // without surrounding space
	n    int    // 1-based line in the file
}

// siteGroup is a heading of a site-text export and the blocks under it.
type siteGroup struct {
	heading siteLine
	blocks  []string // paragraphs, and lists as "- item" lines
	list    bool     // the last block is a list that the next item joins
	level   int
}

// parseSiteText reads a ".txt" chapter in the layout the book's website
// exports: one block a line, and in order
//
//   - a preamble of paragraphs (the chapter's intro);
//   - "Practical value of this chapter", then items of a short label line
//     and a one-line description;
//   - the title line, and a subtitle line under it;
//   - "Source", then the source's name and a description line;
//   - sections: a heading is a short line without final punctuation (a
//     question mark allowed), and blocks are the other lines;
//   - "Related chapters", then "- Title - why" lines.
//
// It reports false, and leaves ch alone, when data is not in that layout:
// there is no "Source" line with a title line above it, or nothing else of
// the layout (practical value, related chapters, or one block a line) backs
// it up.
//
// The export has no heading levels, so they are inferred from the page's
// shape: a heading with nothing under it is a section (level 2) that the
// next heading may belong to; a heading with one paragraph under it is a
// card (level 3) when it follows such an empty heading or another card; a
// heading with two or more blocks, or a list, is always a section, since a
// card holds one line of description. So "Key milestones" / "First Node.js releases" /
// paragraph / "npm appears" / paragraph is a section with two cards.
func parseSiteText(ch *Chapter, data []byte) bool {
	lines, blankInside := siteLines(data)
	practical, source := -1, -1
	for i, l := range lines {
		if practical < 0 && isLabel(l.text, practicalLabel) {
			practical = i
		} else if isLabel(l.text, sourceLabel) {
			source = i
			break
		}
	}
	if source < 0 {
		return false
	}

	// The title line, and the subtitle under it, sit just above "Source".
	lo := practical + 1
	title, subtitle := -1, -1
	switch {
	case source-2 >= lo && headingLike(lines[source-2].text):
		title, subtitle = source-2, source-1
	case source-1 >= lo && headingLike(lines[source-1].text):
		title = source - 1
	default:
		return false
	}
	if practical < 0 && !hasRelated(lines[source:]) && blankInside {
		return false
	}

	ch.Format = FormatSiteText
	ch.Title = lines[title].text
	if subtitle >= 0 {
		ch.Subtitle = lines[subtitle].text
	}
	used := anchors{}

	// The intro: the subtitle, then the preamble.
	var intro []string
	if ch.Subtitle != "" {
		intro = append(intro, ch.Subtitle)
	}
	preambleEnd := title
	if practical >= 0 {
		preambleEnd = practical
	}
	for _, l := range lines[:preambleEnd] {
		intro = append(intro, l.text)
	}

	// Practical value: "label: description" items.
	var practicalText []string
	var practicalAnchor string
	if practical >= 0 {
		practicalAnchor = used.unique(Anchor(lines[practical].text))
		items := lines[practical+1 : title]
		for i := 0; i < len(items); i++ {
			if i+1 < len(items) && headingLike(items[i].text) && !headingLike(items[i+1].text) && !isListItem(items[i+1].text) {
				practicalText = append(practicalText, items[i].text+": "+items[i+1].text)
				i++
				continue
			}
			practicalText = append(practicalText, items[i].text)
		}
	}
	used.unique(Anchor(ch.Title)) // the title is the page's H1: it takes its anchor, as in Markdown

	body := lines[source+1:]
	n := sourceLines(body)
	for _, l := range body[:n] {
		ch.Source = append(ch.Source, l.text)
	}
	body = body[n:]

	// Sections: group blocks under headings; "Related chapters" and its
	// list go to ch.Related.
	var groups []siteGroup
	for i := 0; i < len(body); i++ {
		l := body[i]
		switch {
		case isLabel(l.text, relatedLabel) && i+1 < len(body) && isListItem(body[i+1].text):
			used.unique(Anchor(l.text))
			for i+1 < len(body) && isListItem(body[i+1].text) {
				i++
				if r, ok := related(body[i].text); ok {
					ch.Related = append(ch.Related, r)
				}
			}
		case headingLike(l.text):
			groups = append(groups, siteGroup{heading: l})
		case len(groups) == 0:
			intro = append(intro, l.text) // text above every heading: the intro's
		default:
			g := &groups[len(groups)-1]
			if isListItem(l.text) && g.list {
				g.blocks[len(g.blocks)-1] += "\n" + l.text
				continue
			}
			g.blocks = append(g.blocks, l.text)
			g.list = isListItem(l.text)
		}
	}
	for i := range groups {
		g := &groups[i]
		card := len(g.blocks) == 1 && !isListItem(g.blocks[0])
		if card && i > 0 && (len(groups[i-1].blocks) == 0 || groups[i-1].level == 3) {
			g.level = 3
		} else {
			g.level = 2
		}
	}

	o := newOutline(ch)
	text := strings.Join(intro, "\n\n")
	if practical >= 0 {
		o.heading(text, 2, lines[practical].text, practicalAnchor, lines[practical].n)
		text = strings.Join(practicalText, "\n\n")
	}
	for _, g := range groups {
		o.heading(text, g.level, g.heading.text, used.unique(Anchor(g.heading.text)), g.heading.n)
		text = strings.Join(g.blocks, "\n\n")
	}
	o.end(text)
	return true
}

// siteLines returns the non-blank lines of data, trimmed, and whether a
// blank line separates two of them (a site export has none).
func siteLines(data []byte) (lines []siteLine, blankInside bool) {
	blank := false
	for n, rest := 1, data; len(rest) > 0; n++ {
		var line []byte
		line, rest, _ = bytes.Cut(rest, []byte{'\n'})
		t := strings.TrimSpace(string(line))
		if t == "" {
			blank = true
			continue
		}
		if blank && len(lines) > 0 {
			blankInside = true
		}
		blank = false
		lines = append(lines, siteLine{text: t, n: n})
	}
	return lines, blankInside
}

// sourceLines counts the lines after "Source" that describe the source: its
// name, then a description line when there is one. The description may
// look like a heading ("Documentary review from …"); it is taken for one
// when two more short lines follow before the first paragraph (the first
// section's heading and, perhaps, its card), or when no paragraph follows
// at all, and left as a heading when only one does.
func sourceLines(body []siteLine) int {
	if len(body) == 0 || isLabel(body[0].text, relatedLabel) {
		return 0
	}
	if len(body) == 1 {
		return 1
	}
	second := body[1].text
	if isListItem(second) || isLabel(second, relatedLabel) {
		return 1
	}
	if !headingLike(second) {
		return 2
	}
	run := 0
	for _, l := range body {
		if !headingLike(l.text) || isLabel(l.text, relatedLabel) {
			if isListItem(l.text) || isLabel(l.text, relatedLabel) {
				return 2 // no paragraph before the list
			}
			break
		}
		run++
	}
	if run >= 3 || run == len(body) {
		return 2
	}
	return 1
}

// headingLike reports whether a line of a site-text export is a heading:
// short, not a list item, with a letter or digit, and not ending a sentence
// (".", "!", ":", ";", ",", "…"; a question mark is fine).
func headingLike(s string) bool {
	if isListItem(s) || utf8.RuneCountInString(s) > headingRunes || countWords(s) > headingWords {
		return false
	}
	t := strings.TrimRight(s, `)]"'»”’`)
	switch lastRune(t) {
	case '.', '!', ':', ';', ',', '…', utf8.RuneError:
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
}

// isListItem reports whether a line is a list item ("- item", "• item").
func isListItem(s string) bool {
	for _, m := range []string{"- ", "• ", "* ", "– ", "— "} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// isLabel reports whether a line is label, in any case, with or without a
// colon.
func isLabel(line, label string) bool {
	return strings.EqualFold(strings.TrimSpace(strings.TrimSuffix(line, ":")), label)
}

// hasRelated reports whether lines hold a "Related chapters" line followed
// by a list item.
func hasRelated(lines []siteLine) bool {
	for i := 0; i+1 < len(lines); i++ {
		if isLabel(lines[i].text, relatedLabel) && isListItem(lines[i+1].text) {
			return true
		}
	}
	return false
}

// related reads a "- Title - why" line. The title ends at the first " - "
// (or en or em dash between spaces): chapter titles hold colons, not
// spaced dashes.
func related(line string) (Related, bool) {
	for _, m := range []string{"- ", "• ", "* ", "– ", "— "} {
		if s, ok := strings.CutPrefix(line, m); ok {
			line = s
			break
		}
	}
	line = strings.TrimSpace(line)
	cut := -1
	sepLen := 0
	for _, sep := range []string{" - ", " – ", " — "} {
		if i := strings.Index(line, sep); i >= 0 && (cut < 0 || i < cut) {
			cut, sepLen = i, len(sep)
		}
	}
	r := Related{Title: line}
	if cut >= 0 {
		r = Related{Title: strings.TrimSpace(line[:cut]), Why: strings.TrimSpace(line[cut+sepLen:])}
	}
	return r, r.Title != ""
}
