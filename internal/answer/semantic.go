package answer

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"sync"
	"time"

	"github.com/chapterbot/chapterbot/internal/fuse"
	"github.com/chapterbot/chapterbot/internal/search"
	"github.com/chapterbot/chapterbot/internal/vector"
)

// QueryEmbedder turns a question into a vector with the model the index's
// passages were embedded with; *embed.Client is one.
type QueryEmbedder interface {
	EmbedQuery(ctx context.Context, text string) ([]float32, error)
	Model() string
}

// VectorSearcher finds passages by their embeddings; *search.Index is
// one. Nearest ranks passage IDs by cosine similarity, Hits fetches the
// passages of IDs (snippets chosen for query), VectorStatus names the
// model of the live index's vectors and how many passages have one.
type VectorSearcher interface {
	Nearest(vec []float32, k int) ([]vector.Hit, error)
	Hits(ctx context.Context, query string, ids []string) ([]search.Hit, error)
	VectorStatus() (model string, passages int)
}

// EmbedRecorder counts questions that could not be embedded;
// *metrics.Metrics is one. Options.Recorder is used when it is one.
type EmbedRecorder interface {
	EmbeddingFailure()
}

// Defaults of the semantic options.
const (
	// DefaultEmbedTimeout bounds the embedding of a question: past it, the
	// keyword ranking answers alone.
	DefaultEmbedTimeout = 2 * time.Second
	// DefaultMinSimilarity is the cosine similarity between a question and
	// a passage at which the book counts as covering the question even
	// when they share no word (see Options.MinSimilarity).
	DefaultMinSimilarity = 0.5
	// DefaultFuseAlpha is the keyword ranking's weight in the convex
	// fusion (see fuse.Convex). Chosen on testdata/questions.jsonl with
	// embedtest's fake model: 0.7 gave the best MRR@10 and nDCG@10 of 0.5
	// to 0.8 and of reciprocal rank fusion (which does worst there, since
	// it ignores how far the semantic winner leads).
	DefaultFuseAlpha = 0.7
	// semanticDepth is how many passages each ranking contributes to the
	// fusion, at least.
	semanticDepth = 20
)

// semantic finds passages by meaning: the question embedded once, every
// passage vector scored, the ranking fused with the keyword one.
type semantic struct {
	emb     QueryEmbedder
	vs      VectorSearcher
	timeout time.Duration
	minSim  float64
	alpha   float64 // the keyword weight of a convex fusion; 0: reciprocal rank fusion
	rec     EmbedRecorder
	log     logger

	mu      sync.Mutex
	failing bool // the last attempt failed: a streak is logged once
	missing sync.Once
}

// logger is the part of *slog.Logger semantic uses.
type logger interface {
	Warn(msg string, args ...any)
	Info(msg string, args ...any)
}

// newSemantic returns the semantic side of e, nil when it is off: no
// embedder, or a Retriever that cannot search vectors.
func newSemantic(r Retriever, opts Options, log logger) *semantic {
	vs, ok := r.(VectorSearcher)
	if opts.Embedder == nil || !ok {
		return nil
	}
	s := &semantic{emb: opts.Embedder, vs: vs, timeout: opts.EmbedTimeout, minSim: opts.MinSimilarity, alpha: opts.FuseAlpha, log: log}
	if s.timeout <= 0 {
		s.timeout = DefaultEmbedTimeout
	}
	if s.minSim <= 0 {
		s.minSim = DefaultMinSimilarity
	}
	switch {
	case s.alpha == 0:
		s.alpha = DefaultFuseAlpha
	case s.alpha < 0:
		s.alpha = 0 // reciprocal rank fusion
	}
	s.rec, _ = opts.Recorder.(EmbedRecorder)
	return s
}

// Search returns the k passages that best match query: the keyword
// ranking, fused with the ranking by meaning when an embedder is set (see
// Options.Embedder). A Hit's Score is then the fused score.
func (e *Engine) Search(ctx context.Context, query string, k int) ([]search.Hit, error) {
	hits, _, _, err := e.search(ctx, query, k)
	return hits, err
}

