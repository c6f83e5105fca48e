package answer

import (
	"context"
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// minNamePassages is the fewest passages of a chapter that must write a
// name for the name to be part of what the chapter is about: a chapter
// that names it in a passage or two compares with it in passing (a
// ClickHouse chapter on "PostgreSQL" replication, a Redis chapter relaying
// "through NATS or Kafka"), and a question on it is about something else.
const minNamePassages = 3

// namePassagesDepth is how many of the book's passages are searched for
// the names a chapter's best passages lack.
const namePassagesDepth = 40

// writesNames reports whether chapter ch writes each name of the question
// that its passages found lack (as missesName reads them) in at least
// minNamePassages of its passages, in any spelling of its names.txt line:
// the name is then the chapter's own subject or setting, which the
// passages that answer need not repeat ("в консоли aws" of a Terraform
// chapter that writes AWS throughout; "постгреса" of a chapter that
// writes Postgres in its history and PostgreSQL elsewhere). A name no
// passage found holds otherwise makes missesName skip the chapter.
// searched keeps each name's search for the question's other chapters:
// it does not depend on ch.
func (c coverage) writesNames(ctx context.Context, r Retriever, ch string, w map[string]float64, found map[string]string, aside map[string]bool, searched map[string][]search.Hit) (bool, error) {
	for t := range w {
		if c.names[t] == nil || aside[t] || found[t] != "" {
			continue
		}
		spellings := append([]string{t}, c.names[t]...)
		hits, ok := searched[t]
		if !ok {
			var err error
			if hits, err = r.Search(ctx, strings.Join(spellings, " "), namePassagesDepth); err != nil {
				return false, err
			}
			searched[t] = hits
		}
		n := 0
		for _, h := range hits {
			if h.Chapter != ch {
				continue
			}
			terms := set(r.Terms(strings.Join(h.Trail, "\n") + "\n" + h.Text))
			if slices.ContainsFunc(spellings, func(s string) bool { return terms[s] }) {
				n++
			}
		}
		if n < minNamePassages {
			return false, nil
		}
	}
	return true, nil
}
