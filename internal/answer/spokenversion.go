package answer

import (
	"regexp"
	"strconv"
	"strings"
)

// spokenNumbers are the English number words from zero to twenty, in
// order; "oh" and "o" are zero as a version is read aloud ("one point oh").
var spokenNumbers = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"}

// spokenPart is one part of a version read aloud: digits, a number word
// of spokenNumbers, or the "oh" / "o" of zero.
var spokenPart = `(\d+|` + strings.Join(spokenNumbers, "|") + `|oh|o)`

// spokenVersionRe finds a version read aloud: "2 point 0", "one point oh",
// "three point eleven".
var spokenVersionRe = regexp.MustCompile(`(?i)\b` + spokenPart + `\s+point\s+` + spokenPart + `\b`)

// spokenVersions is q with each version it reads aloud written as a book
// numbers it: "when did python 2 point 0 come out" is searched as "when
// did python 2.0 come out", "what day did the kernel hit one point oh" as
// "... hit 1.0", which the headings "Python 2.0" and "Linux 1.0" hold.
func spokenVersions(q string) string {
	return spokenVersionRe.ReplaceAllStringFunc(q, func(m string) string {
		parts := spokenVersionRe.FindStringSubmatch(m)
		return spokenNumber(parts[1]) + "." + spokenNumber(parts[2])
	})
}

// spokenNumber is the digits of a part spokenVersionRe captures.
func spokenNumber(p string) string {
	p = strings.ToLower(p)
	if p == "oh" || p == "o" {
		return "0"
	}
	for i, w := range spokenNumbers {
		if w == p {
			return strconv.Itoa(i)
		}
	}
	return p
}
