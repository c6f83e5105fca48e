package answer

import (
	"regexp"
	"strings"
)

// sentenceEndRe ends a sentence of a question: a full stop, a question or
// an exclamation mark before a space or the end ("... 127.0.0.1. how do i",
// not the dots of "url.parse" or "127.0.0.1").
var sentenceEndRe = regexp.MustCompile(`[.?!]+(?:\s+|$)`)

// minAskedTerms is the fewest subject terms the sentences that ask must
// hold for the names of the others to be the reader's setup: "why" or
// "whats wrong" after "express: my error middleware never runs." asks of
// the sentence before it, name and all.
const minAskedTerms = 3

// statedNames returns the terms of the names (names.txt) that query writes
// only in sentences that ask nothing, when another of its sentences asks
// of words of its own: "jenkins wants junit xml. can node --test spit that
// out without extra packages", "is url.parse() deprecated now? eslint
// keeps complaining", "... its mostly waiting on postgres". Such a
// sentence tells the reader's setup, the tool that asks for a format or
// complains; the question is the other sentence, which the book answers
// without writing of that tool. A sentence asks when it ends with a
// question mark or opens as a question does (askRe).
func (c coverage) statedNames(r Retriever, query string) []string {
	var asks, states []string
	var sentences []string
	start := 0
	for _, m := range sentenceEndRe.FindAllStringIndex(query, -1) {
		sentences = append(sentences, query[start:m[1]])
		start = m[1]
	}
	if start < len(query) {
		sentences = append(sentences, query[start:])
	}
	for _, s := range sentences {
		if strings.Contains(s, "?") || askRe.MatchString(normalQuestion(s)) {
			asks = append(asks, s)
		} else {
			states = append(states, s)
		}
	}
	if len(asks) == 0 || len(states) == 0 {
		return nil
	}
	asked := set(r.Terms(strings.Join(asks, "\n")))
	question := set(r.Terms(questionWords))
	n := 0
	for t := range asked {
		if !c.filler[t] && !question[t] {
			n++
		}
	}
	if n < minAskedTerms {
		return nil
	}
	var out []string
	for _, t := range r.Terms(strings.Join(states, "\n")) {
		if _, name := c.nameLines[t]; name && !asked[t] {
			out = append(out, t)
		}
	}
	return out
}
