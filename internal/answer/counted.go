package answer

import (
	"regexp"
	"strings"
)

// countedRe finds where a question asks to count something: "how many
// spokes does ...", "how much memory does ...".
var countedRe = regexp.MustCompile(`(?:^|[^\pL\pN])how (?:many|much) `)

// maxCounted is the most words read after "how many" as what is counted
// ("concurrent users", "cpu cores", "in-sync replicas").
const maxCounted = 3

// countedTerms returns the terms of what part counts: the words after
// "how many" or "how much" up to the first stop word (an auxiliary, an
// article, a preposition: "how many spokes does", "how many members of")
// or filler word, at most maxCounted of them; nil when it counts nothing
// named ("how much did oracle pay"). A number answers such a question
// only beside what it counts: "30 months" for "how many months", not the
// year Sun bought MySQL AB for "how many employees did mysql ab have".
func (c coverage) countedTerms(r Retriever, part string) []string {
	var out []string
	for _, m := range countedRe.FindAllStringIndex(part, -1) {
		for i, word := range strings.Fields(part[m[1]:]) {
			ts := r.Terms(word)
			if i == maxCounted || len(ts) == 0 || c.filler[ts[0]] {
				break
			}
			out = append(out, ts...)
		}
	}
	return out
}
