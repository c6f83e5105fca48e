package answer

import (
	"slices"
	"strings"
	"unicode"
)

// versusWords set two things side by side to be weighed against each
// other: "elixir vs node", "dragonfly versus valkey".
var versusWords = []string{"vs", "vs.", "versus"}

// versusSkip are the words between "vs" and the thing it weighs ("kafka
// vs a classic queue").
var versusSkip = strings.Fields("a an the")

// unwrittenSide reports whether query weighs two things against each other
// ("elixir vs node for a realtime chat backend, which scales better") and
// one of them is a word the book never writes: a book that never names
// Elixir cannot weigh it against Node, however much it says of Node, and
// "dragonfly vs valkey" asks of Dragonfly as much as of Valkey. Each side
// is the word next to "vs", past an article: a subject term of w (no
// filler), not one the question sets aside (compared with or pasted), and
// no misspelling, which the book writes right (see misspelt). Values set
// side by side ("16 vs 256 vs truecolor", "1 vs '1'") are no things the
// book must write: a side next to a number is passed by, as is code
// ("Buffer.alloc vs Buffer.allocUnsafe" is two terms a side, read as the
// API names they are; see apiNames) and what stands between backticks.
// df holds the book's passage counts of the question's terms.
func (c coverage) unwrittenSide(r Retriever, query string, w map[string]float64, aside map[string]bool, df map[string]int) bool {
	for _, span := range outsideCode(query) {
		fields := strings.Fields(strings.ToLower(span))
		for i, f := range fields {
			if !slices.Contains(versusWords, f) {
				continue
			}
			before := ""
			if i > 0 && !endsSentence(fields[i-1]) {
				before = fields[i-1]
			}
			j := i + 1
			for j < len(fields) && slices.Contains(versusSkip, fields[j]) {
				j++
			}
			after := ""
			if j < len(fields) {
				after = fields[j]
			}
			if before == "" || after == "" || strings.ContainsFunc(before+after, unicode.IsDigit) {
				continue
			}
			for _, side := range []string{before, after} {
				if c.unwrittenWord(r, bareWord(side), w, aside, df) {
					return true
				}
			}
		}
	}
	return false
}

// unwrittenWord reports whether word is one subject term of w that no
// passage of the book writes (df), not set aside, and no misspelling.
func (c coverage) unwrittenWord(r Retriever, word string, w map[string]float64, aside map[string]bool, df map[string]int) bool {
	if word == "" || strings.ContainsFunc(word, isCodePunct) {
		return false
	}
	ts := r.Terms(word)
	if len(ts) != 1 || !unwrittenSubject(ts[0], w, aside, df) {
		return false
	}
	return c.known(ts[0]) || !c.misspelt(r, word) && !c.swapped(r, word)
}
