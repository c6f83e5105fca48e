package search

import (
	"strings"
	"unicode/utf8"
)

// A Russian question writes a name borrowed from English as it sounds and
// inflects it as a Russian noun ("кафку", "постгреса", "кубере",
// "джаваскрипта"), shortens it ("кубер", "постгря") or adds a Russian
// diminutive to it ("редиска"). The book writes the name in Latin letters.
// The rules here read such a word's transliteration against a Latin term
// of the book by their sounds (see sound): the same sounds, the same
// consonants (an English silent e: "тайпскрипт", typescript), or the
// transliteration as the beginning of the term (a shortened or inflected
// name: "kuber", kubernetes).

// sound rewrites a Latin word (a transliteration or a term of the book)
// so that an English spelling and the Russian spelling of its sound meet:
// dzh (дж) is j, x is ks, w is v (в), th is t (т), ph is f (ф), and h is
// g, as Russian writes it х (kh) or г ("гитхаб", "гиперлоглог"). skeleton
// then reads c and q as k and collapses a doubled consonant.
func sound(term string) string {
	if !strings.ContainsAny(term, "xwh") {
		return term
	}
	return soundReplacer.Replace(term)
}

// soundSeparate is sound reading th as t and h (гитхаб, github) rather
// than one sound (питон, python); "" when term has no th.
func soundSeparate(term string) string {
	if !strings.Contains(term, "th") {
		return ""
	}
	return soundSeparateReplacer.Replace(term)
}

var (
	soundReplacer         = strings.NewReplacer("dzh", "j", "kh", "g", "x", "ks", "w", "v", "th", "t", "ph", "f", "h", "g")
	soundSeparateReplacer = strings.NewReplacer("dzh", "j", "kh", "g", "x", "ks", "w", "v", "ph", "f", "h", "g")
)

// soundFirst lists the first letters a term of the book may have when its
// sound starts with letter l: Russian writes c and q as к, w as в and ph
// as ф, h as г or х.
func soundFirst(l byte) string {
	switch l {
	case 'k':
		return "kcq"
	case 'v':
		return "vw"
	case 'f':
		return "fp"
	case 'g':
		return "gh"
	}
	return string(l)
}

// consonants is a skeleton without its vowels: "t_p_skr_pt" and
// "t_pskr_pt" (typescript, тайпскрипт) are both "tpskrpt".
func consonants(skel string) string {
	return strings.ReplaceAll(skel, "_", "")
}

// Thresholds of the looser readings: a transliteration matched by its
// consonants alone, or as the beginning of a term, needs this many
// consonants (minLooseConsonants) and letters (minPrefixLetters); a
// beginning that starts more than maxPrefixTerms terms of the book names
// none of them.
const (
	minLooseConsonants = 4
	minPrefixLetters   = 5
	maxPrefixTerms     = 3
)

// soundMatch tells how a book term's sound skeleton b meets that of a
// transliteration s: matchSame (the same sounds), matchConsonants (the
// same consonants, with n of them at least minLooseConsonants), or
// matchPrefix (s, of at least minPrefixLetters letters and minSkeleton
// consonants, less a last vowel, begins b); matchNone else.
func soundMatch(s string, n, letters int, b string) matchKind {
	switch {
	case b == s:
		return matchSame
	case n < minSkeleton:
		return matchNone
	}
	switch {
	case n >= minLooseConsonants && consonants(s) == consonants(b):
		return matchConsonants
	case letters >= minPrefixLetters && len(b) > len(s) && strings.HasPrefix(b, strings.TrimSuffix(s, "_")):
		return matchPrefix
	}
	return matchNone
}

type matchKind int

const (
	matchNone matchKind = iota
	matchSame
	matchConsonants
	matchPrefix
)

// diminutives are the Russian suffixes a speaker adds to a name, the stem
// left after Snowball cut the ending: "редиска", "редиске" (редиск):
// редис.
var diminutives = []string{"ечк", "ушк", "чик", "ик", "к"}

// withoutDiminutive returns stem less a diminutive suffix, and whether it
// had one; what is left must keep minLatinStem letters.
func withoutDiminutive(stem string) (string, bool) {
	for _, d := range diminutives {
		if rest, ok := strings.CutSuffix(stem, d); ok && utf8.RuneCountInString(rest) >= minDiminutiveBase {
			return rest, true
		}
	}
	return "", false
}

// minDiminutiveBase is the fewest letters left of a stem without its
// diminutive suffix.
const minDiminutiveBase = 4
