package eval

import (
	"context"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/answer"
	"github.com/chapterbot/chapterbot/internal/search"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestScore(t *testing.T) {
	tests := []struct {
		name           string
		ranked, expect []string
		want           Metrics
	}{
		{"first", []string{"a#x", "b"}, []string{"a#x"}, Metrics{1, 1, 1, 1}},
		{"third", []string{"b", "c", "a#x"}, []string{"a#x"}, Metrics{0, 1, 1.0 / 3, 0.5}},
		{"sixth", []string{"b", "c", "d", "e", "f", "a#x"}, []string{"a#x"}, Metrics{0, 0, 1.0 / 6, 1 / math.Log2(7)}},
		{"missing", []string{"b"}, []string{"a#x"}, Metrics{}},
		{"chapter matches any section, once", []string{"a#y", "a#z"}, []string{"a"}, Metrics{1, 1, 1, 1}},
		{"chapter slug is not a prefix of another slug", []string{"ab#y"}, []string{"a"}, Metrics{}},
		{"two expected, one found", []string{"a", "c"}, []string{"a", "b"}, Metrics{0.5, 0.5, 1, 1 / (1 + 1/math.Log2(3))}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Score(tt.ranked, tt.expect)
			for _, p := range [][2]float64{{got.Recall1, tt.want.Recall1}, {got.Recall5, tt.want.Recall5}, {got.RR, tt.want.RR}, {got.NDCG, tt.want.NDCG}} {
				if math.Abs(p[0]-p[1]) > 1e-9 {
					t.Fatalf("Score = %+v, want %+v", got, tt.want)
				}
			}
		})
	}
}

func TestReadQuestions(t *testing.T) {
	qs, err := ReadQuestions(strings.NewReader(`{"question": "a?", "expect": ["x#y"]}` + "\n\n" + `{"question": "b", "expect": []}` + "\n"))
	if err != nil || len(qs) != 2 || qs[0].Expect[0] != "x#y" || len(qs[1].Expect) != 0 {
		t.Fatalf("ReadQuestions = %+v, %v", qs, err)
	}
	if _, err := ReadQuestions(strings.NewReader("{\"question\": \"a\"}\nnot json\n")); err == nil || !strings.HasPrefix(err.Error(), "line 2:") {
		t.Errorf("bad line: err = %v", err)
	}
}

// fakeEngine retrieves and answers from fixed tables keyed by question.
type fakeEngine struct {
	hits    map[string][]string // section IDs retrieved
	covered map[string]bool
	sources map[string][]string // section IDs the answer cites
}

func (f fakeEngine) Retrieve(ctx context.Context, q answer.Question) (answer.Retrieval, error) {
	var hits []search.Hit
	for _, id := range f.hits[q.Text] {
		hits = append(hits, search.Hit{ID: id})
	}
	return answer.Retrieval{Query: q.Text, Hits: hits, Covered: f.covered[q.Text]}, nil
}

func (f fakeEngine) AnswerFrom(ctx context.Context, q answer.Question, r answer.Retrieval) (answer.Answer, error) {
	if !r.Covered {
		return answer.Answer{}, errors.New("AnswerFrom called for a refused question")
	}
	a := answer.Answer{Question: q.Text, Covered: true}
	for i, id := range f.sources[q.Text] {
		a.Citations = append(a.Citations, answer.Citation{N: i + 1, ID: id})
	}
	return a, nil
}

func TestRun(t *testing.T) {
	e := fakeEngine{
		hits:    map[string][]string{"lead": {"a#x", "a#y"}, "second": {"a#y", "a#x"}, "wrong": {"b", "a#x"}, "refused": {"a#x"}, "off": {"c"}, "refused off": {"c"}},
		covered: map[string]bool{"lead": true, "second": true, "wrong": true, "off": true},
		sources: map[string][]string{"lead": {"a#x"}, "second": {"a#y", "a#x"}, "wrong": {"b"}, "off": {"c"}},
	}
	qs := []Question{
		{Question: "lead", Expect: []string{"a#x"}},
		{Question: "second", Expect: []string{"a#x"}},
		{Question: "wrong", Expect: []string{"a#x"}},
		{Question: "refused", Expect: []string{"a#x"}},
		{Question: "off", Expect: []string{}},
		{Question: "refused off", Expect: []string{}},
	}
	res, err := Run(context.Background(), e, qs)
	if err != nil {
		t.Fatal(err)
	}
	want := Result{
		Questions: 6, Covered: 4, Uncovered: 2,
		Recall1: 0.5, Recall5: 1, MRR10: (1 + 0.5 + 0.5 + 1) / 4,
		NDCG10:  (1 + 1/math.Log2(3) + 1/math.Log2(3) + 1) / 4,
		Refused: 0.5, Answered: 0.75,
		Cited1: 0.25, Cited: 0.5,
		Misses: []Miss{
			{"wrong", []string{"a#x"}, []string{"b"}, "answer cites no expected section"},
			{"refused", []string{"a#x"}, []string{"a#x"}, "refused but covered"},
			{"off", []string{}, []string{"c"}, "answered but not covered"},
		},
	}
	if diff := cmp.Diff(want, res, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
		t.Errorf("Run (-want +got):\n%s", diff)
	}
}
