package answer

import (
	"regexp"

	"github.com/chapterbot/chapterbot/internal/search"
)

var (
	// askInsteadRe finds a question that asks what to use in place of
	// something ("what should i switch to", "is there something better
	// than os.cpus().length", "what's the replacement"): the answer is
	// the thing to use, not what is wrong with the one the reader has; so
	// do "what do i replace new Buffer(str) with" and "what should new
	// Buffer(str) become".
	// "is fs.exists deprecated?" asks whether, not what instead.
	askInsteadRe = regexp.MustCompile(`(?i)\b(?:instead|better|replacement|replace it|switch to|migrate to|recommended|something else|alternative|supposed to use|which (?:one )?should i use|what should i use|what (?:do|should|can) (?:i|we) replace\b.*\bwith|what should .{1,40} become)\b`)
	// recommendsRe finds a sentence that tells the reader what to use:
	// "Use os.availableParallelism() for this purpose.", "Please use a
	// userland alternative instead.", "Users ... should switch to using
	// the userland-provided Punycode.js module instead.", "As an
	// alternative, use one of the following methods ...". "os.cpus().length
	// should not be used ..." says what not to use.
	recommendsRe = regexp.MustCompile(`(?i)^(?:(?:as an alternative|instead),\s+)?(?:please\s+)?use\s|\buse\b.*\binstead\b|\bshould (?:switch to|migrate to|use|be used instead)\b|\bis recommended\b`)
)

// insteadGain is how far a section's sentence that tells what to use is
// put above the section's best sentence when the question asks what to
// use instead: it leads where its section would, and the sentence that
// says what is wrong with the old way follows it.
const insteadGain = 1.01

// asksInstead reports whether q asks what to use in place of something.
func asksInstead(q string) bool { return askInsteadRe.MatchString(q) }

// recommends reports whether s tells the reader what to use.
func recommends(s string) bool { return recommendsRe.MatchString(s) }

// insteadLead raises each section's sentences that tell what to use just
// above the section's best sentence (of any of its passages in hits). A reference section says what is
// wrong first ("os.cpus().length should not be used to calculate the
// amount of parallelism ...", "The punycode module is deprecated.") and
// what to use after, in a sentence sharing few of the question's words
// ("Use os.availableParallelism() for this purpose."): the first shares
// the question's and leads, though it only restates what the reader
// knows.
func insteadLead(cands []sentence, hits []search.Hit) { raiseInSection(cands, hits, recommends) }

// raiseInSection raises each section's sentences that is holds just above
// the section's best sentence (of any of its passages in hits).
func raiseInSection(cands []sentence, hits []search.Hit, is func(string) bool) {
	best := map[string]float64{}
	for _, c := range cands {
		id := hits[c.hit].ID
		best[id] = max(best[id], c.score)
	}
	for i := range cands {
		c := &cands[i]
		if b := best[hits[c.hit].ID]; b > 0 && is(c.text) {
			c.score = max(c.score, b*insteadGain)
		}
	}
}
