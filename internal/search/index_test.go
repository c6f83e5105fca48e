package search

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/testbook"
)

// The chapters of the book the tests index (see internal/testbook).
const (
	nodeMD  = testbook.Node
	reactMD = testbook.React
	kubeMD  = testbook.Kube
)

func testBook() fstest.MapFS { return testbook.Book() }

func openIndex(t testing.TB, dir string, opts Options) *Index {
	t.Helper()
	ix, err := Open(dir, opts)
	if err != nil {
		t.Fatalf("Open(%s): %v", dir, err)
	}
	t.Cleanup(func() {
		if err := ix.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return ix
}

func search(t testing.TB, ix *Index, q string, k int) []Hit {
	t.Helper()
	hits, err := ix.Search(context.Background(), q, k)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	return hits
}

func ids(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.ID)
	}
	return out
}

func TestBuildAndSearch(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	rep := refresh(t, ix, testBook())

	wantRep := Status{Chapters: 4, Sections: 10, Passages: 10, BuiltPID: os.Getpid()}
	if diff := cmp.Diff(wantRep, rep, cmpopts.IgnoreFields(Status{}, "BuiltAt", "Version", "Dir")); diff != "" {
		t.Errorf("Status (-want +got):\n%s", diff)
	}
	if len(rep.Version) != 64 {
		t.Errorf("Version = %q, want a sha256", rep.Version)
	}

	tests := []struct {
		query string
		top   string
	}{
		{"what is the event loop?", "node#event-loop"},
		{"how do hooks keep state", "react#hooks"},
		{"pods containers network", "ops/kube#pods"},
		{"balancing traffic between pods", "ops/kube#services"},
		{"npm packages dependencies", "node#npm"},
		{"virtual DOM", "react#virtual-dom"},
		{"kubernetes", "ops/kube"},
	}
	for _, tt := range tests {
		hits := search(t, ix, tt.query, 3)
		if len(hits) == 0 || hits[0].ID != tt.top {
			t.Errorf("Search(%q) = %v, want %s first", tt.query, ids(hits), tt.top)
		}
	}

	hits := search(t, ix, "event loop", 1)
	if len(hits) != 1 {
		t.Fatalf("Search(event loop, 1) = %d hits", len(hits))
	}
	want := Hit{
		ID:           "node#event-loop",
		Passage:      "node.md|1|0",
		File:         "node.md",
		Chapter:      "node",
		ChapterTitle: "Node.js",
		Heading:      "Event loop",
		Trail:        []string{"Node.js", "Event loop"},
		URL:          "https://book.example/node#event-loop",
		Snippet:      "A single thread runs the event loop. Callbacks wait in queues until the loop is free to run them. A slow synchronous function blocks every other request in the process.",
		Text:         "A single thread runs the event loop. Callbacks wait in queues until the loop is free to run them. A slow synchronous function blocks every other request in the process.",
	}
	if diff := cmp.Diff(want, hits[0], cmpopts.IgnoreFields(Hit{}, "Score")); diff != "" {
		t.Errorf("hit (-want +got):\n%s", diff)
	}
	if hits[0].Score <= 0 {
		t.Errorf("Score = %v, want > 0", hits[0].Score)
	}
}

func TestSearchK(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	fsys := fstest.MapFS{}
	for i := range 60 {
		fsys[filepath.Join("many", strings.Repeat("a", i+1)+".md")] = &fstest.MapFile{Data: []byte("# Lighthouse\n\nThe lighthouse keeper climbs the stairs.\n")}
	}
	refresh(t, ix, fsys)
	for _, tt := range []struct{ k, want int }{{0, DefaultK}, {-1, DefaultK}, {3, 3}, {50, 50}, {51, MaxK}, {1000, MaxK}} {
		if got := len(search(t, ix, "lighthouse", tt.k)); got != tt.want {
			t.Errorf("Search(k=%d) = %d hits, want %d", tt.k, got, tt.want)
		}
	}
}

