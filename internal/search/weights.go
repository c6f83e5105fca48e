package search

import (
	"context"
	"fmt"
)

// DocFreqs returns how many passages of the live index contain each term,
// in their text, title and tags or heading trail,
// (as Terms produces them) and the number of passages, so that a caller
// can weigh terms by rarity and tell words the book never uses.
func (ix *Index) DocFreqs(ctx context.Context, terms []string) (df map[string]int, passages int, err error) {
	g, err := ix.acquire()
	if err != nil {
		return nil, 0, fmt.Errorf("doc freqs: %w", err)
	}
	defer g.refs.Done()
	df = make(map[string]int, len(terms))
	for _, t := range unique(terms) {
		// A term only in titles and tags ("realtime") is known too: count the
		// field that has it most.
		for _, f := range textFields {
			r, err := g.reader.TermFieldReader(ctx, []byte(t), f, false, false, false)
			if err != nil {
				return nil, 0, fmt.Errorf("doc freqs: %w", err)
			}
			df[t] = max(df[t], int(r.Count()))
			_ = r.Close()
		}
	}
	return df, g.man.Passages, nil
}
