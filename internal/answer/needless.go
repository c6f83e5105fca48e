package answer

import (
	"regexp"
	"strings"
)

// needlessRe finds the tools a reader asks to do without: "or do i still
// need sinon for that", "so i dont need yargs or commander", "so i can
// drop yargs". Whether the book's own feature replaces the tool is the
// question; the tool is what it replaces, as with "without installing
// nodemon", not its subject. Only the reader's own needs count: "did
// kubernetes drop docker" asks about docker.
var needlessRe = regexp.MustCompile(`(?i)\b(?:(?:do|did|will) (?:i|we) (?:still |even |really |actually )?need|(?:i|we) (?:don'?t|do not|won'?t|no longer) (?:still |even |really |actually )?need|(?:i|we) (?:can|could) (?:drop|ditch|replace|skip|get rid of|stop using))\s+(?:the |a |an )?([\w.-]+)(?:\s*(?:/|\bor\b|\band\b)\s*([\w.-]+))?`)

// needlessTerms returns the terms of the tools query asks to do without
// (see needlessRe), but those the rest of the question writes too: "can
// node run .ts files or do i still need ts-node" asks about .ts files.
func needlessTerms(r Retriever, query string) map[string]bool {
	var out map[string]bool
	ms := needlessRe.FindAllStringSubmatchIndex(query, -1)
	if ms == nil {
		return nil
	}
	var rest strings.Builder
	last := 0
	for _, m := range ms {
		rest.WriteString(query[last:m[0]] + "\n")
		last = m[1]
	}
	rest.WriteString(query[last:])
	elsewhere := set(r.Terms(rest.String()))
	for _, m := range ms {
		for i := 2; i+1 < len(m); i += 2 {
			if m[i] < 0 {
				continue
			}
			for _, t := range r.Terms(query[m[i]:m[i+1]]) {
				if !elsewhere[t] {
					out = addAside(out, r, t)
				}
			}
		}
	}
	return out
}
