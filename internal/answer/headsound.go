package answer

import (
	"maps"
	"slices"
	"strings"

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
// has none (see minSpecific), the Latin terms of chapter ch's title, tags
// and headings among hits that it sounds like (search.SoundsLike): a
// Russian reader writes the English name of a section as it sounds
// ("кластер" for the section "Redis Cluster") even where the chapter's
// text says the word in Russian too, and so the index gives it no Latin
// spelling. Only the headings are read, the few words that say what the
// chapter is about, so that a sound-alike elsewhere in the text is no
// evidence.
func (c coverage) headSpellings(r Retriever, hits []search.Hit, ch string, w map[string]float64, latin map[string][]string) map[string][]string {
	var head []string
	for _, h := range hits {
		if h.Chapter == ch {
			head = append(head, h.ChapterTitle, strings.Join(h.Tags, "\n"), strings.Join(h.Trail, "\n"))
		}
	}
	terms := r.Terms(strings.Join(head, "\n"))
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
