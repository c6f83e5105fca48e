package search

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"syscall"
	"testing"
	"time"

	"github.com/chapterbot/chapterbot/internal/fuse"
	"github.com/chapterbot/chapterbot/internal/vector"
)

// benchDim is the dimension of the benchmark's vectors, nomic-embed-text's.
const benchDim = 768

func randomVector(r *rand.Rand) []float32 {
	v := make([]float32, benchDim)
	for i := range v {
		v[i] = float32(r.NormFloat64())
	}
	return v
}

// benchVectorIndex returns an index of the generated book whose live
// generation holds a random vector of benchDim dimensions per passage, and
// how long reading every passage back took (what an index-time embedding
// reads besides the server's work).
func benchVectorIndex(b *testing.B) (dir string, read time.Duration) {
	dir = benchIndex(b, "vectors")
	ix, err := Open(dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	if _, n := ix.VectorStatus(); n > 0 {
		return dir, 0
	}
	snap, err := ix.Snapshot()
	if err != nil {
		b.Fatal(err)
	}
	c := Changes{Skipped: snap.Skipped(), Vectors: func(ctx context.Context, next *Snapshot) *vector.Store {
		start := time.Now()
		ps, err := next.Passages(ctx)
		read = time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		r := rand.New(rand.NewPCG(2, 3))
		st, _ := vector.New("bench", benchDim)
		for _, p := range ps {
			if err := st.Add(p.ID, vector.HashText(p.EmbedText()), randomVector(r)); err != nil {
				b.Fatal(err)
			}
		}
		return st
	}}
	next, _, err := ix.Apply(context.Background(), snap, c)
	if err != nil {
		b.Fatal(err)
	}
	next.Release()
	return dir, read
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapInuse
}

// BenchmarkSearchVectors measures what semantic retrieval adds to a query
// on the 1,000-chapter book (20,000 passages, vectors of 768 dimensions),
// the question's embedding excluded: the keyword search at the depth the
// fusion reads (20), the brute-force vector search (20 nearest), the
// convex fusion and the fetch of the passages only the vectors found, as
// answer.Engine.Search runs them (one after the other here; the engine
// runs the keyword search while the question is embedded). It reports the
// latency percentiles and CPU time per query of the whole, of the keyword
// search and of the vector scan, the size of vectors.bin, and the heap the
// vectors take once the index is open.
//
//	go test -run='^$' -bench=BenchmarkSearchVectors -count=5 ./internal/search
func BenchmarkSearchVectors(b *testing.B) {
	_, queries := benchBook(b)
	plainDir := benchIndex(b, "search")
	dir, read := benchVectorIndex(b)

	before := heapInUse()
	plain, err := Open(plainDir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	plainHeap := heapInUse() - before
	defer plain.Close()
	before = heapInUse()
	ix, err := Open(dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	vecHeap := heapInUse() - before
	defer ix.Close()
	st := ix.Status()
	fi, err := os.Stat(filepath.Join(st.Dir, vectorsName))
	if err != nil {
		b.Fatal(err)
	}

	r := rand.New(rand.NewPCG(4, 5))
	qvecs := make([][]float32, len(queries))
	for i := range qvecs {
		qvecs[i] = randomVector(r)
	}
	ctx := context.Background()
	// As answer.Engine.Search runs it for ask (K = 8): both rankings 20
	// deep, fused, and the passages only the vectors found fetched.
	hybrid := func(i int) {
		q := queries[i%len(queries)]
		lex, err := ix.Search(ctx, q, 20)
		if err != nil {
			b.Fatal(err)
		}
		sem, err := ix.Nearest(qvecs[i%len(qvecs)], 20)
		if err != nil || len(sem) != 20 {
			b.Fatalf("Nearest: %d hits, %v", len(sem), err)
		}
		l := make([]fuse.Scored, len(lex))
		have := map[string]bool{}
		for j, h := range lex {
			l[j] = fuse.Scored{ID: h.Passage, Score: h.Score}
			have[h.Passage] = true
		}
		s := make([]fuse.Scored, len(sem))
		for j, h := range sem {
			s[j] = fuse.Scored{ID: h.ID, Score: float64(h.Score)}
		}
		var fetch []string
		for _, f := range fuse.Convex(0.7, l, s)[:8] {
			if !have[f.ID] {
				fetch = append(fetch, f.ID)
			}
		}
		if _, err := ix.Hits(ctx, q, fetch); err != nil {
			b.Fatal(err)
		}
	}
	// Latencies, and the process's CPU time per query, which the other
	// work on a shared machine inflates less.
	measure := func(n int, f func(int)) (lat []time.Duration, cpu time.Duration) {
		lat = make([]time.Duration, 0, n)
		c0 := cpuTime()
		for i := range n {
			start := time.Now()
			f(i)
			lat = append(lat, time.Since(start))
		}
		cpu = (cpuTime() - c0) / time.Duration(n)
		slices.Sort(lat)
		return lat, cpu
	}
	keyword := func(i int) {
		if _, err := ix.Search(ctx, queries[i%len(queries)], 20); err != nil {
			b.Fatal(err)
		}
	}
	vectors := func(i int) {
		if _, err := ix.Nearest(qvecs[i%len(qvecs)], 20); err != nil {
			b.Fatal(err)
		}
	}
	measure(len(queries), hybrid) // warm up
	b.ResetTimer()
	lat, cpu := measure(b.N, hybrid)
	b.StopTimer()
	n := max(b.N, len(queries))
	kw, kwCPU := measure(n, keyword)
	vec, vecCPU := measure(n, vectors)
	b.ReportMetric(float64(percentile(lat, 0.5).Microseconds()), "p50-µs")
	b.ReportMetric(float64(percentile(lat, 0.99).Microseconds()), "p99-µs")
	b.ReportMetric(float64(cpu.Microseconds()), "cpu-µs/op")
	b.ReportMetric(float64(percentile(kw, 0.5).Microseconds()), "keyword-p50-µs")
	b.ReportMetric(float64(kwCPU.Microseconds()), "keyword-cpu-µs/op")
	b.ReportMetric(float64(percentile(vec, 0.5).Microseconds()), "vector-p50-µs")
	b.ReportMetric(float64(percentile(vec, 0.99).Microseconds()), "vector-p99-µs")
	b.ReportMetric(float64(vecCPU.Microseconds()), "vector-cpu-µs/op")
	b.ReportMetric(float64(st.Passages), "passages")
	b.ReportMetric(float64(fi.Size())/(1<<20), "vectors.bin-MB")
	b.ReportMetric(float64(int64(vecHeap)-int64(plainHeap))/(1<<20), "heap-growth-MB")
	if read > 0 {
		b.ReportMetric(float64(read.Milliseconds()), "passages-read-ms")
	}
}
