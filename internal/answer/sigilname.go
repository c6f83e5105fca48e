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
// case, without their at sign and hyphens ("defer", "vmodel"), to the
// names as the question writes them, lower case ("@defer", "v-model"),
// outside backticks (the reader's own code). A hyphenated word that general or
// technical English knows joined ("e-mail": email) is a word, not a
// name.
func (c coverage) sigilNames(r Retriever, query string) map[string]string {
	var out map[string]string
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
				out = map[string]string{}
			}
			out[joined] = name
		}
	}
	return out
}

// unwrittenSigilName reports whether the question asks about a name of a
// framework's syntax (see sigilNames) that the book never writes, as one
// word or as its parts in a row ("v-model": v-model, "@defer": defer; see
// writesName), among the passages found or in any passage or heading
// holding its words (see search.Index.WritesBy): a GraphQL history that
// never writes "defer" tells nothing of the @defer directive, however near
// "refer" is to it, nor does a Vue history that never writes v-model of
// how v-model works. A name whose words the question compares with or
// pasted (aside) is passed by. It is false when r cannot tell.
func unwrittenSigilName(ctx context.Context, r Retriever, names map[string]string, aside map[string]bool, hits []search.Hit) (bool, error) {
	cw, ok := r.(codeWriter)
	if !ok {
		return false, nil
	}
	for joined, name := range names {
		terms := r.Terms(name)
		if len(terms) == 0 || slices.ContainsFunc(terms, func(t string) bool { return aside[t] }) {
			continue
		}
		if wordIn(joined, hits) || joinedIn(joined, hits, "") {
			continue
		}
		written, err := cw.WritesBy(ctx, name, func(text string) bool { return writesName(text, joined) })
		if err != nil {
			return false, err
		}
		if !written {
			return true, nil
		}
	}
	return false, nil
}

// writesName reports whether text writes a syntax's name, joined (see
// sigilNames), as one run of letters and digits ("defer" of "@defer") or
// as its parts in a row ("v-model", "v model"). search.WritesCode would
// read "@defer" and "v-model" as they are, and miss a book that writes
// "the defer directive" or the attribute's parts apart.
func writesName(text, joined string) bool {
	hit := []search.Hit{{Text: text}}
	return wordIn(joined, hit) || joinedIn(joined, hit, "")
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
