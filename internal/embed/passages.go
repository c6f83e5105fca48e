package embed

import (
	"context"
	"fmt"
	"strings"

	"github.com/chapterbot/chapterbot/internal/vector"
)

// Passage is one piece of the book to embed.
type Passage struct {
	ID   string
	Text string
}

// Stats says what EmbedPassages did.
type Stats struct {
	Embedded int // texts sent to the server (identical texts are sent once)
	Reused   int // passages whose vector came from the previous store
	Skipped  int // blank passages, which get no vector
	Requests int // requests sent (retries not counted)
	// Rebuilt says why no vector of the previous store could be reused,
	// e.g. "model changed from a to b" or "dimension changed from 768 to
	// 1024"; empty when there was no previous store or it was usable.
	Rebuilt string
}

// String is a one-line summary for a person, e.g. "3 passages embedded in
// 1 request, 120 reused, 1 blank skipped".
func (s Stats) String() string {
	out := fmt.Sprintf("%d passages embedded in %d %s, %d reused", s.Embedded, s.Requests, plural(s.Requests, "request"), s.Reused)
	if s.Skipped > 0 {
		out += fmt.Sprintf(", %d blank skipped", s.Skipped)
	}
	if s.Rebuilt != "" {
		out += " (all embedded afresh: " + s.Rebuilt + ")"
	}
	return out
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// EmbedPassages returns a new store holding a vector for every passage
// with text, in the order given, reusing prev's vector for each passage
// whose text as sent to the model (after Config.DocumentPrefix, cut at
// Config.MaxInputBytes) is unchanged and embedding the others.
// prev may be nil (a first build). When prev holds another model's
// vectors, or the server's vectors no longer have prev's dimension, every
// passage is embedded afresh and Stats.Rebuilt says why. progress, when not
// nil, is called after each request with the texts done and the total to
// embed. The new store's Generation is prev's plus one (1 for a first
// build).
//
// On error it also returns, when it can, a partial store: the vectors
// reused and those embedded before the failure. It is not for searching
// (passages are missing) but, passed as prev to the next attempt, it
// spares the server the work already done; nil otherwise.
func (c *Client) EmbedPassages(ctx context.Context, passages []Passage, prev *vector.Store, progress func(done, total int)) (*vector.Store, Stats, error) {
	var st Stats
	inputs := make([]string, len(passages)) // "" for a blank passage
	hashes := make([]vector.Hash, len(passages))
	for i, p := range passages {
		if strings.TrimSpace(p.Text) == "" {
			st.Skipped++
			continue
		}
		inputs[i] = c.cut(c.dPrefix + p.Text)
		hashes[i] = vector.HashText(inputs[i])
	}

	reuse := map[vector.Hash]int{} // hash → position in prev
	switch {
	case prev == nil:
	case prev.Model != c.model:
		st.Rebuilt = fmt.Sprintf("model changed from %s to %s", prev.Model, c.model)
	default:
		for i := range prev.Len() {
			reuse[prev.Hash(i)] = i
		}
	}

	// Each distinct text not in prev is embedded once.
	vecs := map[vector.Hash][]float32{}
	var todo []string
	var todoHash []vector.Hash
	plan := func(keep func(vector.Hash) bool) {
		todo, todoHash = todo[:0], todoHash[:0]
		seen := map[vector.Hash]bool{}
		for i, in := range inputs {
			h := hashes[i]
			if in == "" || seen[h] || !keep(h) {
				continue
			}
			seen[h] = true
			todo = append(todo, in)
			todoHash = append(todoHash, h)
		}
	}
	run := func(offset, total int) error {
		var report func(int, int)
		if progress != nil {
			report = func(done, _ int) { progress(offset+done, total) }
		}
		got, requests, err := c.embed(ctx, todo, report)
		st.Requests += requests
		for j, v := range got { // on error, those embedded before it
			vecs[todoHash[j]] = v
		}
		st.Embedded += len(got)
		return err
	}
	// build makes the store of every passage with a vector: all of them
	// after success, those done so far after an error.
	build := func() (*vector.Store, error) {
		dim := 0
		for _, v := range vecs {
			dim = len(v)
			break
		}
		if dim == 0 && len(reuse) > 0 {
			dim = prev.Dim()
		}
		useReuse := len(reuse) > 0 && prev.Dim() == dim
		out, err := vector.New(c.model, dim)
		if err != nil {
			return nil, err
		}
		out.Generation = 1
		if prev != nil {
			out.Generation = prev.Generation + 1
		}
		for i, p := range passages {
			if inputs[i] == "" {
				continue
			}
			h := hashes[i]
			v, ok := vecs[h]
			if j, reused := reuse[h]; !ok && reused && useReuse {
				v, ok = prev.Vector(j), true
				st.Reused++
			}
			if !ok {
				continue // not embedded yet: the build failed
			}
			if err := out.Add(p.ID, h, v); err != nil {
				return nil, fmt.Errorf("embed passages: %w", err)
			}
		}
		return out, nil
	}
	fail := func(err error) (*vector.Store, Stats, error) {
		partial, berr := build()
		if berr != nil {
			return nil, st, err
		}
		return partial, st, err
	}

	plan(func(h vector.Hash) bool { _, ok := reuse[h]; return !ok })
	first := len(todo)
	if err := run(0, first); err != nil {
		return fail(err)
	}
	if len(reuse) > 0 && first > 0 && len(vecs[todoHash[0]]) != prev.Dim() {
		st.Rebuilt = fmt.Sprintf("dimension changed from %d to %d", prev.Dim(), len(vecs[todoHash[0]]))
		c.log.Warn("embeddings: every passage is embedded again", "reason", st.Rebuilt)
		reused := reuse
		reuse = map[vector.Hash]int{}
		plan(func(h vector.Hash) bool { _, ok := reused[h]; return ok })
		if err := run(first, first+len(todo)); err != nil {
			return fail(err)
		}
	} else if st.Rebuilt != "" {
		c.log.Warn("embeddings: every passage is embedded again", "reason", st.Rebuilt)
	}
	out, err := build()
	if err != nil {
		return nil, st, err
	}
	return out, st, nil
}
