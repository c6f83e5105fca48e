package answer

import (
	"strings"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/acronym"
	"github.com/chapterbot/chapterbot/internal/search"
)

// spelledIn reports whether a passage among hits, or its headings, writes
// out in full the short form t that a question writes in capitals ("EOL":
// end of life, "CLA": contributor licence agreement, "SEA": single
// executable applications). A reader abbreviates what the book names in
// words; a product the book never writes about spells nothing there.
func spelledIn(t string, hits []search.Hit) bool {
	for _, h := range hits {
		if spellsOut(strings.Join(h.Trail, "\n")+"\n"+h.Text, t) {
			return true
		}
	}
	return false
}

// minSpelledEnd is the fewest letters of the first and the last word of a
// run that spells a short form out: "end of life" spells EOL, "a package
// manager" no APM, "as it is" no AII.
const minSpelledEnd = 3

// spellsOut reports whether text writes short form t (lower case) as the
// initials of a run of words, of two to acronym.MaxRun (acronym.Spells,
// which also serves search's acronyms), whose first and last words are no
// article or preposition (see minSpelledEnd). Letters are runes: "СУБД"
// is spelled by "система управления базами данных".
func spellsOut(text, t string) bool {
	n := utf8.RuneCountInString(t)
	if n < 2 || n > acronym.MaxRun {
		return false
	}
	words := acronym.Words(strings.ToLower(text))
	for i := 0; i+n <= len(words); i++ {
		run := words[i : i+n]
		if utf8.RuneCountInString(run[0]) >= minSpelledEnd && utf8.RuneCountInString(run[n-1]) >= minSpelledEnd &&
			acronym.Spells(t, run, false) {
			return true
		}
	}
	return false
}
