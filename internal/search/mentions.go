package search

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// mentionBatch is how many passages with a word's stem Mentions reads at a
// time: the best matches of a term usually write the word itself, so one
// batch mostly settles it.
const mentionBatch = 16

// Mentions reports whether the book writes word itself (see HasWord: with
// its capitals, if any) in a passage, a chapter title, its tags or a
// heading: unlike the index's terms, which are stems, "express" is not
// mentioned by a book that only says "expression", nor "Express" by one
// that says "to express".
func (ix *Index) Mentions(ctx context.Context, word string) (bool, error) {
	terms := ix.Terms(word)
	if len(terms) != 1 {
		return false, nil // a stop word, or more than one word
	}
	g, err := ix.acquire()
	if err != nil {
		return false, fmt.Errorf("mentions %q: %w", word, err)
	}
	defer g.refs.Done()
	n, err := g.docFreq(ctx, terms[0])
	if err != nil || n == 0 {
		return false, wrapMentions(word, err)
	}
	if g.outlineHas(word) {
		return true, nil
	}
	tq := query.NewTermQuery(terms[0])
	tq.SetField(fieldText)
	found, err := g.anyText(ctx, tq, mentionBatch, []string{"-_score", "_id"}, func(text string) bool {
		return HasWord(text, word)
	})
	return found, wrapMentions(word, err)
}

// anyText reports whether the stored text of a passage q matches satisfies
// ok, reading batch passages at a time in the order sortBy, until one does
// or none is left.
func (g *generation) anyText(ctx context.Context, q query.Query, batch int, sortBy []string, ok func(text string) bool) (bool, error) {
	for from := 0; ; from += batch {
		req := bleve.NewSearchRequestOptions(q, batch, from, false)
		req.Fields = []string{fieldText}
		req.SortBy(sortBy)
		res, err := g.idx.SearchInContext(ctx, req)
		if err != nil {
			return false, err
		}
		for _, m := range res.Hits {
			if text, _ := m.Fields[fieldText].(string); ok(text) {
				return true, nil
			}
		}
		if len(res.Hits) < batch {
			return false, nil
		}
	}
}

func wrapMentions(word string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("mentions %q: %w", word, err)
}

// outlineHas reports whether a chapter title, tag or heading writes word.
func (g *generation) outlineHas(word string) bool {
	for _, c := range g.man.Chapters {
		if HasWord(c.Title, word) || HasWord(strings.Join(c.Tags, "\n"), word) {
			return true
		}
		for _, s := range c.Sections {
			if HasWord(s.Heading, word) {
				return true
			}
		}
	}
	return false
}

// HasWord reports whether text writes word as a word of its own, maybe in
// the plural or possessive ("expresses", "Express's"), but not inside a
// longer word ("expression", "ExpressionStatement"). Case does not matter
// but for word's capitals, which text must write too: "Express" is found
// in "EXPRESS" and "Express", not in "express".
func HasWord(text, word string) bool {
	lowerWord := strings.ToLower(word)
	if word == "" {
		return false
	}
	lower := strings.ToLower(text)
	for i := 0; ; {
		j := strings.Index(lower[i:], lowerWord)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(lowerWord)
		if !wordRune(lastRune(lower[:start])) && !wordRune(firstRune(withoutEnding(lower[end:]))) &&
			capitalsIn(text, lower, start, word) {
			return true
		}
		i = start + 1
	}
}

// capitalsIn reports whether text, at byte start of its lower-case form
// lower, writes the capitals of word. Text whose lower-casing changed its
// length is taken to write them.
func capitalsIn(text, lower string, start int, word string) bool {
	if len(text) != len(lower) || len(word) != len(strings.ToLower(word)) {
		return true
	}
	for k := 0; k < len(word); k++ {
		if c := word[k]; 'A' <= c && c <= 'Z' && text[start+k] != c {
			return false
		}
	}
	return true
}

// withoutEnding cuts a plural or possessive ending off the start of rest.
func withoutEnding(rest string) string {
	for _, e := range [...]string{"'s", "’s", "es", "s"} {
		if strings.HasPrefix(rest, e) {
			return rest[len(e):]
		}
	}
	return rest
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}
