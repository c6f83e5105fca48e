package answer

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A Russian book glosses its terms once, where it introduces them: "удаление
// записывает надгробие (tombstone)", "времена жизни (lifetimes)",
// "многоверсионность (MVCC)". Everywhere else it writes the Russian word
// alone ("Таблица ... быстро заполняется надгробиями"). A Russian reader
// writes the English term instead, typed ("что такое vnodes") or in the
// output they paste ("TombstoneOverwhelmingException: Scanned over 100001
// tombstones"), and it finds only the passage of the gloss; the sections
// that use the Russian word share nothing with the question. So the
// ranking also searches the Russian words the book glosses with a rare
// Latin word of a Russian question.

// glossRe finds a gloss: one or two Cyrillic words and, in brackets right
// after them, the Latin words they translate.
var glossRe = regexp.MustCompile(`(\p{Cyrillic}+(?:[ -]\p{Cyrillic}+)?) \(([A-Za-z][A-Za-z -]{2,40})\)`)

// maxGlossPassages is the most passages a Latin term may be found in for
// its gloss to be looked for: a term the book glosses is introduced once
// and otherwise written in Russian, while one written in many passages is
// the book's own word (a name, a command).
const maxGlossPassages = 3

// glossDepth is how many passages holding the rare Latin terms are read
// for their glosses.
const glossDepth = 5

// latinGlosses returns the Russian words the book glosses with the rare
// Latin terms of a Russian question (see glossRe, maxGlossPassages): as
// many of the words before the brackets as the brackets hold, at most
// two.
func latinGlosses(ctx context.Context, r Retriever, query string) ([]string, error) {
	if !search.IsCyrillic(query) {
		return nil, nil
	}
	var latin []string
	for _, w := range letterWords(query) {
		if search.IsCyrillic(w) {
			continue
		}
		for _, t := range r.Terms(w) {
			if !slices.Contains(latin, t) {
				latin = append(latin, t)
			}
		}
	}
	if len(latin) == 0 {
		return nil, nil
	}
	df, err := r.DocFreqs(ctx, latin)
	if err != nil {
		return nil, err
	}
	rare := slices.DeleteFunc(latin, func(t string) bool { return df[t] == 0 || df[t] > maxGlossPassages })
	if len(rare) == 0 {
		return nil, nil
	}
	hits, err := r.Search(ctx, strings.Join(rare, " "), glossDepth)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, h := range hits {
		for _, m := range glossRe.FindAllStringSubmatch(h.Text, -1) {
			if !slices.ContainsFunc(r.Terms(m[2]), func(t string) bool { return slices.Contains(rare, t) }) {
				continue
			}
			ru := strings.Fields(m[1])
			ru = ru[max(0, len(ru)-len(strings.Fields(m[2]))):]
			for _, w := range ru {
				if !slices.Contains(out, w) {
					out = append(out, w)
				}
			}
		}
	}
	return out, nil
}

// withGlosses returns the text a question's ranking searches: text, and
// the Russian words the book glosses with its rare Latin terms
// (latinGlosses).
func withGlosses(ctx context.Context, r Retriever, query, text string) (string, error) {
	glosses, err := latinGlosses(ctx, r, query)
	if err != nil || len(glosses) == 0 {
		return text, err
	}
	return strings.Join(append([]string{text}, glosses...), " "), nil
}
