package answer

import (
	"strings"
	"unicode"
)

// headAdds reports whether the heading of a titled lead adds a name the
// lead lacks that is neither the question's nor its chapter's title: in a
// chapter of one-sentence sections the heading names what the sentence
// leaves to it ("io.js fork" over "Disagreements ... lead to a fork",
// "Node.js 24 (Krypton)" over "v24 is released on May 6, 2025"). A word of
// ordinary prose ("License change", "A pragmatic compromise") labels the
// section without naming anything, and a heading that ends as a sentence
// would lead alone, without the sentence. terms analyses a word as the
// index does.
func headAdds(c *sentence, qterms map[string]float64, title map[string]bool, terms func(string) []string) bool {
	if strings.HasSuffix(c.title, ".") || strings.HasSuffix(c.title, "!") {
		return false
	}
	for i, w := range strings.Fields(c.title) {
		w = strings.Trim(w, `"'“”‘’(),;:!?`)
		if !nameWordAt(w, i) {
			continue
		}
		for _, t := range terms(w) {
			if _, asked := qterms[t]; !asked && !c.terms[t] && !title[t] {
				return true
			}
		}
	}
	return false
}

// nameWordAt reports whether w, the i-th word of a heading, is written as
// a name: with a capital past the heading's first letter ("Krypton",
// "TypeScript"), a digit ("24"), or a dot inside ("io.js").
func nameWordAt(w string, i int) bool {
	for j, r := range w {
		switch {
		case unicode.IsDigit(r):
			return true
		case unicode.IsUpper(r) && (i > 0 || j > 0):
			return true
		case r == '.' && j > 0 && j < len(w)-1:
			return true
		}
	}
	return false
}
