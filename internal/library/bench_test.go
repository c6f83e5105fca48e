package library

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// BenchmarkRefreshOneChapter changes one chapter of a generated book of
// 1,000 chapters (the same generator and seed as internal/search's
// benchmarks) and refreshes: scan and hash of the content, parse of the
// changed file, update of a copy of the live generation, swap.
//
//	go test -run='^$' -bench=BenchmarkRefreshOneChapter -count=5 ./internal/library
const (
	benchChapters     = 1000
	benchChapterWords = 3000
	benchSections     = 10
	benchPseudoWords  = 4000
)

var commonWords = strings.Fields(`the of and to a in is it that for on with as was be by this are or from at an
which but not have has can will one all would there their what so if about when who been more they other into
its some could time these two may then do first any like now my such make over our even most me state after also
made many did must before back see through way where get much go well your know should down work year because
come people just say each those take day good how long little use man new here life old world never between
both under last might great same while around another house part place small since against right went
index search query chapter section node graph tree page book word river mountain engine network signal
garden winter summer light water stone metal cloud storm harbor bridge market village forest field`)

// corpus draws words.
type corpus struct {
	r     *rand.Rand
	vocab []string
	zipf  *rand.Zipf
}

func newCorpus(seed uint64) *corpus {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	syllables := strings.Fields("ka lo mi ren tu sa vor el qui dra po nin gal fe zo ar bel cy dun ix")
	seen := map[string]bool{}
	var vocab []string
	for _, w := range commonWords {
		if !seen[w] {
			seen[w] = true
			vocab = append(vocab, w)
		}
	}
	for len(vocab) < benchPseudoWords {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syllables[r.IntN(len(syllables))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			vocab = append(vocab, w)
		}
	}
	// The 40 most common English words keep the top ranks; the rest are
	// spread over the distribution.
	rest := vocab[40:]
	r.Shuffle(len(rest), func(i, j int) { rest[i], rest[j] = rest[j], rest[i] })
	return &corpus{r: r, vocab: vocab, zipf: rand.NewZipf(r, 1.07, 2, uint64(len(vocab)-1))}
}

func (c *corpus) word() string { return c.vocab[c.zipf.Uint64()] }

// sentences writes about n words as sentences of 8 to 20 words.
func (c *corpus) sentences(b *strings.Builder, n int) {
	for n > 0 {
		l := min(n, 8+c.r.IntN(13))
		for i := range l {
			w := c.word()
			if i == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			} else {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
		b.WriteString(". ")
		n -= l
	}
}

// chapter returns chapter n in Markdown.
func (c *corpus) chapter(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Chapter %d: %s %s\n\n", n, c.word(), c.word())
	per := benchChapterWords / benchSections
	for s := range benchSections {
		if s > 0 {
			fmt.Fprintf(&b, "## %s %s %s\n\n", c.word(), c.word(), c.word())
		}
		for left := per; left > 0; {
			p := min(left, 40+c.r.IntN(80))
			c.sentences(&b, p)
			b.WriteString("\n\n")
			left -= p
		}
	}
	return b.String()
}

var benchData struct {
	once sync.Once
	root string
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if benchData.root != "" {
		os.RemoveAll(benchData.root)
	}
	os.Exit(code)
}

// benchBook generates the book, once, and returns its directory.
func benchBook(b *testing.B) string {
	b.Helper()
	benchData.once.Do(func() {
		root, err := os.MkdirTemp("", "chapterbot-bench-")
		if err != nil {
			benchData.err = err
			return
		}
		benchData.root = root
		c := newCorpus(1)
		for n := range benchChapters {
			p := filepath.Join(root, "book", fmt.Sprintf("part-%02d", n/100), fmt.Sprintf("chapter-%04d.md", n))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				benchData.err = err
				return
			}
			if err := os.WriteFile(p, []byte(c.chapter(n)), 0o644); err != nil {
				benchData.err = err
				return
			}
		}
	})
	if benchData.err != nil {
		b.Fatal(benchData.err)
	}
	return filepath.Join(benchData.root, "book")
}

var edits int

func BenchmarkRefreshOneChapter(b *testing.B) {
	content := benchBook(b)
	l, err := Open(Options{IndexDir: filepath.Join(benchData.root, "index-refresh"), ContentDir: content})
	if err != nil {
		b.Fatal(err)
	}
	defer l.Close()
	if _, err := l.Refresh(context.Background(), nil); err != nil {
		b.Fatal(err)
	}
	const name = "part-05/chapter-0500.md"
	path := filepath.Join(content, name)
	orig, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	defer os.WriteFile(path, orig, 0o644)
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		edits++ // across the runs of the benchmark, so each edit is new
		if err := os.WriteFile(path, fmt.Appendf(slices.Clip(orig), "\nEdit number %d of this chapter.\n", edits), 0o644); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		rep, err := l.Refresh(context.Background(), nil)
		if err != nil {
			b.Fatal(err)
		}
		if len(rep.Changed) != 1 {
			b.Fatalf("Report = %+v", rep)
		}
	}
}
