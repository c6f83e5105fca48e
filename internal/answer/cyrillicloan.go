package answer

import (
	"strings"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A Russian chapter writes many English terms in Cyrillic, as they are
// spelt ("коммиттер", "мейнтейнер"), where a reader types them in Latin
// letters ("чем author отличается от committer"): the Latin word of the
// question is the chapter's Cyrillic one, and the chapter holds it. Only a
// word general English holds rare (minRareLatin), a term: a common one
// written in Cyrillic ("сервер", "статус") is a Russian word of its own,
// and the reader's Latin one is as often part of a name the chapter never
// writes ("region server" of HBase, "windows server").

// minCyrillicLoan is the fewest letters of a Latin term looked for in
// Cyrillic.
const minCyrillicLoan = 5

// maxLoanEnding is the most letters a Cyrillic term may write after the
// transliteration of the Latin one: a Russian ending, or the letters the
// English stemmer cut ("committ": коммиттер).
const maxLoanEnding = 3

// cyrillicLoan returns the Cyrillic term of head or body whose
// transliteration is Latin term t, c and q read as k (Russian writes к for
// them), maybe with an ending, when general English holds t rare; "" when
// there is none.
func (c coverage) cyrillicLoan(t string, head, body map[string]bool) string {
	if utf8.RuneCountInString(t) < minCyrillicLoan || !isLatinLower(t) || c.english.weight(t) < minRareLatin {
		return ""
	}
	want := hardC.Replace(t)
	return firstTerm(head, body, func(s string) bool {
		if !search.IsCyrillic(s) {
			return false
		}
		l := hardC.Replace(search.Transliterate(s))
		return strings.HasPrefix(l, want) && len(l)-len(want) <= maxLoanEnding
	})
}

var hardC = strings.NewReplacer("c", "k", "q", "k")
