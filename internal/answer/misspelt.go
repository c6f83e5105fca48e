package answer

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/search"
)

// misspelt lets a sentence hold a Latin question term that no candidate
// writes as such by a term of its own that the question's term begins (a
// clipped word: "sync" is held by synchronous, "prod" by production) or,
// for a term of minFuzzy letters or more, one letter away from it
// ("license": licence), as coverage reads a clause (see coverage.holds).
// Russian terms have their own longer stems (see termsOf).
func misspelt(cands []sentence, qterms map[string]float64) {
	var terms []string
	for t := range qterms {
		if utf8.RuneCountInString(t) < minClipped || search.IsCyrillic(t) || slices.ContainsFunc(cands, func(c sentence) bool { return c.terms[t] }) {
			continue
		}
		terms = append(terms, t)
	}
	for i := range cands {
		c := &cands[i]
		var add []string
		for _, t := range terms {
			for s := range c.terms {
				if utf8.RuneCountInString(s) >= minFuzzy && (strings.HasPrefix(s, t) || utf8.RuneCountInString(t) >= minFuzzy && search.OneEdit(t, s)) {
					add = append(add, t)
					break
				}
			}
		}
		for _, t := range add {
			c.terms[t] = true
		}
	}
}

// minClipped is the fewest letters of a question term held by a longer
// word it begins: "sync" by synchronous, "prod" by production.
const minClipped = 4
