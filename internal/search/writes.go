package search

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// writesBatch is how many passages holding all the words of a piece of
// code Writes reads at a time.
const writesBatch = 64

// Writes reports whether the book writes code, a command-line flag
// ("--env-file") or a member after its dot (".glob"), as it is (case aside)
// in a passage or a heading (see WritesCode). The index reads code as its
// words only ("env", "file"; "glob"), which a book may write everywhere
// without ever writing the flag or the member: a reference that documents
// --env-file or fs.glob writes them.
func (ix *Index) Writes(ctx context.Context, code string) (bool, error) {
	return ix.WritesBy(ctx, code, func(text string) bool { return WritesCode(text, code) })
}

// WritesBy reports whether writes holds for a chapter title, a heading or
// a passage holding every word of code, all of them, not only the best
// scored. It is Writes with a coverage rule's own reading of "written":
// a name of a framework's syntax is written as one word or as its parts
// in a row ("v-model" as "v model"), which WritesCode's test of the code
// as it is would miss.
func (ix *Index) WritesBy(ctx context.Context, code string, writes func(text string) bool) (bool, error) {
	terms := ix.Terms(code)
	if len(terms) == 0 {
		return false, nil
	}
	g, err := ix.acquire()
	if err != nil {
		return false, fmt.Errorf("writes %q: %w", code, err)
	}
	defer g.refs.Done()
	if g.outlineWrites(writes) {
		return true, nil
	}
	var qs []query.Query
	for _, t := range unique(terms) {
		tq := query.NewTermQuery(t)
		tq.SetField(fieldText)
		qs = append(qs, tq)
	}
	all := query.NewConjunctionQuery(qs)
	found, err := g.anyText(ctx, all, writesBatch, []string{"_id"}, writes)
	if err != nil {
		return false, fmt.Errorf("writes %q: %w", code, err)
	}
	return found, nil
}

// ChapterWrites counts the passages of chapter (its slug) that hold one
// of terms (analysed, as Terms gives them) in their text, their headings
// or the chapter's title and tags: every passage of the chapter, not only
// those a search ranks first. A coverage rule asks it whether a name is
// the chapter's own subject, written throughout, or a name it compares
// with in passing.
func (ix *Index) ChapterWrites(ctx context.Context, chapter string, terms []string) (int, error) {
	if len(terms) == 0 {
		return 0, nil
	}
	g, err := ix.acquire()
	if err != nil {
		return 0, fmt.Errorf("chapter %s writes %q: %w", chapter, terms, err)
	}
	defer g.refs.Done()
	var holds []query.Query
	for _, t := range unique(terms) {
		for _, f := range textFields {
			tq := query.NewTermQuery(t)
			tq.SetField(f)
			holds = append(holds, tq)
		}
	}
	in := query.NewTermQuery(chapter)
	in.SetField(fieldChapter)
	q := query.NewConjunctionQuery([]query.Query{in, query.NewDisjunctionQuery(holds)})
	res, err := g.idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(q, 0, 0, false))
	if err != nil {
		return 0, fmt.Errorf("chapter %s writes %q: %w", chapter, terms, err)
	}
	return int(res.Total), nil
}

// outlineWrites reports whether writes holds for a chapter title or a
// heading: a reference gives each flag and member its own heading.
func (g *generation) outlineWrites(writes func(text string) bool) bool {
	for _, c := range g.man.Chapters {
		if writes(c.Title) {
			return true
		}
		for _, s := range c.Sections {
			if writes(s.Heading) {
				return true
			}
		}
	}
	return false
}

// WritesCode reports whether text writes code, case aside, as a whole: no
// letter, digit, hyphen or underscore goes on after it ("--inspect" is not
// written by "--inspect-brk", nor ".glob" by ".globalAgent"), and none
// comes before a code that starts with a letter or a hyphen ("--env-file"
// is not written by "---env-file"). A code that starts with a dot is a
// member, written after any name ("fs.glob", "fsPromises.glob").
func WritesCode(text, code string) bool {
	if code == "" {
		return false
	}
	lower, lowerCode := strings.ToLower(text), strings.ToLower(code)
	for i := 0; ; {
		j := strings.Index(lower[i:], lowerCode)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(lowerCode)
		if !codeRune(firstRune(lower[end:])) && (code[0] == '.' || !codeRune(lastRune(lower[:start]))) {
			return true
		}
		i = start + 1
	}
}

// codeRune reports whether r goes on a name or a flag: a letter, a digit, a
// hyphen or an underscore.
func codeRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_'
}
