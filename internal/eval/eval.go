// Package eval measures ranking and coverage quality against golden
// questions: recall@1, recall@5, MRR@10, nDCG@10, and how often the
// engine correctly refuses or answers.
package eval

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/chapterbot/chapterbot/internal/answer"
)

// Question is one golden question: Expect lists section IDs ("slug#anchor")
// or chapter slugs (any section of that chapter); empty means the book does
// not cover the question.
type Question struct {
	Question string   `json:"question"`
	Expect   []string `json:"expect"`
}

// ReadQuestions reads JSON lines; a bad line is reported with its number.
func ReadQuestions(r io.Reader) ([]Question, error) {
	var qs []Question
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var q Question
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if strings.TrimSpace(q.Question) == "" {
			return nil, fmt.Errorf("line %d: empty question", n)
		}
		qs = append(qs, q)
	}
	return qs, sc.Err()
}

// Engine is the part of answer.Engine that eval measures.
type Engine interface {
	Retrieve(ctx context.Context, q answer.Question) (answer.Retrieval, error)
	AnswerFrom(ctx context.Context, q answer.Question, r answer.Retrieval) (answer.Answer, error)
}

// Result holds the figures over a question set.
type Result struct {
	Questions int     `json:"questions"`
	Covered   int     `json:"covered"`   // questions with expectations
	Uncovered int     `json:"uncovered"` // questions the book does not cover
	Recall1   float64 `json:"recall@1"`
	Recall5   float64 `json:"recall@5"`
	MRR10     float64 `json:"mrr@10"`
	NDCG10    float64 `json:"ndcg@10"`
	// Refused is the share of uncovered questions correctly refused;
	// Answered the share of covered ones correctly answered.
	Refused  float64 `json:"refused"`
	Answered float64 `json:"answered"`
	// Cited1 is the share of covered questions whose answer's first source
	// is an expected section; Cited the share whose sources include one.
	// A refused question counts as neither.
	Cited1 float64 `json:"cited@1"`
	Cited  float64 `json:"cited"`
	Misses []Miss  `json:"misses"`
}

// Miss is a question the engine got wrong.
type Miss struct {
	Question string   `json:"question"`
	Expect   []string `json:"expect"`
	Got      []string `json:"got"` // section IDs ranked first (up to 5)
	// Reason is "not in top 5", "answered but not covered", "refused but
	// covered" or "answer cites no expected section" (Got then lists the
	// answer's sources).
	Reason string `json:"reason"`
}

// depth is how many distinct sections are ranked per question.
const depth = 10

// Run asks every question and computes the figures.
func Run(ctx context.Context, r Engine, qs []Question) (Result, error) {
	var res Result
	var refused, answered, cited1, cited int
	for _, q := range qs {
		ret, err := r.Retrieve(ctx, answer.Question{Text: q.Question})
		if err != nil {
			return Result{}, fmt.Errorf("question %q: %w", q.Question, err)
		}
		ranked := sections(ret)
		res.Questions++
		if len(q.Expect) == 0 {
			res.Uncovered++
			if !ret.Covered {
				refused++
			} else {
				res.Misses = append(res.Misses, Miss{q.Question, q.Expect, top(ranked, 5), "answered but not covered"})
			}
			continue
		}
		res.Covered++
		m := Score(ranked, q.Expect)
		res.Recall1 += m.Recall1
		res.Recall5 += m.Recall5
		res.MRR10 += m.RR
		res.NDCG10 += m.NDCG
		if ret.Covered {
			answered++
			a, err := r.AnswerFrom(ctx, answer.Question{Text: q.Question}, ret)
			if err != nil {
				return Result{}, fmt.Errorf("question %q: %w", q.Question, err)
			}
			var sources []string
			for _, c := range a.Citations {
				sources = append(sources, c.ID)
			}
			m := Score(sources, q.Expect)
			switch {
			case m.Recall1 > 0:
				cited1++
				cited++
			case m.RR > 0:
				cited++
			default:
				res.Misses = append(res.Misses, Miss{q.Question, q.Expect, sources, "answer cites no expected section"})
			}
		} else {
			res.Misses = append(res.Misses, Miss{q.Question, q.Expect, top(ranked, 5), "refused but covered"})
		}
		if m.Recall5 < 1 {
			res.Misses = append(res.Misses, Miss{q.Question, q.Expect, top(ranked, 5), "not in top 5"})
		}
	}
	if res.Covered > 0 {
		n := float64(res.Covered)
		res.Recall1 /= n
		res.Recall5 /= n
		res.MRR10 /= n
		res.NDCG10 /= n
		res.Answered = float64(answered) / n
		res.Cited1 = float64(cited1) / n
		res.Cited = float64(cited) / n
	}
	if res.Uncovered > 0 {
		res.Refused = float64(refused) / float64(res.Uncovered)
	}
	return res, nil
}

