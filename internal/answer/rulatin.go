package answer

import (
	"strings"
	"unicode"
)

// ruWhichWeight scales the fit of a sentence of a Russian text that names
// in Latin letters something a Russian "which" question does not: the
// command, setting, algorithm or language such a question asks for is
// written in Latin letters in Russian technical prose ("Сначала это был
// небольшой прототип на Tcl", "По умолчанию HashMap использует функцию
// хеширования SipHash", "...около 1 МБ (message.max.bytes)"). Such names
// are common, so the fit only tips the balance between sentences that
// match about as well. Russian tuning sets, lead: ru-near-tune 0.652 ->
// 0.696, ru-kafka 0.500 -> 0.533, rb-ru-heldout 0.275 -> 0.300 at 0.15
// to 0.2, while lead-tune-ru falls 0.900 -> 0.867 ("какой порт у redis по
// умолчанию?" now leads with Sentinel's port); at 0.1 only ru-near-tune
// rises, at 0.3 ru-kafka no longer does.
const ruWhichWeight = 0.2

// namesLatin scores whether s, a sentence of a Russian text, names in
// Latin letters something the question does not, 1 or 0: a word of two
// Latin letters or more and no Cyrillic one, that is not plain (a stop
// word, a question term or its spelling; a name joined of parts only when
// each part is, see plainParts) and not only words of the chapter's
// title, its subject ("Redis" in a chapter on Redis).
func namesLatin(s string, terms func(string) []string, plain func(w string) bool, title map[string]bool) float64 {
	if scriptOf(s) != scriptCyrillic {
		return 0
	}
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, `"'“”‘’«»()[],;:.!?`)
		if !latinWord(w) || plain(w) && plainParts(w, plain) {
			continue
		}
		for _, t := range terms(w) {
			if !title[t] {
				return 1
			}
		}
	}
	return 0
}

// latinWord reports whether w holds two Latin letters or more and no
// Cyrillic one.
func latinWord(w string) bool {
	n := 0
	for _, r := range w {
		switch {
		case isCyrillicRune(r):
			return false
		case unicode.Is(unicode.Latin, r):
			n++
		}
	}
	return n >= 2
}

// plainParts reports whether every part of w, a word joined from parts by
// dots, dashes, slashes or underscores, is plain: "rescue.target" names
// another target than the "таргет" a question asks for ("runlevel 1 в
// системде это какой таргет?"), and "grpc-timeout" another header than
// the "таймаут" it asks about, though each holds the question's word.
func plainParts(w string, plain func(string) bool) bool {
	for _, p := range strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if !plain(p) {
			return false
		}
	}
	return true
}