func TestSearchQuerySyntaxIsText(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, testBook())
	tests := []struct {
		query string
		top   string // "" for no hits
	}{
		{"what is node?", "node"},
		{`a:b +c -d "e`, ""},
		{`title:react`, "react"},
		{`+hooks -state`, "react#hooks"},
		{`"event loop`, "node#event-loop"},
		{`pods^10 OR services~2 AND (docker)`, "ops/kube#services"}, // it has both words
		{`/regexp.*/ field:*`, ""},
		{`\u0000 {} [] <> =`, ""},
	}
	for _, tt := range tests {
		hits, err := ix.Search(context.Background(), tt.query, 5)
		if err != nil {
			t.Errorf("Search(%q): %v", tt.query, err)
			continue
		}
		got := ""
		if len(hits) > 0 {
			got = hits[0].ID
		}
		if got != tt.top {
			t.Errorf("Search(%q) = %v, want first %q", tt.query, ids(hits), tt.top)
		}
	}
}

func TestSearchErrors(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	if _, err := ix.Search(context.Background(), "event loop", 5); !errors.Is(err, ErrNoIndex) {
		t.Errorf("Search before any refresh: %v, want ErrNoIndex", err)
	}
	refresh(t, ix, testBook())
	for _, q := range []string{"", "   ", "\n\t"} {
		if _, err := ix.Search(context.Background(), q, 5); !errors.Is(err, ErrEmptyQuery) {
			t.Errorf("Search(%q): %v, want ErrEmptyQuery", q, err)
		}
	}
	hits, err := ix.Search(context.Background(), "what is it and who are they", 5)
	if err != nil || len(hits) != 0 {
		t.Errorf("Search(stop words) = %v, %v; want no hits, no error", ids(hits), err)
	}
}

func TestTerms(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	got := ix.Terms("What are the Hooks of React's components? Running, runs!")
	want := []string{"hook", "react", "compon", "run", "run"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Terms (-want +got):\n%s", diff)
	}
	// The package-level Terms, used without an index, analyses alike.
	if diff := cmp.Diff(want, Terms("What are the Hooks of React's components? Running, runs!")); diff != "" {
		t.Errorf("package Terms (-want +got):\n%s", diff)
	}
}

// TestBM25 checks that a hit's score is BM25 as bleve computes it
// (idf·tf·k1/(tf + k1·(1−b+b·len/avglen)), tf the square root of the term
// frequency) with the real average passage length.
func TestBM25(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md": {Data: []byte("# A\n\nThe harbor master counts ships in the harbor every morning before dawn.\n")},
		"b.md": {Data: []byte("# B\n\nSnow, " + strings.Repeat("snow and more snow, ", 40) + "stays on the mountains until summer.\n")},
		"c.md": {Data: []byte("# C\n\nA harbor.\n")},
		"d.md": {Data: []byte("# D\n\nRivers carry stones from the mountains down to the sea over many years of floods.\n")},
	}
	ix := openIndex(t, t.TempDir(), Options{TitleBoost: -1, TrailBoost: -1})
	refresh(t, ix, fsys)

	g, err := ix.acquire()
	if err != nil {
		t.Fatal(err)
	}
	if m, ok := g.idx.Mapping().(*mapping.IndexMappingImpl); !ok || m.ScoringModel != "bm25" {
		t.Errorf("the index's mapping does not score with BM25")
	}
	g.refs.Done()

	texts := map[string]string{}
	total := 0
	distinct := map[string]bool{}
	for f, file := range fsys {
		ch, err := book.Parse(f, file.Data)
		if err != nil {
			t.Fatal(err)
		}
		texts[ch.Slug] = ch.Sections[0].Text
		for _, term := range ix.Terms(ch.Sections[0].Text) {
			total++
			distinct[term] = true
		}
	}
	n := float64(len(fsys))
	avg := math.Ceil(float64(total) / n)
	if bleveAvg := math.Ceil(float64(len(distinct)) / n); bleveAvg == avg {
		t.Fatalf("test book does not tell the real average length (%v) from bleve's own (%v)", avg, bleveAvg)
	}
	const k1, b = 1.2, 0.75
	idf := math.Log(1 + (n-2+0.5)/(2+0.5)) // "harbor" is in 2 of 4 passages
	bm25 := func(text string) float64 {
		terms := ix.Terms(text)
		freq := 0
		for _, t := range terms {
			if t == "harbor" {
				freq++
			}
		}
		tf := math.Sqrt(float64(freq))
		return idf * tf * k1 / (tf + k1*(1-b+b*float64(len(terms))/avg))
	}

	hits := search(t, ix, "harbor", 5)
	if len(hits) != 2 {
		t.Fatalf("hits = %v, want 2", ids(hits))
	}
	for _, h := range hits {
		// Bleve keeps field lengths as float32 norms: equal to 1e-6. Each
		// passage is its chapter's intro, an overview (overviewFirst).
		if want := bm25(texts[h.ID]) * (1 + overviewBoost); math.Abs(h.Score-want) > 1e-6*want {
			t.Errorf("score of %s = %v, want BM25 %v", h.ID, h.Score, want)
		}
	}
}

