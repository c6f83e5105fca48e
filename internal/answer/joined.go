package answer

import (
	"strings"
	"unicode/utf8"
)

// joinedWords maps the terms of w (the question's subject terms) to the
// word of the question each comes from, lower case, for the words of
// minWithin letters or more that are one term: those a passage may write
// as words in a row ("builtin": built-in, "nodejs": Node.js), which its
// terms do not hold (see joinedIn).
func joinedWords(r Retriever, query string, w map[string]float64) map[string]string {
	var out map[string]string
	for _, span := range outsideCode(query) {
		for _, field := range strings.Fields(span) {
			word := strings.ToLower(bareWord(field))
			if utf8.RuneCountInString(word) < minWithin || strings.ContainsFunc(word, isCodePunct) {
				continue
			}
			ts := r.Terms(word)
			if len(ts) != 1 {
				continue
			}
			if _, ok := w[ts[0]]; !ok {
				continue
			}
			if out == nil {
				out = map[string]string{}
			}
			out[ts[0]] = word
		}
	}
	return out
}
