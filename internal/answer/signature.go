package answer

import (
	"regexp"
	"strings"
)

// signatureWeight scales the score of a line of an API reference's
// signature ("callback <Function> The function to call", "Type: <string>",
// "Added in: v10.0.0") for a question that does not ask for a type, a
// return value, a parameter or a version, unless what follows its head is
// a sentence of its own (see signatureProse): such a line shares the
// function's words but answers in no sentence; the prose below it does.
// Measured (lead / cited on nodedoc-tune, nodedoc-heldout): 0.300 / 0.486
// and 0.371 / 0.443 without the rule, 0.300 / 0.500 and 0.371 / 0.429
// with it at 0.5, 0.3 or 0.2 alike; penalising a line whose description
// is a sentence instead of quoting that sentence: 0.286 / 0.500 and
// 0.371 / 0.429. The other sets are unchanged.
const signatureWeight = 0.5

// minSignatureProse is the fewest words of the description after a
// signature's head that make a sentence of their own ("When using an
// authenticated encryption mode ..., the cipher.getAuthTag() method
// returns a Buffer ..."), not a label ("The character encoding to use.").
const minSignatureProse = 10

// typesRe matches one type of a signature, or several joined by "|":
// "<Function>", "<string[]>", "<integer> | <null>".
const typesRe = `<(?:[A-Z][\w.]*|string|number|boolean|integer|bigint|symbol|any|null|undefined)(?:\[\])?>(?:\s*\|\s*<(?:[A-Z][\w.]*|string|number|boolean|integer|bigint|symbol|any|null|undefined)(?:\[\])?>)*`

var (
	// signatureRe finds the head of a signature line of Node-style API
	// references: a typed parameter or property ("name <type>", "<type>",
	// "<type> | <type>"), its return value or type, the version that added
	// it, or its stability. A type is a capitalised name or a primitive,
	// written apart from the word before it: "Vec<T>" and "<div>" are none.
	signatureRe = regexp.MustCompile(`^(?:(?:Returns|Type|Added in|Deprecated since|Stability)\s*:(?:\s*` + typesRe + `)?|(?:(?:\.\.\.)?[\pL\pN_$.\[\]'"]+\s+)?` + typesRe + `)`)
	// signatureQRe finds a question that asks what a signature line says:
	// a type, what a function returns or takes, a default, a version.
	signatureQRe = regexp.MustCompile(`(?i)\b(?:returns?|returned|type|typed|signature|arguments?|args|param(?:eter)?s?|options?|default|version|added|introduced|since|stability)\b`)
)

// proseWordRe finds a head that opens with a capitalised word before a
// type: a sentence that names a class ("Use <URLSearchParams> when
// performance is not critical ..."), not a parameter, whose name is code
// ("callback <Function>", "N <number>", "URL <URL>").
var proseWordRe = regexp.MustCompile(`^\p{Lu}\p{Ll}+\s`)

// signatureProse returns the description after the head of signature line
// s when it is a sentence of its own, and whether s is a signature line.
func signatureProse(s string) (prose string, signature bool) {
	head := signatureRe.FindString(s)
	if head == "" || proseWordRe.MatchString(head) {
		return "", false
	}
	rest := strings.TrimSpace(s[len(head):])
	if len(strings.Fields(rest)) < minSignatureProse || !strings.HasSuffix(rest, ".") {
		return "", true
	}
	return rest, true
}

// asksSignature reports whether question asks for what a signature line
// gives (see signatureWeight).
func asksSignature(question string) bool { return signatureQRe.MatchString(question) }
