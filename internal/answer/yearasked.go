package answer

import "strings"

// askedYears returns the years among the subject terms w of a question,
// not those it compares with or pasted (aside): "what company did evan you
// start in 2024", "какую компанию купила ClickHouse Inc в 2024 году?". A
// year dates what the question asks, and a chapter that answers it dates
// its answer the same: the passages that cover the question write the
// year (see share), whatever else of the question they hold. A claim to
// check ("32% of programs required it in 2001") asks nothing: its year is
// one fact among the others its evidence may give in other words.
func askedYears(query string, w map[string]float64, aside map[string]bool) []string {
	if !asksQuestion(query) {
		return nil
	}
	var out []string
	for t := range w {
		if isYear(t) && !aside[t] {
			out = append(out, t)
		}
	}
	return out
}

// asksQuestion reports whether query is a question, not a statement: it
// has a question mark, or it opens with a question word ("when did",
// "какую").
func asksQuestion(query string) bool {
	return strings.Contains(query, "?") || askRe.MatchString(normalQuestion(query))
}
