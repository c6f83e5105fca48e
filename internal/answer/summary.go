package answer

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/llm"
	"github.com/chapterbot/chapterbot/internal/search"
)

// errNoCitation means the model's answer kept no valid citation.
var errNoCitation = errors.New("the summary cites no given passage")

// summarize asks the model to answer from the top passages, then keeps
// only citations of passages it was given, renumbered in order of first
// use; the sources are exactly the passages cited.
func (e *Engine) summarize(ctx context.Context, q Question, r Retrieval) (Answer, error) {
	hits := bySection(r.Hits, e.opts.MaxPassages)
	question := q.Text
	if r.Question != "" {
		question = r.Question // the follow-up rewritten to stand alone
	}
	lang := q.Lang
	if lang == "" && r.Translated {
		// The passages are in another language: say which to answer in.
		lang = ReaderLang(question, "")
	}
	previous := q.Previous
	if previous == "" && len(q.History) > 0 {
		previous = q.History[len(q.History)-1].Question
	}
	data := PromptData{Question: question, Previous: previous, Lang: langName(lang)}
	for i, h := range hits {
		data.Passages = append(data.Passages, PromptPassage{N: i + 1, ChapterTitle: h.ChapterTitle, Trail: h.Trail, URL: h.URL, Text: book.WithoutOutputMarks(h.Text)})
	}
	system, user, err := e.opts.Prompts.Render(data)
	if err != nil {
		return Answer{}, err
	}
	var onDelta func(string)
	if q.OnPartial != nil {
		onDelta = func(sofar string) { q.OnPartial(markers.ReplaceAllString(sofar, "")) }
	}
	start := time.Now()
	res, err := e.opts.Completer.Complete(ctx, []llm.Message{{Role: "system", Content: system}, {Role: "user", Content: user}}, onDelta)
	if e.opts.Recorder != nil {
		e.opts.Recorder.LLM(time.Since(start), res.PromptTokens, res.CompletionTokens)
	}
	if err != nil {
		return Answer{}, fmt.Errorf("summarize: %w", err)
	}
	text, order := CheckCitations(strings.TrimSpace(res.Text), len(hits))
	if len(order) == 0 {
		return Answer{}, errNoCitation
	}
	a := Answer{Question: q.Text, Text: text, Mode: "llm", Covered: true}
	for i, n := range order {
		a.Citations = append(a.Citations, citationOf(i+1, hits[n-1]))
	}
	return a, nil
}

// markers are citation marks and the blank before them, hidden while an
// answer streams because their numbers change once it is checked.
var markers = regexp.MustCompile(`[ \t]?` + citeRunRe.String())

// bySection merges the passages of one section into one numbered source,
// in rank order, keeping at most n sections: the model cites sections, and
// the sources list each section once.
func bySection(hits []search.Hit, n int) []search.Hit {
	var out []search.Hit
	at := map[string]int{}
	for _, h := range hits {
		if i, ok := at[h.ID]; ok {
			out[i].Text += "\n\n" + h.Text
			continue
		}
		if len(out) == n {
			continue
		}
		at[h.ID] = len(out)
		out = append(out, h)
	}
	return out
}
