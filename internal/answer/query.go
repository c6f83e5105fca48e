package answer

import (
	"context"
	"strings"

	"github.com/chapterbot/chapterbot/internal/rerank"
	"github.com/chapterbot/chapterbot/internal/rewrite"
	"github.com/chapterbot/chapterbot/internal/search"
)

// rerankDepth is how many passages retrieval fetches for the model to
// order (Options.Rerank); their sections, at most rerank.MaxCandidates,
// are what it sees.
const rerankDepth = 30

// standalone returns the query to search for a question and the question
// the answer answers. A follow-up is searched, without a model, as the
// earlier question and the follow-up joined; with one, as the follow-up
// rewritten with the conversation into a question that stands alone, and
// the joined form again when the rewrite fails.
func (e *Engine) standalone(ctx context.Context, q Question, text string) (query, asked string) {
	history := q.History
	prev := strings.TrimSpace(q.Previous)
	if prev == "" && len(history) > 0 {
		prev = strings.TrimSpace(history[len(history)-1].Question)
	}
	if prev == "" {
		return text, text
	}
	joined := prev + "\n" + text
	if e.opts.Completer == nil {
		return joined, text
	}
	if len(history) == 0 {
		history = []Turn{{Question: prev}}
	}
	s, err := rewrite.Standalone(ctx, e.opts.Completer, history, text)
	if err != nil {
		e.log.Warn("follow-up not rewritten; searching with the earlier question joined", "err", err)
		return joined, text
	}
	return s, s
}

// acrossLanguages searches r's question again, translated by the model,
// when it is written in a script none of the best passages is written in
// (a Russian question over an English book): in the language of those
// passages, or in English when nothing was found. The translation's
// retrieval replaces r unless it covers the question less (r covered it,
// the translation does not). A failed translation keeps r, with one line
// in the log.
func (e *Engine) acrossLanguages(ctx context.Context, r Retrieval) (Retrieval, error) {
	qs := scriptOf(r.Query)
	if qs == scriptNone {
		return r, nil
	}
	counts := map[script]int{}
	for _, h := range r.Hits[:min(len(r.Hits), coverageHits+2)] {
		hs := scriptOf(h.ChapterTitle + "\n" + h.Text)
		if hs == qs {
			return r, nil
		}
		counts[hs]++
	}
	book := scriptLatin
	for s, n := range counts {
		if s != scriptNone && (n > counts[book] || (n == counts[book] && s < book)) {
			book = s
		}
	}
	lang := langName(scriptLangs[book])
	translated, err := rewrite.Translate(ctx, e.opts.Completer, r.Query, lang)
	if err != nil {
		e.log.Warn("question not translated for retrieval; searching with it as asked", "lang", lang, "err", err)
		return r, nil
	}
	if translated == r.Query {
		return r, nil
	}
	t, err := e.retrieve(ctx, translated)
	if err != nil {
		return Retrieval{}, err
	}
	if r.Covered && !t.Covered {
		return r, nil
	}
	t.Question, t.Translated = r.Question, true
	return t, nil
}

// rerank has the model order r's sections, each seen through its best
// passage's snippet; the passages follow their section's new place. A
// failed call or an unreadable reply keeps the search's order, with one
// line in the log.
func (e *Engine) rerank(ctx context.Context, r Retrieval) []search.Hit {
	var cands []rerank.Candidate
	passages := map[string][]search.Hit{}
	for _, h := range r.Hits {
		if _, ok := passages[h.ID]; !ok {
			snippet := h.Snippet
			if strings.TrimSpace(snippet) == "" {
				snippet = h.Text
			}
			title := h.ChapterTitle
			if len(h.Trail) > 0 {
				title = strings.Join(h.Trail, " › ")
			}
			cands = append(cands, rerank.Candidate{ID: h.ID, Title: title, Snippet: snippet})
		}
		passages[h.ID] = append(passages[h.ID], h)
	}
	// The query is the question in the passages' language, standing alone.
	ordered, err := rerank.Rerank(ctx, e.opts.Completer, r.Query, cands)
	if err != nil {
		e.log.Warn("passages not reranked; keeping the search order", "err", err)
		return r.Hits
	}
	out := make([]search.Hit, 0, len(r.Hits))
	for _, c := range ordered {
		out = append(out, passages[c.ID]...)
	}
	return out
}

// quote is the extractive answer to q from r, its sentences chosen by
// what was searched when that was a rewrite or a translation of q.
func (e *Engine) quote(ctx context.Context, q Question, r Retrieval) Answer {
	eq := q
	if r.Translated || (r.Question != "" && r.Question != strings.TrimSpace(q.Text)) {
		eq.Text, eq.Previous = r.Query, ""
	}
	a := e.extractive(ctx, eq, r)
	a.Question = q.Text
	return a
}
