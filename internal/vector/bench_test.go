package vector

import (
	"math/rand/v2"
	"syscall"
	"testing"
	"time"
)

// BenchmarkTopK is one query against 20,000 passages of 768 dimensions
// (the size of a long book with a common embedding model), k = 10. Besides
// wall time it reports the process's CPU time per query (cpu-ns/op), which
// a busy machine inflates less, and the store's memory (MB).
func BenchmarkTopK(b *testing.B) {
	rng := rand.New(rand.NewPCG(9, 10))
	s := randomStore(b, rng, 20000, 768)
	q := randomVector(rng, 768)
	start := cpuTime()
	n := 0
	for b.Loop() {
		if _, err := s.Search(q, 10); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(n), "cpu-ns/op")
	b.ReportMetric(float64(s.Bytes())/1e6, "MB")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
