package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// joinedRe finds a name whose letters and number a hyphen or a slash
// joins: "SHA-256", "HTTP/2", "UTF-8".
var joinedRe = regexp.MustCompile(`(?i)\b(\pL+)[-/](\d+)\b`)

// joinedNames lets a sentence, and its section's heading, hold a question
// term written as one word of letters and a number ("sha256", "http2")
// that no candidate writes as such, when they write it with a hyphen or a
// slash ("SHA-256", "HTTP/2"): the analyser keeps the one as a term and
// splits the other into two, so "which rfc lets ws run over http2" found
// its name in no sentence, and "RFC 8441 ... carries WebSockets over
// HTTP/2" lost to "Plain ws:// URLs ... runs over TLS". When a candidate
// writes the term ("http2.createSecureServer()"), the book's own
// spelling tells the sentences apart.
func joinedNames(cands []sentence, hits []search.Hit, qterms map[string]float64) {
	var any bool
	for t := range qterms {
		if joinedTermRe.MatchString(t) && !slices.ContainsFunc(cands, func(c sentence) bool { return c.terms[t] }) {
			any = true
			break
		}
	}
	if !any {
		return
	}
	holdJoined := func(text string, terms map[string]bool) map[string]bool {
		for _, m := range joinedRe.FindAllStringSubmatch(text, -1) {
			t := strings.ToLower(m[1] + m[2])
			if _, ok := qterms[t]; ok && !terms[t] {
				if terms == nil {
					terms = map[string]bool{}
				}
				terms[t] = true
			}
		}
		return terms
	}
	headings := map[int]map[string]bool{} // each hit's heading's, shared by its sentences
	for i := range cands {
		c := &cands[i]
		c.terms = holdJoined(c.text, c.terms)
		h, ok := headings[c.hit]
		if !ok {
			h = holdJoined(hits[c.hit].Heading, nil)
			headings[c.hit] = h
		}
		for t := range h {
			if !c.heading[t] {
				if c.heading == nil {
					c.heading = map[string]bool{}
				}
				c.heading[t] = true
			}
		}
	}
}

// joinedTermRe finds a term of letters and then digits, as the analyser
// keeps "sha256" and "http2".
var joinedTermRe = regexp.MustCompile(`^\pL+\d+$`)
