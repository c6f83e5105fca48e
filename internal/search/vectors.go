package search

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/chapterbot/chapterbot/internal/vector"
)

// vectorsName is the file of a generation holding its passages'
// embeddings (internal/vector's format), when the index has an embedder.
// Like the manifest, it is written before CURRENT names the generation
// and never changed after.
const vectorsName = "vectors.bin"

// ErrNoVectors: the live generation holds no embeddings (none configured,
// or embedding failed when it was built).
var ErrNoVectors = errors.New("index has no vectors")

// Passage is one passage of a generation as it is embedded: its ID (the
// index's document ID, unique in a generation and stable across
// generations while its chapter is unchanged), its section's heading trail
// and its text.
type Passage struct {
	ID    string
	Trail []string
	Text  string
}

// EmbedText is the text of p given to an embedding model: the heading
// trail ("Chapter › Heading"), a blank line, the passage.
func (p Passage) EmbedText() string {
	return strings.Join(p.Trail, " › ") + "\n\n" + p.Text
}

// Passages returns every passage of the generation, in outline order.
func (s *Snapshot) Passages(ctx context.Context) ([]Passage, error) {
	g := s.g
	out := make([]Passage, 0, g.man.Passages)
	for _, c := range g.man.Chapters {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for si, sec := range c.Sections {
			for n := range sec.Passages {
				id := docID(c.File, si, n)
				text, _, err := storedText(g, id)
				if err != nil {
					return nil, fmt.Errorf("passages of generation %s: %w", g.name, err)
				}
				out = append(out, Passage{ID: id, Trail: sec.Trail, Text: text})
			}
		}
	}
	return out, nil
}

// Vectors is the generation's store of embeddings; nil when it has none.
// Do not modify it.
func (s *Snapshot) Vectors() *vector.Store { return s.g.vec }

// loadVectors reads the generation's vectors file, if any. A damaged one
// is logged and ignored: the keyword index still answers, and the next
// refresh embeds again.
func (g *generation) loadVectors() {
	st, err := vector.ReadFile(filepath.Join(g.path, vectorsName))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return
	case err != nil:
		g.log.Warn("index vectors unusable: searching by keywords only", "dir", g.path, "err", err)
		return
	}
	g.vec = st
}

// attachVectors asks vectors for the vectors of the new, not yet live,
// generation g, and writes them into its directory. A nil store leaves g
// without vectors.
func attachVectors(ctx context.Context, g *generation, vectors func(context.Context, *Snapshot) *vector.Store) error {
	g.refs.Add(1)
	snap := &Snapshot{g: g}
	st := vectors(ctx, snap)
	snap.Release()
	if st == nil {
		return nil
	}
	path := filepath.Join(g.path, vectorsName)
	if err := st.WriteFile(path); err != nil {
		return err
	}
	if err := syncDir(g.path); err != nil {
		return err
	}
	g.vec = st
	return nil
}

// VectorStatus says which embeddings the live generation holds: the
// model's name and the number of passages with a vector ("", 0 without).
func (ix *Index) VectorStatus() (model string, passages int) {
	g, err := ix.acquire()
	if err != nil || g.vec == nil {
		if err == nil {
			g.refs.Done()
		}
		return "", 0
	}
	defer g.refs.Done()
	return g.vec.Model, g.vec.Len()
}

// SearchVector returns the k passages (DefaultK when k <= 0, at most
// MaxK) of the live generation whose embeddings are nearest vec, an
// embedding of query by the model of the generation's vectors, best
// first: Nearest, then Hits. A Hit's Score is the cosine similarity.
// query only chooses the snippets. Without vectors it fails with
// ErrNoVectors.
func (ix *Index) SearchVector(ctx context.Context, query string, vec []float32, k int) ([]Hit, error) {
	found, err := ix.Nearest(vec, k)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(found))
	for i, f := range found {
		ids[i] = f.ID
	}
	hits, err := ix.Hits(ctx, query, ids)
	if err != nil {
		return nil, err
	}
	score := make(map[string]float32, len(found))
	for _, f := range found {
		score[f.ID] = f.Score
	}
	for i := range hits {
		hits[i].Score = float64(score[hits[i].Passage])
	}
	return hits, nil
}

// Nearest returns the IDs of the k passages (DefaultK when k <= 0, at
// most MaxK) of the live generation whose embeddings are nearest vec, with
// their cosine similarity, best first: every vector is compared (brute
// force). Without vectors it fails with ErrNoVectors.
func (ix *Index) Nearest(vec []float32, k int) ([]vector.Hit, error) {
	k = clampK(k)
	g, err := ix.acquire()
	if err != nil {
		return nil, fmt.Errorf("search vectors: %w", err)
	}
	defer g.refs.Done()
	if g.vec == nil || g.vec.Len() == 0 {
		return nil, fmt.Errorf("search vectors: %w", ErrNoVectors)
	}
	found, err := g.vec.Search(vec, k)
	if err != nil {
		return nil, fmt.Errorf("search vectors: %w", err)
	}
	return found, nil
}

// Hits returns the hits of the passages of the live generation with the
// given IDs (Hit.Passage), in that order, their snippets chosen for query;
// an ID the generation lacks (replaced since Nearest) is left out. Score
// is 0.
func (ix *Index) Hits(ctx context.Context, query string, ids []string) (_ []Hit, err error) {
	g, err := ix.acquire()
	if err != nil {
		return nil, fmt.Errorf("passages: %w", err)
	}
	defer g.refs.Done()
	defer g.recoverCorrupt(&err)
	weights, err := g.weights(ctx, unique(ix.Terms(query)))
	if err != nil {
		return nil, fmt.Errorf("passages: %w", err)
	}
	f := newFinder(ix.analyzer, weights)
	hits := make([]Hit, 0, len(ids))
	for _, id := range ids {
		h, ok, err := g.hitByID(f, id)
		if err != nil {
			return nil, fmt.Errorf("passages: %w", err)
		}
		if ok {
			hits = append(hits, h)
		}
	}
	return hits, nil
}

// hitByID is the Hit of passage id, with its snippet for the query terms
// f finds; false when the generation has no such passage.
func (g *generation) hitByID(f *finder, id string) (Hit, bool, error) {
	file, ord, n, ok := parseDocID(id)
	if !ok {
		return Hit{}, false, nil
	}
	ci, ok := g.chapterOf[file]
	if !ok || ord >= len(g.man.Chapters[ci].Sections) || n >= g.man.Chapters[ci].Sections[ord].Passages {
		return Hit{}, false, nil
	}
	text, _, err := storedText(g, id)
	if err != nil {
		return Hit{}, false, err
	}
	return g.passageHit(f, ci, ord, id, text), true, nil
}
