package answer

import (
	"regexp"
	"strings"
)

// titledPerson is the fit for a "who" question of a titled sentence (see
// headingStates) whose heading names the people the section is about: a
// list of people and roles heads each entry with the names ("Joe Beda,
// Brendan Burns and Craig McLuckie") and goes on without them ("The three
// Google engineers usually named as the founders ..."), so the person
// asked for is read from the heading and the sentence as one text. It is
// 0 when the heading names nobody in full, or when the sentence writes a
// surname the heading names ("D. Richard Hipp": "Hipp is the creator
// ..."): that sentence names its person itself and is read as it is.
func titledPerson(c *sentence, made bool, plain, surname, known func(w string) bool) float64 {
	if c.title == "" {
		return 0
	}
	heads := names(c.title, plain, surname)
	if len(heads) == 0 {
		return 0
	}
	for _, w := range strings.Fields(c.text) {
		for _, n := range heads {
			if nameWord(w) == nameWord(n) {
				return 0
			}
		}
	}
	return hasPerson(headed(c.title, c.text), made, plain, surname, known)
}

// aboutEntry is the share of the subject a titled sentence of a list of
// people holds, its chapter's title counted as its own: the entry
// "Joe Beda, Brendan Burns and Craig McLuckie" of the Kubernetes chapter
// speaks of Kubernetes' founders without writing Kubernetes.
func aboutEntry(c *sentence, subject []string, chapter map[string]bool) float64 {
	if len(subject) == 0 {
		return 1
	}
	var n float64
	for _, t := range subject {
		if c.terms[t] || c.stated[t] || chapter[t] {
			n++
		}
	}
	return n / float64(len(subject))
}

// calledQRe finds a question for what a thing was called ("what was that
// node fork called"). Not "what was the name of ...": such a question
// names the thing's kind ("the startup antirez built redis for"), which a
// sentence naming it answers better than a heading (s12, s14 lost one
// each).
var calledQRe = regexp.MustCompile(`(?i)\bcalled\b`)

// headNameWeight is the fit of a titled sentence whose heading adds a
// name to a question for what a thing is called: "io.js fork" heads
// "Disagreements around release pace and governance lead to a fork".
const headNameWeight = 0.6
