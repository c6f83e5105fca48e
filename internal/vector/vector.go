// Package vector holds the embeddings of a book's passages: one normalised
// float32 vector per passage, tagged with the passage's ID and a hash of the
// text it was computed from, so a refresh can reuse the vectors of passages
// whose text did not change. It searches by brute-force dot product (cosine
// similarity, since every vector is normalised) and reads and writes a
// compact file.
package vector

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"math"
)

// Hash identifies the exact text a vector was computed from.
type Hash [16]byte

// HashText returns the Hash of s: the first 16 bytes of its SHA-256.
func HashText(s string) Hash {
	sum := sha256.Sum256([]byte(s))
	var h Hash
	copy(h[:], sum[:])
	return h
}

// MaxDim bounds a vector's dimension, in memory and on disk.
const MaxDim = 1 << 16

// ErrDimension is wrapped by every error about a vector of the wrong length.
var ErrDimension = errors.New("wrong vector dimension")

// Store is the vectors of one model, one per passage, in the order they
// were added. Its zero value is not usable; call New. A Store is not safe
// for concurrent writes, but Search and the accessors may run concurrently
// once it is built.
type Store struct {
	// Model is the embedding model the vectors come from; vectors of
	// another model are not comparable.
	Model string
	// Generation numbers successive builds; the embed package sets it to
	// the previous store's plus one, and the owner of the index on disk may
	// set it to match its own.
	Generation uint64

	dim    int
	ids    []string
	hashes []Hash
	vecs   []float32 // len(ids)*dim, row i at [i*dim, (i+1)*dim)
	index  map[string]int
}

// New returns an empty Store for model's vectors of dimension dim; 0
// means the first Add sets it.
func New(model string, dim int) (*Store, error) {
	if dim < 0 || dim > MaxDim {
		return nil, fmt.Errorf("vector dimension %d: want 1 to %d", dim, MaxDim)
	}
	return &Store{Model: model, dim: dim, index: map[string]int{}}, nil
}

// Dim is the length of every vector; 0 in an empty store made with
// dimension 0.
func (s *Store) Dim() int { return s.dim }

// Len is the number of vectors.
func (s *Store) Len() int { return len(s.ids) }

// ID returns the passage ID of vector i.
func (s *Store) ID(i int) string { return s.ids[i] }

// Hash returns the hash of the text vector i was computed from.
func (s *Store) Hash(i int) Hash { return s.hashes[i] }

// Vector returns vector i, normalised. The slice shares the Store's memory:
// do not modify it.
func (s *Store) Vector(i int) []float32 { return s.vecs[i*s.dim : (i+1)*s.dim : (i+1)*s.dim] }

// Index returns the position of the passage with the given ID.
func (s *Store) Index(id string) (int, bool) {
	i, ok := s.index[id]
	return i, ok
}

// Bytes is the memory the Store's vectors, IDs and hashes take, roughly.
func (s *Store) Bytes() int64 {
	n := int64(len(s.vecs))*4 + int64(len(s.hashes))*int64(len(Hash{}))
	for _, id := range s.ids {
		n += int64(len(id)) + 16 + 48 // string header, map entry
	}
	return n
}

// Add appends the vector of passage id, computed from text with hash h. It
// stores v normalised to unit length (v itself is not modified). A vector
// of the wrong dimension, of zero length, or holding NaN or infinity is an
// error, and so is an ID already present.
func (s *Store) Add(id string, h Hash, v []float32) error {
	if s.dim == 0 && len(v) > 0 && len(v) <= MaxDim {
		s.dim = len(v)
	}
	if len(v) != s.dim {
		return fmt.Errorf("vector of %s: %w: %d, want %d", id, ErrDimension, len(v), s.dim)
	}
	if _, dup := s.index[id]; dup {
		return fmt.Errorf("vector of %s: the ID is already in the store", id)
	}
	norm, err := norm(v)
	if err != nil {
		return fmt.Errorf("vector of %s: %w", id, err)
	}
	s.index[id] = len(s.ids)
	s.ids = append(s.ids, id)
	s.hashes = append(s.hashes, h)
	for _, x := range v {
		s.vecs = append(s.vecs, float32(float64(x)/norm))
	}
	return nil
}

// Normalize returns v scaled to unit length, in a new slice.
func Normalize(v []float32) ([]float32, error) {
	n, err := norm(v)
	if err != nil {
		return nil, err
	}
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(float64(x) / n)
	}
	return out, nil
}

func norm(v []float32) (float64, error) {
	var sum float64
	for _, x := range v {
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return 0, errors.New("the vector holds NaN or infinity")
		}
		sum += float64(x) * float64(x)
	}
	if sum == 0 {
		return 0, errors.New("the vector is all zeros")
	}
	return math.Sqrt(sum), nil
}
