package answer

import (
	"context"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/search"
)

// mentioner is a Retriever that tells whether the book writes a word
// itself rather than only another word of its stem; *search.Index is one.
type mentioner interface {
	Mentions(ctx context.Context, word string) (bool, error)
}

// nameLine is one line of names.txt: the analysed terms of its spellings
// and the spellings as written.
type nameLine struct {
	terms []string
	words []string
}

// commonName is the general-English weight (see coverage.weight) below
// which a name is also a common word ("express", "spring", "react",
// "windows"): a book mentions the product only with its capital, since in
// lower case it mostly writes the word ("to express", "spring-loaded").
const commonName = 11

// unmentionedName reports whether the question names, with its term t, a
// technology or place of names.txt that the book never mentions. A Latin
// name counts only as the word itself, in the question as in the book
// (any case, maybe plural, see search.HasWord): stemming makes "express"
// of "expression" and "excel" of "excellent", and neither names a product.
// A name that is a common word too is mentioned by the book only with its
// capital (see commonName).
// A Cyrillic spelling, which Russian inflects, is matched by its term.
// df holds the document frequencies of the line's terms, latin the Latin
// spellings of a Russian t: the book that writes PostgreSQL mentions the
// "постгрес" whose name line spells it postgres (see longerSpelling).
func (c coverage) unmentionedName(ctx context.Context, r Retriever, query, t string, df map[string]int, latin []string) (bool, error) {
	line, ok := c.nameLines[t]
	if !ok {
		return false, nil
	}
	if !search.IsCyrillic(t) && !c.writesName(query, t) {
		return false, nil // a word of the same stem: "expression"
	}
	m, exact := r.(mentioner)
	for i, s := range line.terms {
		if df[s] == 0 {
			if longerSpelling(s, latin) {
				return false, nil
			}
			continue
		}
		w := line.words[i]
		if !exact || search.IsCyrillic(w) {
			return false, nil
		}
		if c.english.weight(s) < commonName {
			w = capitalised(w)
		}
		found, err := m.Mentions(ctx, w)
		if err != nil || found {
			return false, err
		}
	}
	return true, nil
}

// capitalised returns w with its first letter upper-case.
func capitalised(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

// writesName reports whether query writes one of the Latin spellings of
// the names.txt line of term t as a word of its own (search.HasWord):
// "express", not the "expression" that stems alike.
func (c coverage) writesName(query, t string) bool {
	return slices.ContainsFunc(c.nameLines[t].words, func(w string) bool { return !search.IsCyrillic(w) && search.HasWord(query, w) })
}
