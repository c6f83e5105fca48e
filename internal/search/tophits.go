package search

import (
	"context"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	blevesearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// topHits returns the first size passages q matches, by score and then by
// document ID, with their stored text: bleve would order equal scores by
// internal document number, which depends on how a generation was built;
// the document ID does not, so the same book ranks the same, also at the
// size-th place.
//
// Sorting on the ID in bleve reads the ID of every passage that matches,
// most of which are never kept (two thirds of a search's allocations on
// a 1,000-chapter book). So q is first asked for one hit more, by score
// alone: when the size-th of them scores more than the one after it, no
// run of equal scores crosses the cut, the first size are the same
// passages either way, and ordering them by ID here is the same ranking.
// Only on a tie at the cut is q searched again, sorted on the ID by
// bleve. The text is read once the hits are known, as bleve reads it.
func (g *generation) topHits(ctx context.Context, q query.Query, size int, withText bool) (blevesearch.DocumentMatchCollection, error) {
	res, err := g.idx.SearchInContext(ctx, g.request(q, size+1))
	if err != nil {
		return nil, err
	}
	hits := res.Hits
	if len(hits) > size && !(hits[size-1].Score > hits[size].Score) {
		req := g.request(q, size)
		req.SortBy([]string{"-_score", "_id"})
		if res, err = g.idx.SearchInContext(ctx, req); err != nil {
			return nil, err
		}
		hits = res.Hits
	} else {
		hits = hits[:min(len(hits), size)]
		slices.SortFunc(hits, func(a, b *blevesearch.DocumentMatch) int {
			switch {
			case a.Score > b.Score:
				return -1
			case a.Score < b.Score:
				return 1
			}
			return strings.Compare(a.ID, b.ID)
		})
	}
	if withText {
		if err := g.readText(hits); err != nil {
			return nil, err
		}
	}
	return hits, nil
}

// request is a search of q for its first size passages by score, with
// the generation's BM25 statistics.
func (g *generation) request(q query.Query, size int) *bleve.SearchRequest {
	req := bleve.NewSearchRequestOptions(q, size, 0, false)
	req.PreSearchData = map[string]interface{}{blevesearch.BM25PreSearchDataKey: g.bm25}
	return req
}

// readText puts the stored text of each of hits in its Fields, as a
// search asking for fieldText does.
func (g *generation) readText(hits blevesearch.DocumentMatchCollection) error {
	for _, m := range hits {
		doc, err := g.idx.Document(m.ID)
		if err != nil {
			return err
		}
		if doc == nil {
			continue
		}
		doc.VisitFields(func(f index.Field) {
			if t, ok := f.(index.TextField); ok && f.Name() == fieldText {
				m.AddFieldValue(fieldText, t.Text())
			}
		})
	}
	return nil
}
