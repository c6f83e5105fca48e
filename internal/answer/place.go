package answer

import (
	"regexp"
	"strings"
)

// placeQRe finds a question for a place on a map: a country, a city, where
// something is based or was held, where someone studied. "where does
// kubernetes keep its state?" asks for a thing, not a place.
var placeQRe = regexp.MustCompile(`(?i)\b(?:countr(?:y|ies)|city|cities|town|located|location|based in|headquarter(?:s|ed)|held|born|institute|university|phd|stud(?:y|ied|ying))\b`)

// placeRe finds a name after "in", "from", "at" or "near": "in Sweden",
// "a small firm in Charlotte, North Carolina".
var placeRe = regexp.MustCompile(`\b(?:in|from|at|near)\s+(?:the\s+)?(\p{Lu}\p{L}+)`)

// placeFit scores whether s names a place a question that asks for one
// (placeQRe) does not write itself: 1 or 0. A month ("in May") is no
// place; plain says which words the question writes.
func placeFit(s string, plain func(w string) bool) float64 {
	for _, m := range placeRe.FindAllStringSubmatch(s, -1) {
		if !plain(m[1]) && !strings.EqualFold(m[1], "the") {
			return 1
		}
	}
	return 0
}
