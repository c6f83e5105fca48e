package answer

import (
	"regexp"
	"slices"
)

// narrationRe finds a sentence in which the book says what it is about to
// show, after at most a short opening ("First,", "As an example,"):
// "First, let’s take a look at the ownership rules.", "Во-первых, давайте
// взглянем на правила владения.". It shares the words of what it shows,
// so it leads, but it holds none of it.
var narrationRe = regexp.MustCompile(`^(?:[^,.:;]{1,40},\s+)?(?:(?i:let’s|let's|let us)\s+(?:take a look|look|see|explore|examine|walk through)\b|(?:Давайте|давайте)\s+(?:взглянем|посмотрим|рассмотрим|разберём|разберем|изучим)(?:[^\pL]|$))`)

// showsNext returns the index in cands of the sentence right after best
// that shows what best says the book is about to show: best narrates (see
// narrationRe), and the next sentence of its passage, with nothing
// between, quotes the short list or code it introduces ("Keep these rules
// in mind ...: Each value in Rust has an owner; ..."). -1 when there is
// none.
func showsNext(cands []sentence, best sentence) int {
	if !narrationRe.MatchString(best.text) {
		return -1
	}
	j := slices.IndexFunc(cands, func(c sentence) bool { return c.hit == best.hit && c.pos == best.pos+1 })
	if j < 0 || !cands[j].joined || !cands[j].listed && cands[j].code == "" {
		return -1
	}
	return j
}
