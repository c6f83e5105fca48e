package search

import (
	"context"
	"slices"

	"github.com/blevesearch/bleve/v2/search/query"
)

// Linked pages. A reference page that mentions another page's subject
// links to it ("To check if a stream is connected to a TTY context, check
// the isTTY property" in process.stdout's note on I/O links to the tty
// page), and the linked section is where the reader is sent. So the
// overviews of other pages that one of the first linkedDepth hits links to
// are ranked linkedShare of the linking hit's score, split among the
// overviews it links to, as pointed members are (pointed.go). Measured on
// the Node.js reference (recall@5 / MRR@10 against 0): at 0.8,
// nodedoc-tune 0.779 / 0.619 -> 0.793 / 0.633, s11 0.775 / 0.608 -> 0.792
// / 0.617, s15 0.758 / 0.599 -> 0.775 / 0.606, s6 0.800 / 0.662 -> 0.808
// / 0.670 (each a tty question: "is stdout a terminal or piped"), MRR@10
// s10 and s13 0.002 lower, three sets 0.001; at 0.5 only s6 gained, at
// 0.65 s11 did not, at 1.0 six sets lost MRR@10 (s13 0.624 -> 0.614).
// Following links to members as well (at 0.65) lowered recall@5 on six
// sets: a link to a member names it in passing ("like console.log()"),
// one to a page's overview sends the reader to its subject.
const (
	linkedDepth = 5
	linkedShare = 0.8
)

// linkedScores are the scores the first hits give the overviews of other
// pages they link to, by section ID.
func (g *generation) linkedScores(hits []Hit) map[string]float64 {
	var out map[string]float64
	for _, h := range hits[:min(linkedDepth, len(hits))] {
		at, ok := g.sectionOf[h.ID]
		if !ok {
			continue
		}
		var links []string
		for _, id := range g.man.Chapters[at[0]].Sections[at[1]].Links {
			if t, ok := g.overviewOf(id); ok && t[0] != at[0] {
				links = append(links, g.man.Chapters[t[0]].Sections[t[1]].ID)
			}
		}
		if len(links) > 0 && out == nil {
			out = map[string]float64{}
		}
		for _, id := range links {
			out[id] = max(out[id], linkedShare*h.Score/float64(len(links)))
		}
	}
	return out
}

// overviewOf is where the section id stands in the manifest (chapter,
// section) when it is its page's overview: the intro, or a top section
// whose trail is the title alone. A link to a page by its name alone
// ("esm.html") reaches its intro, which on a reference page is empty, and
// so nothing: read as the page's first section, these links lowered
// recall@5 on four Node sets and MRR@10 on seven (s6-nodedoc 0.808 ->
// 0.758, s13 0.750 -> 0.733): they are the pages' "see also"s, written
// wherever a page is mentioned.
func (g *generation) overviewOf(id string) ([2]int, bool) {
	at, ok := g.sectionOf[id]
	return at, ok && len(g.man.Chapters[at[0]].Sections[at[1]].Trail) <= 1
}

// withLinked ranks the overviews the first hits link to at their linked
// score (linkedScores), when it is above their own: added to hits, or
// raised in place.
func (g *generation) withLinked(ctx context.Context, f *finder, hits []Hit) ([]Hit, error) {
	scores := g.linkedScores(hits)
	if len(scores) == 0 {
		return hits, nil
	}
	var ids []string
	for id := range scores {
		at := g.sectionOf[id]
		c := g.man.Chapters[at[0]]
		for n := range c.Sections[at[1]].Passages {
			ids = append(ids, docID(c.File, at[1], n))
		}
	}
	if len(ids) == 0 {
		return hits, nil
	}
	slices.Sort(ids)
	return g.raiseFound(ctx, f, query.NewDocIDQuery(ids), len(ids), hits, func(h Hit) float64 {
		return scores[h.ID]
	})
}
