package answer

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// sigilNameRe finds a name of a framework's syntax as code writes it: a
// directive, decorator or annotation after an at sign ("@defer",
// "@Injectable"); a lower-case word after a lower-case letter and a
// hyphen, a framework's prefix ("v-model", "v-if"); or a header's name,
// a letter and two words or more ("X-Request-Id"). An address
// ("me@example.com") is none, nor a science's names, whose one letter
// stands for a chemical or a chain ("N-oxide", "L-carnitine", "β-blockers").
var sigilNameRe = regexp.MustCompile(`(?:^|[^\pL\pN_.@-])(@[A-Za-z][A-Za-z0-9_-]*|[a-z]-[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*|[A-Za-z](?:-[A-Za-z][A-Za-z0-9]*){2,})(?:[^\pL\pN_@-]|$)`)

// sigilNames returns the names of query's syntax (see sigilNameRe), lower
// case, without their at sign and hyphens ("defer", "vmodel"), outside
// backticks (the reader's own code). A hyphenated word that general or
// technical English knows joined ("e-mail": email) is a word, not a
// name.
func (c coverage) sigilNames(r Retriever, query string) map[string][]string {
	var out map[string][]string
	for _, span := range outsideCode(query) {
		for _, m := range sigilNameRe.FindAllStringSubmatch(span, -1) {
			name := strings.ToLower(strings.TrimRight(m[1], "-"))
			joined := strings.NewReplacer("@", "", "-", "").Replace(name)
			if !strings.HasPrefix(name, "@") {
				if ts := r.Terms(joined); len(ts) == 1 && c.known(ts[0]) {
					continue
				}
			}
			if out == nil {
				out = map[string][]string{}
			}
			out[joined] = r.Terms(name)
		}
	}
	return out
}

// unwrittenSigilName reports whether the question asks about a name of a
// framework's syntax (see sigilNames) that the book never writes, as one
// word or as its parts in a row ("v-model": v-model, "@defer": defer),
// among the passages found or those a search for the name finds: a GraphQL
// history that never writes "defer" tells nothing of the @defer directive,
// however near "refer" is to it, nor does a Vue history that never writes
// v-model of how v-model works. A name whose words the question compares
// with or pasted (aside) is passed by.
func unwrittenSigilName(ctx context.Context, r Retriever, names map[string][]string, aside map[string]bool, hits []search.Hit) (bool, error) {
	for joined, terms := range names {
		if len(terms) == 0 || slices.ContainsFunc(terms, func(t string) bool { return aside[t] }) {
			continue
		}
		if wordIn(joined, hits) || joinedIn(joined, hits, "") {
			continue
		}
		more, err := r.Search(ctx, strings.Join(terms, " "), namePassagesDepth)
		if err != nil {
			return false, err
		}
		if !wordIn(joined, more) && !joinedIn(joined, more, "") {
			return true, nil
		}
	}
	return false, nil
}

// wordIn reports whether a passage among hits writes word, lower case, as
// one run of letters and digits.
func wordIn(word string, hits []search.Hit) bool {
	for _, h := range hits {
		if slices.Contains(letterRuns(strings.ToLower(h.Text)), word) {
			return true
		}
	}
	return false
}
