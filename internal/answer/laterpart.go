package answer

import (
	"regexp"
	"strings"
)

// laterAskRe opens a later question of a question in two parts that asks
// for a fact: "... like react is by meta? who pays for it", "why did
// twitter ditch rails lol, what did they move to".
var laterAskRe = regexp.MustCompile(`^(?:who|whom|whose|what|whats|which|when|where)(?:[^\pL\pN]|$)`)

// proFormRe finds the words a later question points back at the first
// one with ("which one", "what ones"): no words of its own.
var proFormRe = regexp.MustCompile(`(?:^|[^\pL\pN])(?:one|ones)(?:[^\pL\pN]|$)`)

// laterPartLead lets a sentence of the best one's passage lead in its
// place when an English question asks a second question after its first
// (questionParts) and the best sentence, which answers the setting the
// first part names ("Unlike React at Meta or Angular at Google, Vue has
// never been owned by a company.", "Twitter started in 2006 as a Rails
// application."), holds none of the later question's own terms, while
// that sentence holds one: "Its development is paid for by Patreon
// backers ..." for "who pays for it", "Over the following years Twitter
// moved ... to Scala" for "what did they move to". The reader asks the
// fact in the later part; the first sets it up.
func laterPartLead(q string, cands []sentence, termsOf func(string) []string, filler func(string) bool) {
	parts := questionParts(normalQuestion(q))
	if len(parts) < 2 {
		return
	}
	last := sepRe.ReplaceAllString(strings.TrimSpace(parts[len(parts)-1].text), "")
	if !laterAskRe.MatchString(last) {
		return
	}
	// A first part that asks a fact itself ("who came up with node and
	// where did he first show it off?") is answered first.
	if k, _ := wordKind(strings.TrimSpace(parts[0].text)); k != kindOther && k != kindWhy {
		return
	}
	before := set(termsOf(normalQuestion(q)[:parts[len(parts)-2].end]))
	var later []string
	for _, t := range termsOf(proFormRe.ReplaceAllString(last, " ")) {
		if !before[t] && !filler(t) {
			later = append(later, t)
		}
	}
	if len(later) == 0 {
		return
	}
	best := -1
	for i := range cands {
		if best < 0 || cands[i].score > cands[best].score {
			best = i
		}
	}
	if best < 0 || cands[best].score <= 0 || holdsAny(cands[best].terms, later) {
		return
	}
	for i := range cands {
		c := &cands[i]
		if c.hit == cands[best].hit && i != best && !c.entry && holdsAny(c.terms, later) {
			c.score = followGain * cands[best].score
			return
		}
	}
}

// holdsAny reports whether terms hold one of ts.
func holdsAny(terms map[string]bool, ts []string) bool {
	for _, t := range ts {
		if terms[t] {
			return true
		}
	}
	return false
}
