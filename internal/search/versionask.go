package search

import (
	"regexp"
	"slices"
)

// versionAsk finds the noun of a question that asks which version of
// something did a thing ("which 18.x release added it", "what node
// version got fetch"). The noun frames the question: the answer is a
// section on the thing, whose history line dates it, not a section whose
// heading holds "release" (process.release) or "version".
var versionAsk = regexp.MustCompile(`(?i)\b(?:which|what)\s+(?:[\w.]+\s+)?(version|release)s?\b`)

// withoutVersionAsk returns terms without the analysed framing noun of
// q (see versionAsk); terms itself when q asks no version or the noun is
// all it searches.
func (ix *Index) withoutVersionAsk(q string, terms []string) []string {
	m := versionAsk.FindStringSubmatch(q)
	if m == nil {
		return terms
	}
	drop := ix.Terms(m[1])
	kept := slices.DeleteFunc(slices.Clone(terms), func(t string) bool { return slices.Contains(drop, t) })
	if len(kept) == 0 {
		return terms
	}
	return kept
}
