package answer

import (
	"cmp"
	"slices"

	"github.com/chapterbot/chapterbot/internal/search"
)

// typedBoost is the share of its score a passage gains when it holds an
// answer of the type a factual question asks for (see typedFirst).
// Measured on every tuning set (recall@5 / MRR@10): at 0.3 s6-site-factual
// 0.863 -> 0.887, s9-site and s9-html 0.920 -> 0.960, s7-ru-tune 0.958 ->
// 0.983, MRR up on factual-site, lead-tune-site, s7, s8, s10-nodedoc,
// site-questions, rustbook-en-tune, xlang-tune, and no figure down; at
// 0.6 the same, s10-site MRR 0.770 -> 0.773 too, but val-site MRR 0.944
// -> 0.939.
const typedBoost = 0.3

// typedFirst orders hits for a question that asks a person or an
// organisation ("who invented python?", "which company built kafka"), or
// a date ("what year was the company behind mysql set up"), with the
// passages that hold one first among those of near scores: its score
// grows by typedBoost when the passage names a person the question does
// not (two words written as a name in a row, see hasFullName), or writes
// a year (hasDate). A question on a chapter's origin shares its one
// searched word, the chapter's subject, with every section of the
// chapter, and the sections whose headings repeat the subject ("Python
// Software Foundation", "Python 2 reaches end of life") outranked the one
// that answers ("In December 1989 Guido van Rossum starts writing the
// interpreter at CWI"). hits is left as it is (the coverage decision
// reads it); the result is a copy.
func (e *Engine) typedFirst(query string, hits []search.Hit) []search.Hit {
	want, part, _ := wantedType(query)
	var holds func(text string) bool
	switch want {
	case typePerson, typeName:
		qterms := set(e.r.Terms(part))
		holds = func(text string) bool { return hasFullName(text, qterms, e.r) }
	case typeDate:
		holds = func(text string) bool { return hasDate(text) > 0 }
	default:
		return hits
	}
	org := e.orgHeads(query)
	out := slices.Clone(hits)
	for i := range out {
		if holds(out[i].Text) {
			out[i].Score *= 1 + typedBoost
		}
		if org != nil && org(out[i]) {
			out[i].Score *= 1 + orgHeadBoost
		}
	}
	slices.SortStableFunc(out, func(a, b search.Hit) int { return cmp.Compare(b.Score, a.Score) })
	return out
}
