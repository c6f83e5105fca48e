package answer

import (
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// englishInRussian returns the terms of a question with Russian prose that
// it writes as names but are English words, which general or technical
// English knows and names.txt does not list: an abbreviation in capitals
// of at most maxAbbr letters ("кто стал CEO"; a longer word in capitals is
// a command or a setting, "BACKWARD", and a name) and the words of an English message pasted
// ("ACCESS_REFUSED - Login was refused using authentication mechanism
// PLAIN. подключаюсь ..."). A Russian reader writes such a word for an
// idea the book says in Russian, and it names nothing the book should
// write in Latin letters. A capitalised word in Russian prose ("Apache
// Druid", "Schema Registry") stays a name. Nil for any other question.
func (c coverage) englishInRussian(r Retriever, query string) map[string]bool {
	if !russianProse(query) {
		return nil
	}
	var out map[string]bool
	add := func(word string) {
		for _, t := range r.Terms(word) {
			if search.IsCyrillic(t) || c.names[t] != nil || !c.known(t) {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[t] = true
		}
	}
	fields := strings.Fields(query)
	for j, field := range fields {
		word := bareWord(field)
		if !latinLetters(word) {
			continue
		}
		if inEnglishRun(fields, j) {
			add(word) // a word of a pasted message
		}
		if n := len([]rune(word)); n > 1 && n <= maxAbbr && word == strings.ToUpper(word) {
			add(word) // an abbreviation: CEO
		}
	}
	return out
}

// minRussianWords is the fewest Cyrillic words of a question with Russian
// prose in it: one that pastes a long English message may hold more Latin
// words than Russian ones.
const minRussianWords = 2

// russianProse reports whether query holds minRussianWords Russian words.
func russianProse(query string) bool {
	n := 0
	for _, f := range strings.Fields(query) {
		if search.IsCyrillic(f) {
			n++
		}
	}
	return n >= minRussianWords
}
