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

// writesGo reports whether text names the Go language: "golang" in any
// case, "Go" with its capital inside a sentence ("Go channels", "written
// in Go"), or a lower-case "go" beside a word that offers alternatives
// ("node or go", "go vs rust"). "go" is a filler word (coverage.filler):
// the verb ("go to", "let go", "go back") says nothing of a subject, so the
// language is read from how it is written. Words between backticks are
// the reader's code.
func writesGo(text string) bool {
	for _, span := range outsideCode(text) {
		fields := strings.Fields(span)
		initial := true
		for i, field := range fields {
			word := bareWord(field)
			switch {
			case strings.EqualFold(word, "golang"):
				return true
			case word == "Go" && !initial:
				return true
			case word == "go" && (i+1 == len(fields) || !particles[strings.ToLower(bareWord(fields[i+1]))]) &&
				(i > 0 && coordinates(fields[i-1]) || i+1 < len(fields) && coordinates(fields[i+1])):
				return true
			}
			last, _ := utf8.DecodeLastRuneInString(field)
			initial = strings.ContainsRune(".!?:;#", last)
		}
	}
	return false
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
