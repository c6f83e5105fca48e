package answer

import (
	"slices"
	"strings"
)

// A Russian reader often tells what happened first and asks how to fix it
// after: "диск на зукиперах забился снапшотами и логами транзакций, как
// включить автоочистку", "плейбук на 300 серверов идёт целую вечность,
// как его ускорить?". The subject the lead's sentence must be about is
// read from the question's first clause, which here is the trouble; the
// way asked for is in the clause that asks how ("Автоочистку включают
// параметрами autopurge.purgeInterval ..."), and a sentence that gives it
// without repeating the trouble held none of the subject and so no fit.

// ruHowClause returns the clause of Russian question q that asks how to
// do something (see ruHowTo) when it is not q's first clause, or "".
func ruHowClause(q string) string {
	cs := questionClauseRe.Split(normalQuestion(q), -1)
	for i, c := range cs {
		if ruHowTo(c) || ruWhatToRe.MatchString(strings.TrimSpace(c)) {
			if i == 0 {
				return ""
			}
			return c
		}
	}
	return ""
}

// howSubject returns the terms of clause that are terms of the question
// (qterms) and not its cue: what the way asked is about.
func howSubject(clause string, qterms map[string]float64, cue map[string]bool, terms func(string) []string) []string {
	var out []string
	for _, t := range terms(clause) {
		if _, ok := qterms[t]; ok && !cue[t] && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
