package search

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chapterbot/chapterbot/internal/book"
)

// maxSnippet is the longest snippet in bytes, ellipses excluded.
const maxSnippet = 200

// idf is BM25's inverse document frequency of a term found in df of n
// documents: the weight of a query term in snippets.
func idf(n, df int) float64 {
	return math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5))
}

// span is a sentence's byte range in a text.
type span struct{ start, end int }

// sentenceSpans returns the sentences of text, cut as book.Sentences cuts
// them.
func sentenceSpans(text string) []span {
	var spans []span
	book.Sentences(text, func(start, end int) { spans = append(spans, span{start, end}) })
	return spans
}

// snippet returns a short excerpt of text around its best sentence: the one
// holding the largest weight of distinct query terms (the first on ties).
// occs are the query terms' occurrences in text. A sentence longer than
// maxSnippet is cut to a window starting a little before its first query
// term. With no query term in text, the snippet is text's beginning.
func snippet(text string, occs []occurrence, weights map[string]float64) string {
	spans := sentenceSpans(text)
	if len(spans) == 0 {
		return ""
	}
	best, bestScore, bestFirst := 0, 0.0, -1
	oi := 0
	for si, sp := range spans {
		var seen map[string]bool
		score, first := 0.0, -1
		for ; oi < len(occs) && occs[oi].start < sp.end; oi++ {
			o := occs[oi]
			if o.start < sp.start {
				continue
			}
			if first < 0 {
				first = o.start
			}
			if seen == nil {
				seen = map[string]bool{}
			}
			if !seen[o.term] {
				seen[o.term] = true
				score += weights[o.term]
			}
		}
		if score > bestScore {
			best, bestScore, bestFirst = si, score, first
		}
	}
	sp := spans[best]
	// A short sentence takes the following ones along, for context.
	for j := best + 1; j < len(spans) && spans[j].end-sp.start <= maxSnippet; j++ {
		sp.end = spans[j].end
	}
	if bestFirst < 0 {
		bestFirst = sp.start
	}
	return book.WithoutOutputMarks(excerpt(text, sp, bestFirst))
}

// excerpt returns sentence sp of text, cut to about maxSnippet bytes around
// byte offset focus, white space collapsed, with "…" where it was cut.
func excerpt(text string, sp span, focus int) string {
	start, end := sp.start, sp.end
	if end-start > maxSnippet {
		// Start some context before the focus, at a word boundary.
		start = max(sp.start, focus-maxSnippet/4)
		if start > sp.start {
			if i := strings.IndexFunc(text[start:focus], unicode.IsSpace); i >= 0 {
				start += i + 1
			} else {
				start = focus
			}
		}
		end = min(sp.end, start+maxSnippet)
		if end < sp.end {
			// End at a word boundary when there is one.
			if i := strings.LastIndexFunc(text[start:end], unicode.IsSpace); i > 0 {
				end = start + i
			}
			for end > start && !utf8.RuneStart(text[end]) {
				end--
			}
		}
	}
	s := strings.Join(strings.Fields(text[start:end]), " ")
	if start > sp.start {
		s = "…" + s
	}
	if end < sp.end {
		s += "…"
	}
	return s
}