// TestWeights: snippets weigh query terms by rarity.
func TestWeights(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, testBook())
	g, err := ix.acquire()
	if err != nil {
		t.Fatal(err)
	}
	w, err := g.weights(context.Background(), []string{"event", "loop", "quantum"})
	g.refs.Done()
	if err != nil {
		t.Fatal(err)
	}
	if !(w["quantum"] > w["event"]) {
		t.Errorf("weights %v: an unknown term should weigh more than a known one", w)
	}
}

func TestChaptersAndSection(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	if ix.Chapters() != nil {
		t.Errorf("Chapters before a refresh = %v", ix.Chapters())
	}
	refresh(t, ix, testBook())
	var got []string
	for _, c := range ix.Chapters() {
		for _, s := range c.Sections {
			got = append(got, s.ID)
		}
	}
	want := []string{"node", "node#event-loop", "node#npm", "ops/kube", "ops/kube#pods", "ops/kube#services",
		"ops/readme", "react", "react#hooks", "react#virtual-dom"}
	// ops/readme has its H1 as title and an intro.
	if !slices.Contains(got, "ops/readme") {
		t.Fatalf("outline = %v", got)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outline (-want +got):\n%s", diff)
	}

	text, info, ok := ix.Section("node#npm")
	wantInfo := SectionInfo{ID: "node#npm", Heading: "npm", Level: 2, Trail: []string{"Node.js", "npm"},
		URL: "https://book.example/node#npm", Passages: 1}
	if !ok || text != "The npm registry holds hundreds of thousands of packages. Installing a package pulls in its dependencies too." {
		t.Errorf("Section(node#npm) = %q, %v", text, ok)
	}
	if diff := cmp.Diff(wantInfo, info); diff != "" {
		t.Errorf("SectionInfo (-want +got):\n%s", diff)
	}
	if _, _, ok := ix.Section("node#nope"); ok {
		t.Errorf("Section(node#nope) found")
	}
}

func TestSectionOfManyPassages(t *testing.T) {
	var paras []string
	for i := range 40 {
		paras = append(paras, strings.Repeat("word"+string(rune('a'+i%26))+" ", 30)+"end.")
	}
	body := strings.Join(paras, "\n\n")
	fsys := fstest.MapFS{"long.md": {Data: []byte("# Long\n\n## Part\n\n" + body + "\n")}}
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, fsys)
	text, info, ok := ix.Section("long#part")
	if !ok {
		t.Fatal("Section(long#part) not found")
	}
	if want := len(book.Passages(body, passageWords)); info.Passages != want || want < 4 {
		t.Errorf("Passages = %d, want %d (>= 4)", info.Passages, want)
	}
	if text != body {
		t.Errorf("Section text differs from the section:\n%q\nwant\n%q", text, body)
	}
}

