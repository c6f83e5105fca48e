package answer

import (
	"regexp"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// presentPhrases are the words that place a fact in the present, English
// and Russian, all of them; "*" ends a Russian stem that takes any ending.
var presentPhrases = []string{
	"now", "nowadays", "today", "currently", "current", "these days", "at the moment", "at present", "presently",
	"сейчас", "щас", "сегодня", "ныне", "нынче", "нынешн*", "текущ*", "в настоящее время", "на данный момент", "на сегодня*", "теперь",
}

// presentRe finds the words of presentPhrases: "now", "these days",
// "сейчас", "на данный момент".
var presentRe = func() *regexp.Regexp {
	alts := make([]string, len(presentPhrases))
	for i, p := range presentPhrases {
		alts[i] = strings.ReplaceAll(regexp.QuoteMeta(p), `\*`, `\pL*`)
	}
	return regexp.MustCompile(`(?i)(?:^|[^\pL\pN])(?:` + strings.Join(alts, "|") + `)(?:[^\pL\pN]|$)`)
}()

// asksPresentHolder reports whether q asks who holds a role or a place now
// ("who is the current chair of the TSC", "who leads it today", "кто
// сейчас руководит"): the book answers only where it names someone to
// that role (see namesHolder).
func asksPresentHolder(q string) bool {
	s := normalQuestion(q)
	return whoRe.MatchString(s) && presentRe.MatchString(s)
}

// presentWords are the words of presentPhrases, which say when, not what.
var presentWords = strings.ReplaceAll(strings.Join(presentPhrases, "\n"), "*", "")

// namesHolder reports whether a clause of the first passages of chapter ch
// among hits names someone the question q does not, and holds with the
// clause before it and its headings at least minAnswerable of the
// weighted subject of q: its terms without filler, question words, the
// words of the present, and the chapter's own subject (its title and
// tags, held by every clause), each weighed as coverage weighs it. Unlike
// answerable, a term no passage holds counts against it: the role asked
// about ("the chair of the technical steering committee") must be one the
// book names someone to, and the question's own names count only as
// roleShare says.
func (c coverage) namesHolder(r Retriever, q string, hits []search.Hit, ch string, latin map[string][]string) bool {
	passages := chapterPassages(hits, ch)
	if len(passages) == 0 {
		return false
	}
	skip := set(r.Terms(questionWords + "\n" + presentWords))
	title := newClause(r, passages[0].ChapterTitle+"\n"+strings.Join(passages[0].Tags, "\n"))
	qterms := set(r.Terms(q))
	w := map[string]float64{}
	var total float64
	for t := range qterms {
		if !c.filler[t] && !skip[t] && !c.holds(t, title, latin) {
			w[t] = c.weight(t)
			total += w[t]
		}
	}
	if total == 0 {
		return true // the chapter's own subject alone: answerable decides
	}
	for _, h := range passages {
		head := newClause(r, strings.Join(h.Trail, "\n"))
		var prev clause
		for _, u := range units(h.Text) {
			for _, text := range clauses(u) {
				cl := newClause(r, text)
				if hasName(text, qterms, r, c) {
					got := c.roleShare(w, func(t string) bool {
						return c.holds(t, cl, latin) || c.holds(t, head, latin) || c.holds(t, prev, latin)
					})
					if got/total >= minAnswerable {
						return true
					}
				}
				prev = cl
			}
		}
	}
	return false
}
