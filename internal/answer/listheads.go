package answer

import (
	"regexp"
	"strings"
)

// listHeadRe finds a list item that opens with a short head set off by a
// dash, a hyphen between spaces or a colon: "always — после каждой
// записи", "everysec: раз в секунду", "Buffer.from(buffer) - Create a
// Buffer that copies buffer" (a list of an API reference may mix the
// last two); the head is its first group.
var listHeadRe = regexp.MustCompile(`^([^—–:]+?)\s*(?:—|–|:|\s-)\s+\S`)

// listHeads returns the heads of a list whose every item opens with one
// of fewer than four words (listHeadRe), and whether lines are such a
// list. A sentence that introduces the list ("Частоту сброса на диск
// задаёт параметр appendfsync:") names none of the values the items
// give; with their heads it answers "какие бывают режимы appendfsync?"
// by itself, as a list of short items is quoted with its intro
// (shortList). The items stay sentences of their own: each says what its
// head means.
func listHeads(lines []string) ([]string, bool) {
	items, ok := listItems(lines, maxListItems)
	if !ok {
		return nil, false
	}
	var heads []string
	for _, item := range items {
		m := listHeadRe.FindStringSubmatch(item)
		if m == nil || len(strings.Fields(m[1])) >= 4 {
			return nil, false
		}
		heads = append(heads, strings.TrimSpace(m[1]))
	}
	return heads, true
}
