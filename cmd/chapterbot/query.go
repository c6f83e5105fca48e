package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/eval"
	"github.com/chapterbot/chapterbot/internal/search"
)

func (a *app) search(ctx context.Context, args []string) error {
	f := newFlags("search")
	k := f.Int("k", 5, "number of passages")
	asJSON := f.Bool("json", false, "JSON output")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	query := strings.TrimSpace(strings.Join(pos, " "))
	if query == "" {
		return usagef("search: give a QUERY, or - to read queries from stdin")
	}
	if *k < 1 || *k > 50 {
		return usagef("search: -k must be between 1 and 50")
	}
	ix, err := a.openFresh(ctx, f)
	if err != nil {
		return err
	}
	defer ix.Close()
	type result struct {
		Query string       `json:"query"`
		Hits  []search.Hit `json:"hits"`
	}
	find := ix.Search
	if a.cfg.EmbeddingsEnabled() {
		opts := answer.Options{Logger: a.log}
		if err := a.withEmbeddings(&opts); err != nil {
			return err
		}
		find = answer.New(ix, opts).Search
	}
	one := func(q string) (result, error) {
		hits, err := find(ctx, q, *k)
		if hits == nil {
			hits = []search.Hit{}
		}
		return result{q, hits}, err
	}
	if query == "-" {
		return a.readLines(ctx, func(q string) error {
			r, err := one(q)
			if err != nil {
				return err
			}
			return writeJSON(a.stdout, r)
		})
	}
	r, err := one(query)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(a.stdout, r)
	}
	if len(r.Hits) == 0 {
		_, err := fmt.Fprintf(a.stdout, "no passage matches %q\n", query)
		return err
	}
	var b strings.Builder
	for i, h := range r.Hits {
		fmt.Fprintf(&b, "%d. %s  (%.2f)\n", i+1, strings.Join(h.Trail, " › "), h.Score)
		if h.URL != "" {
			fmt.Fprintf(&b, "   %s\n", h.URL)
		}
		fmt.Fprintf(&b, "   %s\n", h.Snippet)
	}
	_, err = io.WriteString(a.stdout, b.String())
	return err
}

func (a *app) ask(ctx context.Context, args []string) error {
	f := newFlags("ask")
	asJSON := f.Bool("json", false, "JSON output")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	question := strings.Join(pos, " ")
	if len(pos) > 0 && strings.TrimSpace(question) == "" {
		return usagef("ask: the question is empty")
	}
	ix, err := a.openFresh(ctx, f)
	if err != nil {
		return err
	}
	defer ix.Close()
	eng, err := a.engine(ix, nil)
	if err != nil {
		return err
	}
	one := func(q string) error {
		ans, err := eng.Ask(ctx, answer.Question{Text: q})
		if err != nil {
			return err
		}
		also := seeAlso(ix.Chapters(), ans)
		if *asJSON {
			return writeJSON(a.stdout, askJSON{Answer: ans, Citations: orEmpty(ans.Citations), Nearest: orEmpty(ans.Nearest), Note: ans.Note,
				SeeAlso: orEmpty(also)})
		}
		_, err = io.WriteString(a.stdout, formatAnswer(ans)+formatSeeAlso(also))
		return err
	}
	if len(pos) > 0 {
		return one(question)
	}
	// At a terminal, a prompt on stderr; otherwise the text answers read as
	// a transcript: each question echoed as "> question", a blank line
	// between answers. JSON lines carry their question.
	interactive := isTerminal(a.stdin) && isTerminal(a.stdout)
	if interactive {
		fmt.Fprintln(a.stderr, "Ask a question about the book (Ctrl-D to quit).")
		fmt.Fprint(a.stderr, "> ")
	}
	first := true
	err = a.readLines(ctx, func(q string) error {
		if !interactive && !*asJSON {
			if !first {
				fmt.Fprintln(a.stdout)
			}
			fmt.Fprintf(a.stdout, "> %s\n", q)
		}
		first = false
		if err := one(q); err != nil {
			return err
		}
		if interactive {
			fmt.Fprint(a.stderr, "\n> ")
		}
		return nil
	})
	if interactive {
		// Ctrl-D or Ctrl-C leaves the cursor after "> ": end that line.
		fmt.Fprintln(a.stderr)
	}
	return err
}

