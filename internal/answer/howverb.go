package answer

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// howToRe finds a request for a way to do something and the verb it asks
// how to do: "how do i squash ...", "best way to squash ...", "how can we
// tune ...", past an adverb ("how do i quickly debug").
var howToRe = regexp.MustCompile(`^(?:how (?:do|can|could|should|would|shall) (?:i|we|you|one)|how to|(?:what(?:'s| is|s) )?(?:the )?(?:best|right|proper|correct|easiest|simplest) way to|is there a way to)\s+(?:(?:actually|properly|just|quickly|safely|easily|even) )?(\pL+)(?:[^\pL\pN]|$)`)

// howVerb returns the term of the verb a how-to question asks to do when
// the book never writes it ("how do i squash my commits", "how do I tune
// the elixir garbage collector"), "" otherwise: a book that shows how to
// do a thing names the doing, and one that never writes the verb tells
// about the thing, not how to do that to it. The verb must be a subject
// term of w (no filler: "how do i make", "get", "use"), not one the
// question compares with (aside), and no misspelling ("raed", "mesure"),
// which the book writes right (see misspelt). df holds the book's
// passage counts of the question's terms.
//
// A verb of setting up (setVerbs) must be found even when the book writes
// it elsewhere: "set" is written in some passage of any long book, and a
// chapter that only names the thing ("Tokio drives the event loop", "ng
// serve") does not tell how to set it. Site tuning sets s20 and s23,
// coverage: +1 each ("how do i set the number of tokio worker threads in
// my rust web service", "how do i set up a proxy.conf.json so ng serve
// forwards /api to my backend").
func (c coverage) howVerb(r Retriever, query string, w map[string]float64, aside map[string]bool, df map[string]int) string {
	m := howToRe.FindStringSubmatch(normalQuestion(query))
	if m == nil {
		return ""
	}
	ts := r.Terms(m[1])
	if len(ts) != 1 {
		return ""
	}
	t := ts[0]
	if _, ok := w[t]; !ok || aside[t] {
		return ""
	}
	if df[t] > 0 {
		if setVerbs[strings.ToLower(m[1])] {
			return t
		}
		return ""
	}
	// A word general English knows is no typo ("squash" is not "squish"),
	// unless the stemmer cut it to a short term English knows for another
	// word: "raed" is "ra", and "read" swapped.
	known := c.known(t) && utf8.RuneCountInString(t) >= minUnknownLetters
	if word := strings.ToLower(m[1]); !known && (c.misspelt(r, word) || c.swapped(r, word)) {
		return ""
	}
	return t
}

// setVerbs are the verbs of a how-to question that asks to set something
// up; a book that tells how writes the verb where it does (see howVerb).
var setVerbs = map[string]bool{"set": true, "configure": true, "change": true, "tweak": true, "adjust": true, "customize": true, "customise": true}
