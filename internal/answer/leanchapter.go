package answer

import (
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// leanChapter is the chapter a leaning search's lean stays in (see
// leanOnTop): the one of plain's hits whose subject the question names, a
// term of its title or tags that no other of the hits' chapters has
// ("graphql" of "GraphQL: The Documentary"), when exactly one is named;
// else the chapter of plain's best hit. "who actually came up with
// graphql? i keep hearing diff names" found Kubernetes' "Declarative
// desired state" best on "diff", and the lean went to Kubernetes'
// origin, while GraphQL's first milestone stayed 8th.
func (e *Engine) leanChapter(query string, plain []search.Hit) string {
	subjects := map[string][]string{}
	var chapters []string
	for _, h := range plain {
		if _, ok := subjects[h.Chapter]; !ok {
			subjects[h.Chapter] = unique(e.r.Terms(h.ChapterTitle + " " + strings.Join(h.Tags, " ")))
			chapters = append(chapters, h.Chapter)
		}
	}
	uses := map[string]int{}
	for _, ts := range subjects {
		for _, t := range ts {
			uses[t]++
		}
	}
	qterms := set(e.r.Terms(query))
	named := ""
	for _, ch := range chapters {
		if !slices.ContainsFunc(subjects[ch], func(t string) bool { return uses[t] == 1 && qterms[t] }) {
			continue
		}
		if named != "" {
			return plain[0].Chapter // two subjects named
		}
		named = ch
	}
	if named == "" {
		return plain[0].Chapter
	}
	return named
}
