// Package embedtest is a fake OpenAI-compatible embeddings endpoint on
// loopback, for tests that drive the real go-openai client through
// internal/embed. Its vectors are deterministic bags of words in which the
// words of one concept share a dimension, so a test can show that a
// question sharing no word with a passage still lands near it; it counts
// what it receives and can be made slow, rate-limited, failing or
// malformed. Close it to make the server down (connection refused).
package embedtest

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"time"
	"unicode"
)

// DefaultDim is the dimension of the vectors New's server returns.
const DefaultDim = 256

// DefaultConcepts are the word groups that share a dimension: words of one
// group are synonyms to the fake model. Words are lower case; a word may
// hold '/' or '.' ("timers/promises", "settimeout").
var DefaultConcepts = [][]string{
	{"sleep", "await", "delay", "timers/promises", "settimeout", "pause", "wait"},
	{"mask", "masking", "masked", "xor", "obfuscate", "scramble"},
	{"pod", "pods", "container", "containers", "workload"},
	{"component", "components", "widget", "jsx"},
	{"type", "types", "typing", "typed", "annotation"},
	{"process", "processes", "actor", "actors", "beam", "erlang"},
}

// stopWords carry no meaning for the fake model.
var stopWords = wordSet("a an the is are was be do does did i you we it its of to in on for with and or how what why when which can should my your this that there")

func wordSet(words string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(words) {
		set[w] = true
	}
	return set
}

// Server answers POST …/embeddings (OpenAI's /v1/embeddings and Azure's
// /openai/deployments/{model}/embeddings alike).
type Server struct {
	*httptest.Server

	concepts map[string]int
	nConcept int
	dim      int

	mu       sync.Mutex
	inputs   []string
	batches  []int
	paths    []string
	dims     []int
	auth     []string
	failures []failure
	delay    time.Duration
	answer   int // dimension of the vectors returned; dim unless SetDim
	empty    bool
	drop     int
}

type failure struct {
	status     int
	retryAfter string
}

// New starts a server whose vectors have dim dimensions (DefaultDim when
// 0); each group of concepts shares one (DefaultConcepts when nil).
func New(dim int, concepts [][]string) *Server {
	if dim == 0 {
		dim = DefaultDim
	}
	if concepts == nil {
		concepts = DefaultConcepts
	}
	if len(concepts) >= dim {
		panic("embedtest: more concepts than dimensions")
	}
	s := &Server{concepts: map[string]int{}, nConcept: len(concepts), dim: dim, answer: dim}
	for i, group := range concepts {
		for _, w := range group {
			s.concepts[strings.ToLower(w)] = i
		}
	}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	return s
}

// BaseURL is the value for EMBEDDINGS_BASE_URL.
func (s *Server) BaseURL() string { return s.URL + "/v1" }

// Dim is the dimension of the vectors the server returns by default.
func (s *Server) Dim() int { return s.dim }

// Vector is the vector the server returns for text: one dimension per
// concept, the other words hashed onto the remaining dimensions, each
// occurrence adding 1; stop words are ignored. It is not normalised.
func (s *Server) Vector(text string) []float32 {
	return s.vector(text, s.dim)
}

func (s *Server) vector(text string, dim int) []float32 {
	v := make([]float32, dim)
	words := Words(text)
	if len(words) == 0 {
		words = []string{""} // a real model never returns zeros
	}
	for _, w := range words {
		if c, ok := s.concepts[w]; ok {
			if c < dim {
				v[c]++
			}
			continue
		}
		h := fnv.New32a()
		h.Write([]byte(w))
		if dim > s.nConcept {
			v[s.nConcept+int(h.Sum32()%uint32(dim-s.nConcept))]++
		}
	}
	return v
}

// Words splits text as the fake model reads it: lower case, runs of
// letters, digits, '/' and '.', with '.' and '/' trimmed from the ends, stop
// words dropped.
func Words(text string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '/' && r != '.'
	}) {
		f = strings.Trim(f, "./")
		if f != "" && !stopWords[f] {
			out = append(out, f)
		}
	}
	return out
}

// Inputs returns every text received so far, in order of arrival.
func (s *Server) Inputs() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.inputs...)
}

// Batches returns the number of inputs of each request answered with
// vectors (failed requests are not counted).
func (s *Server) Batches() []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]int(nil), s.batches...)
}

