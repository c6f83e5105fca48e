package search

import (
	"regexp"
	"strings"
)

// Variants for a purpose. An entry points to another member that does the
// same for a purpose it names: setTimeout() says "This method has a custom
// variant for promises that is available using timersPromises.setTimeout().".
// A question that asks for that purpose ("is there a promise based sleep in
// node core so i can just await setTimeout(1000)") is answered by the
// variant, yet the entry it points from wins on the question's words (it
// writes the name the question writes), and the answer led with the
// pointer. So when the question writes the purpose (the word after
// "variant for", "version for", or before "-based variant"), the members
// the sentence names after it are pointed to at urgedShare of the
// pointing passage's score, even when they rank already and the question
// writes their last part: the reader named the function whose variant
// they want. A question that does not write the purpose ("what is the
// max delay of setTimeout") keeps the entry.
//
// Measured on the Node.js reference (against main at e40414e): MRR@10
// nodedoc-final 0.702 -> 0.709, s14 0.680 -> 0.688, s21 0.669 -> 0.678,
// each answer now citing timersPromises.setTimeout(); s8's ("is there a
// promise version of setTimeout") ranks it first too, but the answer
// still leads with the pointer of the entry below it. Nothing else moved.

// variantForRe matches a variant or version for a purpose, the purpose
// in its first or second group: "variant for promises", "promise-based
// version".
var variantForRe = regexp.MustCompile(`(?i)\b(?:variant|version)s? for (\w+)|\b(\w+)[- ]based (?:variant|version)s?\b`)

// variantNames are the members (pointedCalls, pointedFlags) that text's
// sentences name after a variant for a purpose lq writes (lower case; the
// purpose matched without a plural s).
func variantNames(text, lq string) map[string]bool {
	if !strings.Contains(text, "variant") && !strings.Contains(text, "version") {
		return nil
	}
	return namesIn(text, func(s string) string {
		m := variantForRe.FindStringSubmatchIndex(s)
		if m == nil {
			return ""
		}
		g := 2 // the group that matched
		if m[g] < 0 {
			g = 4
		}
		purpose := strings.ToLower(s[m[g]:m[g+1]])
		if p := strings.TrimSuffix(purpose, "s"); len(p) >= 3 {
			purpose = p
		}
		if !strings.Contains(lq, purpose) {
			return ""
		}
		return s[m[1]:]
	})
}
