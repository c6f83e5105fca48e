// Package fuse merges ranked lists of passages, such as the keyword
// index's and the embeddings', into one ranking. Its functions are pure:
// they see only IDs and scores.
package fuse

import (
	"math"
	"sort"
)

// Scored is one passage of a ranked list.
type Scored struct {
	ID    string
	Score float64
}

// DefaultK is the rank constant of reciprocal rank fusion from Cormack,
// Clarke and Büttcher (SIGIR 2009): it damps the weight of the very first
// ranks.
const DefaultK = 60

// RRF fuses lists by reciprocal rank: a passage scores the sum, over the
// lists that hold it, of 1/(k + rank), rank counting from 1 in the order
// given (each list's own scores are ignored; a repeated ID counts at its
// first place). k <= 0 means DefaultK. The result is best first; ties go to
// the passage with the better single rank, then to the smaller ID.
func RRF(k float64, lists ...[]Scored) []Scored {
	if k <= 0 {
		k = DefaultK
	}
	f := newFusion()
	for _, list := range lists {
		seen := map[string]bool{}
		for r, s := range list {
			if seen[s.ID] {
				continue
			}
			seen[s.ID] = true
			f.add(s.ID, 1/(k+float64(r+1)), r)
		}
	}
	return f.sorted()
}

// Convex fuses two lists by a convex combination of their scores, each
// list min-max normalised to [0, 1] first: a passage scores
// alpha·lexical + (1-alpha)·semantic, where a list that lacks it gives 0 (as
// its worst passage does). A list whose scores are all equal gives each of
// its passages 1. alpha is clamped to [0, 1]. Ties are broken as in RRF.
// Scores that are NaN count as the list's minimum.
func Convex(alpha float64, lexical, semantic []Scored) []Scored {
	alpha = math.Max(0, math.Min(1, alpha))
	f := newFusion()
	for _, l := range []struct {
		list   []Scored
		weight float64
	}{{lexical, alpha}, {semantic, 1 - alpha}} {
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, s := range l.list {
			if !math.IsNaN(s.Score) {
				lo, hi = math.Min(lo, s.Score), math.Max(hi, s.Score)
			}
		}
		seen := map[string]bool{}
		for r, s := range l.list {
			if seen[s.ID] {
				continue
			}
			seen[s.ID] = true
			var norm float64
			switch {
			case math.IsNaN(s.Score):
			case hi == lo:
				norm = 1
			default:
				norm = (s.Score - lo) / (hi - lo)
			}
			f.add(s.ID, l.weight*norm, r)
		}
	}
	return f.sorted()
}

type fused struct {
	score float64
	best  int // best rank in any list, from 0
}

type fusion struct {
	by    map[string]*fused
	order []string
}

func newFusion() *fusion { return &fusion{by: map[string]*fused{}} }

func (f *fusion) add(id string, score float64, rank int) {
	x, ok := f.by[id]
	if !ok {
		x = &fused{best: rank}
		f.by[id] = x
		f.order = append(f.order, id)
	}
	x.score += score
	x.best = min(x.best, rank)
}

func (f *fusion) sorted() []Scored {
	if len(f.order) == 0 {
		return nil
	}
	sort.Slice(f.order, func(i, j int) bool {
		a, b := f.by[f.order[i]], f.by[f.order[j]]
		if a.score != b.score {
			return a.score > b.score
		}
		if a.best != b.best {
			return a.best < b.best
		}
		return f.order[i] < f.order[j]
	})
	out := make([]Scored, len(f.order))
	for i, id := range f.order {
		out[i] = Scored{id, f.by[id].score}
	}
	return out
}
