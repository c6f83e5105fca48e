package search

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/chapterbot/chapterbot/internal/benchbook"
)

// The benchmarks run on a generated book: 1,000 chapters of about 3,000
// words in 10 sections, words drawn with a Zipf-like distribution from a
// few thousand pseudo-words and some common English ones. It is generated,
// deterministically, into a temporary directory once per test binary run.
//
//	go test -run='^$' -bench=BenchmarkBuild -benchtime=1x -count=5 ./internal/search
//	go test -run='^$' -bench='BenchmarkSearch$|BenchmarkSearchDuringRebuild' -count=5 ./internal/search
//
// BenchmarkRefreshOneChapter, the whole refresh path, is in internal/library.
//
// BenchmarkBuild reports the process's peak RSS; to see it from outside,
// run the test binary itself (go test's own RSS would be measured otherwise):
//
//	go test -c -o /tmp/search.test ./internal/search
//	cd internal/search && /usr/bin/time -v /tmp/search.test -test.run='^$' -test.bench=BenchmarkBuild -test.benchtime=1x
const (
	benchChapters = benchbook.Chapters
	benchQueries  = 200
	benchSearchK  = DefaultK
	benchMaxWait  = 5 * time.Minute
)

// benchQuestions returns n questions of 2 to 6 words, some with question words,
// each with at least one word that is not a stop word.
func benchQuestions(c *benchbook.Corpus, n int) ([]string, error) {
	m, err := newMapping()
	if err != nil {
		return nil, err
	}
	a, err := analyzerOf(m)
	if err != nil {
		return nil, err
	}
	qs := make([]string, 0, n)
	for i := 0; len(qs) < n; i++ {
		var words []string
		if i%3 == 0 {
			words = append(words, "how", "does")
		}
		for range 2 + c.IntN(5) {
			words = append(words, c.Word())
		}
		q := strings.Join(words, " ") + "?"
		if len(a.Analyze([]byte(q))) > 0 {
			qs = append(qs, q)
		}
	}
	return qs, nil
}

// benchData is the generated book and indexes built from it, shared by the
// benchmarks of one run and removed by TestMain.
var benchData struct {
	once    sync.Once
	root    string
	content string // the book
	queries []string
	err     error
	words   int

	built sync.Map // name -> dir of an index of the book
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchData.root != "" {
		os.RemoveAll(benchData.root)
	}
	os.Exit(code)
}

// benchBook generates the book, once.
func benchBook(b *testing.B) (dir string, queries []string) {
	b.Helper()
	benchData.once.Do(func() {
		root, err := os.MkdirTemp("", "chapterbot-bench-")
		if err != nil {
			benchData.err = err
			return
		}
		benchData.root = root
		benchData.content = filepath.Join(root, "book")
		c := benchbook.New(1)
		for n := range benchChapters {
			p := filepath.Join(benchData.content, fmt.Sprintf("part-%02d", n/100), fmt.Sprintf("chapter-%04d.md", n))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				benchData.err = err
				return
			}
			text := c.Chapter(n)
			benchData.words += len(strings.Fields(text))
			if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
				benchData.err = err
				return
			}
		}
		benchData.queries, benchData.err = benchQuestions(c, benchQueries)
	})
	if benchData.err != nil {
		b.Fatal(benchData.err)
	}
	return benchData.content, benchData.queries
}

// benchIndex returns the directory of an index of the book for the named
// benchmark, built once.
func benchIndex(b *testing.B, name string) string {
	b.Helper()
	content, _ := benchBook(b)
	dir := filepath.Join(benchData.root, "index-"+name)
	if _, ok := benchData.built.Load(name); ok {
		return dir
	}
	ix, err := Open(dir, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	if _, _, err := applyFS(context.Background(), ix, os.DirFS(content), nil); err != nil {
		b.Fatal(err)
	}
	benchData.built.Store(name, true)
	return dir
}

func peakRSSMB() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // kilobytes on Linux
}

// BenchmarkBuild builds the index of the whole book from scratch.
func BenchmarkBuild(b *testing.B) {
	content, _ := benchBook(b)
	fsys := os.DirFS(content)
	b.ResetTimer()
	for i := range b.N {
		dir := filepath.Join(benchData.root, fmt.Sprintf("build-%d", i))
		ix, err := Open(dir, Options{})
		if err != nil {
			b.Fatal(err)
		}
		rep, _, err := applyFS(context.Background(), ix, fsys, nil)
		if err != nil {
			b.Fatal(err)
		}
		if rep.Chapters != benchChapters {
			b.Fatalf("indexed %d chapters", rep.Chapters)
		}
		if err := ix.Close(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if i == 0 {
			b.ReportMetric(float64(rep.Passages), "passages")
			b.ReportMetric(float64(benchData.words), "words")
		}
		os.RemoveAll(dir)
		b.StartTimer()
	}
	b.ReportMetric(peakRSSMB(), "peak-RSS-MB")
}

// overlay is a content directory with some files replaced.
type overlay struct {
	fs.FS
	files fstest.MapFS
}

func (o overlay) Open(name string) (fs.File, error) {
	if _, ok := o.files[name]; ok {
		return o.files.Open(name)
	}
	return o.FS.Open(name)
}

// searchLatencies runs the queries round-robin n times and returns the
// sorted latencies.
func searchLatencies(b *testing.B, ix *Index, queries []string, n int) []time.Duration {
	lat := make([]time.Duration, 0, n)
	for i := range n {
		start := time.Now()
		hits, err := ix.Search(context.Background(), queries[i%len(queries)], benchSearchK)
		lat = append(lat, time.Since(start))
		if err != nil {
			b.Fatal(err)
		}
		if len(hits) == 0 {
			b.Fatalf("no hits for %q", queries[i%len(queries)])
		}
	}
	slices.Sort(lat)
	return lat
}

func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(float64(len(sorted))*p))]
}

