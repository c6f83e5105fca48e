package answer

import "strings"

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
// question mark or opens as a question does (asksSentence).
func (c coverage) statedNames(r Retriever, query string) []string {
	var asks, states []string
	for _, s := range questionSentences(query) {
		if asksSentence(s) {
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
