package answer

import (
	"strings"
	"sync"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A Russian reader writes many ideas of software in English words spelt
// in Cyrillic, as they sound ("снапшот", "рантайм", "дженерики",
// "мейнтейнер", "крэш"), where a Russian book says them in Russian
// ("снимок", "среда выполнения", "обобщённые типы"). Such a slang loan
// that the book never writes is no evidence that the book misses the
// question, as a filler word is none: coverage passes it by. A loan is
// told by data, not listed: a term that general Russian holds rarely or
// not at all (minLoanRussian) and whose consonants, as heard, are those
// of a common English word (maxLoanEnglish), the Russian stem ending in at
// most one more consonant ("дефолтн": default, "хешир": hash).

// minLoanRussian is the least general Russian weight of a term read as a
// loan: a word Russian writes often is its own ("перестал", "узел").
const minLoanRussian = 12.0

// maxLoanEnglish is the most general English weight of the word a loan
// comes from: a rare English word is some Russian word's consonants by
// chance as often as not.
const maxLoanEnglish = 14.0

// minLoanConsonants is the fewest consonants of the English word a loan
// comes from: fewer ("хук": hook) match too many words.
const minLoanConsonants = 3

// minLoanLetters is the fewest letters of the term of software
// documentation a loan comes from: a shorter stem ("prog", "resp") shares
// its skeleton with many Russian words ("прогнал", "распух").
const minLoanLetters = 5

// englishSkeletons holds the skeletons (see englishSkeleton) of the terms
// of software documentation (technical.txt) of at least minLoanLetters
// letters and minLoanConsonants consonants.
var englishSkeletons = sync.OnceValue(func() map[string]bool {
	e := technicalWeights()
	out := map[string]bool{}
	for i := range e.lines {
		t := e.term(i)
		if len(t) < minLoanLetters {
			continue
		}
		if s := englishSkeleton(t); consonants(s) >= minLoanConsonants {
			out[s] = true
		}
	}
	return out
})

// slangLoan reports whether Russian term t is a loan from English (see
// above): rare in Russian, and the skeleton of a term of software
// documentation, or that skeleton and one more consonant, or a vowel and
// one ("мейнтейнер": maintain).
func (c coverage) slangLoan(t string) bool {
	if !search.IsCyrillic(t) || c.weight(t) < minLoanRussian {
		return false
	}
	s := russianSkeleton(t)
	skel := englishSkeletons()
	if skel[s] {
		return true
	}
	for _, cut := range []int{1, 2} {
		if len(s) <= cut {
			break
		}
		end := s[len(s)-cut:]
		if end[len(end)-1] != 'V' && strings.Count(end, "V") == cut-1 && skel[s[:len(s)-cut]] {
			return true
		}
	}
	return false
}

// consonants counts the consonant classes of skeleton s.
func consonants(s string) int {
	return len(s) - strings.Count(s, "V")
}

// A skeleton is a word's sounds as classes, one byte each: the Latin
// consonant itself, J (the sound of "j", дж), Z (ж), S (sh, ш, щ), C (ch,
// ч), h (h, х), and V for one or more vowels in a row; a last vowel is
// left out, since a stem may keep it or not ("updat", "апдейт").

// russianSkeleton returns the consonant classes of Russian term t.
func russianSkeleton(t string) string {
	r := []rune(strings.ToLower(t))
	var b []byte
	for i := 0; i < len(r); i++ {
		var k string
		switch r[i] {
		case 'д':
			if i+1 < len(r) && r[i+1] == 'ж' {
				k = "J"
				i++
			} else {
				k = "d"
			}
		case 'б':
			k = "b"
		case 'в':
			k = "v"
		case 'г':
			k = "g"
		case 'ж':
			k = "Z"
		case 'з':
			k = "z"
		case 'к':
			k = "k"
		case 'л':
			k = "l"
		case 'м':
			k = "m"
		case 'н':
			k = "n"
		case 'п':
			k = "p"
		case 'р':
			k = "r"
		case 'с':
			k = "s"
		case 'т':
			k = "t"
		case 'ф':
			k = "f"
		case 'х':
			k = "h"
		case 'ц':
			k = "ts"
		case 'ч':
			k = "C"
		case 'ш', 'щ':
			k = "S"
		case 'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'й':
			k = "V"
		}
		b = appendClass(b, k)
	}
	return strings.TrimSuffix(string(b), "V")
}

// digraphs are the English letter pairs written as one sound, by class.
var digraphs = map[string]string{"sh": "S", "ch": "C", "th": "t", "ph": "f", "ck": "k", "wh": "v"}

// englishSkeleton returns the consonant classes of English term t, as a
// Russian ear writes them: "generic" J n r k, "snapshot" s n p S t.
func englishSkeleton(t string) string {
	s := strings.ToLower(t)
	var b []byte
	soft := func(i int) bool { return i < len(s) && strings.IndexByte("eiy", s[i]) >= 0 }
	for i := 0; i < len(s); i++ {
		var k string
		two := ""
		if i+1 < len(s) {
			two = s[i : i+2]
		}
		switch {
		case digraphs[two] != "":
			k, i = digraphs[two], i+1
		case strings.HasPrefix(s[i:], "tio"), strings.HasPrefix(s[i:], "sio"):
			k = "S"
		case s[i] == 'c' && soft(i+1):
			k = "s"
		case s[i] == 'c', s[i] == 'q':
			k = "k"
		case s[i] == 'g' && soft(i+1), s[i] == 'j':
			k = "J"
		case s[i] == 'x':
			k = "ks"
		case s[i] == 'w' && i > 0 && strings.IndexByte("aeiou", s[i-1]) >= 0:
			k = "V" // "flow", "view"
		case s[i] == 'w':
			k = "v"
		case strings.IndexByte("bdfghklmnprstvz", s[i]) >= 0:
			k = s[i : i+1]
		case s[i] >= 'a' && s[i] <= 'z':
			k = "V"
		default:
			return "" // a digit or other sign: no word
		}
		b = appendClass(b, k)
	}
	return strings.TrimSuffix(string(b), "V")
}

// appendClass appends consonant classes k to b, a doubled one once.
func appendClass(b []byte, k string) []byte {
	for i := 0; i < len(k); i++ {
		if len(b) == 0 || b[len(b)-1] != k[i] {
			b = append(b, k[i])
		}
	}
	return b
}

// dropLoans deletes from w (the subject terms of query and their
// weights) the slang loans that the book never writes in any spelling
// (df, latin) and that are no name (names.txt, or a capital inside a
// sentence), unless no other subject term would be left.
func (c coverage) dropLoans(r Retriever, query string, w map[string]float64, df map[string]int, latin map[string][]string) {
	named := set(nameTerms(r, query))
	for t := range w {
		if len(w) > 1 && df[t] == 0 && len(latin[t]) == 0 && c.names[t] == nil && !named[t] && c.slangLoan(t) {
			delete(w, t)
		}
	}
}
