package answer

import (
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A Russian question about a chapter written in another script ("когда
// режим kraft объявили готовым для продакшена?" on an English chapter)
// holds words the chapter can never contain, whatever it says: the share
// of found words stays low even when the section answers. Coverage then
// weighs only the terms that can be checked across scripts: words written
// in Latin letters and names (names.txt spells "питон" Python). The other
// Russian words are evidence neither way. A loan word's Latin spelling is
// matched by its consonants ("болтать": built), too loosely to count.

// maxUnchecked is the most Russian words without a Latin spelling that a
// question naming only its chapter's subject ("кто придумал kafka?") may
// hold for the rule to apply: past it ("чем эластик лучше постгреса для
// полнотекстового поиска?"), the question says more than the chapter's
// name and what it says cannot be checked, so the share decides as before.
const maxUnchecked = 1

// crossScript reports whether query is written in another script than the
// passages of chapter ch among hits, the best chapter found. Another
// chapter is read as before: one that mentions a name of the question in
// passing ("PostgreSQL" in the Kubernetes chapter, for a question on
// Elasticsearch against Postgres) is no better evidence across scripts.
func crossScript(query string, hits []search.Hit, ch string) bool {
	q := scriptOf(query)
	if q == scriptNone || q == scriptLatin || len(hits) == 0 || hits[0].Chapter != ch {
		return false
	}
	var text []string
	for _, h := range hits {
		if h.Chapter == ch {
			text = append(text, h.Text)
		}
	}
	return len(text) > 0 && scriptOf(strings.Join(text, "\n")) != q
}

// checkable reports whether term t of a question can be found in a chapter
// written in Latin letters: it is written in them, or it is a name.
func (c coverage) checkable(t string) bool {
	return !search.IsCyrillic(t) || len(c.names[t]) > 0
}

// isNumber reports whether term t is written in digits and dots only.
func isNumber(t string) bool {
	return strings.Trim(t, "0123456789.") == ""
}

// crossWeights returns w without the terms a chapter in another script
// cannot hold; w itself when no word of the question (a number alone, "в
// 2018 году", names no subject) can be checked, or when the checkable
// words name only the chapter's subject (head: its title and tags) and
// more than maxUnchecked words cannot be checked, the words it asks by
// (asking: "версии", "появились") not counted.
func (c coverage) crossWeights(w map[string]float64, head, asking map[string]bool) map[string]float64 {
	out := map[string]float64{}
	words, specific, unchecked := 0, 0, 0
	for t, x := range w {
		if !c.checkable(t) {
			if !asking[t] {
				unchecked++
			}
			continue
		}
		out[t] = x
		if isNumber(t) {
			continue
		}
		words++
		if !head[t] && !slices.ContainsFunc(c.names[t], func(s string) bool { return head[s] }) {
			specific++
		}
	}
	if words == 0 {
		return w
	}
	if specific == 0 && unchecked > maxUnchecked {
		return withoutAsking(w, asking)
	}
	return out
}

// chapterWeights are the weights of the question's terms that chapter ch
// is judged on: those of w, or only the checkable ones when the question
// and the chapter are written in different scripts.
func (c coverage) chapterWeights(r Retriever, query string, hits []search.Hit, ch string, w map[string]float64) map[string]float64 {
	if !crossScript(query, hits, ch) {
		return w
	}
	var head []string
	for _, h := range hits {
		if h.Chapter == ch {
			head = append(head, h.ChapterTitle, strings.Join(h.Tags, "\n"))
			break
		}
	}
	return c.crossWeights(w, set(r.Terms(strings.Join(head, "\n"))), askingTerms(r))
}
