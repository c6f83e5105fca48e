package answer

import (
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// movedTerms are the terms of the verb of a reader's upgrade ("after
// upgrading to node 18", "upgraded 16 -> 18"; see search.MovedWords) that
// the question writes nowhere else: the reader's setup, which a passage
// need not write to answer it. "after upgrading to node 18 ... how do i
// make lookups return ipv4 first" is answered by dns.setDefaultResultOrder,
// which upgrades nothing.
func movedTerms(r Retriever, query string) map[string]bool {
	words, rest := search.MovedWords(query)
	if len(words) == 0 {
		return nil
	}
	kept := set(r.Terms(rest))
	var out map[string]bool
	for _, t := range r.Terms(strings.Join(words, " ")) {
		if kept[t] {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[t] = true
	}
	return out
}
