package search

import (
	"regexp"
	"strings"
)

// Getters before setters. A reference documents a setting twice, under
// its getter and under its setter ("stream.getDefaultHighWaterMark()",
// "stream.setDefaultHighWaterMark()"), and the setter's entry, which
// writes the value it takes, matches a question on the setting as well
// or better: "whats the default highWaterMark for a stream? and for
// objectMode?" found the setter first and the getter second. A question
// that asks what a setting is, not how to change it, is answered by the
// getter. So when a setter ranks above its getter (the same name with
// "set" for "get") and the question writes no verb of changing nor asks
// how (changeAsk), the two trade places.

// getterShare is how close to its setter's score a getter's must be for
// the two to trade places: a getter well below matches the question less,
// and is not the setting it asks about.
const getterShare = 0.8

// changeAsk matches a question that asks how to do something or names a
// change ("how do i make it bigger", "can i raise it", "set it to 0").
var changeAsk = regexp.MustCompile(`(?i)\b(how|set|sets|setting|change|changing|raise|increase|bump|lower|reduce|decrease|make|configure|override|force|switch|turn|enable|disable)\b`)

// gettersFirst swaps the scores of a setter's best passage and its
// getter's when the setter ranks above (see above), and orders the hits
// again (rankOrder). Hits must be in rank order.
func gettersFirst(q string, hits []Hit) {
	if changeAsk.MatchString(q) {
		return
	}
	best := map[string]int{} // the best passage of each member named
	for i, h := range hits {
		for _, n := range headingNames(h.Heading) {
			if _, ok := best[n]; !ok {
				best[n] = i
			}
		}
	}
	swapped := false
	for n, si := range best {
		getter, ok := getterOf(n)
		if !ok {
			continue
		}
		gi, ok := best[getter]
		if !ok || gi < si || hits[gi].Score < getterShare*hits[si].Score {
			continue
		}
		hits[si].Score, hits[gi].Score = hits[gi].Score, hits[si].Score
		swapped = true
	}
	if swapped {
		rankOrder(hits)
	}
}

// getterOf is the getter's name of setter n ("stream.getdefaulthighwatermark"
// for "stream.setdefaulthighwatermark"); false when n is no setter.
func getterOf(n string) (string, bool) {
	dot := strings.LastIndexByte(n, '.') + 1
	last := n[dot:]
	if len(last) <= len("set") || !strings.HasPrefix(last, "set") {
		return "", false
	}
	return n[:dot] + "get" + last[len("set"):], true
}
