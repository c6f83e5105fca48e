package answer

import "github.com/chapterbot/chapterbot/internal/search"

// movedTerms are the terms of the verb of a reader's upgrade ("after
// upgrading to node 18", "upgraded 16 -> 18"; see search.MovedTerms) that
// the question writes nowhere else: the reader's setup, which a passage
// need not write to answer it. "after upgrading to node 18 ... how do i
// make lookups return ipv4 first" is answered by dns.setDefaultResultOrder,
// which upgrades nothing.
func movedTerms(r Retriever, query string) map[string]bool {
	return search.MovedTerms(query, r.Terms)
}
