package answer

import "regexp"

// subjectQRe finds a question that puts an auxiliary between what it asks
// and its subject: "what year did microsoft ship", "how much did oracle
// pay", "when was perforce released". The auxiliaries are English's,
// the closed class listed whole; "which node version was nicknamed" and
// "how many colors does the terminal" name their subject before it or
// count something (see countedTerms), and after "who is" stands the role
// asked ("who is the current lead").
var subjectQRe = regexp.MustCompile(`^(?:when|how much|(?:in |since )?(?:what|which) \S+)\s+(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could)\s+(?:(?:the|a|an)\s+)?(\S+)`)

// subjectTerm returns the term of the subject of a typed question's part,
// the word after the auxiliary of its last question ("i was reading
// about the fork, when did io.js ship": io.js), when the book names it in
// passing only: in at most maxPassing passages (df), or in none at all. The clause that answers must then name
// it: the price Sun paid for MySQL does not say what Oracle paid for Sun,
// nor the year Microsoft bought GitHub when it shipped SQL Server. A
// subject the book tells much of (Linus in a Linux chapter) may be left
// out by the sentence that answers. "" when there is none: a pronoun or
// another stop word ("did it ship"), filler, or a cue word (in cue).
func (c coverage) subjectTerm(r Retriever, part string, cue map[string]bool, df map[string]int) string {
	start := 0
	for _, m := range partRe.FindAllStringIndex(part, -1) {
		start = m[0]
	}
	m := subjectQRe.FindStringSubmatch(sepRe.ReplaceAllString(part[start:], ""))
	if m == nil {
		return ""
	}
	ts := r.Terms(m[1])
	if len(ts) == 0 || c.filler[ts[0]] || cue[ts[0]] || df[ts[0]] > maxPassing {
		return ""
	}
	return ts[0]
}
