package search

import (
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2/analysis"
)

// A Russian reader writes a name of two English words as one word, as it
// sounds: "редхат" for Red Hat, "докерхаб" for Docker Hub. No term of the
// book sounds like it, since the book's terms are the name's words. A
// Cyrillic word no passage has and no single term sounds like is
// therefore read against the pairs of Latin words in a row in the book's
// headings, where such a name is written when the book is about it: when
// it has the sounds of the pair written as one word (see soundMatch), it
// stands for the pair's terms. It needs minJoinedConsonants consonants, so
// that two short words do not sound like any short Russian word.
const minJoinedConsonants = 4

// headingPair is two Latin words in a row of a heading.
type headingPair struct{ first, second string }

// headingPairs maps the sound skeletons of the Latin word pairs of the
// book's headings, each pair written as one word (see termSounds) less a
// last vowel, to the first pair in book order with it: built once per
// generation, when a question first needs it, and read as soundMatch's
// matchSame reads two skeletons.
func (g *generation) headingPairs() map[string]headingPair {
	g.pairsOnce.Do(func() {
		g.pairs = map[string]headingPair{}
		for _, c := range g.man.Chapters {
			for _, s := range c.Sections {
				words := latinWords(s.Heading)
				for i := 0; i+1 < len(words); i++ {
					if words[i] == "" || words[i+1] == "" {
						continue
					}
					for _, b := range termSounds(words[i]+words[i+1], nil) {
						if k := strings.TrimSuffix(b, "_"); g.pairs[k] == (headingPair{}) {
							g.pairs[k] = headingPair{words[i], words[i+1]}
						}
					}
				}
			}
		}
	})
	return g.pairs
}

// joinedName returns the analysed terms of the Latin word pair of the
// book's headings that Russian word w (of term t) writes as one word, or
// nil when none does.
func (g *generation) joinedName(a analysis.Analyzer, w, t string) []string {
	for _, s := range []string{Transliterate(w), Transliterate(t)} {
		skel, n := skeleton(sound(s))
		if n < minJoinedConsonants {
			continue
		}
		if p, ok := g.headingPairs()[strings.TrimSuffix(skel, "_")]; ok {
			return append(analyse(a, p.first), analyse(a, p.second)...)
		}
	}
	return nil
}

// latinWords returns the words of heading h, lower case, with "" for each
// word that is not ASCII letters only (of two letters at least).
func latinWords(h string) []string {
	words := strings.FieldsFunc(strings.ToLower(h), func(c rune) bool { return unicode.IsSpace(c) || c == ',' || c == ':' })
	for i, w := range words {
		if len(w) < 2 || !asciiLower(w) {
			words[i] = ""
		}
	}
	return words
}
