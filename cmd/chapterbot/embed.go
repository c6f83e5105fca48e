package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/embed"
	"github.com/chapterbot/chapterbot/internal/search"
)

// queryEmbedTimeout bounds the embedding of one question: past it, the
// keyword ranking answers alone.
const queryEmbedTimeout = 2 * time.Second

// embedClient builds the embeddings client from the configuration; nil
// when EMBEDDINGS_MODEL is not set. forQueries makes requests short (one
// question at a time, answered within queryEmbedTimeout); otherwise they
// suit indexing (long batches).
func (a *app) embedClient(forQueries bool) (*embed.Client, error) {
	if !a.cfg.EmbeddingsEnabled() {
		return nil, nil
	}
	// Each retry is a line for a server's log; on the command line (which
	// logs warnings only) the one line that counts says what failed.
	log := a.log
	if !log.Enabled(context.Background(), slog.LevelInfo) {
		log = slog.New(slog.DiscardHandler)
	}
	cfg := embed.Config{
		Model:      a.cfg.EmbeddingsModel,
		BaseURL:    a.cfg.EmbeddingsBaseURL,
		APIKey:     a.cfg.EmbeddingsAPIKey,
		APIType:    a.cfg.OpenAIAPIType,
		APIVersion: a.cfg.OpenAIAPIVersion,
		Logger:     log,
	}
	if forQueries {
		cfg.Timeout, cfg.Attempts = queryEmbedTimeout, 2
		cfg.RequestsPerSecond = 100
	}
	c, err := embed.New(cfg)
	if err != nil {
		return nil, fmt.Errorf("embeddings: %w", err)
	}
	return c, nil
}

// withEmbeddings sets opts to find passages by meaning too when a model
// is configured.
func (a *app) withEmbeddings(opts *answer.Options) error {
	c, err := a.embedClient(true)
	if err != nil || c == nil {
		return err
	}
	opts.Embedder, opts.EmbedTimeout = c, queryEmbedTimeout
	return nil
}

// hybridIndex is the index whose Search also finds passages by meaning
// (the engine's fused ranking), for the bot's /search.
type hybridIndex struct {
	*search.Index
	eng *answer.Engine
}

func (h hybridIndex) Search(ctx context.Context, q string, k int) ([]search.Hit, error) {
	return h.eng.Search(ctx, q, k)
}
