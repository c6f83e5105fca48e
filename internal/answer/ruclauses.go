package answer

import "regexp"

// ruSentenceEndRe finds the end of a sentence inside a question: a full
// stop or an exclamation mark before a space.
var ruSentenceEndRe = regexp.MustCompile(`[.!]\s+`)

// ruClauses splits s into clauses (questionClauseRe), and each clause at
// its sentence ends: a question that pastes a message asks of it in a
// sentence of its own ("(error) OOM command not allowed when used memory >
// 'maxmemory'. что крутить в конфиге для кеша"), whose first words say
// its kind, as a clause's do.
func ruClauses(s string) []string {
	var out []string
	for _, c := range questionClauseRe.Split(s, -1) {
		out = append(out, ruSentenceEndRe.Split(c, -1)...)
	}
	return out
}