func TestStatus(t *testing.T) {
	dir := t.TempDir()
	ix := openIndex(t, dir, Options{})
	if got := ix.Status(); got != (Status{}) {
		t.Errorf("Status before a refresh = %+v", got)
	}
	rep := refresh(t, ix, testBook())
	st := ix.Status()
	if st.Version != rep.Version || st.Chapters != 4 || st.Sections != 10 || st.Passages != 10 ||
		st.BuiltAt.IsZero() || filepath.Dir(st.Dir) != dir {
		t.Errorf("Status = %+v", st)
	}
	cur, err := os.ReadFile(filepath.Join(dir, currentName))
	if err != nil || strings.TrimSpace(string(cur)) != filepath.Base(st.Dir) {
		t.Errorf("CURRENT = %q, %v; want %s", cur, err, filepath.Base(st.Dir))
	}
}

func TestDocFreqs(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	if _, err := ix.DocFreqs(context.Background(), []string{"loop"}); !errors.Is(err, ErrNoIndex) {
		t.Errorf("DocFreqs without an index: %v, want ErrNoIndex", err)
	}
	refresh(t, ix, testBook())
	df, err := ix.DocFreqs(context.Background(), ix.Terms("loop pods quantum pods react"))
	if err != nil {
		t.Fatal(err)
	}
	// "react" is in the text of React's intro and virtual DOM passages, and
	// in the title field of all three of the React chapter's passages: the
	// field that has it most counts.
	want := map[string]int{"loop": 1, "pod": 2, "quantum": 0, "react": 3}
	if diff := cmp.Diff(want, df); diff != "" {
		t.Errorf("DocFreqs (-want +got):\n%s", diff)
	}
}

// TestOpenLocked holds the live generation open for writing, as a stray
// process would, and expects Open to give up with ErrLocked instead of
// waiting for the lock.
func TestOpenLocked(t *testing.T) {
	dir := t.TempDir()
	ix, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	refresh(t, ix, testBook())
	gen := ix.Status().Dir
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	w, err := bleve.Open(gen)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()

	done := make(chan error, 1)
	go func() {
		ix, err := Open(dir, Options{})
		if err == nil {
			ix.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrLocked) {
			t.Errorf("Open of a locked index: %v, want ErrLocked", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Open of a locked index hangs")
	}
}

// TestOverviewFirst: of two passages that match a question about as well,
// the chapter's overview (its intro, or a top section that repeats its
// title) comes first; a section that matches much better still wins.
func TestOverviewFirst(t *testing.T) {
	fsys := fstest.MapFS{
		"tides.md": {Data: []byte("# Tides\n\nTides rise and fall twice a day, as the moon and the sun pull the seas of the whole planet.\n\n" +
			"## Notes\n\nTides rise and fall twice a day as the moon pulls the seas.\n\n" +
			"## Spring tides\n\nAt new and full moon the sun and the moon pull together: spring tides rise highest.\n")},
		"rivers.md": {Data: []byte("# Rivers\n\nRivers carry stones down to the sea.\n")},
	}
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, fsys)
	tests := []struct{ q, want string }{
		{"why do tides rise and fall twice a day", "tides"},
		{"when do spring tides rise highest", "tides#spring-tides"},
	}
	for _, tt := range tests {
		hits := search(t, ix, tt.q, 3)
		if len(hits) == 0 || hits[0].ID != tt.want {
			t.Errorf("Search(%q) = %v, want %s first", tt.q, ids(hits), tt.want)
		}
		for i := 1; i < len(hits); i++ {
			if hits[i].Score > hits[i-1].Score {
				t.Errorf("Search(%q): hits not in score order: %v", tt.q, hits)
			}
		}
	}
}

// TestSignatureHeadings: an API reference's sections are found by the
// function they document, written as a reader writes it: camelCase, lower
// case, with its module, or in words.
func TestSignatureHeadings(t *testing.T) {
	page := `<html><head><title>File system | Docs</title></head><body>
<h2 id="file-system">File system</h2><p>The fs module reads and writes files.</p>
<h3 id="fsreadfile"><code>fs.readFile(path[, options], callback)</code></h3><p>Asynchronously reads the entire contents of a file.</p>
<h3 id="fswritefile"><code>fs.writeFile(file, data[, options], callback)</code></h3><p>Asynchronously writes data to a file, replacing the file if it already exists.</p>
<h3 id="fsrmdir"><code>fs.rmdir(path[, options], callback)</code></h3><p>Removes a directory.</p>
</body></html>`
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, fstest.MapFS{"fs.html": {Data: []byte(page)}})
	for _, q := range []string{"readFile", "readfile", "fs.readFile()", "`fs.readFile`", "read file", "how do I use readfile with a callback"} {
		if hits := search(t, ix, q, 3); len(hits) == 0 || hits[0].ID != "fs#fsreadfile" {
			t.Errorf("Search(%q) = %v, want fs#fsreadfile first", q, ids(hits))
		}
	}
}

