package vector

import (
	"errors"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func mustAdd(t testing.TB, s *Store, id string, v ...float32) {
	t.Helper()
	if err := s.Add(id, HashText(id), v); err != nil {
		t.Fatal(err)
	}
}

func TestAddNormalises(t *testing.T) {
	s, _ := New("m", 2)
	mustAdd(t, s, "a", 3, 4)
	if diff := cmp.Diff([]float32{0.6, 0.8}, s.Vector(0)); diff != "" {
		t.Error(diff)
	}
	if i, ok := s.Index("a"); !ok || i != 0 || s.ID(0) != "a" || s.Hash(0) != HashText("a") {
		t.Errorf("Index(a) = %d, %v; ID(0) = %q", i, ok, s.ID(0))
	}
}

func TestAddRejects(t *testing.T) {
	nan := float32(math.NaN())
	tests := []struct {
		name string
		id   string
		v    []float32
		want string
	}{
		{"short", "x", []float32{1}, "vector of x: wrong vector dimension: 1, want 2"},
		{"zero", "x", []float32{0, 0}, "vector of x: the vector is all zeros"},
		{"nan", "x", []float32{nan, 1}, "vector of x: the vector holds NaN or infinity"},
		{"duplicate", "a", []float32{1, 1}, "vector of a: the ID is already in the store"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _ := New("m", 2)
			mustAdd(t, s, "a", 1, 0)
			err := s.Add(tt.id, Hash{}, tt.v)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("err = %v, want %q", err, tt.want)
			}
			if s.Len() != 1 {
				t.Errorf("Len = %d after a refused Add", s.Len())
			}
		})
	}
	if _, err := New("m", -1); err == nil {
		t.Error("New accepted dimension -1")
	}
}

func TestDimensionZeroIsSetByFirstAdd(t *testing.T) {
	s, _ := New("m", 0)
	if hits, err := s.Search([]float32{1, 2}, 3); hits != nil || err != nil {
		t.Errorf("empty store: Search = %v, %v; want nothing", hits, err)
	}
	path := filepath.Join(t.TempDir(), "v")
	if err := s.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	if got, err := ReadFile(path); err != nil || got.Len() != 0 || got.Dim() != 0 {
		t.Errorf("empty store read back: %v, %v", got, err)
	}
	mustAdd(t, s, "a", 1, 2, 3)
	if s.Dim() != 3 {
		t.Errorf("Dim = %d after adding a 3-vector", s.Dim())
	}
	if err := s.Add("b", Hash{}, []float32{1, 2}); !errors.Is(err, ErrDimension) {
		t.Errorf("second vector of another length: err = %v", err)
	}
}

func TestSearch(t *testing.T) {
	s, _ := New("m", 3)
	mustAdd(t, s, "x", 1, 0, 0)
	mustAdd(t, s, "y", 0, 1, 0)
	mustAdd(t, s, "xy", 1, 1, 0)
	mustAdd(t, s, "x-again", 2, 0, 0) // same direction as x: a tie, x was first
	mustAdd(t, s, "anti-x", -1, 0, 0)
	tests := []struct {
		name  string
		query []float32
		k     int
		want  []string
	}{
		{"nearest first", []float32{5, 0, 0}, 3, []string{"x", "x-again", "xy"}},
		{"k above len", []float32{0, 1, 0}, 10, []string{"y", "xy", "x", "x-again", "anti-x"}},
		{"k one", []float32{1, 1, 0}, 1, []string{"xy"}},
		{"k zero", []float32{1, 1, 0}, 0, nil},
		{"opposite last", []float32{-1, 0, 0.1}, 2, []string{"anti-x", "y"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := s.Search(tt.query, tt.k)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range hits {
				got = append(got, h.ID)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("IDs (-want +got):\n%s", diff)
			}
		})
	}
	hits, _ := s.Search([]float32{1, 1, 0}, 1)
	if got := hits[0].Score; math.Abs(float64(got)-1) > 1e-6 {
		t.Errorf("score of an identical direction = %v, want 1", got)
	}
	if _, err := s.Search([]float32{1, 0}, 1); !errors.Is(err, ErrDimension) {
		t.Errorf("2-dimension query: err = %v, want ErrDimension", err)
	}
	if _, err := s.Search([]float32{0, 0, 0}, 1); err == nil {
		t.Error("zero query accepted")
	}
}

