package answer

import (
	"slices"
	"unicode"

	"github.com/chapterbot/chapterbot/internal/search"
)

// capitalIn reports whether the passages of hits write one of the Latin
// spellings with a capital: a name the question writes in Cyrillic
// as a name ("Фаулер") is in the book only as a name, not as the common
// word that sounds like it ("failure").
func capitalIn(r Retriever, spellings []string, hits []search.Hit) bool {
	if len(spellings) == 0 {
		return false
	}
	for _, h := range hits {
		for _, word := range letterRuns(h.Text) {
			if first := []rune(word)[0]; !unicode.IsUpper(first) || first > unicode.MaxLatin1 {
				continue
			}
			if ts := r.Terms(word); len(ts) == 1 && slices.Contains(spellings, ts[0]) {
				return true
			}
		}
	}
	return false
}
