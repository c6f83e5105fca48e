package answer

import "regexp"

// counterpartRe finds the tool a question asks the book's own counterpart
// of: "is there a built in nodemon?", "a nodemon style auto restart". The
// tool is the model of what is asked, as with "like nodemon", not its
// subject. After "built in" it is the last word of its clause only: "a
// built-in redis client" asks about redis.
var counterpartRe = regexp.MustCompile(`(?i)(?:\bbuilt[- ]?in\s+([\w.-]+)\s*(?:[?!,;]|\.(?:\s|$)|$)|([\w.-]+)\s+style\b)`)

// counterpartTerms returns the terms of the tools query asks the
// counterpart of (see counterpartRe).
func counterpartTerms(r Retriever, query string) map[string]bool {
	var out map[string]bool
	for _, m := range counterpartRe.FindAllStringSubmatch(query, -1) {
		out = addAside(out, r, m[1]+m[2])
	}
	return out
}
