package answer

import "regexp"

// toTheWorldRe finds "to the world" (or "to the whole world") after a
// verb: "what date was go unveiled to the world", "what year was rust
// first revealed to the world" ask when it was shown publicly, and a book
// tells it as a public announcement ("announces Rust publicly in 2010").
// Read as words, "world" is the question's subject as much as its name:
// the dated sentence lacks it, and the question was refused (s10-site) or
// answered from a sentence without the announcement (s11-site).
var toTheWorldRe = regexp.MustCompile(`(?i)\bto the (?:whole |entire )?world\b`)

// publicly returns q with "to the world" read as "publicly".
func publicly(q string) string {
	return toTheWorldRe.ReplaceAllString(q, "publicly")
}
