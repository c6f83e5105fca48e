package answer

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/search"
)

// goCoordinators join two names as alternatives ("node or go", "go vs
// rust"): a lower-case "go" beside one is the language, not the verb.
var goCoordinators = []string{"or", "vs", "vs.", "versus"}

// goVerbBefore are the words after which "go" is the verb: "to", the
// modals, the negated auxiliaries, "let", "not", "never" and the subject
// pronouns ("to go", "will go", "doesn't go", "let's go", "we go");
// closed classes, listed whole. After "does", "is" or "was" stands the
// subject ("does go have generics", "was go unveiled"), not the verb.
var goVerbBefore = set(strings.Fields(modalAuxiliaries + " " + negatedAuxiliaries + ` to let lets let's not never
i you we they he she it`))

// beForms are the forms of "be": "is go" is no verb, so a "go" after one
// is the language, at a sentence's end too ("how fast is go").
var beForms = set(strings.Fields("be is are was were been being am 's"))

// goAuxiliaries put a bare verb after their subject ("when did node 18
// go end of life", "can the service go down"): the auxiliaries of
// auxiliaryWords that take one, and their negations.
var goAuxiliaries = set(strings.Fields("do does did " + modalAuxiliaries + " " + negatedAuxiliaries))

// determiners stand before a noun, not a verb ("the go command", "which
// go version"): English's articles, demonstratives, possessives and
// quantifiers, the closed class listed whole.
var determiners = set(strings.Fields(`the a an this that these those my your our their its his her which what whose some any
every no each either neither`))

// writesGo reports whether text names the Go language: "golang" in any
// case, "Go" with its capital inside a sentence ("Go channels", "written
// in Go"), or a lower-case "go" beside a word that offers alternatives
// ("node or go", "go vs rust") or that the reader would move to ("should
// i switch to go": see movedTo). "go" is a filler word (coverage.filler):
// the verb ("go to", "let go", "go back") says nothing of a subject, so the
// language is read from how it is written. Words between backticks are
// the reader's code.
func writesGo(text string) bool {
	named, _ := goReadings(text)
	return named
}

// goReadings reports whether text names the Go language as writesGo reads
// it (named), and whether it names it with the word "go" itself (byWord):
// "Go" inside a sentence, or a lower-case "go" that languageGo reads as
// the language.
func goReadings(text string) (named, byWord bool) {
	for _, span := range outsideCode(text) {
		fields := strings.Fields(span)
		initial := true
		for i, field := range fields {
			word := bareWord(field)
			switch {
			case strings.EqualFold(word, "golang"):
				named = true
			case word == "Go" && !initial:
				named, byWord = true, true
			case word == "go" && languageGo(fields, i, initial):
				byWord = true
				named = named || coordinated(fields, i) || movedTo(fields, i)
			case word == "go's":
				byWord = true
			}
			initial = endsSentence(field)
		}
	}
	return named, byWord
}

// goTerm returns the term of the Go language ("go"; the filler word, see
// writesGo) when query names the language with the word "go"
// (goReadings) and a passage among hits names it (writesGo: "Go" with its
// capital inside a sentence); "" otherwise. A question that reads "go" so
// asks about the language, in a book on it, as much as one that says
// "golang". The passages, not the whole book, tell: a book of abstracts
// writes "GO" (Gene Ontology) and "Where We Go".
func goTerm(r Retriever, query string, hits []search.Hit) string {
	if _, byWord := goReadings(query); !byWord {
		return ""
	}
	ts := r.Terms("go")
	if len(ts) != 1 || !slices.ContainsFunc(hits, func(h search.Hit) bool {
		return writesGo(h.Text) || writesGo(strings.Join(h.Trail, ": "))
	}) {
		return ""
	}
	return ts[0]
}

// nameWeight is the weight of a name read as one although it is a common
// word too ("go"): that of its names.txt line's rarest Latin spelling.
func (c coverage) nameWeight(t string) float64 {
	w := c.weight(t)
	for _, s := range c.nameLines[t].terms {
		if !search.IsCyrillic(s) {
			w = max(w, c.weight(s))
		}
	}
	return w
}

// coordinated reports whether fields[i] stands beside a word that offers
// alternatives.
func coordinated(fields []string, i int) bool {
	return i > 0 && coordinates(fields[i-1]) || i+1 < len(fields) && coordinates(fields[i+1])
}

// languageGo reports whether the lower-case "go" of fields[i] is the
// language, read from the sentence: the verb follows a word of
// goVerbBefore ("to go", "we go") or is followed by a particle ("go
// through", "go back"); a sentence starts with the verb ("go check the
// logs") and ends with it after its subject ("where does the data go"),
// not after a form of "be" or a past verb ("how fast is go", "who
// designed go"). A
// "go" after its subject, in a sentence with an auxiliary that takes a
// bare verb ("when did node 18 go end of life"), is the verb too. A
// "go" beside a word that offers alternatives ("node or go", "go vs
// rust") is the language anywhere but before a particle; so is one after
// a preposition ("written in go") at a sentence's end, and one the reader
// would move to ("should i switch to go", "migrate our api to go").
func languageGo(fields []string, i int, initial bool) bool {
	next := ""
	if i+1 < len(fields) {
		next = strings.ToLower(bareWord(fields[i+1]))
	}
	if particles[next] {
		return false
	}
	if coordinated(fields, i) {
		return true
	}
	before := ""
	if i > 0 {
		before = strings.ToLower(bareWord(fields[i-1]))
	}
	// "switch to go": what the reader would move to (moveto.go).
	if movedTo(fields, i) {
		return true
	}
	if initial || goVerbBefore[before] {
		return false
	}
	if i > 1 && !determiners[before] && !particles[before] && !beForms[before] && auxiliaryBefore(fields[:i-1]) {
		return false // "when did node 18 go end of life"
	}
	if next == "" || endsSentence(fields[i]) {
		return particles[before] || beForms[before] || pastVerb(before)
	}
	return true
}

// pastVerb reports whether word looks like a past form of a verb of four
// letters or more ("designed", "created"): one that takes "go" at a
// sentence's end as its object ("who designed go"), not as its subject.
func pastVerb(word string) bool {
	return len(word) > 4 && strings.HasSuffix(word, "ed")
}

// auxiliaryBefore reports whether the sentence that fields end in has a
// goAuxiliaries word.
func auxiliaryBefore(fields []string) bool {
	for i := len(fields) - 1; i >= 0 && !endsSentence(fields[i]); i-- {
		if goAuxiliaries[strings.ToLower(bareWord(fields[i]))] {
			return true
		}
	}
	return false
}

// endsSentence reports whether field ends a sentence or a clause that
// starts anew (a colon, a semicolon, a heading's '#').
func endsSentence(field string) bool {
	last, _ := utf8.DecodeLastRuneInString(field)
	return strings.ContainsRune(".!?:;#", last)
}

// coordinates reports whether field is a word that offers alternatives.
func coordinates(field string) bool {
	return slices.Contains(goCoordinators, strings.ToLower(field))
}

// goPassages reports whether the first passages of chapter ch among hits
// (those coverage reads) name the Go language, in their text or headings.
func goPassages(hits []search.Hit, ch string) bool {
	for _, h := range chapterPassages(hits, ch) {
		if writesGo(h.Text) || writesGo(strings.Join(h.Trail, ": ")) {
			return true
		}
	}
	return false
}
