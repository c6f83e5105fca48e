package search

import (
	"regexp"
	"strings"
)

// Negated twins. A reference documents a check and its negation side by
// side ("assert.deepEqual()" and "assert.notDeepEqual()",
// "assert.throws()" and "assert.doesNotThrow()"), and the negation's entry
// holds every word of the check's name and most of its text. A question
// on the check ("assert.deepEqual([1], ['1']) passes?! how do i make every
// assert strict by default") found assert.notDeepStrictEqual and
// assert.notDeepEqual among its first five, pushing "Strict assertion
// mode", which answers, to the sixth place. A reader who wants the
// negation says so ("not", "doesn't", "never", "!=="); without it an
// entry whose name negates (negatedNameRe) keeps negatedShare of its score.
//
// Measured on the Node.js reference (recall@5 / MRR@10): s10 0.825 / 0.691
// -> 0.842 / 0.693, s15 0.833 / 0.632 -> 0.850 / 0.633, s20 0.783 / 0.682
// -> 0.800 / 0.684, s22 0.833 / 0.686 -> 0.850 / 0.687, s23 0.875 / 0.692
// -> 0.892 / 0.693 ("Strict assertion mode" sixth -> fourth or fifth each
// time); MRR up a little on nodedoc-final, nodedoc-tune, s6, s13, s14 and
// s17; nothing fell, SciFact unchanged. Without "!=" as a negation,
// nodedoc-tune's pasted "1 !== '1'" lost its lead.

// negatedShare is the share of its score a negated entry keeps when the
// question negates nothing.
const negatedShare = 0.5

// negatedNameRe matches a heading whose API name's last part is a
// negation: "not" or "doesNot" followed by a capital ("notDeepEqual(",
// "doesNotThrow(").
var negatedNameRe = regexp.MustCompile(`^(?:[\w$]+\.)*(?:not|doesNot)[A-Z][\w$]*\(`)

// negationRe finds a negation in a question: a word, or a comparison of
// inequality ("1 !== '1'", which assert.notStrictEqual tests).
var negationRe = regexp.MustCompile(`(?i)\b(?:not|no|never|nor|without|neither)\b|n't\b|n’t\b|!=`)

// negatedAfter lowers the negated entries among hits to negatedShare of
// their score when q negates nothing (see above), and orders the hits
// again (rankOrder). Hits must be in rank order.
func negatedAfter(q string, hits []Hit) {
	if negationRe.MatchString(q) {
		return
	}
	lowered := false
	for i, h := range hits {
		if negatedNameRe.MatchString(strings.TrimSpace(h.Heading)) {
			hits[i].Score *= negatedShare
			lowered = true
		}
	}
	if lowered {
		rankOrder(hits)
	}
}
