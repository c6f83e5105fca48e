package answer

import (
	"regexp"
	"strings"
)

// splitNumberRe is a name and its number as a book writes them apart:
// "HTTP/2", "SHA-256", "UTF 8".
var splitNumberRe = regexp.MustCompile(`(?i)\b([a-z]{2,})[/\- ](\d+)\b`)

// numberParts lets a sentence that writes a name and its number apart
// ("RFC 8441 (2018) carries WebSockets over HTTP/2 streams") hold the
// question's term that writes them as one word ("which rfc lets ws run
// over http2"), as the search reads it (see withNumberParts).
func numberParts(cands []sentence, qterms map[string]float64) {
	var joined []string
	for t := range qterms {
		if numberPartsRe.MatchString(t) {
			joined = append(joined, t)
		}
	}
	if len(joined) == 0 {
		return
	}
	for i := range cands {
		c := &cands[i]
		for _, m := range splitNumberRe.FindAllStringSubmatch(c.text, -1) {
			w := strings.ToLower(m[1] + m[2])
			for _, t := range joined {
				if t == w {
					c.terms[t] = true
				}
			}
		}
	}
}
