package answer

import (
	"strings"
	"unicode"
)

// A section headed by a person's full name ("D. Richard Hipp") speaks of
// them by surname: "Hipp is the creator and project lead of SQLite" named
// nobody, since no sentence of the section wrote the full name, and lost
// "who originally wrote sqlite?" to a section of other people.

// personHeading reports whether heading is no more than the full names of
// people: pairs names reads as a person's ("Brad Green", "Dan Kennedy and
// Joe Mistachkin"), with initials ("D. Richard Hipp"), in one script. A
// heading of other words ("Вехи ZooKeeper", "The Google Feedback bet")
// names a thing.
func personHeading(heading string, plain, surname func(w string) bool) bool {
	words := strings.Fields(heading)
	if len(names(heading, plain, surname)) == 0 {
		return false
	}
	latin, cyrillic := false, false
	for _, w := range words {
		switch t := strings.TrimSuffix(w, ","); {
		case t == "and" || t == "и" || t == "&":
			continue
		case len([]rune(t)) == 2 && strings.HasSuffix(t, ".") && unicode.IsUpper([]rune(t)[0]):
			continue // an initial
		case !nameLike(t):
			return false
		}
		for _, r := range w {
			if unicode.Is(unicode.Cyrillic, r) {
				cyrillic = true
			} else if unicode.IsLetter(r) {
				latin = true
			}
		}
	}
	return !(latin && cyrillic)
}
