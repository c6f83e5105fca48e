package answer

import (
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// leanChapter is the chapter a leaning search's lean stays in (see
// leanOnTop): the one of plain's hits whose subject the question names, a
// term of its title or tags that no other of the hits' chapters has
// ("graphql" of "GraphQL: The Documentary"; see search.OwnTerms), when
// exactly one is named; else the chapter of plain's best hit. "who
// actually came up with graphql? i keep hearing diff names" found
// Kubernetes' "Declarative desired state" best on "diff", and the lean
// went to Kubernetes' origin, while GraphQL's first milestone stayed 8th.
func (e *Engine) leanChapter(query string, plain []search.Hit) string {
	var chapters []string
	var subjects [][]string
	for _, h := range plain {
		if !slices.Contains(chapters, h.Chapter) {
			chapters = append(chapters, h.Chapter)
			subjects = append(subjects, unique(e.r.Terms(h.ChapterTitle+" "+strings.Join(h.Tags, " "))))
		}
	}
	qterms := set(e.r.Terms(query))
	named := ""
	for i, own := range search.OwnTerms(subjects) {
		if !slices.ContainsFunc(own, func(t string) bool { return qterms[t] }) {
			continue
		}
		if named != "" {
			return plain[0].Chapter // two subjects named
		}
		named = chapters[i]
	}
	if named == "" {
		return plain[0].Chapter
	}
	return named
}
