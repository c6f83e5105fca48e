package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// peopleRoles are the words for a person a name may follow ("the writer
// Franz Kafka", "engineer Jay Kreps").
var peopleRoles = set(strings.Fields(personWords + ` writer novelist poet author programmer researcher professor
scientist student hacker`))

// peopleNamed returns the indexes of the words that name people: the
// pairs names reads as a person's ("Jay Kreps"), a capitalised pair listed
// with one ("Neha Narkhede and Jun Rao" after "Jay Kreps,"), and the
// surname alone of a person named in full nearby (known: "Kreps named it
// ..."). A question for a company asks for none of them: "Jay Kreps, Neha
// Narkhede and Jun Rao designed Kafka" names the company's engineers, not
// the company, which "Around 2010 LinkedIn had dozens of systems ..."
// names.
func peopleNamed(words []string, plain, surname, known func(w string) bool) map[int]bool {
	person := map[int]bool{}
	for _, i := range namePairs(words, plain, surname) {
		person[i], person[i+1] = true, true
	}
	for i := 1; i+1 < len(words); i++ {
		a, b := nameWord(words[i]), nameWord(words[i+1])
		if person[i] || !nameLike(a) || !nameLike(b) {
			continue
		}
		// Listed after a person, past a comma ("Jay Kreps, Neha Narkhede")
		// or "and" ("Neha Narkhede and Jun Rao"); the first name may be a
		// plain word ("Jun" is a month), not the surname.
		prev := !plain(b) && (person[i-1] && strings.HasSuffix(words[i-1], ",") ||
			i >= 2 && person[i-2] && strings.EqualFold(words[i-1], "and"))
		// After a word for a person ("the writer Franz Kafka"), even of a
		// name the question writes.
		role := peopleRoles[strings.ToLower(words[i-1])] && !plain(a)
		if prev || role {
			person[i], person[i+1] = true, true
			i++
		}
	}
	for i, w := range words {
		if w = nameWord(w); known(w) && !plain(w) {
			person[i] = true
		}
	}
	return person
}

// modifier reports whether the i-th of words is a name used to qualify a
// thing after an article, before a lower-case noun: "The KRaft mode
// replaced ZooKeeper ..." tells of a mode, and the names after it are what
// the mode did, not who did it.
func modifier(words []string, i int) bool {
	if i == 0 || i+1 >= len(words) || !articles[strings.ToLower(words[i-1])] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(words[i+1])
	return unicode.IsLower(r)
}

var articles = map[string]bool{"the": true, "a": true, "an": true}
