package eval

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"slices"
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
	qs, err := ReadQuestions(strings.NewReader(`{"question": "a?", "expect": ["x#y"], "keys": ["k"]}` + "\n\n" + `{"question": "b", "expect": []}` + "\n"))
	if err != nil || len(qs) != 2 || qs[0].Expect[0] != "x#y" || len(qs[1].Expect) != 0 || !slices.Equal(qs[0].Keys, []string{"k"}) || qs[1].Keys != nil {
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
	text    map[string]string   // the answer's text
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
	a := answer.Answer{Question: q.Text, Covered: true, Text: f.text[q.Text]}
	for i, id := range f.sources[q.Text] {
		a.Citations = append(a.Citations, answer.Citation{N: i + 1, ID: id})
	}
	return a, nil
}

func TestRun(t *testing.T) {
	e := fakeEngine{
		hits:    map[string][]string{"lead": {"a#x", "a#y"}, "second": {"a#y", "a#x"}, "wrong": {"b", "a#x"}, "who refused?": {"a#x"}, "off": {"c"}, "refused off": {"c"}, "who made it?": {"a#x"}},
		covered: map[string]bool{"lead": true, "second": true, "wrong": true, "off": true, "who made it?": true},
		sources: map[string][]string{"lead": {"a#x"}, "second": {"a#y", "a#x"}, "wrong": {"b"}, "off": {"c"}, "who made it?": {"a#x"}},
		text: map[string]string{
			"lead":         "Ryan Dahl wrote it. [1]",
			"second":       "It began in 2009. [1] Ryan Dahl wrote it. [2]",
			"wrong":        "Nobody knows. [1]",
			"who made it?": "It began in 2009. [1] Ryan Dahl made it. [1]",
		},
	}
	qs := []Question{
		{Question: "lead", Expect: []string{"a#x"}, Keys: []string{"ryan dahl"}},
		{Question: "second", Expect: []string{"a#x"}, Keys: []string{"Ryan Dahl", "Dahl"}},
		{Question: "wrong", Expect: []string{"a#x"}, Keys: []string{"Ryan Dahl"}},
		{Question: "who refused?", Expect: []string{"a#x"}, Keys: []string{"Ryan Dahl"}},
		{Question: "off", Expect: []string{}, Keys: []string{"ignored"}},
		{Question: "refused off", Expect: []string{}},
		{Question: "who made it?", Expect: []string{"a#x"}, Keys: []string{"Ryan Dahl"}},
	}
	res, err := Run(context.Background(), e, qs)
	if err != nil {
		t.Fatal(err)
	}
	want := Result{
		Questions: 7, Covered: 5, Uncovered: 2, Keyed: 5, Factual: 2,
		Recall1: Share{3, 5}, Recall5: Share{5, 5}, MRR10: Share{1 + 0.5 + 0.5 + 1 + 1, 5},
		NDCG10:  Share{1 + 1/math.Log2(3) + 1/math.Log2(3) + 1 + 1, 5},
		Refused: Share{1, 2}, Answered: Share{4, 5},
		Cited1: Share{2, 5}, Cited: Share{3, 5},
		Lead: Share{1, 5}, Any: Share{3, 5},
		LeadFactual: Share{0, 2}, AnyFactual: Share{1, 2},
		Misses: []Miss{
			{Question: "second", Expect: []string{"a#x"}, Got: []string{"a#y", "a#x"}, Reason: "first sentence holds no key", Keys: []string{"Ryan Dahl", "Dahl"}, Lead: "It began in 2009."},
			{Question: "wrong", Expect: []string{"a#x"}, Got: []string{"b"}, Reason: "answer cites no expected section"},
			{Question: "wrong", Expect: []string{"a#x"}, Got: []string{"b"}, Reason: "answer holds no key", Keys: []string{"Ryan Dahl"}, Lead: "Nobody knows."},
			{Question: "who refused?", Expect: []string{"a#x"}, Got: []string{"a#x"}, Reason: "refused but covered"},
			{Question: "off", Expect: []string{}, Got: []string{"c"}, Reason: "answered but not covered"},
			{Question: "who made it?", Expect: []string{"a#x"}, Got: []string{"a#x"}, Reason: "first sentence holds no key", Keys: []string{"Ryan Dahl"}, Lead: "It began in 2009.", Factual: true},
		},
	}
	if diff := cmp.Diff(want, res, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
		t.Errorf("Run (-want +got):\n%s", diff)
	}
	var b strings.Builder
	if err := Write(&b, res); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"lead (factual) 0.000 (0 of 2) of factual questions with keys",
		"any (factual)  0.500 (1 of 2) of factual questions with keys",
		`- first sentence holds no key (factual): "who made it?"`,
		`- first sentence holds no key: "second"`,
	} {
		if !strings.Contains(b.String(), line) {
			t.Errorf("Write lacks %q:\n%s", line, b.String())
		}
	}
}