// search returns the ranked hits of query, the keyword hits (what the
// coverage decision reads) and the best cosine similarity of a passage to
// the question (0 without embeddings).
func (e *Engine) search(ctx context.Context, query string, k int) (ranked, lexical []search.Hit, sim float64, err error) {
	return e.searchRanked(ctx, query, ranking{text: query}, k)
}

// ranking is what the keyword ranking of a question is taken from: the
// search for text (see withoutDateUnits), raised by lean (see originLean).
type ranking struct {
	text string
	lean search.Lean
}

// leaner is a Retriever that ranks by a search.Lean too; *search.Index is
// one. With another Retriever a lean is not applied.
type leaner interface {
	SearchLeaning(ctx context.Context, query string, k int, lean search.Lean) ([]search.Hit, error)
}

// searchRanked is search with the keyword ranking taken from rank instead:
// the coverage decision still reads query's keyword hits, and the
// question is embedded once.
func (e *Engine) searchRanked(ctx context.Context, query string, rank ranking, k int) (ranked, lexical []search.Hit, sim float64, err error) {
	s := e.sem
	if s == nil {
		lexical, err = e.r.Search(ctx, query, k)
		if err != nil {
			return nil, nil, 0, err
		}
		order, err := e.rankBy(ctx, query, rank, k, lexical)
		return order, lexical, 0, err
	}
	depth := min(max(k, semanticDepth), search.MaxK)
	// The keyword search runs while the question is embedded (a network
	// call): retrieval adds to it only the vector scan and the fusion.
	found := make(chan []vector.Hit, 1)
	go func() { found <- s.find(ctx, query, depth) }()
	lexical, err = e.r.Search(ctx, query, depth)
	var order []search.Hit
	if err == nil {
		order, err = e.rankBy(ctx, query, rank, depth, lexical)
	}
	vhits := <-found
	if err != nil {
		return nil, nil, 0, err
	}
	if len(vhits) == 0 {
		return order[:min(k, len(order))], lexical, 0, nil
	}
	ranked, err = s.fuse(ctx, query, order, vhits, k)
	if err != nil {
		return nil, nil, 0, err
	}
	return ranked, lexical, float64(vhits[0].Score), nil
}

// rankBy returns the keyword hits of rank, or lexical, those of query,
// when rank is query without a lean or finds nothing.
func (e *Engine) rankBy(ctx context.Context, query string, rank ranking, k int, lexical []search.Hit) ([]search.Hit, error) {
	l, leans := e.r.(leaner)
	leans = leans && rank.lean.Words != ""
	if rank.text == query && !leans {
		return lexical, nil
	}
	plain := lexical
	if rank.text != query {
		var err error
		if plain, err = e.r.Search(ctx, rank.text, k); err != nil || len(plain) == 0 {
			return lexical, err
		}
	}
	if !leans {
		return plain, nil
	}
	order, err := l.SearchLeaning(ctx, rank.text, k, rank.lean)
	if err != nil || len(order) == 0 {
		return plain, err
	}
	return leanOnTop(order, plain, e.leanChapter(query, plain)), nil
}

// leanOnTop keeps the lean of order, the hits of a leaning search, only in
// chapter top, the one the question is about among plain's, the same
// search's without it (see leanChapter): another chapter's origin ("Why
// Elixir appeared") answers no question on npm. A hit of another
// chapter gets back its score in plain, or leaves when only the lean
// found it. The lean's clauses change the query's norm, so plain's
// scores are first put on order's scale: the least ratio of a hit's score
// in order to its score in plain is that of a hit the lean did not raise.
func leanOnTop(order, plain []search.Hit, top string) []search.Hit {
	score := make(map[string]float64, len(plain))
	for _, h := range plain {
		score[h.Passage] = h.Score
	}
	scale := 0.0
	for _, h := range order {
		if s, ok := score[h.Passage]; ok && s > 0 && (scale == 0 || h.Score/s < scale) {
			scale = h.Score / s
		}
	}
	out := make([]search.Hit, 0, len(order))
	for _, h := range order {
		if h.Chapter != top {
			s, ok := score[h.Passage]
			if !ok {
				continue
			}
			h.Score = s * scale
		}
		out = append(out, h)
	}
	slices.SortStableFunc(out, func(a, b search.Hit) int { return cmp.Compare(b.Score, a.Score) })
	return out
}

