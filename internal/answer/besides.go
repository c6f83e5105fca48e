package answer

import "regexp"

// besidesQRe finds a "who" question that leaves out a person it names
// ("who besides drh works on the sqlite core"): the sentence that writes
// that name speaks of them, and its surname alone ("Hipp ..., known on the
// forum as drh") names no one else.
var besidesQRe = regexp.MustCompile(`(?i)\b(?:besides|other than|apart from|aside from|except(?: for)?)\s+(\S+)`)

// leftOut returns the terms of the name a question leaves out, nil if it
// leaves out none.
func leftOut(q string, terms func(string) []string) []string {
	m := besidesQRe.FindStringSubmatch(q)
	if m == nil {
		return nil
	}
	return terms(m[1])
}
