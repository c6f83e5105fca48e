package answer

import "strings"

// A list of at most maxListedItems items of at most maxListedWords words
// each is quoted with the sentence that introduces it: "Keep these rules in
// mind as we work through the examples that illustrate them:" says nothing
// of the rules the three items below it state.
const (
	maxListedItems = 5
	maxListedWords = 16
)

// listedItems returns the items of a list of whole sentences short enough
// to be quoted with its intro (see maxListedItems), without their closing
// punctuation, and whether lines are such a list. The items stay sentences
// of their own: each may answer alone.
func listedItems(lines []string) ([]string, bool) {
	if len(lines) > maxListedItems || !isList(lines) {
		return nil, false
	}
	var items []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		item := trimOrdinal(strings.TrimSpace(strings.TrimLeft(l, "-*+•")))
		// A numbered list is a plan or the steps of a way ("1. Learn a
		// bit about TCP and HTTP."), which an answer quotes only when
		// they answer.
		if item == l || item == "" || trimOrdinal(l) != l || len(strings.Fields(item)) > maxListedWords {
			return nil, false
		}
		items = append(items, strings.TrimRight(item, ".,;"))
	}
	return items, true
}
