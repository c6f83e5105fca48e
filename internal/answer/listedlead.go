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
	items, ok := listItems(lines, maxListedItems)
	if !ok {
		return nil, false
	}
	for i, item := range items {
		// A numbered list is a plan or the steps of a way ("1. Learn a
		// bit about TCP and HTTP."), which an answer quotes only when
		// they answer.
		l := strings.TrimSpace(lines[i])
		if item == "" || trimOrdinal(l) != l || len(strings.Fields(item)) > maxListedWords {
			return nil, false
		}
		items[i] = strings.TrimRight(item, ".,;")
	}
	return items, true
}