// TestSearchMatchesSort checks the heap and the four-row kernel against a
// full sort on random data.
func TestSearchMatchesSort(t *testing.T) {
	tests := []struct {
		name   string
		n, dim int
	}{
		{"even", 500, 16},
		{"odd rows and dimension", 503, 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(1, 2))
			s := randomStore(t, rng, tt.n, tt.dim)
			for trial := range 20 {
				q := randomVector(rng, tt.dim)
				k := 1 + trial*3
				hits, err := s.Search(q, k)
				if err != nil {
					t.Fatal(err)
				}
				qn, _ := Normalize(q)
				all := make([]Hit, s.Len())
				for i := range all {
					all[i] = Hit{s.ID(i), dot(qn, s.Vector(i))}
				}
				sort.SliceStable(all, func(a, b int) bool { return all[a].Score > all[b].Score })
				if diff := cmp.Diff(all[:k], hits, cmpopts.EquateApprox(0, 1e-5)); diff != "" {
					t.Fatalf("k=%d (-sort +heap):\n%s", k, diff)
				}
			}
		})
	}
}

func TestDot4MatchesDot(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for n := range 12 {
		q, m := randomVector(rng, n), randomVector(rng, 4*n)
		var got [4]float32
		got[0], got[1], got[2], got[3] = dot4(q, m)
		for r := range 4 {
			if want := dot(q, m[r*n:(r+1)*n]); math.Abs(float64(got[r]-want)) > 1e-4 {
				t.Errorf("n=%d row %d: dot4 %v, dot %v", n, r, got[r], want)
			}
		}
	}
}

func TestDotMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for n := range 20 {
		a, b := randomVector(rng, n), randomVector(rng, n)
		var want float64
		for i := range a {
			want += float64(a[i]) * float64(b[i])
		}
		if got := dot(a, b); math.Abs(float64(got)-want) > 1e-4 {
			t.Errorf("n=%d: dot = %v, want %v", n, got, want)
		}
	}
}

func TestFileRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	s := randomStore(t, rng, 50, 7)
	s.Generation = 42
	path := filepath.Join(t.TempDir(), "vectors.bin")
	if err := s.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	got, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s, got, cmp.AllowUnexported(Store{})); diff != "" {
		t.Errorf("(-written +read):\n%s", diff)
	}
	// Overwriting leaves no temporary file behind.
	if err := s.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("directory holds %d files, want 1", len(entries))
	}
}

func TestReadFileRejectsDamage(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	s := randomStore(t, rng, 3, 4)
	dir := t.TempDir()
	path := filepath.Join(dir, "v")
	if err := s.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	good, _ := os.ReadFile(path)
	flip := slices.Clone(good)
	flip[len(flip)/2] ^= 1
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"other format", []byte("hello, this is not a vector file")},
		{"truncated", good[:len(good)-9]},
		{"flipped bit", flip},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, tt.name)
			os.WriteFile(p, tt.data, 0o644)
			_, err := ReadFile(p)
			if !errors.Is(err, ErrCorrupt) {
				t.Errorf("err = %v, want ErrCorrupt", err)
			}
		})
	}
	if _, err := ReadFile(filepath.Join(dir, "missing")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: err = %v, want fs.ErrNotExist", err)
	}
}

// TestDecodeBoundsCount proves a header claiming more vectors than the file
// holds is refused before anything is allocated for them.
func TestDecodeBoundsCount(t *testing.T) {
	s, _ := New("m", 2)
	mustAdd(t, s, "a", 1, 0)
	path := filepath.Join(t.TempDir(), "v")
	s.WriteFile(path)
	data, _ := os.ReadFile(path)
	data[12] = 0xff // count's low byte: 255 vectors claimed
	data[15] = 0x7f // and its high byte
	// Re-seal the checksum so only the count is wrong.
	body := data[:len(data)-4]
	sealed := append(slices.Clone(body), 0, 0, 0, 0)
	putCRC(sealed)
	_, err := decode(sealed)
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), "cannot fit") {
		t.Errorf("err = %v, want ErrCorrupt: cannot fit", err)
	}
}

func randomVector(rng *rand.Rand, dim int) []float32 {
	v := make([]float32, dim)
	for i := range v {
		v[i] = float32(rng.NormFloat64())
	}
	return v
}

func randomStore(tb testing.TB, rng *rand.Rand, n, dim int) *Store {
	tb.Helper()
	s, err := New("test-model", dim)
	if err != nil {
		tb.Fatal(err)
	}
	for i := range n {
		mustAdd(tb, s, "passage-"+strconv.Itoa(i), randomVector(rng, dim)...)
	}
	return s
}

// TestParallelSearchIsExact: a store large enough to be scanned by several
// goroutines, in parts of unequal size, finds what one scan finds.
func TestParallelSearchIsExact(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(3))
	rng := rand.New(rand.NewPCG(19, 20))
	s := randomStore(t, rng, parallelRows+7, 24)
	for trial := range 10 {
		k := 1 + 7*trial
		q, _ := Normalize(randomVector(rng, 24))
		got := s.scanParallel(q, k)
		want := s.scan(q, k, 0, s.Len())
		less := func(a, b scored) bool { return a.better(b) }
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(scored{}), cmpopts.SortSlices(less)); diff != "" {
			t.Errorf("k=%d (-one scan +parallel):\n%s", k, diff)
		}
	}
}
