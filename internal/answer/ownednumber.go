package answer

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// ownedAskRe finds an English question for the number of a named thing,
// not a count: "which git version ..." (the name, then the noun) or
// "which rfc ..." (a noun that is a name of its own).
var ownedAskRe = regexp.MustCompile(`^(?:which|what) (?:(\pL+) (?:version|release)|(rfc))s?(?:[^\pL\pN]|$)`)

// leadNumberRe is the number a word opens with: "8.6.0" of "8.6.0+,".
var leadNumberRe = regexp.MustCompile(`^[\d.]+`)

// unownedWeight scales the fit of a sentence whose numbers all belong to
// names other than the one the question asks the number of: "Linux
// 2.6.12" for "which git version ...", "port 443" for "which rfc ...".
const unownedWeight = 0.4

// numberOwner is the term whose number question q asks for ("git" in
// "which git version first let you create a sha256 repo", "rfc" in "which
// rfc lets ws run over http2"), "" when it asks none: "which version ..."
// names no owner, and any name's version may answer it.
func (e *Engine) numberOwner(q string) string {
	m := ownedAskRe.FindStringSubmatch(normalQuestion(q))
	if m == nil {
		return ""
	}
	if t := e.r.Terms(m[1] + m[2]); len(t) == 1 {
		return t[0]
	}
	return ""
}

// ownsNumber reports whether s gives a number of owner: written right
// after its name ("Git 2.29", "RFC 8441"), or its abbreviation ("TypeScript
// 2.0" for "ts"), or as a version "v15.6.0". A year, or a number the
// question itself writes, is no answer and is skipped, as hasNumber skips
// it.
func (e *Engine) ownsNumber(s, q, owner string) bool {
	words := strings.Fields(s)
	owns := func(w string) bool {
		return spelledTerms(w, true)[owner] || slices.Contains(e.r.Terms(w), owner)
	}
	for i, w := range words {
		at := strings.IndexFunc(w, unicode.IsDigit)
		if at < 0 {
			continue
		}
		head, num := w[:at], strings.TrimRight(leadNumberRe.FindString(w[at:]), ".")
		if head == "" && yearRe.MatchString(num) && len(num) == 4 || writesNumber(q, num) {
			continue
		}
		if head != "" {
			// "v15.6.0" is a version; "SHA-1" or "HTTP/2" a name of its own.
			if strings.Trim(strings.ToLower(head), `("'`) == "v" || owns(head) {
				return true
			}
			continue
		}
		if i > 0 && owns(words[i-1]) {
			return true
		}
	}
	return false
}
