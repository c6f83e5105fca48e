package answer

import (
	"context"
)

// minNamePassages is the fewest passages of a chapter that must write a
// name for the name to be part of what the chapter is about: a chapter
// that names it in a passage or two compares with it in passing (a
// ClickHouse chapter on "PostgreSQL" replication, a Redis chapter relaying
// "through NATS or Kafka"), and a question on it is about something else.
const minNamePassages = 3

// chapterWriter is a Retriever that counts the passages of a chapter that
// write one of some terms, reading all of them, not only those a search
// ranks first; *search.Index is one.
type chapterWriter interface {
	ChapterWrites(ctx context.Context, chapter string, terms []string) (int, error)
}

// writesNames reports whether chapter ch writes each name of the question
// that its passages found lack (as missesName reads them) in at least
// minNamePassages of its passages, in any spelling of its names.txt line
// (see search.Index.ChapterWrites): the name is then the chapter's own
// subject or setting, which the passages that answer need not repeat ("в
// консоли aws" of a Terraform chapter that writes AWS throughout;
// "постгреса" of a chapter that writes Postgres in its history and
// PostgreSQL elsewhere). A name no passage found holds otherwise makes
// missesName skip the chapter. It is true when r cannot tell.
func (c coverage) writesNames(ctx context.Context, r Retriever, ch string, w map[string]float64, found map[string]string, aside map[string]bool) (bool, error) {
	cw, ok := r.(chapterWriter)
	if !ok {
		return true, nil
	}
	for t := range w {
		if c.names[t] == nil || aside[t] || found[t] != "" {
			continue
		}
		n, err := cw.ChapterWrites(ctx, ch, c.names[t])
		if err != nil {
			return false, err
		}
		if n < minNamePassages {
			return false, nil
		}
	}
	return true, nil
}
