package answer

import (
	"context"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/search"
)

// Russian borrows the English nouns in -tion as nouns in -ция
// ("транзакция": transaction, "репликация": replication, "функция":
// function, "миграция": migration), whose stem the index cuts to one
// ending in ц ("транзакц"). Its transliteration ("tranzakts") sounds like
// no English term, so that the book's "transactions" is not found for
// "транзакции". The English word is the stem's transliteration less its
// ts, with the suffix -tion, as English spells a Latin word: c for the k
// Russian writes ("kollektsiya": collection) and, where the book has it
// so, s for the z Russian writes between vowels and consonants
// ("tranzaktsiya": transaction).

// minTionBase is the fewest letters of a stem before its ц.
const minTionBase = 4

// tionLoan is the English word of a Russian noun in -ция and its term.
type tionLoan struct{ word, term string }

// tionLoans returns the English words that the Russian terms of query in
// -ция stand for, those the book writes, by term; a Russian term the book
// writes itself (a Russian chapter's "функция") has none.
func tionLoans(ctx context.Context, r Retriever, query string) (map[string]tionLoan, error) {
	cands := map[string][]tionLoan{}
	var lookup []string
	for _, word := range letterWords(query) {
		if !search.IsCyrillic(word) {
			continue // no analysis for the words of an English question
		}
		ts := r.Terms(word)
		if len(ts) != 1 || !search.IsCyrillic(ts[0]) || cands[ts[0]] != nil {
			continue
		}
		base, ok := strings.CutSuffix(ts[0], "ц")
		if !ok || utf8.RuneCountInString(base) < minTionBase {
			continue
		}
		latin := strings.ReplaceAll(search.Transliterate(base), "k", "c")
		for _, w := range []string{latin + "tion", strings.ReplaceAll(latin, "z", "s") + "tion"} {
			if l := r.Terms(w); len(l) == 1 && !search.IsCyrillic(l[0]) {
				cands[ts[0]] = append(cands[ts[0]], tionLoan{w, l[0]})
				lookup = append(lookup, l[0])
			}
		}
	}
	if len(cands) == 0 {
		return nil, nil
	}
	for t := range cands {
		lookup = append(lookup, t)
	}
	df, err := r.DocFreqs(ctx, lookup)
	if err != nil {
		return nil, err
	}
	out := map[string]tionLoan{}
	for t, cs := range cands {
		if df[t] > 0 {
			continue // the book writes the Russian word
		}
		for _, c := range cs {
			if df[c.term] > 0 {
				out[t] = c
				break
			}
		}
	}
	return out, nil
}

// withTionLoans returns the text searched for query: text, and the English
// words of its Russian nouns in -ция, which the index's own Latin
// spellings miss.
func withTionLoans(ctx context.Context, r Retriever, query, text string) (string, error) {
	loans, err := tionLoans(ctx, r, query)
	if err != nil {
		return "", err
	}
	var words []string
	for _, l := range loans {
		words = append(words, l.word)
	}
	slices.Sort(words)
	return strings.Join(append([]string{text}, words...), " "), nil
}