// TestRankOrder: two passages whose scores differ only in the last bits of
// a float sum (the same text, scored through a generation built in another
// order) rank by passage ID, whichever came first, so that every build of
// a book ranks them alike.
func TestRankOrder(t *testing.T) {
	a := Hit{Passage: "http2.html|120|0", Trail: []string{"HTTP/2", "Class: Http2Server"}}
	b := Hit{Passage: "http2.html|57|0", Trail: []string{"HTTP/2", "Class: Http2SecureServer"}}
	low, high := 2.0, math.Nextafter(2.0, 3)
	for _, order := range [][]Hit{{a, b}, {b, a}} {
		for _, scores := range [][2]float64{{low, high}, {high, low}} {
			hits := slices.Clone(order)
			hits[0].Score, hits[1].Score = scores[0], scores[1]
			overviewFirst(hits)
			if hits[0].Passage != a.Passage || hits[0].Score != hits[1].Score {
				t.Errorf("order %s, %s with scores %v: got %s (%v), %s (%v); want %s first, equal scores",
					order[0].Passage, order[1].Passage, scores, hits[0].Passage, hits[0].Score, hits[1].Passage, hits[1].Score, a.Passage)
			}
		}
	}
	c := Hit{Passage: "http.html|3|0", Score: 1.5, Trail: []string{"HTTP", "server.close()"}}
	hits := []Hit{c, {Passage: "http.html|9|0", Score: 1.9, Trail: []string{"HTTP", "server.closeAllConnections()"}}}
	overviewFirst(hits)
	if hits[0].Passage != "http.html|9|0" {
		t.Errorf("got %v, want the higher score first", hits)
	}
}

// TestOverviewOfAgreeingMembers: an overview under several well-matching
// members of its own page rises above them (memberShares); under sections
// of prose, or members of other pages, it keeps its place.
func TestOverviewOfAgreeingMembers(t *testing.T) {
	member := func(chapter, heading string, score float64) Hit {
		return Hit{ID: chapter + "#" + heading, Passage: chapter + "|" + heading, Chapter: chapter, Heading: heading,
			Trail: []string{chapter, heading}, Score: score}
	}
	overview := Hit{ID: "vm#vm", Passage: "vm|0", Chapter: "vm", Trail: []string{"VM (executing JavaScript)"}, Score: 2.3}
	tests := []struct {
		name    string
		members []Hit
		want    string
	}{
		{"members of its page", []Hit{
			member("vm", "vm.runInContext(code, contextifiedObject[, options])", 3),
			member("vm", "vm.runInNewContext(code[, contextObject[, options]])", 2.8),
			member("vm", "new vm.Script(code[, options])", 2.6),
		}, "vm#vm"},
		{"sections of prose", []Hit{
			member("vm", "Timeout interactions with asynchronous tasks", 3),
			member("vm", "Module evaluation", 2.8),
			member("vm", "Context-aware builtins", 2.6),
		}, "vm#Timeout interactions with asynchronous tasks"},
		{"members of another page", []Hit{
			member("worker_threads", "worker.resourceLimits", 3),
			member("worker_threads", "new Worker(filename[, options])", 2.8),
			member("vm", "vm.measureMemory([options])", 0.5),
		}, "worker_threads#worker.resourceLimits"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits := append(slices.Clone(tt.members), overview)
			overviewFirst(hits)
			if hits[0].ID != tt.want {
				t.Errorf("got %v, want %s first", ids(hits), tt.want)
			}
		})
	}
}
