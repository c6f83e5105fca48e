package search

import (
	"context"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Pointed members. A reference often answers a question in the entry of
// the member that a better-matching passage points to: os.cpus() says
// "os.cpus().length should not be used to calculate the amount of
// parallelism available to an application. Use os.availableParallelism()
// for this purpose.", while os.availableParallelism's own entry shares no
// word with "how many workers should I spawn, something better than
// os.cpus().length?". So the members the first hits name as calls
// ("x.y()"), that the question does not write and no hit's heading names,
// are looked up in fieldNames and ranked pointedShare of the pointing
// hit's score, split among the members that hit names: a passage pointing
// to one member points the reader there, one naming several is listing
// them (cluster's "How it works" names child_process.fork() and
// server.listen(), and put them above cluster's own entries).

// pointedDepth is how many of the first hits are read for pointers, and
// pointedShare the share of its score a pointed member gets. Measured on
// the Node.js reference (against the overview rule alone): at 5 and 0.65,
// recall@5 s8-nodedoc 0.800 -> 0.817, s10 0.758 -> 0.792, s11 0.708 ->
// 0.725, s12 0.733 -> 0.750 (os.availableParallelism four times,
// module.createRequire once), MRR@10 s6 and nodedoc-heldout 0.003 lower,
// nothing else moved; at 0.5 the same without createRequire; at 0.8,
// or without splitting the share, cluster, dns.lookup and server.listen
// questions lost their entries from the top 5.
const (
	pointedDepth = 5
	pointedShare = 0.65
)

// pointedCallRe finds a member a passage names as a call without
// arguments: a dotted name followed by "()".
var pointedCallRe = regexp.MustCompile(`(?:^|[^\w$.])([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+)\(\)`)

// pointedNames are the fieldNames values of the members the first
// pointedDepth hits point to (see above), each with its score: the best
// of the pointing hits' scores, each split among the members it names.
func pointedNames(q string, hits []Hit) map[string]float64 {
	lq := strings.ToLower(q)
	have := map[string]bool{}
	for _, h := range hits {
		for _, n := range headingNames(h.Heading) {
			have[n] = true
		}
	}
	var out map[string]float64
	for _, h := range hits[:min(pointedDepth, len(hits))] {
		named := map[string]bool{}
		for _, m := range pointedCallRe.FindAllStringSubmatch(h.Text, -1) {
			n := strings.ToLower(m[1])
			if have[n] || strings.Contains(lq, n[strings.LastIndexByte(n, '.')+1:]) {
				continue
			}
			named[n] = true
		}
		if len(named) > 0 && out == nil {
			out = map[string]float64{}
		}
		for n := range named {
			out[n] = max(out[n], pointedShare*h.Score/float64(len(named)))
		}
	}
	return out
}

// withPointed ranks the sections of the members that hits point to
// (pointedNames) at their pointed score, when it is above their own: added
// to hits, or raised in place.
func (g *generation) withPointed(ctx context.Context, a analysis.Analyzer, q string, hits []Hit, weights map[string]float64) ([]Hit, error) {
	names := pointedNames(q, hits)
	if len(names) == 0 {
		return hits, nil
	}
	values := slices.Sorted(maps.Keys(names))
	req := bleve.NewSearchRequestOptions(query.NewDisjunctionQuery(termClauses(values, fieldNames, 1)), 3*len(values), 0, false)
	req.Fields = []string{fieldText}
	req.SortBy([]string{"_id"})
	res, err := g.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	at := make(map[string]int, len(hits))
	for i, h := range hits {
		at[h.Passage] = i
	}
	for _, m := range res.Hits {
		h, ok := g.hit(a, m, weights)
		if !ok {
			return nil, fmt.Errorf("document %q: %w", m.ID, ErrCorrupt)
		}
		var score float64
		for _, n := range headingNames(h.Heading) {
			score = max(score, names[n])
		}
		if i, ok := at[h.Passage]; ok {
			hits[i].Score = max(hits[i].Score, score)
			continue
		}
		if score > 0 {
			h.Score = score
			hits = append(hits, h)
		}
	}
	return hits, nil
}
