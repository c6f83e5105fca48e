package answer

import (
	"regexp"
	"strings"
)

// visibilityRe finds a visibility the question asks a thing to have, the
// word of the visibility as its group: "publish a scoped package as
// public", "keep it private", "can I publish private packages on jsr". A
// thing described as public in passing ("a public graphql endpoint", "the
// first public release", "private mappings") is not asked for its
// visibility, nor is one made public, which is told to the world ("what
// day was the shattered collision made public").
var visibilityRe = regexp.MustCompile(`(?:^|[^\pL])(?:as|keep|keeps|keeping|set|sets|setting|mark|marks|marking)(?: (?:it|them|this|that|one))? (public|private)(?:[^\pL]|$)|(?:^|[^\pL])(public|private) (?:packages?|repos?|repositories|modules?|crates?|gems?|images?|registr(?:y|ies))(?:[^\pL]|$)`)

// visibilityTerms are the terms of the visibilities a question asks a
// thing to have (see visibilityRe), nil when it asks none. A book that
// tells how to make a thing public or private writes the word where it
// does; one whose passages only tell of publishing ("Publishing to the
// npm registry requires a name", "its modules were later published on
// JSR") says nothing of who may see what is published, however well the
// question's other words match. Both words are common, so the share
// barely misses one: a chapter is read only if its passages write every
// visibility asked.
func visibilityTerms(r Retriever, query string) []string {
	var out []string
	for _, m := range visibilityRe.FindAllStringSubmatch(strings.ToLower(query), -1) {
		out = append(out, r.Terms(m[1]+m[2])...)
	}
	return out
}
