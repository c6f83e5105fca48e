package eval

import (
	"math"
	"strings"
	"testing"
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
