package answer

import (
	"maps"
	"slices"

	"github.com/chapterbot/chapterbot/internal/search"
)

// minSpecific is the least general weight (see coverage.weight) of a word
// specific enough that finding it in a passage is evidence of the
// question's subject ("реплика", "вытеснение", "сентинел"), as the words
// every chapter on software uses ("сервер", "версия", "процесс", "запрос",
// "ошибка", "память") are not.
const minSpecific = 11.5

// headSpellings returns latin (the Latin spellings in the book of the
// question's Russian terms) with, for each specific Russian term of w that
// has none (see minSpecific), the Latin terms of heads (the terms of the
// titles, tags and heading trails of the passages judged) that it sounds
// like (search.SoundsLike): a Russian reader writes the English name of a
// section as it sounds ("кластер" for the section "Redis Cluster") even
// where the chapter's text says the word in Russian too, and so the index
// gives it no Latin spelling. Only the headings are read, the few words
// that say what the chapter is about, so that a sound-alike elsewhere in
// the text is no evidence.
func (c coverage) headSpellings(heads []map[string]bool, w map[string]float64, latin map[string][]string) map[string][]string {
	var terms []string
	for _, head := range heads {
		for s := range head {
			if !slices.Contains(terms, s) {
				terms = append(terms, s)
			}
		}
	}
	slices.Sort(terms) // the spellings in a stable order
	var out map[string][]string
	for t := range w {
		if !search.IsCyrillic(t) || len(latin[t]) > 0 || c.weight(t) < minSpecific {
			continue
		}
		for _, s := range terms {
			if search.IsCyrillic(s) || slices.Contains(out[t], s) || !search.SoundsLike(t, s) {
				continue
			}
			if out == nil {
				out = maps.Clone(latin)
				if out == nil {
					out = map[string][]string{}
				}
			}
			out[t] = append(out[t], s)
		}
	}
	if out == nil {
		return latin
	}
	return out
}
