package vector

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

// Hit is one passage found by Search. Score is the cosine similarity of
// the passage's vector and the query, from -1 to 1.
type Hit struct {
	ID    string
	Score float32
}

// Search returns the k passages whose vectors are nearest query (by cosine
// similarity), best first; ties go to the passage added first. query need
// not be normalised. An empty store finds nothing, whatever the query. It
// compares query with every vector, split among the CPUs when the store is
// large: at 20,000 passages of 768 dimensions that is about 8 ms of CPU on
// a busy machine, half of it in wall time on two CPUs (BenchmarkTopK).
func (s *Store) Search(query []float32, k int) ([]Hit, error) {
	if len(s.ids) == 0 {
		return nil, nil
	}
	if len(query) != s.dim {
		return nil, fmt.Errorf("search: %w: the query has %d dimensions, the store %d", ErrDimension, len(query), s.dim)
	}
	q, err := Normalize(query)
	if err != nil {
		return nil, fmt.Errorf("search: the query: %w", err)
	}
	k = min(k, len(s.ids))
	if k <= 0 {
		return nil, nil
	}
	found := s.scanParallel(q, k)
	sort.Slice(found, func(a, b int) bool { return found[a].better(found[b]) })
	hits := make([]Hit, len(found))
	for j, f := range found {
		hits[j] = Hit{ID: s.ids[f.i], Score: f.score}
	}
	return hits, nil
}

// parallelRows is the number of rows from which a scan is split among the
// CPUs: below it, starting goroutines costs more than it saves.
const parallelRows = 8192

// scanParallel is scan over every row, split among up to GOMAXPROCS
// goroutines when the store is large; the top k of all, unordered.
func (s *Store) scanParallel(q []float32, k int) []scored {
	n := len(s.ids)
	parts := runtime.GOMAXPROCS(0)
	if n < parallelRows || parts <= 1 {
		return s.scan(q, k, 0, n)
	}
	found := make([][]scored, parts)
	var wg sync.WaitGroup
	// Parts start on a multiple of 4 rows, where scan takes rows four at
	// a time, so that every row is scored by the same arithmetic as in one
	// scan (dot4 and dot may differ in the last bit).
	bound := func(p int) int {
		if p == parts {
			return n
		}
		return n * p / parts &^ 3
	}
	for p := range parts {
		wg.Go(func() { found[p] = s.scan(q, k, bound(p), bound(p+1)) })
	}
	wg.Wait()
	top := topK{max: k}
	for _, f := range found {
		for _, x := range f {
			top.push(x.score, x.i)
		}
	}
	return top.items
}

// scan returns the top k of rows lo to hi, unordered.
func (s *Store) scan(q []float32, k, lo, hi int) []scored {
	top := topK{max: k}
	n := s.dim
	i := lo
	for ; i+4 <= hi; i += 4 {
		a, b, c, d := dot4(q, s.vecs[i*n:(i+4)*n])
		top.push(a, i)
		top.push(b, i+1)
		top.push(c, i+2)
		top.push(d, i+3)
	}
	for ; i < hi; i++ {
		top.push(dot(q, s.vecs[i*n:(i+1)*n]), i)
	}
	return top.items
}

// dot is the dot product of a and b, which have the same length. Eight
// independent sums let the CPU overlap the multiplications.
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3, s4, s5, s6, s7 float32
	i := 0
	for ; i+8 <= len(a); i += 8 {
		aa, bb := a[i:i+8:i+8], b[i:i+8:i+8]
		s0 += aa[0] * bb[0]
		s1 += aa[1] * bb[1]
		s2 += aa[2] * bb[2]
		s3 += aa[3] * bb[3]
		s4 += aa[4] * bb[4]
		s5 += aa[5] * bb[5]
		s6 += aa[6] * bb[6]
		s7 += aa[7] * bb[7]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return (s0 + s1) + (s2 + s3) + (s4 + s5) + (s6 + s7)
}

type scored struct {
	score float32
	i     int
}

// better orders hits: higher score first, then earlier position.
func (x scored) better(y scored) bool {
	if x.score != y.score {
		return x.score > y.score
	}
	return x.i < y.i
}

// topK keeps the max best items in a min-heap whose root is the worst kept.
type topK struct {
	max   int
	items []scored
}

func (t *topK) push(score float32, i int) {
	x := scored{score, i}
	if len(t.items) < t.max {
		t.items = append(t.items, x)
		t.up(len(t.items) - 1)
		return
	}
	if !x.better(t.items[0]) {
		return
	}
	t.items[0] = x
	t.down(0)
}

func (t *topK) up(j int) {
	h := t.items
	for j > 0 {
		p := (j - 1) / 2
		if !h[p].better(h[j]) { // parent is worse or equal: heap order holds
			break
		}
		h[p], h[j] = h[j], h[p]
		j = p
	}
}

func (t *topK) down(j int) {
	h := t.items
	for {
		l := 2*j + 1
		if l >= len(h) {
			return
		}
		w := l // the worse child
		if r := l + 1; r < len(h) && h[l].better(h[r]) {
			w = r
		}
		if !h[j].better(h[w]) {
			return
		}
		h[j], h[w] = h[w], h[j]
		j = w
	}
}

// dot4 returns the dot products of q with the four rows of m starting at
// row 0 (each len(q) long): each element of q is loaded once for four
// rows, and eight independent sums let the CPU overlap the work.
func dot4(q, m []float32) (float32, float32, float32, float32) {
	n := len(q)
	r0, r1, r2, r3 := m[:n], m[n:][:n], m[2*n:][:n], m[3*n:][:n]
	var a0, a1, a2, a3, b0, b1, b2, b3 float32
	i := 0
	for ; i < n-1; i += 2 {
		x, y := q[i], q[i+1]
		a0 += x * r0[i]
		a1 += x * r1[i]
		a2 += x * r2[i]
		a3 += x * r3[i]
		b0 += y * r0[i+1]
		b1 += y * r1[i+1]
		b2 += y * r2[i+1]
		b3 += y * r3[i+1]
	}
	if i < n {
		x := q[i]
		a0 += x * r0[i]
		a1 += x * r1[i]
		a2 += x * r2[i]
		a3 += x * r3[i]
	}
	return a0 + b0, a1 + b1, a2 + b2, a3 + b3
}
