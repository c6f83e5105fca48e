package answer

import "regexp"

// withoutRe and withRe find a chat's shorthand for "without" and "with":
// "w/o passing any flag", "a temp dir w/ a random suffix". Read as words,
// its letters are two terms no passage writes, "w" weighing as a rare
// word: "is fetch useable in node 18 w/o passing any experimental flag"
// was refused (s10-nodedoc).
var (
	withoutRe = regexp.MustCompile(`(?i)(^|[\s(])w/o\b`)
	withRe    = regexp.MustCompile(`(?i)(^|[\s(])w/(\s|$)`)
)

// writtenOut returns q with the shorthand "w/o" and "w/" written out.
func writtenOut(q string) string {
	q = withoutRe.ReplaceAllString(q, "${1}without")
	return withRe.ReplaceAllString(q, "${1}with$2")
}
