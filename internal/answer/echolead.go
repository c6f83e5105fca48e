package answer

import (
	"regexp"
	"strings"
	"unicode"
)

// echoWeight scales the score of a sentence that quotes the message a
// question pastes: it tells the reader what they saw, not what it means
// or what to do about it. It is weighed after the sentence's fit, which a
// "what's the default limit" question raises for every sentence of a
// default's section. 0.7 and 0.5 left "events.defaultMaxListeners: The
// EventEmitter instance will allow more listeners ... \"possible
// EventEmitter memory leak\" has been detected." the lead of "... whats
// the default cap on listeners per event?"; 0.3 leads with "By default
// EventEmitters will print a warning if more than 10 listeners are added
// ..." (Node.js tuning sets, lead: nodedoc-tune, s12, s15 and s18-nodedoc
// up one question each, no other set moved).
const echoWeight = 0.3

// quotedRe finds a phrase a sentence quotes in double quotes.
var quotedRe = regexp.MustCompile(`["“]([^"”]{3,120})["”]`)

// quotesQuestion reports whether s quotes, in double quotes, a phrase of
// four words or more that question holds: the book quoting the message
// the reader pasted ("... will output a trace warning to stderr indicating
// that a \"possible EventEmitter memory leak\" has been detected." for
// "MaxListenersExceededWarning: Possible EventEmitter memory leak
// detected. ... whats the limit").
func quotesQuestion(s, question string) bool {
	q := " " + strings.Join(plainWords(question), " ") + " "
	for _, m := range quotedRe.FindAllStringSubmatch(s, -1) {
		words := plainWords(m[1])
		if len(words) >= 4 && strings.Contains(q, " "+strings.Join(words, " ")+" ") {
			return true
		}
	}
	return false
}

// plainWords returns the words of s in lower case, without accents and
// the punctuation around them.
func plainWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(fold(s))) {
		if w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); w != "" {
			out = append(out, w)
		}
	}
	return out
}