// sections turns hits into distinct section IDs in rank order: passages of
// one section count once, as a reader sees one source.
func sections(r answer.Retrieval) []string {
	var ids []string
	seen := map[string]bool{}
	for _, h := range r.Hits {
		if !seen[h.ID] {
			seen[h.ID] = true
			ids = append(ids, h.ID)
		}
	}
	return ids
}

func top(ids []string, n int) []string {
	if len(ids) > n {
		ids = ids[:n]
	}
	return ids
}

// Metrics are one question's figures.
type Metrics struct {
	Recall1, Recall5, RR, NDCG float64
}

// Score computes one question's figures from the ranked section IDs. An
// expectation without "#" matches any section of that chapter; every
// expectation counts once, at the first rank that matches it.
func Score(ranked, expect []string) Metrics {
	found := make([]bool, len(expect))
	var m Metrics
	var dcg float64
	for i, id := range ranked {
		if i == depth {
			break
		}
		for j, e := range expect {
			if found[j] || !matches(id, e) {
				continue
			}
			found[j] = true
			rank := i + 1
			if m.RR == 0 {
				m.RR = 1 / float64(rank)
			}
			if rank <= 1 {
				m.Recall1++
			}
			if rank <= 5 {
				m.Recall5++
			}
			dcg += 1 / math.Log2(float64(rank)+1)
			break
		}
	}
	var idcg float64
	for i := 0; i < len(expect) && i < depth; i++ {
		idcg += 1 / math.Log2(float64(i)+2)
	}
	n := float64(len(expect))
	m.Recall1 /= n
	m.Recall5 /= n
	m.NDCG = dcg / idcg
	return m
}

func matches(id, expect string) bool {
	if strings.Contains(expect, "#") {
		return id == expect
	}
	return id == expect || strings.HasPrefix(id, expect+"#")
}

// Write prints the figures and every miss in plain text.
func Write(w io.Writer, res Result) error {
	var b strings.Builder
	fmt.Fprintf(&b, "questions  %d (%d covered, %d not covered)\n", res.Questions, res.Covered, res.Uncovered)
	fmt.Fprintf(&b, "recall@1   %.3f\nrecall@5   %.3f\nMRR@10     %.3f\nnDCG@10    %.3f\n", res.Recall1, res.Recall5, res.MRR10, res.NDCG10)
	fmt.Fprintf(&b, "answered   %.3f of covered questions\nrefused    %.3f of not-covered questions\n", res.Answered, res.Refused)
	fmt.Fprintf(&b, "cited@1    %.3f of covered questions: the answer's first source is expected\ncited      %.3f of covered questions: its sources include one\n", res.Cited1, res.Cited)
	if len(res.Misses) > 0 {
		fmt.Fprintf(&b, "\nmisses (%d):\n", len(res.Misses))
		for _, m := range res.Misses {
			fmt.Fprintf(&b, "- %s: %q\n  expect %s\n  got    %s\n", m.Reason, m.Question, strings.Join(m.Expect, ", "), strings.Join(m.Got, ", "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
