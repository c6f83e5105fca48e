package answer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// workRe finds a question about a film, a video or a series: its maker is
// often a studio or a company ("Honeypot captures the engineering history
// of Node.js"), which no person's name gives.
var workRe = regexp.MustCompile(`(?i)\b(?:documentar(?:y|ies)|films?|movies?|videos?|podcasts?|series|episodes?)\b`)

// makerFit scores how well s gives the maker of a work a "who" question
// asks of, as hasPerson does a person: a name the question does not
// write, rare in general English, as the sentence's subject ("Honeypot
// captures ..."), or a name after "by" ("released by Honeypot"); the
// question's made word (made) adds to it. A name inside the sentence
// ("... far beyond the browser, in JavaScript") is only something it
// mentions.
func makerFit(s string, made bool, plain, rare func(w string) bool) float64 {
	var f float64
	if w, _, _ := strings.Cut(strings.TrimSpace(s), " "); opensName(nameWord(w), plain, rare) {
		f = 0.6
	}
	if byRe.MatchString(s) {
		f = max(f, 0.6) + 0.2
	}
	if f > 0 && made {
		f += 0.2
	}
	return f
}

// opensName reports whether w, a sentence's first word, is a name: a
// capitalised word of letters the question does not write and general
// English does not use ("Honeypot", not "The" or "Kubernetes" asked of).
func opensName(w string, plain, rare func(w string) bool) bool {
	return capitalName(w, plain) && rare(w)
}

// capitalName reports whether w is a capitalised word of two letters or
// more, letters only, that is not plain: a name, wherever it stands in a
// sentence ("VMware"), though a sentence's first word may be capitalised
// for its place alone (see opensName, namesOther).
func capitalName(w string, plain func(w string) bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && utf8.RuneCountInString(w) >= 2 && !strings.ContainsFunc(w, func(c rune) bool { return !unicode.IsLetter(c) }) && !plain(w)
}
