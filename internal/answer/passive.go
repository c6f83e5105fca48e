package answer

import (
	"regexp"
	"strings"
)

// passiveQRe finds a date question in the passive voice: "when was docker
// swarm first released", "what year was the company behind mysql set up".
// What stands between the auxiliary and the verb is what the date is of.
var passiveQRe = regexp.MustCompile(`(?:^|[^\pL\pN])(?:when|(?:in )?(?:what|which) year) (?:was|were) `)

// passiveSubject returns the terms of what a passive date question asks
// the date of: its words after the auxiliary, up to the verb (a
// released word, "first", or a word ending in -ed: "made", "sourced",
// "set up" end it), a preposition or the end of the part, leaving out
// adverbs (-ly: "finaly", "originally") and filler, and keeping only the
// words rare enough in English to name a thing (surnameWeight: "swarm",
// "rfc"). A common word is the reader's wording, which the coverage share
// weighs: the adjective of "when was rustc able to build itself" says
// nothing of what was dated, nor do the words of a name the reader
// quotes ("when was vue 3 'one piece' released"), which the share reads
// as a pasted value and never looks up. A version the book never gives
// ("when was kubernetes 9 released") is refused by other rules.
func (c coverage) passiveSubject(r Retriever, q string) []string {
	s := normalQuestion(q)
	stop := set(strings.Fields(releasedWords))
	var out []string
	for _, m := range passiveQRe.FindAllStringIndex(s, -1) {
		for _, f := range strings.Fields(s[m[1]:]) {
			word := strings.TrimRight(f, ",;:?!.")
			if stop[word] || particles[word] || strings.HasSuffix(word, "ed") || word == "" {
				break
			}
			if !strings.HasSuffix(word, "ly") {
				for _, t := range r.Terms(word) {
					if !c.filler[t] && c.weight(t) >= surnameWeight {
						out = append(out, t)
					}
				}
			}
			if word != f {
				break // the part ends
			}
		}
	}
	return out
}