// BenchmarkSearch reports the latency percentiles of generated queries.
func BenchmarkSearch(b *testing.B) {
	_, queries := benchBook(b)
	ix, err := Open(benchIndex(b, "search"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	reportLatencies(b, ix, queries)
}

// reportLatencies warms ix up on queries, then times b.N of them and
// reports their p50 and p99.
func reportLatencies(b *testing.B, ix *Index, queries []string) {
	searchLatencies(b, ix, queries, len(queries)) // warm up
	b.ResetTimer()
	lat := searchLatencies(b, ix, queries, b.N)
	b.StopTimer()
	b.ReportMetric(float64(percentile(lat, 0.5).Microseconds()), "p50-µs")
	b.ReportMetric(float64(percentile(lat, 0.99).Microseconds()), "p99-µs")
}

// BenchmarkSearchDuringRebuild compares search latency while the whole book
// is re-indexed in the background (every chapter changed, so every passage
// is deleted and indexed again) with the latency when idle.
func BenchmarkSearchDuringRebuild(b *testing.B) {
	content, queries := benchBook(b)
	ix, err := Open(benchIndex(b, "rebuild"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()

	// Every chapter with one more sentence, or as it is.
	edited := fstest.MapFS{}
	err = fs.WalkDir(os.DirFS(content), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(filepath.Join(content, p))
		edited[p] = &fstest.MapFile{Data: append(data, "\nOne more sentence.\n"...)}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	versions := []fs.FS{overlay{os.DirFS(content), edited}, os.DirFS(content)}

	n := max(b.N, 10*len(queries))
	searchLatencies(b, ix, queries, len(queries)) // warm up
	idle := searchLatencies(b, ix, queries, n)

	b.ResetTimer()
	stop := make(chan struct{})
	var rebuilds int // full re-indexes, read after done
	var running atomic.Bool
	done := make(chan error, 1)
	go func() {
		for i := 0; ; i++ {
			select {
			case <-stop:
				done <- nil
				return
			default:
			}
			running.Store(true)
			_, changed, err := applyFS(context.Background(), ix, versions[i%2], nil)
			running.Store(false)
			if err != nil {
				done <- err
				return
			}
			if changed == benchChapters {
				rebuilds++
			}
		}
	}()
	// Searches only while a refresh runs.
	var busy []time.Duration
	deadline := time.Now().Add(benchMaxWait)
	for len(busy) < n && time.Now().Before(deadline) {
		select {
		case err := <-done:
			b.Fatalf("refreshes ended: %v", err)
		default:
		}
		if !running.Load() {
			time.Sleep(100 * time.Microsecond)
			continue
		}
		busy = append(busy, searchLatencies(b, ix, queries[len(busy)%len(queries):], 1)...)
	}
	close(stop)
	if err := <-done; err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	if len(busy) < n {
		b.Fatalf("only %d searches during refreshes", len(busy))
	}
	slices.Sort(busy)
	idleP99, busyP99 := percentile(idle, 0.99), percentile(busy, 0.99)
	b.ReportMetric(float64(idleP99.Microseconds()), "idle-p99-µs")
	b.ReportMetric(float64(busyP99.Microseconds()), "rebuild-p99-µs")
	b.ReportMetric(float64(busyP99)/float64(idleP99), "p99-ratio")
	b.ReportMetric(float64(len(busy)), "searches")
	b.ReportMetric(float64(rebuilds), "rebuilds")
}

// BenchmarkSearchTypos is BenchmarkSearch with the typo rule at its most
// expensive: no word counts as general English (Options.KnownWord always
// false), so every question term of five letters or more is looked up in
// the text, title and trail fields, and each query has its longest word
// misspelt (two inner letters swapped), so the fuzzy dictionary is walked
// once a query (typos.go).
func BenchmarkSearchTypos(b *testing.B) {
	_, queries := benchBook(b)
	ix, err := Open(benchIndex(b, "search"), Options{KnownWord: func(string) bool { return false }})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	typoed := make([]string, len(queries))
	changed := 0
	for i, q := range queries {
		typoed[i] = misspelt(q)
		if typoed[i] != q {
			changed++
		}
	}
	reportLatencies(b, ix, typoed)
	b.ReportMetric(float64(changed)/float64(len(queries)), "misspelt-share")
}

// misspelt swaps the second and third letters of q's longest word when
// it has six letters or more (the typo rule reads five or more, and a
// query of shorter words is left as it is).
func misspelt(q string) string {
	words := strings.Fields(q)
	longest := 0
	for i, w := range words {
		if len(w) > len(words[longest]) {
			longest = i
		}
	}
	w := []byte(words[longest])
	if strings.IndexFunc(string(w), func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 || len(w) < 6 {
		return q
	}
	w[1], w[2] = w[2], w[1]
	words[longest] = string(w)
	return strings.Join(words, " ")
}
