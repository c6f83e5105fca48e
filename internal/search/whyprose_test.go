package search

import (
	"slices"
	"testing"
)

func TestWhyProse(t *testing.T) {
	zlib := func() []Hit {
		return []Hit{
			{Heading: "zlib.deflate(buffer[, options], callback)", Trail: []string{"Zlib", "Convenience methods", "zlib.deflate(buffer[, options], callback)"}, Score: 1},
			{Heading: "Threadpool usage and performance considerations", Trail: []string{"Zlib", "Threadpool usage and performance considerations"}, Score: 0.9},
			{Heading: "", Trail: []string{"Zlib"}, Score: 0.5},
		}
	}
	prose := func() []Hit {
		return []Hit{
			{Heading: "Why Redis appeared", Trail: []string{"Redis", "Why Redis appeared"}, Score: 1},
			{Heading: "Persistence", Trail: []string{"Redis", "Persistence"}, Score: 0.9},
		}
	}
	tests := []struct {
		name string
		q    string
		hits []Hit
		want []float64
	}{
		{"a why question in a reference", "calling zlib.deflate 30k times blows up memory, why", zlib(),
			[]float64{1, 0.9 * (1 + whyProseBoost), 0.5}},
		{"how come", "how come zlib.deflate eats my memory", zlib(),
			[]float64{1, 0.9 * (1 + whyProseBoost), 0.5}},
		{"no why", "how do I deflate a buffer", zlib(), []float64{1, 0.9, 0.5}},
		{"a word holding why", "whyever not", zlib(), []float64{1, 0.9, 0.5}},
		{"a book of prose", "why did Redis appear", prose(), []float64{1, 0.9}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			whyProse(tt.q, tt.hits)
			var got []float64
			for _, h := range tt.hits {
				got = append(got, h.Score)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("scores %v, want %v", got, tt.want)
			}
		})
	}
}
