package search

import "strings"

// An API reference documents a member in one place and names it again
// elsewhere in a stub: the HTTPS page's "server.keepAliveTimeout" says
// "See server.keepAliveTimeout in the node:http module", the globals
// page's setInterval "is described in the timers section", a member entry
// of a few lines sits beside its class's overview. The stub matches a
// question as well as the full entry and, being short, scores higher
// (BM25 favours short passages), so the reader is sent to the page that
// only points on.

// aliasesAfter lets each full entry take the place of a shorter hit above
// it that names the same API in its heading (headingNames): when a hit
// has at most half the words of a lower hit of another section with the
// same names, the two swap places and scores (the passages of one section
// keep their order). Hits keep their score order.
func aliasesAfter(hits []Hit) {
	names := make([]string, len(hits))
	words := make([]int, len(hits))
	for i, h := range hits {
		names[i] = strings.Join(headingNames(h.Heading), " ")
		words[i] = len(strings.Fields(h.Text))
	}
	for i := range hits {
		if names[i] == "" {
			continue
		}
		for j := i + 1; j < len(hits); j++ {
			if names[j] != names[i] || hits[j].ID == hits[i].ID || 2*words[i] > words[j] {
				continue
			}
			hits[i].Score, hits[j].Score = hits[j].Score, hits[i].Score
			hits[i], hits[j] = hits[j], hits[i]
			names[i], names[j] = names[j], names[i]
			words[i], words[j] = words[j], words[i]
			break
		}
	}
}
