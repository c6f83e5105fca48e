package answer

import (
	"math"
	"sort"
)

// entryShare is the least share of the best sentence's score that a list
// item or table row of its passage needs to lead in its place (see
// entryLead).
const entryShare = 0.85

// entryDepth is how many of the best sentences entryLead looks through.
const entryDepth = 5

// entryLead lets a list item or table row lead over the prose sentence
// of its passage that scores best when it scores nearly as well
// (entryShare): an item states one member, option or value ("ECONNRESET
// (Connection reset by peer): A connection was forcibly closed by a
// peer.", "Add the --force flag to npm install; ..."), where the prose
// that introduces the list tells of the topic the question already names
// ("This is a list of system errors commonly-encountered when writing a
// Node.js program.", "npm prevents accidentally overriding the Corepack
// binaries when doing a global install."). A dated item is a row of a
// timeline, which sums up what the prose tells ("2016: the left-pad
// incident breaks builds ...") and keeps its place; an item of another
// passage is no part of what the lead introduces ("Related chapters"
// lists name other chapters in the words of the question).
//
// Replayed over the rules' five best candidates of every keyed tuning
// question (testdata/leadtie.go): +7 -0 leads, six writers up; within
// 0.9 of the best +4 -0, within 0.8 +8 -4; an item of any passage within
// 0.85 +18 -8, ten writers up and five down, timeline rows and related
// chapters among the losses.
func entryLead(cands []sentence) {
	order := make([]int, len(cands))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return cands[order[i]].score > cands[order[j]].score })
	if len(order) == 0 {
		return
	}
	best := &cands[order[0]]
	if best.score <= 0 || undatedEntry(best) {
		return
	}
	for _, i := range order[1:min(entryDepth, len(order))] {
		c := &cands[i]
		if c.score < entryShare*best.score {
			return
		}
		if undatedEntry(c) && c.hit == best.hit {
			c.score = math.Nextafter(best.score, math.Inf(1))
			return
		}
	}
}

// undatedEntry reports whether c is a list item or table row without a
// year.
func undatedEntry(c *sentence) bool {
	return c.entry && !yearRe.MatchString(c.text)
}
