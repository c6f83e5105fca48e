package search

import "regexp"

// whyAsk matches a question that asks for a reason ("why does my app
// die", "how come it passes").
var whyAsk = regexp.MustCompile(`(?i)\bwhy\b|\bhow come\b`)

// whyProseBoost is the share of its score a section of words gains for a
// "why" question in a book with API member sections (see whyProse).
// Measured on the Node.js reference sets (recall@5 / MRR@10 against 0):
// at 0.2 s6 0.750 -> 0.783 / 0.656 -> 0.658, s11 0.742 -> 0.758 / 0.604
// -> 0.605, s12 MRR 0.613 -> 0.630, s13 0.607 -> 0.624, the other Node
// sets' MRR a little higher; 0.3 the same top 5 and one s6 lead lost; at
// 0.5 nodedoc-final lost a question from the top 5 and the sample book's
// "why did people fork node" its lead.
const whyProseBoost = 0.2

// whyProse raises, for a question that asks why, the hits whose headings
// name no API ("Error events", "Threadpool usage and performance
// considerations", "Caching") among hits of which some do: an API
// reference says what a member does under its name and why things happen
// in sections of prose, while the member sections hold the question's
// names more densely. A book with no member sections is left as it is.
// The overview is left to overviewFirst.
func whyProse(q string, hits []Hit) {
	if !whyAsk.MatchString(q) {
		return
	}
	members := false
	for _, h := range hits {
		if len(h.Trail) > 1 && headingNames(h.Heading) != nil {
			members = true
			break
		}
	}
	if !members {
		return
	}
	for i, h := range hits {
		if len(h.Trail) > 1 && headingNames(h.Heading) == nil {
			hits[i].Score *= 1 + whyProseBoost
		}
	}
}