// find returns the passages nearest query by meaning; nil when the index
// has no vectors of the embedder's model or the question cannot be
// embedded (logged once per streak of failures, and counted).
func (s *semantic) find(ctx context.Context, query string, k int) []vector.Hit {
	model, n := s.vs.VectorStatus()
	if n == 0 || model != s.emb.Model() {
		s.missing.Do(func() {
			s.log.Warn("the index has no vectors of the embeddings model (run chapterbot index): ranking by keywords only",
				"model", s.emb.Model(), "index_model", model)
		})
		return nil
	}
	ectx, cancel := context.WithTimeout(ctx, s.timeout)
	defer cancel()
	vec, err := s.emb.EmbedQuery(ectx, query)
	if err == nil {
		var hits []vector.Hit
		hits, err = s.vs.Nearest(vec, k)
		if err == nil {
			s.ok()
			return hits
		}
	}
	if ctx.Err() == nil && !errors.Is(err, search.ErrNoVectors) {
		s.fail(err)
	}
	return nil
}

func (s *semantic) fail(err error) {
	if s.rec != nil {
		s.rec.EmbeddingFailure()
	}
	s.mu.Lock()
	first := !s.failing
	s.failing = true
	s.mu.Unlock()
	if first {
		s.log.Warn("embeddings unavailable: ranking by keywords only", "err", err)
	}
}

func (s *semantic) ok() {
	s.mu.Lock()
	was := s.failing
	s.failing = false
	s.mu.Unlock()
	if was {
		s.log.Info("embeddings available again")
	}
}

// fuse merges the keyword and the semantic rankings into the best k
// hits; the passages only the semantic one found are fetched then.
func (s *semantic) fuse(ctx context.Context, query string, lexical []search.Hit, semantic []vector.Hit, k int) ([]search.Hit, error) {
	byID := make(map[string]search.Hit, len(lexical))
	l := make([]fuse.Scored, 0, len(lexical))
	for _, h := range lexical {
		id := h.Passage
		if id == "" { // a Retriever that does not name passages
			id = h.ID + "\x00" + h.Text
		}
		if _, ok := byID[id]; !ok {
			byID[id] = h
		}
		l = append(l, fuse.Scored{ID: id, Score: h.Score})
	}
	v := make([]fuse.Scored, len(semantic))
	for i, h := range semantic {
		v[i] = fuse.Scored{ID: h.ID, Score: float64(h.Score)}
	}
	var fused []fuse.Scored
	if s.alpha > 0 {
		fused = fuse.Convex(s.alpha, l, v)
	} else {
		fused = fuse.RRF(fuse.DefaultK, l, v)
	}
	fused = fused[:min(k, len(fused))]
	var fetch []string
	for _, f := range fused {
		if _, ok := byID[f.ID]; !ok {
			fetch = append(fetch, f.ID)
		}
	}
	if len(fetch) > 0 {
		hits, err := s.vs.Hits(ctx, query, fetch)
		if err != nil {
			return nil, err
		}
		for _, h := range hits {
			byID[h.Passage] = h
		}
	}
	out := make([]search.Hit, 0, len(fused))
	for _, f := range fused {
		h, ok := byID[f.ID]
		if !ok {
			continue // replaced by a refresh meanwhile
		}
		h.Score = f.Score
		out = append(out, h)
	}
	return out, nil
}

// semanticCover reports whether a passage close enough in meaning covers
// the question: its cosine similarity reaches MinSimilarity, and the
// question names no technology or place the book never mentions (the
// names rule, with its comparisons passed by, holds for meaning as for
// words).
func (e *Engine) semanticCover(ctx context.Context, query string, sim float64) (bool, error) {
	if e.sem == nil || sim < e.sem.minSim {
		return false, nil
	}
	terms := e.r.Terms(query)
	var names []string
	for _, t := range terms {
		names = append(names, e.cov.names[t]...)
	}
	if len(names) == 0 {
		return true, nil
	}
	df, err := e.r.DocFreqs(ctx, names)
	if err != nil {
		return false, err
	}
	aside := asideTerms(e.r, query)
	for t := range set(terms) {
		if aside[t] {
			continue
		}
		if unmentioned, err := e.cov.unmentionedName(ctx, e.r, query, t, df, nil); err != nil || unmentioned {
			return false, err
		}
	}
	return true, nil
}
