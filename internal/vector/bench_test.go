package vector

import (
	"math/rand/v2"
	"testing"
)

// BenchmarkTopK is one query against 20,000 passages of 768 dimensions
// (the size of a long book with a common embedding model), k = 10. It
// reports the store's memory as MB.
func BenchmarkTopK(b *testing.B) {
	rng := rand.New(rand.NewPCG(9, 10))
	s := randomStore(b, rng, 20000, 768)
	q := randomVector(rng, 768)
	for b.Loop() {
		if _, err := s.Search(q, 10); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(s.Bytes())/1e6, "MB")
}
