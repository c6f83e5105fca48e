package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// capsWeight is the least weight (see coverage.weight) of a word a
// question writes in capitals: a command, a keyword or an acronym ("KEYS",
// "WATCH", "SCAN"), no longer the common English word its letters spell.
const capsWeight = 11.5

// minCapsLetters is the fewest letters of a word read as written in
// capitals: "IT", "OK" and "PR" are mostly common abbreviations.
const minCapsLetters = 3

// capsTerms returns the terms of the words of query written in Latin
// capitals only, outside code spans, as the index analyses them.
func capsTerms(r Retriever, query string) map[string]bool {
	var out map[string]bool
	for i, span := range strings.Split(query, "`") {
		if i%2 == 1 {
			continue // the reader's own code
		}
		for _, field := range strings.Fields(span) {
			word := strings.TrimFunc(field, func(c rune) bool { return !unicode.IsLetter(c) })
			if utf8.RuneCountInString(word) < minCapsLetters || strings.ContainsFunc(word, func(c rune) bool { return c < 'A' || c > 'Z' }) {
				continue
			}
			for _, t := range r.Terms(word) {
				if out == nil {
					out = map[string]bool{}
				}
				out[t] = true
			}
		}
	}
	return out
}
