package answer

import (
	"context"
	"regexp"
	"slices"
	"strings"
)

// A book on services writes a latency percentile as its notation, "p99"
// for the 99th ("a single bad synchronous path can degrade p95/p99"),
// where a reader asks for the word ("which latency percentiles get hurt
// by one blocking sync call in node"): the keyword search found every
// passage on latency but that one, and coverage found the question's
// most specific word nowhere.

// percentileRe is a percentile's notation: p and its rank, "p50", "p99",
// "p999".
var percentileRe = regexp.MustCompile(`^p\d{2,3}$`)

// percentileNotations are the notations searched for the word: the ranks
// a latency is given at.
var percentileNotations = []string{"p50", "p75", "p90", "p95", "p99", "p999"}

// percentileTerm is the term of the word "percentile" as r analyses it,
// "" when it is no one term.
func percentileTerm(r Retriever) string {
	if ts := r.Terms("percentile"); len(ts) == 1 {
		return ts[0]
	}
	return ""
}

// withPercentiles returns the text searched for query: text, and the
// notations of percentileNotations the book writes when query asks with
// the word "percentile" (or "percentiles").
func withPercentiles(ctx context.Context, r Retriever, query, text string) (string, error) {
	t := percentileTerm(r)
	if t == "" || !slices.Contains(r.Terms(query), t) {
		return text, nil
	}
	df, err := r.DocFreqs(ctx, percentileNotations)
	if err != nil {
		return "", err
	}
	words := []string{text}
	for _, p := range percentileNotations {
		if df[p] > 0 {
			words = append(words, p)
		}
	}
	return strings.Join(words, " "), nil
}

// percentileIn returns a percentile's notation among a passage's terms
// (head, body) for t, the term of the word "percentile" (pct), or "".
func percentileIn(t, pct string, head, body map[string]bool) string {
	if t == "" || t != pct {
		return ""
	}
	return firstTerm(head, body, percentileRe.MatchString)
}
