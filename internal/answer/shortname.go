package answer

import "strings"

// A word of four letters that neither word list knows and the book never
// writes names a thing the book is not about ("how does etcd elect a
// leader", "how does lmdb handle ...") as often as the longer ones do, so
// unknownTerms reads it too (minUnknownLetters). Two kinds of short unknown
// word are no name: a typo, which in a short word is most often two
// neighbouring letters swapped ("one line at a tiem"), and a short form
// the question gives in parentheses after the words it stands for
// ("polymerase m (polm)"), which the reader defines rather than asks about.

// swapped reports whether word, too short for misspelt (minTypoLetters),
// is a common English word with two neighbouring letters swapped: "tiem"
// (time), "wrod" (word). Other edits of a short word make a name as often
// as a typo ("etcd": etc).
func (c coverage) swapped(r Retriever, word string) bool {
	word = strings.ToLower(word)
	if len(word) >= minTypoLetters || strings.ContainsFunc(word, func(c rune) bool { return c < 'a' || c > 'z' }) {
		return false
	}
	var variants []string
	for i := 0; i+1 < len(word); i++ {
		if word[i] != word[i+1] {
			variants = append(variants, word[:i]+word[i+1:i+2]+word[i:i+1]+word[i+2:])
		}
	}
	for _, t := range r.Terms(strings.Join(variants, " ")) {
		if c.english.weight(t) <= maxTypoWeight {
			return true
		}
	}
	return false
}

// parenthesised reports whether field, a word of a question as written, is
// in parentheses: "(polm)", "(polm).".
func parenthesised(field string) bool {
	return strings.HasPrefix(field, "(") && strings.Contains(field, ")")
}
