package answer

import (
	"bufio"
	"context"
	_ "embed"
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// fillerWords say nothing about a question's subject; their absence from
// a passage is no evidence that the book misses the question. The index's
// stop words are gone already; these are the conversational ones.
const fillerWords = `actually really just use using used get gets getting got thing things stuff come came even good
still anyway anyways people deal place supposed want wants let give keep find make makes work works know need way
ways mean means also please tell explain like lot lots something anything everything someone anyone everyone kind
sort bit exactly basically pretty right ok okay hey hi hello thanks question wonder wondering idea think say said vs
versus difference true happen happens best better go going new old exist exists existed tons`

//go:embed names.txt
var namesFile string

// coverageHits is how many of the best hits the coverage decision reads:
// the engine's default K.
const coverageHits = 8

// coverage decides whether the passages found answer the question.
type coverage struct {
	filler map[string]bool // analysed filler words
	names  map[string]bool // analysed names of technologies and places
}

func newCoverage(r Retriever) coverage {
	c := coverage{filler: set(r.Terms(fillerWords)), names: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(namesFile))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		for _, t := range r.Terms(line) {
			c.names[t] = true
		}
	}
	return c
}

// share is the IDF-weighted share of the question's subject terms that the
// best passages of the best chapter contain, 0 when the question names a
// technology or place the book never mentions, or when most of its weight
// lies on words the book never uses.
func (c coverage) share(ctx context.Context, r Retriever, query string, hits []search.Hit) (float64, error) {
	if len(hits) == 0 {
		return 0, nil
	}
	// The decision reads the first hits only, so that asking for more hits
	// (eval ranks ten sections) does not change it.
	hits = hits[:min(len(hits), coverageHits)]
	var terms []string
	for _, t := range r.Terms(query) {
		if !c.filler[t] {
			terms = append(terms, t)
		}
	}
	if len(terms) == 0 {
		return 0, nil
	}
	df, n, err := r.DocFreqs(ctx, terms)
	if err != nil {
		return 0, err
	}
	// Weigh every subject term once; a name the book never mentions, or a
	// question mostly made of words the book never uses, is not covered.
	w := map[string]float64{}
	var total, unknown float64
	for t := range set(terms) {
		d := df[t]
		if d == 0 && c.names[t] {
			return 0, nil
		}
		w[t] = search.IDF(n, d)
		total += w[t]
		if d == 0 {
			unknown += w[t]
		}
	}
	if total == 0 || unknown/total >= 0.5 {
		return 0, nil
	}
	// The passages that together answer a question usually sit side by side
	// in one chapter: for each of the first three chapters among the hits,
	// take up to three of its passages, and keep the best chapter's share.
	var best float64
	for _, ch := range chapters(hits, 3) {
		found := map[string]bool{}
		topical := false
		for i, taken := 0, 0; i < len(hits) && taken < 3; i++ {
			h := hits[i]
			if h.Chapter != ch {
				continue
			}
			if taken == 0 {
				for _, t := range r.Terms(h.ChapterTitle + "\n" + strings.Join(h.Tags, "\n")) {
					topical = topical || w[t] > 0
				}
			}
			taken++
			for _, t := range r.Terms(h.ChapterTitle + "\n" + strings.Join(h.Tags, "\n") + "\n" + strings.Join(h.Trail, "\n") + "\n" + h.Text) {
				found[t] = true
			}
		}
		var got float64
		for t, x := range w {
			if found[t] {
				got += x
			}
		}
		share := got / total
		if topical {
			// The question names the chapter's subject (its title or a tag):
			// its other words need cover less of it.
			share = min(1, share*topicalBoost)
		}
		best = max(best, share)
	}
	return best, nil
}

// topicalBoost scales the share of a chapter whose subject the question
// names, so that a third of the question's weight found there suffices
// (0.3 × 1.5 = DefaultMinCoverage).
const topicalBoost = 1.5

// chapters lists the first n distinct chapters of hits, in rank order.
func chapters(hits []search.Hit, n int) []string {
	var out []string
	for _, h := range hits {
		if len(out) == n {
			break
		}
		if !slices.Contains(out, h.Chapter) {
			out = append(out, h.Chapter)
		}
	}
	return out
}
