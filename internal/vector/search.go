package vector

import (
	"fmt"
	"sort"
)

// Hit is one passage found by Search. Score is the cosine similarity of
// the passage's vector and the query, from -1 to 1.
type Hit struct {
	ID    string
	Score float32
}

// Search returns the k passages whose vectors are nearest query (by cosine
// similarity), best first; ties go to the passage added first. query need
// not be normalised. An empty store finds nothing, whatever the query. It compares query with every vector: at 20,000
// passages of 768 dimensions that is a few milliseconds.
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
	top := topK{max: k}
	for i := range s.ids {
		top.push(dot(q, s.vecs[i*s.dim:(i+1)*s.dim]), i)
	}
	found := top.items
	sort.Slice(found, func(a, b int) bool { return found[a].better(found[b]) })
	hits := make([]Hit, len(found))
	for j, f := range found {
		hits[j] = Hit{ID: s.ids[f.i], Score: f.score}
	}
	return hits, nil
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
