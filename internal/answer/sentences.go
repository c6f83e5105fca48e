package answer

import (
	"regexp"
	"strings"
)

// sentenceEndRe ends a sentence of a question: a full stop, a question or
// an exclamation mark before a space or the end ("... 127.0.0.1. how do i",
// not the dots of "url.parse" or "127.0.0.1").
var sentenceEndRe = regexp.MustCompile(`[.?!]+(?:\s+|$)`)

// questionSentences splits query into its sentences at sentenceEndRe, each
// with the marks and space that end it.
func questionSentences(query string) []string {
	var out []string
	start := 0
	for _, m := range sentenceEndRe.FindAllStringIndex(query, -1) {
		out = append(out, query[start:m[1]])
		start = m[1]
	}
	if start < len(query) {
		out = append(out, query[start:])
	}
	return out
}

// asksSentence reports whether s, a sentence of a question, asks: it ends
// with a question mark or opens as a question does (askRe).
func asksSentence(s string) bool {
	return strings.Contains(s, "?") || askRe.MatchString(normalQuestion(s))
}

// questionClauses splits s, a normalised question, into clauses
// (questionClauseRe) and each clause at its sentence ends: a question
// that tells its setup in a sentence of its own asks in the next ("слышал
// что в дебиане за системд голосовали и был ничейный счёт. кто в итоге
// решил?", "(error) OOM command not allowed when used memory >
// 'maxmemory'. что крутить в конфиге для кеша"), whose first words say
// its kind, as a clause's do.
func questionClauses(s string) []string {
	var out []string
	for _, c := range questionClauseRe.Split(s, -1) {
		for _, p := range sentenceEndRe.Split(c, -1) {
			if p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}