// TestShareUndefined: a share over no question reads "n/a" in text and
// null in JSON, never 0 or NaN.
func TestShareUndefined(t *testing.T) {
	res, err := Run(context.Background(), fakeEngine{}, []Question{{Question: "off", Expect: []string{}}})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := Write(&b, res); err != nil {
		t.Fatal(err)
	}
	want := `questions  1 (0 covered, 1 not covered, 0 covered with keys, 0 of them factual)
recall@1   n/a
recall@5   n/a
MRR@10     n/a
nDCG@10    n/a
answered   n/a of covered questions
refused    1.000 (1 of 1) of not-covered questions
cited@1    n/a of covered questions: the answer's first source is expected
cited      n/a of covered questions: its sources include one
lead       n/a of covered questions with keys: the answer's first sentence holds one
any        n/a of covered questions with keys: the answer holds one
lead (factual) n/a of factual questions with keys (who, when, where, which, how many, what is)
any (factual)  n/a of factual questions with keys
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("Write (-want +got):\n%s", diff)
	}
	j, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(j, &got); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"recall@1", "recall@5", "mrr@10", "ndcg@10", "answered", "cited@1", "cited", "lead", "any", "lead-factual", "any-factual"} {
		if v, ok := got[k]; !ok || v != nil {
			t.Errorf("JSON %s = %v (present %v), want null", k, v, ok)
		}
	}
	if got["refused"] != 1.0 {
		t.Errorf("JSON refused = %v, want 1", got["refused"])
	}
}

func TestHoldsKey(t *testing.T) {
	tests := []struct {
		text string
		keys []string
		want bool
	}{
		{"Node.js was created by Ryan Dahl in 2009.", []string{"ryan dahl"}, true},
		{"Node.js was created by Ryan  Dahl in 2009.", []string{"Ryan Dahl"}, true},
		{"José Valim started Elixir.", []string{"Jose Valim"}, true},
		{"Jose Valim started Elixir.", []string{"José Valim"}, true},
		{"Built on Node.js and V8.", []string{"node js"}, true},
		{"React was open-sourced in May 2013.", []string{"2014", "may 2013"}, true},
		{"Operators run databases.", []string{"operator"}, true},
		{"Google built Borg.", []string{"go"}, false},
		{"It was released in 2014.", []string{"2013"}, false},
		{"Кто создал Elixir? Жозе Валим.", []string{"жозе валим"}, true},
		{"anything", []string{" ", "!"}, false},
		{"Сооснователи: Игорь Сысоев с Максимом Коноваловым.", []string{"Максим Коновалов"}, true},
		{"Данные пишутся в журнал предзаписи.", []string{"журнал предзаписи"}, true},
		{"Данные пишутся в журналы.", []string{"журнал"}, true},
		{"Откройте портал управления.", []string{"порт"}, false},
		{"Пишет Коновалов.", []string{"Коноваловым"}, true},
		{"Dahl's node", []string{"dahl node"}, false},
	}
	for _, tt := range tests {
		if got := HoldsKey(tt.text, tt.keys); got != tt.want {
			t.Errorf("HoldsKey(%q, %q) = %v, want %v", tt.text, tt.keys, got, tt.want)
		}
	}
}

func TestFirstSentence(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ryan Dahl made it. [1] Then npm came, e.g. in 2010. [2]", "Ryan Dahl made it."},
		{"Date: 2014; Event: Google announces Kubernetes [1] More. [1]", "Date: 2014; Event: Google announces Kubernetes"},
		{"It runs on V8 [1][2]. It is fast [3].", "It runs on V8"},
		{"No markers here. Second sentence.", "No markers here."},
		{"Reading &v[100] panics. [1] More. [2]", "Reading &v[100] panics."},
		{"", ""},
	}
	for _, tt := range tests {
		if got := FirstSentence(tt.text); got != tt.want {
			t.Errorf("FirstSentence(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestUnknown(t *testing.T) {
	qs := []Question{
		{Question: "a", Expect: []string{"node#loop", "node#nope", "react"}},
		{Question: "b", Expect: []string{"node#nope", "vue"}},
		{Question: "c", Expect: []string{}},
	}
	got := Unknown(qs, []string{"node", "node#loop", "react", "react#hooks"})
	if diff := cmp.Diff([]string{"node#nope", "vue"}, got); diff != "" {
		t.Errorf("Unknown (-want +got):\n%s", diff)
	}
}
