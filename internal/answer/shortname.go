package answer

import (
	"strings"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A word of four letters that neither word list knows and the book never
// writes names a thing the book is not about ("how does etcd elect a
// leader", "how does lmdb handle ...") as often as the longer ones do, so
// unknownTerms reads it too (minUnknownLetters). Two kinds of short unknown
// word are no name: a typo, which in a short word is most often two
// neighbouring letters swapped ("one line at a tiem"), and a short form
// the question gives in parentheses after the words it stands for
// ("polymerase m (polm)"), which the reader defines rather than asks about.
// And a short word is often a longer name clipped ("kube": Kubernetes),
// found where the passages write the name.

// swapped reports whether word, too short for misspelt (minTypoLetters),
// is a common English word with two neighbouring letters swapped: "tiem"
// (time), "wrod" (word). Other edits of a short word make a name as often
// as a typo ("etcd": etc).
func (c coverage) swapped(r Retriever, word string) bool {
	word = strings.ToLower(word)
	if len(word) >= minTypoLetters || !isLatinLower(word) {
		return false
	}
	var variants []string
	for i := 0; i+1 < len(word); i++ {
		if word[i] != word[i+1] {
			variants = append(variants, word[:i]+word[i+1:i+2]+word[i:i+1]+word[i+2:])
		}
	}
	return c.commonVariant(r, variants)
}

// parenthesised reports whether field, a word of a question as written, is
// in parentheses: "(polm)", "(polm).".
func parenthesised(field string) bool {
	return strings.HasPrefix(field, "(") && strings.Contains(field, ")")
}

// clippedIn reports whether word, lower case and too short for
// spelledWithin (minWithin), begins a longer word that the first three
// passages of chapter ch among hits write in their text or headings:
// "kube" is Kubernetes clipped.
func clippedIn(word string, hits []search.Hit, ch string) bool {
	if utf8.RuneCountInString(word) >= minWithin {
		return false
	}
	for _, h := range chapterPassages(hits, ch) {
		text := strings.ToLower(h.ChapterTitle + "\n" + strings.Join(h.Trail, "\n") + "\n" + h.Text)
		for _, w := range letterRuns(text) {
			if clips(word, w) {
				return true
			}
		}
	}
	return false
}

// clips reports whether short is name clipped: name begins with it and
// goes on. It is how a reader shortens a name, in English ("kube":
// kubernetes, clippedIn) or in Russian chat, whose Latin spelling is then
// the clipped one ("монга": mongo of mongodb, latinBegins; "постгреса":
// postgres of postgresql, longerSpelling).
func clips(short, name string) bool {
	return len(name) > len(short) && strings.HasPrefix(name, short)
}
