package answer

import (
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// loanUnchecked reports whether term t is a slang loan of the reader's
// ("мейнтейнер", see slangLoan) that the passages of a Russian chapter,
// texts, cannot be checked on: the book never writes it in Cyrillic (df),
// and these passages do not write it in any spelling (found), so they say
// it in Russian if at all ("сопровождающий"). That the book's English
// chapters write "maintain" makes it no word of this one: as dropLoans
// passes by a loan the whole book lacks, the chapter's share passes by
// one the chapter lacks. A question of that word alone (cw) keeps it, and
// an English chapter is checked on it as on any other word.
func (c coverage) loanUnchecked(t, found string, cw map[string]float64, df map[string]int, texts []string) bool {
	return found == "" && len(cw) > 1 && df[t] == 0 && search.IsCyrillic(t) && c.slangLoan(t) &&
		scriptOf(strings.Join(texts, "\n")) == scriptCyrillic
}
