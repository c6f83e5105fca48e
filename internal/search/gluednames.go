package search

import (
	"slices"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
)

// Glued names. A reader writes a chapter's subject as its web address or
// package spells it, the name and a tail in one word: "golang" and
// "rustlang" for Go and Rust, "vuejs" and "nodejs" for Vue.js and Node.js.
// The book writes "Go", "Rust", "Vue.js" (analysed as vue, js): the glued
// word is a term no passage holds ("rustlang", stemmed "vuej"), or one
// only an address holds ("proxy.golang.org"), so "when was the independent
// nonprofit behind rustlang set up" ranked Linux's and Git's foundations
// and never Rust's, and "which company is golang from originally" the Go
// module mirror first. Such a word is therefore searched as the name
// instead, when the name is a chapter's subject (see subjectTerms): a
// tail glued to any other word ("reactjs" in a book without React) is the
// reader's word, left as written. Only a word ending in a tail is looked
// at, so other questions cost a suffix test a word.
//
// Measured on the site sets (recall@5 / MRR@10): s11-site 0.900 / 0.884
// -> 0.960 / 0.914 (both rustlang questions into the top 5; the
// nonprofit one, answered before from Linux's and Git's sections, is now
// refused from Rust's, answered 0.92 -> 0.88), s10-site MRR 0.880 ->
// 0.900, their HTML copies the same; no other set moved.

// gluedTails are the tails a name is glued to: a JavaScript project's
// ".js" without its dot, and the "lang" of a language's address.
var gluedTails = []string{"js", "lang"}

// gluedNames returns terms with each word of q that glues a subject name
// to a tail of gluedTails (see above) searched as the name instead.
func (g *generation) gluedNames(a analysis.Analyzer, q string, terms []string) []string {
	var names, glued []string
	for _, field := range strings.Fields(q) {
		w := strings.ToLower(strings.TrimFunc(field, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
		for _, tail := range gluedTails {
			name, ok := strings.CutSuffix(w, tail)
			if !ok || len(name) < 2 || !asciiLower(name) {
				continue
			}
			nt := analyse(a, name)
			if len(nt) != 1 || !g.isSubject(a, nt[0]) {
				continue
			}
			names = append(names, nt[0])
			glued = append(glued, analyse(a, w)...)
		}
	}
	if len(names) == 0 {
		return terms
	}
	out := make([]string, 0, len(terms)+len(names))
	for _, t := range terms {
		if !slices.Contains(glued, t) {
			out = append(out, t)
		}
	}
	return unique(append(out, names...))
}

// isSubject reports whether analysed term t is a subject term of one of
// the book's chapters (see subjectTerms).
func (g *generation) isSubject(a analysis.Analyzer, t string) bool {
	return slices.ContainsFunc(g.subjectTerms(a), func(own []string) bool { return slices.Contains(own, t) })
}
