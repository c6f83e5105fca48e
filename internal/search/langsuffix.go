package search

import (
	"context"
	"strings"
)

// langSuffix is what readers add to a language's name to make it a word
// of its own, to search for and to tag: "golang", "rustlang", "ziglang".
// A book names the language ("Go", "Rust"), and writes "golang" only in
// an address (sum.golang.org) if at all.
const langSuffix = "lang"

// minLangName is the fewest letters of the name before langSuffix: "go"
// is a language's, while "clang" and "slang" are words of their own.
const minLangName = 2

// withLangNames adds, for each term of terms that is a name and
// langSuffix ("rustlang"), the name as a spelling of it when the book
// holds the name: the term is then searched as itself or the name, as
// one term (see Index.query), so that the passages on Rust answer it.
func (g *generation) withLangNames(ctx context.Context, terms []string, latin map[string][]string) (map[string][]string, error) {
	for _, t := range terms {
		name, ok := strings.CutSuffix(t, langSuffix)
		if !ok || len(name) < minLangName || len(latin[t]) > 0 || !asciiLower(name) {
			continue
		}
		held, err := g.anyFieldHolds(ctx, name)
		if err != nil {
			return nil, err
		}
		if !held {
			continue
		}
		if latin == nil {
			latin = map[string][]string{}
		}
		latin[t] = []string{t, name}
	}
	return latin, nil
}
