package answer

import "strings"

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
	for _, a := range countAsks(part) {
		// Not a Russian sum ("сколько денег подняли в раунде B") nor
		// "за сколько" (a price or a time: "за сколько дней"): the clause
		// that gives them names its unit ("250 миллионов долларов"), not
		// the word asked. Read for them too, "сколько денег ..." is
		// refused: s6-ru-clickhouse answered 1.000 -> 0.967, lead 0.567 ->
		// 0.533.
		if a.russian && (moneyQRe.MatchString(part[a.start:]) || strings.HasSuffix(part[:a.start], "за ")) {
			continue
		}
		words := a.words
		if a.russian {
			words = ruOwnerSkipped(words)
		}
		for i, word := range words {
			ts := r.Terms(word)
			if i == maxCounted || len(ts) == 0 || c.filler[ts[0]] {
				break
			}
			out = append(out, ts...)
		}
	}
	return out
}
