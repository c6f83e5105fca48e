package search

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/blevesearch/bleve/v2/search/query"
)

// TestTopHitsOrdersTiesByID: topHits ranks as a search sorted by score
// and then by document ID does, at every cut, when runs of equal scores
// cross the cut and when none does, also for passages whose internal
// document numbers run against their IDs (chapters added later, to a
// copy of the generation, sorting first).
func TestTopHitsOrdersTiesByID(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	fsys := fstest.MapFS{}
	add := func(files ...string) {
		for _, f := range files {
			fsys[f] = &fstest.MapFile{Data: []byte("# " + f + "\n\nRivers carry stones to the sea.\n")}
		}
		refresh(t, ix, fsys)
	}
	add("x.md", "y.md", "z.md")
	fsys["w.md"] = &fstest.MapFile{Data: []byte("# W\n\nRivers, rivers and rivers carry stones.\n")}
	add("b.md")
	add("a.md")
	g, err := ix.acquire()
	if err != nil {
		t.Fatal(err)
	}
	defer g.refs.Done()
	ctx := context.Background()
	ids := func(q query.Query, size int, sorted bool) []string {
		var got []string
		if sorted {
			req := g.request(q, size)
			req.Fields = []string{fieldText}
			req.SortBy([]string{"-_score", "_id"})
			res, err := g.idx.SearchInContext(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range res.Hits {
				got = append(got, fmt.Sprintf("%s %v %q", m.ID, m.Score, m.Fields[fieldText]))
			}
			return got
		}
		hits, err := g.topHits(ctx, q, size, true)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range hits {
			got = append(got, fmt.Sprintf("%s %v %q", m.ID, m.Score, m.Fields[fieldText]))
		}
		return got
	}
	for _, word := range []string{"river", "stone", "sea"} {
		tq := query.NewTermQuery(word)
		tq.SetField(fieldText)
		for size := 1; size <= 8; size++ {
			want, got := ids(tq, size, true), ids(tq, size, false)
			if !slices.Equal(got, want) {
				t.Errorf("%s, %d: topHits %q, want %q", word, size, got, want)
			}
		}
	}
}
