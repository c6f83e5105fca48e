// Package acronym reads short forms: whether a short form abbreviates a
// run of words, and which short forms a text's words spell. Search reads a
// question's short word as the heading it abbreviates (Spells); coverage
// and the answer's sentence choice let a passage hold a short question
// word it writes out in full (Of). Each caller sets its own bounds on the
// terms it asks about; the readings are here once.
package acronym

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxRun is the most words whose initials Of reads as one short form.
const MaxRun = 4

// MinCompound is the fewest letters of a word that may give a short form
// two letters (see Spells).
const MinCompound = 8

// minNumeronym is the fewest letters of a word Of gives a numeronym:
// shorter words make numbers of little meaning ("r1s" for "rust").
const minNumeronym = 5

// Spells reports whether a (lower case) abbreviates words (lower case),
// all of them: each word gives its first letter, in order ("write ahead
// log": wal; "система управления базами данных": субд). With inner, one
// letter more may come from inside one word of MinCompound letters or more
// ("multiversion concurrency control": mvcc). Letters from inside shorter
// words, or more than one, would let many common words abbreviate
// something ("pad": performance data, "quick": queueMicrotask callback).
// Letters are runes: a Cyrillic letter is two bytes.
func Spells(a string, words []string, inner bool) bool {
	if len(words) == 0 {
		return a == ""
	}
	w := words[0]
	_, n := utf8.DecodeRuneInString(a) // w starts with a's first letter
	if a == "" || !strings.HasPrefix(w, a[:n]) {
		return false
	}
	if Spells(a[n:], words[1:], inner) {
		return true
	}
	if !inner || len(a) == n || utf8.RuneCountInString(w) < MinCompound {
		return false
	}
	_, nn := utf8.DecodeRuneInString(a[n:]) // inside w, after its first letter
	return strings.Contains(w[n:], a[n:n+nn]) && Spells(a[n+nn:], words[1:], false)
}

// Of lists the short forms of text's words, in lower case: the initials
// of a run of two to MaxRun words ("write-ahead log": wal;
// "point-in-time recovery": pitr), the capitals of a word with more than
// one ("TypeScript": ts, "PostgreSQL": psql) and a numeronym of a word of
// minNumeronym letters or more ("Kubernetes": k8s, k8).
func Of(text string) map[string]bool {
	words := Words(text)
	// Sized for the runs' initials, most of them new (about three a word):
	// growing the map a step at a time cost more than the keys.
	out := make(map[string]bool, (MaxRun-1)*len(words))
	var buf [MaxRun]rune // the initials of one run, kept off the heap
	for i := range words {
		initials := buf[:0]
		for j := i; j < len(words) && j < i+MaxRun; j++ {
			r, _ := utf8.DecodeRuneInString(words[j])
			initials = append(initials, unicode.ToLower(r))
			if len(initials) > 1 {
				out[string(initials)] = true
			}
		}
	}
	for _, word := range words {
		if caps := Capitals(word); caps != "" {
			out[caps] = true
		}
		// Read in place, without fmt or a copy as runes: those were a third
		// of Of's time on the /ask benchmark.
		lower := strings.ToLower(word)
		if size := utf8.RuneCountInString(lower); size >= minNumeronym {
			first, _ := utf8.DecodeRuneInString(lower)
			last, _ := utf8.DecodeLastRuneInString(lower)
			n := string(first) + strconv.Itoa(size-2)
			out[n] = true
			out[n+string(last)] = true
		}
	}
	return out
}

// Words splits text into its words of letters and digits, as written.
func Words(text string) []string {
	return strings.FieldsFunc(text, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
}

// Capitals returns the capitals of a word written with two or more of
// them among lower-case letters, in lower case ("TypeScript": ts,
// "PostgreSQL": psql), or "" ("Redis", "SQL").
func Capitals(word string) string {
	var caps []rune
	for _, c := range word {
		if unicode.IsUpper(c) {
			caps = append(caps, unicode.ToLower(c))
		}
	}
	if len(caps) > 1 && len(caps) < utf8.RuneCountInString(word) {
		return string(caps)
	}
	return ""
}
