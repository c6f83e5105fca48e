package answer

import (
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// asksPresentCount reports whether q asks how many there are now ("how
// many packages are on the npm registry these days", "сколько сейчас
// сотрудников"): a count of the present, which only a book that gives one
// as of now answers, not the count of some year it tells of. Every
// opener countAsks reads asks so, "how much" ("how much does it cost
// now") and the spoken "скока" too.
func asksPresentCount(q string) bool {
	s := normalQuestion(q)
	_, ok := openingCount(s)
	return ok && presentRe.MatchString(s)
}

// statesPresentCount reports whether a sentence of the first passages of
// chapter ch among hits gives a number (as holdsType reads one for q) and
// places it in the present (presentRe: "today", "now", "сейчас").
func (c coverage) statesPresentCount(r Retriever, q string, hits []search.Hit, ch string) bool {
	qterms := set(r.Terms(q))
	for _, h := range chapterPassages(hits, ch) {
		for _, text := range append([]string{strings.Join(h.Trail, "\n")}, unitTexts(h.Text)...) {
			if placesInPresent(text) && holdsType(typeNumber, text, q, qterms, r, c) {
				return true
			}
		}
	}
	return false
}

// unitTexts returns the texts of the units (sentences) of text.
func unitTexts(text string) []string {
	var out []string
	for _, u := range units(text) {
		out = append(out, u.text)
	}
	return out
}
