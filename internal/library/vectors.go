package library

import (
	"context"
	"errors"
	"fmt"

	"github.com/chapterbot/chapterbot/internal/embed"
	"github.com/chapterbot/chapterbot/internal/search"
	"github.com/chapterbot/chapterbot/internal/vector"
)

// Embedder turns passages into vectors, reusing prev's vector for each
// passage whose text is unchanged; *embed.Client is one. On error it may
// return a partial store (the vectors reused and those embedded before the
// failure).
type Embedder interface {
	EmbedPassages(ctx context.Context, passages []embed.Passage, prev *vector.Store, progress func(done, total int)) (*vector.Store, embed.Stats, error)
	Model() string
}

// VectorReport says what a refresh did with the passages' embeddings.
type VectorReport struct {
	Model    string `json:"model"`
	Passages int    `json:"passages"` // passages of the live index with a vector after the refresh
	Missing  int    `json:"missing"`  // passages without one (keyword search only finds them)
	Embedded int    `json:"embedded"` // texts sent to the embeddings server
	Reused   int    `json:"reused"`   // vectors kept from the previous generation
	// Rebuilt says why every passage was embedded afresh (another model or
	// dimension); empty otherwise.
	Rebuilt string `json:"rebuilt,omitempty"`
	// Error says why some or all passages have no vector (the server was
	// down, refused, or answered with vectors of the wrong shape); the
	// index is committed all the same. Empty when every passage has one.
	Error string `json:"error,omitempty"`
}

// String is the report's line for a person, e.g. "vectors nomic-embed-text:
// 120 of 120 passages (3 embedded, 117 reused)".
func (v VectorReport) String() string {
	s := fmt.Sprintf("vectors %s: %d of %d passages (%d embedded, %d reused)", v.Model, v.Passages, v.Passages+v.Missing, v.Embedded, v.Reused)
	if v.Rebuilt != "" {
		s += "; all embedded afresh: " + v.Rebuilt
	}
	if v.Error != "" {
		s += "; embedding failed: " + v.Error
	}
	return s
}

// vectorsStale reports whether the generation of snap lacks vectors that
// the embedder would give it: none, another model's, or some missing.
func (l *Library) vectorsStale(snap *search.Snapshot) bool {
	if l.opts.Embedder == nil || snap == nil {
		return false
	}
	v := snap.Vectors()
	return v == nil || v.Model != l.opts.Embedder.Model() || v.Len() < snap.Status().Passages
}

// embedPassages returns the vectors of next's passages, reusing those of
// prev (the live generation's, may be nil), and fills rep. On failure it
// returns what it can keep (the vectors of unchanged passages and those
// embedded before the failure) unless the server's answers were of the
// wrong shape, and rep.Error says why; nil when nothing can be kept.
func (l *Library) embedPassages(ctx context.Context, next *search.Snapshot, prev *vector.Store, rep *VectorReport) *vector.Store {
	emb := l.opts.Embedder
	rep.Model = emb.Model()
	rep.Missing = next.Status().Passages
	ps, err := next.Passages(ctx)
	if err != nil {
		rep.Error = err.Error()
		return nil
	}
	in := make([]embed.Passage, len(ps))
	for i, p := range ps {
		in[i] = embed.Passage{ID: p.ID, Text: p.EmbedText()}
	}
	st, stats, err := emb.EmbedPassages(ctx, in, prev, l.opts.EmbedProgress)
	rep.Embedded, rep.Reused, rep.Rebuilt = stats.Embedded, stats.Reused, stats.Rebuilt
	if err != nil {
		rep.Error = err.Error()
		if errors.Is(err, embed.ErrDimension) || errors.Is(err, embed.ErrEmptyData) || errors.Is(err, embed.ErrCount) {
			st = nil // the server's model is suspect: none of its vectors
		}
	}
	if st == nil || st.Len() == 0 {
		rep.Reused = 0
		return nil
	}
	rep.Passages, rep.Missing = st.Len(), len(ps)-st.Len()
	return st
}

// refreshVectors embeds the passages of the unchanged live generation
// snap when its vectors are stale, and makes a new generation of the same
// content with them. When embedding fails, nothing is written unless some
// vectors more than the live ones can be kept. released says whether snap
// was released (a new generation replaced it).
func (l *Library) refreshVectors(ctx context.Context, snap *search.Snapshot) (_ Report, released bool, _ error) {
	vrep := &VectorReport{}
	prev := snap.Vectors()
	st := l.embedPassages(ctx, snap, prev, vrep)
	if st == nil || (vrep.Error != "" && prev != nil && prev.Model == st.Model && st.Len() <= prev.Len()) {
		if prev != nil && prev.Model == vrep.Model {
			vrep.Passages, vrep.Missing = prev.Len(), snap.Status().Passages-prev.Len()
		} else {
			vrep.Passages, vrep.Missing = 0, snap.Status().Passages
		}
		vrep.Embedded, vrep.Reused = 0, 0
		return report(snap, Report{Vectors: vrep}), false, nil
	}
	ch := search.Changes{Skipped: snap.Skipped(), BuiltBy: askedBy(ctx),
		Vectors: func(context.Context, *search.Snapshot) *vector.Store { return st }}
	next, _, err := l.apply(ctx, snap, ch)
	if err != nil {
		return Report{}, false, err
	}
	defer next.Release()
	return report(next, Report{Vectors: vrep}), true, nil
}
