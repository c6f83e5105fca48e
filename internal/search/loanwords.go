package search

import (
	"bytes"
	"strings"
	"unicode"
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

// termSounds returns the sound skeletons of a term of the book (see
// sound and skeleton): as sound reads it, and as English may also sound
// it where Russian hears otherwise: th as t and h ("гитхаб", github), c
// and g before e, i or y soft ("рефселл", refcell; "дженерик", generic),
// as a last c may be in a stem ("продюсер", produc), a last e silent
// ("крейт", crate). They are appended to out.
func termSounds(term string, out []string) []string {
	s, _ := skeleton(sound(term))
	out = append(out, s)
	if strings.Contains(term, "th") {
		s, _ := skeleton(soundSeparateReplacer.Replace(term))
		out = append(out, s)
	}
	if strings.ContainsAny(term, "cg") {
		if soft := softReplacer.Replace(term); soft != term {
			s, _ := skeleton(sound(soft))
			out = append(out, s)
		}
	}
	if len(term) > 3 && strings.HasSuffix(term, "c") {
		// A stem cut before a soft c's vowel: "produc" (producer).
		s, _ := skeleton(sound(term[:len(term)-1] + "s"))
		out = append(out, s)
	}
	if len(term) > 3 && strings.HasSuffix(term, "e") {
		s, _ := skeleton(sound(term[:len(term)-1]))
		out = append(out, s)
	}
	return out
}

var (
	soundReplacer         = strings.NewReplacer("dzh", "j", "kh", "g", "x", "ks", "w", "v", "th", "t", "ph", "f", "h", "g")
	soundSeparateReplacer = strings.NewReplacer("dzh", "j", "kh", "g", "x", "ks", "w", "v", "ph", "f", "h", "g")
	softReplacer          = strings.NewReplacer("ce", "se", "ci", "si", "cy", "sy", "ge", "je", "gi", "ji", "gy", "jy")
)

// soundFirst lists the first letters a term of the book may have when its
// sound starts with letter l: Russian writes c and q as к, w as в and ph
// as ф, h as г or х, soft g as дж and soft c as с.
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
	case 'j':
		return "jg"
	case 's':
		return "sc"
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
// transliteration s with n consonants: matchSame (the same sounds, but
// for a last vowel, which in Russian is the case ending: "кафке", kafka),
// matchConsonants (the same consonants, n at least minLooseConsonants)
// or matchPrefix (s less a last vowel begins b, s of minPrefixLetters
// letters at least); matchNone else, and whenever n is below minSkeleton.
func soundMatch(s string, n, letters int, b string) matchKind {
	switch {
	case n < minSkeleton:
		return matchNone
	case strings.TrimSuffix(b, "_") == strings.TrimSuffix(s, "_"):
		return matchSame
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

// memberSuffixes make of a company's name the word for its people, the
// stem left after Snowball cut the ending: "гугловцы" (гугловц): гугл,
// Google; "амазоновцев" (амазоновц): амазон, Amazon.
var memberSuffixes = []string{"овц", "евц"}

// withoutMember returns stem less a suffix of memberSuffixes, and whether
// it had one; what is left must keep minDiminutiveBase letters.
func withoutMember(stem string) (string, bool) {
	for _, m := range memberSuffixes {
		if rest, ok := strings.CutSuffix(stem, m); ok && utf8.RuneCountInString(rest) >= minDiminutiveBase {
			return rest, true
		}
	}
	return "", false
}

// minDiminutiveBase is the fewest letters left of a stem without its
// diminutive suffix.
const minDiminutiveBase = 4

// maxLatinEnding is the most letters of a Russian case ending written
// after a Latin word.
const maxLatinEnding = 3

// latinHead returns the Latin word of w when w is one with a Russian case
// ending, after an apostrophe or not ("redis'а", "kafka'у", "redisом"),
// as Russian writes the names it does not transliterate: the ending says
// nothing the search could use. ok is false for any other word.
func latinHead(w []byte) (head []byte, ok bool) {
	i := 0
	for i < len(w) && w[i] < utf8.RuneSelf {
		i++
	}
	if i == 0 || i == len(w) {
		return nil, false
	}
	head = w[:i]
	tail := w[i:]
	if r, n := utf8.DecodeRune(tail); r == '’' {
		tail = tail[n:]
	} else {
		head = bytes.TrimRight(head, "'")
	}
	letters := 0
	for len(tail) > 0 {
		r, n := utf8.DecodeRune(tail)
		if !unicode.Is(unicode.Cyrillic, r) || !unicode.IsLetter(r) {
			return nil, false
		}
		letters++
		tail = tail[n:]
	}
	if letters == 0 || letters > maxLatinEnding || !hasASCIILetter(head) {
		return nil, false
	}
	return head, true
}

func hasASCIILetter(b []byte) bool {
	for _, c := range b {
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// SoundsLike reports whether Russian term ru (a stem, as the index
// analyses the word) has the sounds of Latin term latin of the book, its
// vowels aside ("кластер": cluster, "сентинел": sentinel): the strictest
// of the readings above, for a caller that has already narrowed the Latin
// terms to a few likely ones.
func SoundsLike(ru, latin string) bool {
	s, n := skeleton(sound(Transliterate(ru)))
	if s == "" {
		return false
	}
	for _, b := range termSounds(latin, nil) {
		if soundMatch(s, n, len(s), b) == matchSame {
			return true
		}
	}
	return false
}
