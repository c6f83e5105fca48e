package search

import (
	"context"
	"fmt"
)

// DocFreqs returns how many passages of the live index contain each term
// (as Terms produces them), in their text, title and tags or heading
// trail, so that a caller can tell words the book never uses or uses once.
func (ix *Index) DocFreqs(ctx context.Context, terms []string) (map[string]int, error) {
	g, err := ix.acquire()
	if err != nil {
		return nil, fmt.Errorf("doc freqs: %w", err)
	}
	defer g.refs.Done()
	df := make(map[string]int, len(terms))
	for _, t := range unique(terms) {
		// A term only in titles and tags ("realtime") is known too: count the
		// field that has it most.
		n, err := g.docFreq(ctx, t)
		if err != nil {
			return nil, fmt.Errorf("doc freqs: %w", err)
		}
		df[t] = n
	}
	return df, nil
}
