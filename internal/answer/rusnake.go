package answer

import (
	"context"
	"strings"
)

// A Russian reader names the things of their own setup in snake case: a
// label they put on a metric ("засунуть user_id в лейбл"), a key file on
// their machine ("id_dsa лежит"). Made of words the book writes, such a
// name is the reader's, not an API the book would have to document: the
// question asks about the book's subject in Russian around it. It makes
// the question no more off-topic than an unwritten API name would, and
// weighs nothing in the share when no passage holds it (as a reader's
// value does, value.go).

// ownSnakeNames removes from names (apiNames) each snake-case name of a
// Russian question whose parts the book all writes, and returns those
// names' terms: no passage need hold them.
func ownSnakeNames(ctx context.Context, r Retriever, query string, names map[string]string) (map[string]bool, error) {
	if scriptOf(query) != scriptCyrillic {
		return nil, nil
	}
	var own map[string]bool
	for t, word := range names {
		if !strings.Contains(word, "_") {
			continue
		}
		var parts []string
		for _, p := range strings.Split(word, "_") {
			parts = append(parts, r.Terms(p)...)
		}
		if len(parts) < 2 {
			continue
		}
		df, err := r.DocFreqs(ctx, parts)
		if err != nil {
			return nil, err
		}
		if allOf(parts, func(p string) bool { return df[p] > 0 }) {
			delete(names, t)
			if own == nil {
				own = map[string]bool{}
			}
			own[t] = true
		}
	}
	return own, nil
}
