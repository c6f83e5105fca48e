package answer

import "regexp"

// A book writes a count in words as often as in digits: "There are four
// object types", "ансамбль из пяти серверов", and a size or a speed as a
// multiple: "memory about twice the size of the heap", "about twice as
// fast as PHP 5.6", "вдвое быстрее". A question that asks to count ("how
// many kinds", "how much extra memory", "сколько") is answered by such a
// sentence as well as by one in digits, which a year, a version or the
// "1" of "SHA-1" may fill without counting anything.

// multipleRe finds a multiple or a share of a measure written in words.
var multipleRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:twice|thrice|double|triple|half|вдвое|втрое|вчетверо|впятеро|вдесятеро|дважды|трижды|вполовину|наполовину)(?:[^\pL]|$)`)

// namedDigitsRe finds digits that end a name or a version rather than
// count: "SHA-1", "UTF-8", "ext4", "v18.0.0".
var namedDigitsRe = regexp.MustCompile(`\pL[-‑]?\d+(?:\.\d+)*`)

// countFit scores how well s gives the number question q asks: as
// hasNumber does, but when q asks to count, a count or a multiple written
// in words scores as digits do, and the digits of a name or a version
// count nothing.
func countFit(s, q string) float64 {
	if len(countAsks(normalQuestion(q))) == 0 {
		return hasNumber(s, q)
	}
	f := hasNumber(namedDigitsRe.ReplaceAllString(s, " "), q)
	if f > 0 || multipleRe.MatchString(s) {
		return 1
	}
	return 0
}
