package answer

import (
	"regexp"
	"strings"
)

// pastedKind is the kind of a Russian question asked about a message
// pasted in Latin letters ("error executing query: many-to-many matching
// not allowed ... как это лечить", "Cannot connect to the Docker daemon
// ... че делать"): the pasted words outnumber the Russian ones, so the
// question reads as Latin and its Russian question words go unread. The
// kind is what ruKind reads in its Cyrillic words alone; kindOther when
// it has none or they ask nothing.
func pastedKind(s string) kind {
	ru := cyrillicPart(s)
	if ru == "" || askMeaningRe.MatchString(ru) {
		return kindOther
	}
	return ruKind(ru)
}

// askMeaningRe finds a Russian ask for what a message means, first of what
// the question asks ("что это значит и как починить"): the sentence that
// quotes the message says what it means, and leads as for a question of
// no kind. The class is closed: "что" and its spoken forms, "значит",
// "означает".
var askMeaningRe = regexp.MustCompile(`^(?:(?:а|и|так) )?(?:что|чё|че|чо|шо)(?: (?:это|оно|она|он))? (?:значит|означает)(?:[^\pL]|$)`)

// cyrillicPart is s with its words not in Cyrillic letters left out,
// its punctuation kept: "..., on one side как это лечить" is ", как это
// лечить".
func cyrillicPart(s string) string {
	var b strings.Builder
	n := 0
	for _, w := range strings.Fields(s) {
		core := strings.TrimFunc(w, func(r rune) bool { return strings.ContainsRune(`.,;:?!"'«»()[]-—–`, r) })
		if !isCyrillicWord(core) {
			// Its trailing punctuation still ends a clause.
			if i := strings.LastIndexAny(w, ",;:?"); i >= 0 && i == len(w)-1 && n > 0 && !strings.ContainsAny(b.String()[b.Len()-1:], ",;:?") {
				b.WriteString(w[i:])
			}
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		n++
	}
	if n == 0 {
		return ""
	}
	return strings.TrimLeft(b.String(), ",;:? ")
}

// asksInRussian reports whether q asks its question in Russian: written
// in Cyrillic, or a message pasted in Latin letters with Russian words
// that ask of it (see pastedKind).
func asksInRussian(q string) bool {
	return scriptOf(q) == scriptCyrillic || pastes(q)
}

// pastes reports whether q is a message pasted in Latin letters that
// Russian words ask of (see pastedKind).
func pastes(q string) bool {
	return scriptOf(q) != scriptCyrillic && pastedKind(normalQuestion(q)) != kindOther
}

// unasked is text without the code tokens that question q itself holds:
// a sentence that quotes the message the question pastes («Cannot
// connect to the Docker daemon at unix:///var/run/docker.sock») restates
// it and gives no code to type.
func unasked(text, q string) string {
	lq := strings.ToLower(q)
	return codeRe.ReplaceAllStringFunc(text, func(tok string) string {
		if strings.Contains(lq, strings.ToLower(strings.TrimSpace(tok))) {
			return " "
		}
		return tok
	})
}
