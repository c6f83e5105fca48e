package fuse

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func list(ids ...string) []Scored {
	out := make([]Scored, len(ids))
	for i, id := range ids {
		out[i] = Scored{id, float64(100 - i)} // scores RRF must ignore
	}
	return out
}

var approx = cmpopts.EquateApprox(0, 1e-12)

func TestRRF(t *testing.T) {
	tests := []struct {
		name  string
		k     float64
		lists [][]Scored
		want  []Scored
	}{
		{"nothing", 60, nil, nil},
		{"empty lists", 60, [][]Scored{nil, {}}, nil},
		{"one list keeps its order", 60, [][]Scored{list("a", "b", "c")},
			[]Scored{{"a", 1.0 / 61}, {"b", 1.0 / 62}, {"c", 1.0 / 63}}},
		{"agreement beats one first place; first and third edge out second twice", 60, [][]Scored{list("a", "b", "c"), list("d", "b", "a")},
			[]Scored{{"a", 1.0/61 + 1.0/63}, {"b", 2.0 / 62}, {"d", 1.0 / 61}, {"c", 1.0 / 63}}},
		{"k 0 means 60", 0, [][]Scored{list("a")}, []Scored{{"a", 1.0 / 61}}},
		{"small k favours first places", 1, [][]Scored{list("a", "b", "c"), list("d", "b", "a")},
			[]Scored{{"a", 1.0/2 + 1.0/4}, {"b", 2.0 / 3}, {"d", 1.0 / 2}, {"c", 1.0 / 4}}},
		{"tie: better single rank, then ID", 60, [][]Scored{list("x", "y"), list("y", "x"), list("q")},
			[]Scored{{"x", 1.0/61 + 1.0/62}, {"y", 1.0/61 + 1.0/62}, {"q", 1.0 / 61}}},
		{"a repeated ID counts once, at its first place", 60, [][]Scored{list("a", "a", "b")},
			[]Scored{{"a", 1.0 / 61}, {"b", 1.0 / 63}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := RRF(tt.k, tt.lists...)
			if diff := cmp.Diff(tt.want, got, approx); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestConvex(t *testing.T) {
	bm25 := []Scored{{"a", 12}, {"b", 8}, {"c", 2}}        // a 1, b 0.6, c 0
	cosine := []Scored{{"c", 0.9}, {"d", 0.7}, {"a", 0.5}} // c 1, d 0.5, a 0
	tests := []struct {
		name              string
		alpha             float64
		lexical, semantic []Scored
		want              []Scored
	}{
		{"lexical only", 1, bm25, cosine, []Scored{{"a", 1}, {"b", 0.6}, {"c", 0}, {"d", 0}}},
		{"semantic only", 0, bm25, cosine, []Scored{{"c", 1}, {"d", 0.5}, {"a", 0}, {"b", 0}}},
		{"half and half", 0.5, bm25, cosine, []Scored{{"a", 0.5}, {"c", 0.5}, {"b", 0.3}, {"d", 0.25}}},
		{"alpha clamped", 7, bm25, nil, []Scored{{"a", 1}, {"b", 0.6}, {"c", 0}}},
		{"equal scores all count 1", 0.5, []Scored{{"a", 3}, {"b", 3}}, nil, []Scored{{"a", 0.5}, {"b", 0.5}}},
		{"NaN counts as the minimum", 1, []Scored{{"a", 2}, {"b", math.NaN()}, {"c", 1}}, nil, []Scored{{"a", 1}, {"b", 0}, {"c", 0}}},
		{"negative cosines", 0, nil, []Scored{{"x", -0.1}, {"y", -0.3}}, []Scored{{"x", 1}, {"y", 0}}},
		{"nothing", 0.5, nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Convex(tt.alpha, tt.lexical, tt.semantic)
			if diff := cmp.Diff(tt.want, got, approx); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