// Dimensions returns the "dimensions" field of each request answered (0
// when absent).
func (s *Server) Dimensions() []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]int(nil), s.dims...)
}

// Requests returns the path and query of every request received, failed
// ones included.
func (s *Server) Requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.paths...)
}

// Auth returns the Authorization (or Azure api-key) header of every
// request received.
func (s *Server) Auth() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.auth...)
}

// FailNext makes the next n requests fail with status, sending a
// Retry-After header when retryAfter is not empty.
func (s *Server) FailNext(n, status int, retryAfter string) { s.FailAfter(0, n, status, retryAfter) }

// FailAfter lets the next ok requests through, then fails n as FailNext
// does.
func (s *Server) FailAfter(ok, n, status int, retryAfter string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for range ok {
		s.failures = append(s.failures, failure{})
	}
	for range n {
		s.failures = append(s.failures, failure{status, retryAfter})
	}
}

// SetDelay makes every later request wait d before it is answered (or
// until the client gives up).
func (s *Server) SetDelay(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.delay = d
}

// SetDim makes later answers hold vectors of dim dimensions, as when the
// server's model changes.
func (s *Server) SetDim(dim int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.answer = dim
}

// SetEmpty makes later answers carry an empty data list.
func (s *Server) SetEmpty(empty bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.empty = empty
}

// SetDrop makes later answers leave out their last n vectors.
func (s *Server) SetDrop(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.drop = n
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.paths = append(s.paths, r.URL.RequestURI())
	auth := r.Header.Get("Authorization")
	if k := r.Header.Get("api-key"); k != "" {
		auth = k
	}
	s.auth = append(s.auth, auth)
	var fail *failure
	if len(s.failures) > 0 {
		fail = &s.failures[0]
		s.failures = s.failures[1:]
	}
	delay, dim, empty, drop := s.delay, s.answer, s.empty, s.drop
	s.mu.Unlock()

	if r.Method != http.MethodPost || !strings.HasSuffix(r.URL.Path, "/embeddings") {
		http.NotFound(w, r)
		return
	}
	// The body is read first: only then does the server notice a client
	// that hangs up while it waits.
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	if delay > 0 {
		select {
		case <-time.After(delay):
		case <-r.Context().Done():
			return
		}
	}
	if fail != nil && fail.status != 0 {
		if fail.retryAfter != "" {
			w.Header().Set("Retry-After", fail.retryAfter)
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(fail.status)
		fmt.Fprintf(w, `{"error":{"message":"fake failure %d","type":"server_error"}}`, fail.status)
		return
	}
	var req struct {
		Input      json.RawMessage `json:"input"`
		Model      string          `json:"model"`
		Dimensions int             `json:"dimensions"`
	}
	if err := json.Unmarshal(body, &req); err != nil {
		http.Error(w, `{"error":{"message":"bad json"}}`, http.StatusBadRequest)
		return
	}
	var inputs []string
	if err := json.Unmarshal(req.Input, &inputs); err != nil {
		var one string
		if err := json.Unmarshal(req.Input, &one); err != nil {
			http.Error(w, `{"error":{"message":"input must be a string or a list of strings"}}`, http.StatusBadRequest)
			return
		}
		inputs = []string{one}
	}
	for _, in := range inputs {
		if in == "" {
			http.Error(w, `{"error":{"message":"an input is empty"}}`, http.StatusBadRequest)
			return
		}
	}
	s.mu.Lock()
	s.inputs = append(s.inputs, inputs...)
	s.batches = append(s.batches, len(inputs))
	s.dims = append(s.dims, req.Dimensions)
	if req.Dimensions > 0 && dim == s.dim {
		dim = req.Dimensions // as OpenAI's text-embedding-3 models do
	}
	s.mu.Unlock()

	data := []map[string]any{}
	if !empty {
		for i := range max(len(inputs)-drop, 0) {
			data = append(data, map[string]any{"object": "embedding", "index": i, "embedding": s.vector(inputs[i], dim)})
		}
	}
	// The API allows any order; the index field says which input is which.
	for i, j := 0, len(data)-1; i < j; i, j = i+1, j-1 {
		data[i], data[j] = data[j], data[i]
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"object": "list", "model": req.Model, "data": data,
		"usage": map[string]int{"prompt_tokens": len(inputs), "total_tokens": len(inputs)},
	})
}
