package search

import "strings"

// Urged members. An entry that tells the reader to use another member
// for what they came for hands the question on: os.cpus() says
// "os.cpus().length should not be used to calculate the amount of
// parallelism available to an application. Use os.availableParallelism()
// for this purpose.", and "whats the right way to figure out how many
// worker threads to spin up? os.cpus().length feels hacky" is answered by
// os.availableParallelism(). The pointer wins on the question's words,
// and its member, pointed to at pointedShare of its score, ranked second.
// So the members a sentence opening with "Use" names (the imperative, not
// "use" within a sentence: "its own require using module.createRequire()"
// only tells what a member does) are pointed to at urgedShare of the
// pointing passage's score, above it.

// urgedShare is the share of its score a passage gives the members it
// tells the reader to use. Measured on the Node.js reference (against
// pointedShare): MRR@10 higher on ten sets (os.availableParallelism
// first instead of second, second instead of third on s8), nothing lower.
// The flags of sentences holding "use" or "using" anywhere lowered s10 (a
// question out of the top 5), s17, s8 and nodedoc-tune; sentences holding
// "instead", "prefer" or "recommended", at 0.95, lowered nodedoc-tune,
// nodedoc-heldout, s6 and s8.
const urgedShare = 1.05

// urgedNames are the members (pointedCalls, pointedFlags) named by
// text's sentences that open with "Use ".
func urgedNames(text string) map[string]bool {
	var out map[string]bool
	for _, s := range sentencesOf(text) {
		s = strings.TrimSpace(s)
		if !strings.HasPrefix(s, "Use ") {
			continue
		}
		for _, n := range append(pointedCalls(s), pointedFlags(s)...) {
			if out == nil {
				out = map[string]bool{}
			}
			out[n] = true
		}
	}
	return out
}

// sentencesOf are text's sentences: its pieces up to a new line or a
// full stop before a space.
func sentencesOf(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' || text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ') {
			out = append(out, text[start:i])
			start = i + 1
		}
	}
	return append(out, text[start:])
}
