package answer

import (
	"strings"
	"unicode"
)

// minOutputWords is the fewest Latin words of a line that a Russian
// question pastes as output: fewer are a command or a name the reader
// wrote on its own line.
const minOutputWords = 4

// outputLine reports whether line, of a question that writes Russian
// elsewhere (russian), is the output of a tool the reader pasted: a line
// without a Cyrillic letter and of minOutputWords words or more in Latin
// letters ("You are in 'detached HEAD' state. You can look around ...",
// "Out of memory: Killed process 4242 (postgres) ..."), above the Russian
// line that asks about it. A Russian reader writes their own words in
// Russian; the output's words say what happened, as a thrown error's do
// (see pastedText), and a Russian chapter says it in Russian.
func outputLine(line string, russian bool) bool {
	if !russian || strings.ContainsFunc(line, isCyrillicRune) {
		return false
	}
	n := 0
	for _, f := range strings.Fields(line) {
		if strings.ContainsFunc(f, func(c rune) bool { return c < unicode.MaxASCII && unicode.IsLetter(c) }) {
			n++
		}
	}
	return n >= minOutputWords
}

// outputTerms returns the terms of the lines of query that are output
// (see outputLine); nil when it pastes none.
func outputTerms(r Retriever, query string) map[string]bool {
	russian := strings.ContainsFunc(query, isCyrillicRune)
	var out map[string]bool
	for _, line := range strings.Split(query, "\n") {
		if !outputLine(line, russian) {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		for _, t := range r.Terms(line) {
			out[t] = true
		}
	}
	return out
}

// englishPassages reports whether texts, the passages of a chapter that
// coverage reads, are not written in Cyrillic. The common English words
// of a line of output that a Russian question pastes ("automatic", "fix",
// "result") are found there by chance, and are no evidence that such a
// chapter answers: "CONFLICT (content): Merge conflict ... Automatic merge
// failed; fix conflicts and then commit the result. чё делать дальше?" is
// not about the WebSocket protocol.
func englishPassages(texts []string) bool {
	return scriptOf(strings.Join(texts, "\n")) != scriptCyrillic
}
