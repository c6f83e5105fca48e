package answer

import (
	"regexp"

	"github.com/chapterbot/chapterbot/internal/search"
)

// timelineRe finds a timeline bullet: a list item that opens with its
// date ("2016: ...", "December 2011: ...", "April 30, 2025: ...").
var timelineRe = regexp.MustCompile(`^(?:\pL+ (?:\d{1,2}, )?)?\d{4}:\s`)

// proseShare is the least share of a leading entry's match with the
// question that a prose sentence of another section needs to lead in its
// place.
const proseShare = 0.6

// proseGain is how far that prose sentence is put above the entry.
const proseGain = 1.01

// proseLead lets a prose sentence lead in place of a timeline bullet
// (timelineRe) that gives nothing the question's kind asks for: the bullet
// ("2016: the left-pad incident breaks builds across the ecosystem in
// March.") names an event that a section of its own tells ("In March 2016
// a developer unpublished his packages from npm, and the removal of the
// eleven-line left-pad broke builds ..."), and only that one says what
// happened or what the thing is. The prose must share most of the entry's
// match with the question (proseShare); a "when" or "how many" question
// keeps its entry, whose date or number is the answer.
func proseLead(k kind, cands []sentence, hits []search.Hit, qterms map[string]float64) {
	if k == kindWhen || k == kindNumber {
		return
	}
	best := -1
	for i, c := range cands {
		if best < 0 || c.score > cands[best].score {
			best = i
		}
	}
	if best < 0 || cands[best].score <= 0 || !cands[best].entry || !timelineRe.MatchString(cands[best].text) || cands[best].fit > 0 {
		return
	}
	lead := &cands[best]
	match := func(c *sentence) float64 {
		var m float64
		for t := range c.terms {
			m += max(qterms[t], 0)
		}
		return m
	}
	want := proseShare * match(lead)
	prose := -1
	for i := range cands {
		c := &cands[i]
		if c.entry || c.score <= 0 || hits[c.hit].ID == hits[lead.hit].ID || match(c) < want {
			continue
		}
		if prose < 0 || c.score > cands[prose].score {
			prose = i
		}
	}
	if prose >= 0 {
		cands[prose].score = lead.score * proseGain
	}
}
