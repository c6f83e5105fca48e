package search

import "strings"

// Quoted errors. A reader pastes the error they got: "FATAL ERROR:
// Reached heap limit Allocation failed - JavaScript heap out of memory,
// how do i give node more memory". The passage that quotes that error is
// an example's output, after the command that produced it ("$ node
// --max-old-space-size=100 --heapsnapshot-near-heap-limit=3 index.js"),
// and wins on the quote's words, while the reader wants the setting the
// command changes: --heapsnapshot-near-heap-limit ranked first and
// --max-old-space-size, pointed to at pointedShare of its score, second.
// So when a passage holds quoteWords words in a row of the question, the
// flags of its command lines are pointed to at quotedShare of its score,
// above it. Other members it names keep pointedShare: a deprecation's
// entry quotes its warning ("The punycode module is deprecated") and
// names --pending-deprecation in prose, where the entry is the answer.

// quoteWords is how many words in a row of the question a passage must
// hold to quote it, and quotedShare the share of its score the flags of
// its command lines get. Measured on the Node.js reference (against
// pointedShare): the same MRR@10 at 5, 6 and 8 words (the heap-limit
// question first instead of second in ten sets); without keeping to
// command lines, s6 and s8 lost their DEP0040 entry from first place.
const (
	quoteWords  = 6
	quotedShare = 1.05
)

// quoteTokens are the runs of letters and digits of s, in lower case.
func quoteTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9' || r > 127)
	})
}

// quotes reports whether text holds quoteWords words in a row of the
// question's words qw (see quoteTokens).
func quotes(qw []string, text string) bool {
	if len(qw) < quoteWords {
		return false
	}
	// The question's windows by their first word: a text is scanned once,
	// and only the question, a few dozen words, is put in a map.
	starts := map[string][]int{}
	for i := 0; i+quoteWords <= len(qw); i++ {
		starts[qw[i]] = append(starts[qw[i]], i)
	}
	tw := quoteTokens(text)
	for j := 0; j+quoteWords <= len(tw); j++ {
	next:
		for _, i := range starts[tw[j]] {
			for k := 1; k < quoteWords; k++ {
				if tw[j+k] != qw[i+k] {
					continue next
				}
			}
			return true
		}
	}
	return false
}

// commandFlags are the flags (pointedFlags) of text's command lines: the
// lines that begin with "$ " or "node ".
func commandFlags(text string) map[string]bool {
	var out map[string]bool
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "$ ") && !strings.HasPrefix(line, "node ") {
			continue
		}
		for _, f := range pointedFlags(line) {
			if out == nil {
				out = map[string]bool{}
			}
			out[f] = true
		}
	}
	return out
}