// askJSON is an answer as `ask --json` prints it: every field always
// present, lists empty rather than absent or null.
type askJSON struct {
	answer.Answer
	Citations []answer.Citation `json:"citations"`
	Nearest   []answer.Citation `json:"nearest"`
	Note      string            `json:"note"`
	// SeeAlso are chapters the cited ones name as related (seeAlso).
	SeeAlso []search.SeeAlso `json:"see_also"`
}

// maxSeeAlso is the most related chapters listed under an answer.
const maxSeeAlso = 3

// seeAlso lists up to maxSeeAlso chapters of the book that the chapters an
// answer cites name as related, other than those it cites.
func seeAlso(chs []search.ChapterInfo, ans answer.Answer) []search.SeeAlso {
	if !ans.Covered {
		return nil
	}
	var slugs []string
	for _, c := range ans.Citations {
		slugs = append(slugs, search.SlugOf(c.ID))
	}
	return search.RelatedOf(chs, slugs, maxSeeAlso)
}

// formatSeeAlso is the "See also" line under an answer; empty when there
// is nothing to list.
func formatSeeAlso(also []search.SeeAlso) string {
	if len(also) == 0 {
		return ""
	}
	parts := make([]string, len(also))
	for i, s := range also {
		parts[i] = s.ChapterTitle
		if s.URL != "" {
			parts[i] += " <" + s.URL + ">"
		}
	}
	return "\nSee also: " + strings.Join(parts, "; ") + "\n"
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// engine builds the answer engine over ix, summarising with a model when
// one is configured.
func (a *app) engine(ix *search.Index, rec answer.Recorder) (*answer.Engine, error) {
	opts := answer.Options{Logger: a.log, Recorder: rec}
	if err := a.withEmbeddings(&opts); err != nil {
		return nil, err
	}
	if a.cfg.LLMEnabled() {
		p, err := answer.LoadPrompts(a.cfg.PromptsDir)
		if err != nil {
			return nil, err
		}
		c, err := a.llmClient()
		if err != nil {
			return nil, err
		}
		opts.Prompts, opts.Completer = p, c
		opts.Rerank = a.cfg.Rerank == "llm"
	}
	return answer.New(ix, opts), nil
}

// formatAnswer renders an answer for a terminal.
func formatAnswer(ans answer.Answer) string {
	var b strings.Builder
	b.WriteString(ans.Text)
	b.WriteString("\n")
	if ans.Note != "" {
		fmt.Fprintf(&b, "(%s)\n", ans.Note)
	}
	list := ans.Citations
	title := "Sources"
	if !ans.Covered {
		list, title = ans.Nearest, "Nearest sections"
	}
	if len(list) > 0 {
		fmt.Fprintf(&b, "\n%s:\n", title)
	}
	for _, c := range list {
		name := c.ChapterTitle
		if c.Heading != "" {
			name += " › " + c.Heading
		}
		fmt.Fprintf(&b, "[%d] %s", c.N, name)
		if c.URL != "" {
			fmt.Fprintf(&b, " <%s>", c.URL)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func (a *app) eval(ctx context.Context, args []string) error {
	f := newFlags("eval")
	file := f.String("questions", "", "golden questions, JSON lines")
	asJSON := f.Bool("json", false, "JSON output")
	features := f.String("features", "", "write each question's coverage features to this file, JSON lines")
	leads := f.String("leads", "", "write each keyed question's lead candidates to this file, JSON lines")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	if *file == "" || len(pos) > 0 {
		return usagef("eval: give --questions FILE")
	}
	fh, err := os.Open(*file)
	if err != nil {
		return err
	}
	qs, err := eval.ReadQuestions(fh)
	fh.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", *file, err)
	}
	if len(qs) == 0 {
		return errors.New(*file + ": no questions")
	}
	ix, err := a.openFresh(ctx, f)
	if err != nil {
		return err
	}
	defer ix.Close()
	var ids []string
	for _, c := range ix.Chapters() {
		ids = append(ids, c.Slug)
		for _, s := range c.Sections {
			ids = append(ids, s.ID)
		}
	}
	for _, id := range eval.Unknown(qs, ids) {
		fmt.Fprintf(a.stderr, "warning: %s: expect %q: the book has no such section or chapter\n", *file, id)
	}
	// The features are those of the keyword-only run: the hybrid one
	// below, with a model, is compared with it, not dumped.
	var hooks eval.Hooks
	var out, leadOut *os.File
	if *features != "" {
		if out, err = os.Create(*features); err != nil {
			return err
		}
		defer out.Close() // on an error; the close that counts is checked below
		hooks.Retrieved = featureLines(out, *file)
	}
	if *leads != "" {
		if leadOut, err = os.Create(*leads); err != nil {
			return err
		}
		defer leadOut.Close() // on an error; the close that counts is checked below
		hooks.Answered = leadLines(leadOut, *file)
	}
	res, err := eval.RunEach(ctx, answer.New(ix, answer.Options{Logger: a.log, Features: out != nil, Leads: leadOut != nil}), qs, hooks)
	if err != nil {
		return err
	}
	if out != nil {
		if err := out.Close(); err != nil {
			return fmt.Errorf("features: %w", err)
		}
	}
	if leadOut != nil {
		if err := leadOut.Close(); err != nil {
			return fmt.Errorf("leads: %w", err)
		}
	}
	if !a.cfg.EmbeddingsEnabled() {
		if *asJSON {
			return writeJSON(a.stdout, res)
		}
		return eval.Write(a.stdout, res)
	}
	// With a model, keyword-only and hybrid side by side.
	opts := answer.Options{Logger: a.log}
	if err := a.withEmbeddings(&opts); err != nil {
		return err
	}
	if model, n := ix.VectorStatus(); model != a.cfg.EmbeddingsModel || n == 0 {
		fmt.Fprintf(a.stderr, "warning: the index has no vectors of %s (run chapterbot index): hybrid ranks by keywords only\n", a.cfg.EmbeddingsModel)
	}
	hybrid, err := eval.Run(ctx, answer.New(ix, opts), qs)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(a.stdout, map[string]any{"keyword": res, "hybrid": hybrid, "model": a.cfg.EmbeddingsModel})
	}
	fmt.Fprintln(a.stdout, "== keyword only")
	if err := eval.Write(a.stdout, res); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "\n== hybrid (keywords + %s)\n", a.cfg.EmbeddingsModel)
	return eval.Write(a.stdout, hybrid)
}

// featureLine is one question of eval --features: its set (the questions
// file), whether the book covers it (the label), whether the engine
// answered it, and the features of its retrieval.
type featureLine struct {
	Set      string          `json:"set"`
	Question string          `json:"question"`
	Covered  bool            `json:"covered"`
	Answered bool            `json:"answered"`
	Features answer.Features `json:"features"`
}

// featureLines writes each question of set it is given to w, one
// featureLine a line.
func featureLines(w io.Writer, set string) func(eval.Question, answer.Retrieval) error {
	enc := json.NewEncoder(w)
	return func(q eval.Question, r answer.Retrieval) error {
		return enc.Encode(featureLine{Set: set, Question: q.Question, Covered: len(q.Expect) > 0, Answered: r.Covered, Features: r.Features})
	}
}

// leadLine is one keyed covered question of eval --leads: its set (the
// questions file), whether it asks for a fact, whether the answer's first
// sentence holds a key, and the rules' best candidates for that sentence,
// each with whether it would hold a key had it led.
type leadLine struct {
	Set      string     `json:"set"`
	Question string     `json:"question"`
	Factual  bool       `json:"factual"`
	Lead     bool       `json:"lead"`
	Cands    []leadCand `json:"cands"`
}

type leadCand struct {
	answer.Lead
	Holds bool `json:"holds"`
}

// leadLines writes each answered question of set with keys to w, one
// leadLine a line.
func leadLines(w io.Writer, set string) func(eval.Question, answer.Answer) error {
	enc := json.NewEncoder(w)
	return func(q eval.Question, a answer.Answer) error {
		if len(q.Keys) == 0 || len(a.Leads) == 0 {
			return nil
		}
		l := leadLine{Set: set, Question: q.Question, Factual: answer.Factual(q.Question), Lead: eval.HoldsKey(eval.FirstSentence(a.Text), q.Keys)}
		for _, c := range a.Leads {
			l.Cands = append(l.Cands, leadCand{Lead: c, Holds: eval.HoldsKey(eval.FirstSentence(c.Text), q.Keys)})
		}
		return enc.Encode(l)
	}
}
