package search

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	blevesearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// A section's citations (book.Section.Cited): the paragraphs of its page
// that link to it, in the page's words for what it does. They are indexed
// in a field of their own, fieldCited, and searched apart, so that they
// add no clause to the query's disjunction (bleve multiplies a passage's
// score by the share of clauses it matches, whatever their boosts): a hit
// among the query's first citedDepth (or k) gains citedWeight times the BM25
// score of its citations for the question's terms, and the first k of
// them are kept. A book without citations (Markdown, plain text, a site
// page that links nowhere on itself) is searched as before, at the same
// cost.
//
// Measured on the Node.js reference (recall@5 / MRR@10, against 0 /
// 0.3 / 0.6 / 1): nodedoc-final 0.731 / 0.679, 0.738 / 0.684, 0.752 /
// 0.686, 0.774 / 0.694; nodedoc-heldout 0.664 / 0.565, 0.686 / 0.567,
// 0.686 / 0.563, 0.671 / 0.545; s6 0.708 / 0.650, 0.708 / 0.657, 0.725 /
// 0.658, 0.725 / 0.655; s10 0.717 / 0.582, 0.717 / 0.584, 0.733 / 0.573,
// 0.733 / 0.581; nodedoc-tune and s8 within 0.003 at each. Indexed in the
// text field instead (one more clause per term, boost 0.1 and 0.3), every
// Node set but the final one fell.
const citedWeight = 0.6

// citedDepth is how many hits of the query the citations may reorder, at
// least (the engine asks for 20): 20, 50 and 100 give the same Node
// figures, the fewest costs least.
const citedDepth = 20

// maxCitedHits bounds the passages read from the citations' search.
const maxCitedHits = 1000

// hasCited reports whether any passage of the generation has citations,
// read once from the field's term dictionary: a book without them (every
// Markdown or text book) then skips the citations' search and its term
// readers.
func (g *generation) hasCited() bool {
	g.citedOnce.Do(func() {
		d, err := g.reader.FieldDict(fieldCited)
		if err != nil {
			g.anyCited = true // unknown: search the field as before
			return
		}
		defer d.Close()
		e, err := d.Next()
		g.anyCited = err != nil || e != nil
	})
	return g.anyCited
}

// citedScores are the BM25 scores of the passages whose citations hold any
// of terms, by passage ID; nil when none does.
func (g *generation) citedScores(ctx context.Context, terms []string) (map[string]float64, error) {
	if !g.hasCited() {
		return nil, nil
	}
	// Bleve's collector reserves room for as many hits as it is asked
	// for (up to 1,000): ask for no more than the passages the terms'
	// citations can match, the sum of their document frequencies. A
	// term no citation holds stays a clause: the disjunction scales a
	// passage's score by the share of clauses it matches.
	qs := make([]query.Query, 0, len(terms))
	var matches uint64
	for _, t := range terms {
		df, err := g.fieldDF(ctx, t, fieldCited)
		if err != nil {
			return nil, err
		}
		matches += df
		tq := query.NewTermQuery(t)
		tq.SetField(fieldCited)
		qs = append(qs, tq)
	}
	if matches == 0 {
		return nil, nil
	}
	size := int(min(matches, maxCitedHits))
	res, err := g.idx.SearchInContext(ctx, bleve.NewSearchRequestOptions(query.NewDisjunctionQuery(qs), size, 0, false))
	if err != nil || len(res.Hits) == 0 {
		return nil, err
	}
	score := make(map[string]float64, len(res.Hits))
	for _, m := range res.Hits {
		score[m.ID] = m.Score
	}
	return score, nil
}

// withCited adds citedWeight times its citations' score to each of hits,
// orders them again as rankOrder does, keeps the first k and reads their
// stored text.
func (g *generation) withCited(ctx context.Context, hits blevesearch.DocumentMatchCollection, cited map[string]float64, k int) (blevesearch.DocumentMatchCollection, error) {
	for _, m := range hits {
		m.Score = math.Round((m.Score+citedWeight*cited[m.ID])*scoreDigits) / scoreDigits
	}
	slices.SortStableFunc(hits, func(a, b *blevesearch.DocumentMatch) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	hits = hits[:min(len(hits), k)]
	ids := make([]string, len(hits))
	for i, m := range hits {
		ids[i] = m.ID
	}
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{fieldText}
	res, err := g.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	fields := make(map[string]map[string]interface{}, len(res.Hits))
	for _, m := range res.Hits {
		fields[m.ID] = m.Fields
	}
	for _, m := range hits {
		m.Fields = fields[m.ID]
	}
	return hits, nil
}
