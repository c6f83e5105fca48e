package answer

import (
	"strings"
	"unicode"

	"github.com/chapterbot/chapterbot/internal/acronym"
)

// A reader shortens a product's name that is two English words written as
// one to their initials: "es" is Elasticsearch (elastic, search), as "ts"
// is TypeScript by its capitals (acronym.Capitals), which a name written
// with one capital lacks.

// minCompoundPart is the fewest letters of each English word of such a
// name: shorter words are inside too many ("elast|ic", "se|arch").
const minCompoundPart = 4

// initialsIn returns the term of a name text writes with a capital whose
// two English words have Latin term t of the question as initials
// ("es": Elasticsearch), or "".
func initialsIn(r Retriever, t, text string) string {
	if len(t) != 2 || !isLatinLower(t) {
		return ""
	}
	for _, word := range acronym.Words(text) {
		if compoundInitials(r, word) == t {
			if ts := r.Terms(word); len(ts) == 1 {
				return ts[0]
			}
		}
	}
	return ""
}

// compoundInitials returns the initials of word, a name written with a
// capital that general English lacks, when it is two English words of
// minCompoundPart letters at least ("Elasticsearch": es); else "".
func compoundInitials(r Retriever, word string) string {
	if len(word) < acronym.MinCompound || !unicode.IsUpper(rune(word[0])) {
		return ""
	}
	// A word of general English is a word, not a name, capital or not
	// ("Something", "Database" beginning a sentence).
	lw := strings.ToLower(word)
	if !isLatinLower(lw) || englishWord(r, lw) {
		return ""
	}
	for i := minCompoundPart; i <= len(lw)-minCompoundPart; i++ {
		if knownWord(r, lw[:i]) && knownWord(r, lw[i:]) {
			return lw[:1] + lw[i:i+1]
		}
	}
	return ""
}

// knownWord reports whether general or technical English has word.
func knownWord(r Retriever, word string) bool {
	if englishWord(r, word) {
		return true
	}
	ts := r.Terms(word)
	if len(ts) != 1 {
		return false
	}
	_, ok := technicalWeights().lookup(ts[0])
	return ok
}

// englishWord reports whether general English has word.
func englishWord(r Retriever, word string) bool {
	ts := r.Terms(word)
	e := englishWeights()
	return len(ts) == 1 && e.weight(ts[0]) < e.floor
}

// isLatinLower reports whether s is lower-case Latin letters only, and
// not empty.
func isLatinLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}
