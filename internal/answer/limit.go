package answer

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/chapterbot/chapterbot/internal/search"
)

// The words that ask for or state a bound, English and Russian, all of
// them: an upper one ("max", "at most", "up to", "не больше") and a lower
// one ("min", "at least", "не меньше").
var (
	upperBoundRe = regexp.MustCompile(`(?i)(?:^|[^\pL\pN])(?:max|maximum|maximal|at most|up to|no more than|not more than|upper (?:bound|limit)|limit|limits|limited|cap|capped|ceiling|максимум\pL*|максимальн\pL*|не больше|не более|предел\pL*|лимит\pL*|ограничен\pL*)(?:[^\pL\pN]|$)`)
	lowerBoundRe = regexp.MustCompile(`(?i)(?:^|[^\pL\pN])(?:min|minimum|minimal|at least|no fewer than|no less than|lower (?:bound|limit)|минимум\pL*|минимальн\pL*|не меньше|не менее|хотя бы)(?:[^\pL\pN]|$)`)
	// askBoundRe opens a question that asks for a value: "how many",
	// "what's the max ...", "сколько"; or whether there is one: "is there
	// a limit", "есть ли лимит" (a book that sets none does not answer).
	askBoundRe = regexp.MustCompile(`^(?:how (?:many|much|long|big|large)|what|whats|what's|which|is there (?:a|an|any)|сколько|какой|какая|каково|каков|есть ли)(?:[^\pL\pN]|$)`)
)

// askedBound returns the pattern of the bound q asks for ("how many
// partitions can a cluster handle at most", "what's the max number of
// pods"), nil when it asks for none.
func askedBound(q string) *regexp.Regexp {
	s := normalQuestion(q)
	if !askBoundRe.MatchString(s) {
		return nil
	}
	switch {
	case upperBoundRe.MatchString(s):
		return upperBoundRe
	case lowerBoundRe.MatchString(s):
		return lowerBoundRe
	}
	return nil
}

// statesBound reports whether a sentence or heading of the first passages
// of chapter ch among hits states a bound of the kind re finds: a book
// that gives a limit says so ("at most", "the maximum", "up to").
func statesBound(re *regexp.Regexp, hits []search.Hit, ch string) bool {
	return statesBoundOf(re, hits, ch, func(string) bool { return true })
}

// statesBoundOf is statesBound of the sentences and headings ok accepts.
func statesBoundOf(re *regexp.Regexp, hits []search.Hit, ch string, ok func(string) bool) bool {
	for _, h := range chapterPassages(hits, ch) {
		for _, t := range h.Trail {
			if re.MatchString(t) && ok(t) {
				return true
			}
		}
		for _, u := range units(h.Text) {
			if re.MatchString(u.text) && ok(u.text) {
				return true
			}
		}
	}
	return false
}

// measuredRe finds a number given with a unit of size, time or share, or
// a range of them: "50 ГБ", "от 10 до 50 ГБ", "30 s", "5%".
var measuredRe = regexp.MustCompile(`(?i)\d[\d.,]*(?:\s*(?:[-–—]|до|to)\s*\d[\d.,]*)?\s*(?:[kmgtp]i?b|[кмгт]б|байт\pL*|bytes?|%|процент\pL*|ms|мс|сек\pL*|секунд\pL*|минут\pL*|час\pL*|seconds?|minutes?|hours?)(?:[^\pL\pN]|$)`)

// countBound reports whether text states a bound a count can have: one
// whose numbers all carry a unit ("держать размер шарда в пределах от 10 до
// 50 ГБ") bounds a size or a time, not how many there are.
func countBound(text string) bool {
	return !measuredRe.MatchString(text) || strings.ContainsFunc(measuredRe.ReplaceAllString(text, ""), unicode.IsDigit)
}
