package answer

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/search"
)

// minAdjectiveBase is the fewest letters of a loan word left when its
// Russian adjective suffix is cut ("минор" of "минорные").
const minAdjectiveBase = 4

// adjectiveLoans adds to latin (the Latin spellings of the Russian terms
// of query) those of the Russian adjectives made of an English word with
// the suffix -н- ("минорные": minor, "нативного": native, "финальную":
// final): the index stems such a word to "минорн", whose transliteration no
// English word begins with, and the Latin word is looked for as it is
// transliterated without the suffix, exactly. A term with a Latin spelling
// already keeps it.
func adjectiveLoans(ctx context.Context, r Retriever, query string, latin map[string][]string) (map[string][]string, error) {
	bases := map[string]string{} // term -> the Latin term of its base
	for _, word := range letterWords(query) {
		ts := r.Terms(word)
		if len(ts) != 1 || !search.IsCyrillic(ts[0]) || len(latin[ts[0]]) > 0 {
			continue
		}
		base, ok := strings.CutSuffix(ts[0], "н")
		if !ok || utf8.RuneCountInString(base) < minAdjectiveBase {
			continue
		}
		if l := r.Terms(search.Transliterate(base)); len(l) == 1 && !search.IsCyrillic(l[0]) {
			bases[ts[0]] = l[0]
		}
	}
	if len(bases) == 0 {
		return latin, nil
	}
	var lookup []string
	for _, l := range bases {
		lookup = append(lookup, l)
	}
	df, err := r.DocFreqs(ctx, lookup)
	if err != nil {
		return nil, err
	}
	for t, l := range bases {
		if df[l] == 0 {
			continue
		}
		if latin == nil {
			latin = map[string][]string{}
		}
		latin[t] = []string{l}
	}
	return latin, nil
}
