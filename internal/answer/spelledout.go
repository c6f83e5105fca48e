package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/acronym"
	"github.com/chapterbot/chapterbot/internal/search"
)

// spelledOut lets a sentence, and its section's heading, hold a short
// question term they write out in full, even when another candidate
// writes the term as such: "what is the gil?" is answered by "The Global
// Interpreter Lock in CPython lets only one thread ...", though the
// sentence before it says "GIL"; "who designed ts?" by a sentence under
// "Why TypeScript appeared". A term of two letters is held only by the
// capitals of one word ("TypeScript"), as the initials of two words
// would match too many pairs.
func spelledOut(cands []sentence, hits []search.Hit, qterms map[string]float64) {
	var terms, long []string // long: those a sentence may spell, of three letters or more
	for t := range qterms {
		n := utf8.RuneCountInString(t)
		if n < 2 || n > maxAbbr {
			continue
		}
		terms = append(terms, t)
		if n >= 3 {
			long = append(long, t)
		}
	}
	if len(terms) == 0 {
		return
	}
	headings := map[int]map[string]bool{} // each hit's heading's
	for i := range cands {
		c := &cands[i]
		// spelledTerms(c.text, false) without its copy: the sentence's
		// short forms are looked up for long only, and not read at all
		// when the question has none.
		if len(long) > 0 {
			abbr := acronym.Of(c.text)
			for _, t := range long {
				if !c.terms[t] && abbr[t] {
					c.terms[t] = true
				}
			}
		}
		habbr, ok := headings[c.hit]
		if !ok {
			habbr = spelledTerms(hits[c.hit].Heading, true)
			headings[c.hit] = habbr
		}
		for _, t := range terms {
			if !c.heading[t] && habbr[t] {
				if c.heading == nil {
					c.heading = map[string]bool{}
				}
				c.heading[t] = true
			}
		}
	}
}

// spelledTerms are the abbreviations text spells out of three or more
// letters (see abbreviations) and, with twoLetter (a heading), the two
// capitals of one word ("TypeScript": ts).
func spelledTerms(text string, twoLetter bool) map[string]bool {
	out := map[string]bool{}
	for a := range acronym.Of(text) {
		if utf8.RuneCountInString(a) >= 3 {
			out[a] = true
		}
	}
	if twoLetter {
		for _, w := range letterRuns(text) {
			if caps := acronym.Capitals(w); utf8.RuneCountInString(caps) == 2 {
				out[caps] = true
			}
		}
	}
	return out
}

// definesSpelled scores how well s defines x, an abbreviation, when s
// opens with the words x abbreviates: "The Global Interpreter Lock in
// CPython lets ..." defines "gil" as "GIL lets ..." would. A word of the
// spelled-out form is capitalised or has three letters at least: "Going
// in late" spells no "gil".
func definesSpelled(s, x string) float64 {
	n := utf8.RuneCountInString(x)
	if n < 3 || n > maxAbbr || strings.ContainsFunc(x, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return 0
	}
	body := article.ReplaceAllString(strings.TrimSpace(s), "")
	if body == strings.TrimSpace(s) {
		body = article.ReplaceAllString(strings.ToLower(s[:1])+s[1:], "")
	}
	words := letterRuns(body)
	if len(words) <= n {
		return 0
	}
	var initials []rune
	for _, w := range words[:n] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && utf8.RuneCountInString(w) < 3 {
			return 0
		}
		initials = append(initials, unicode.ToLower(r))
	}
	if string(initials) != x {
		return 0
	}
	// The rest of s after the n-th word, as if s opened with x.
	rest := body
	for _, w := range words[:n] {
		rest = rest[strings.Index(rest, w)+len(w):]
	}
	return defines(x+rest, x)
}
