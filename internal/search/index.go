// Package search is the book's full-text index: a Bleve (scorch) index of
// passages with BM25 scoring and an English analyser, kept on disk as
// immutable generations that a refresh replaces atomically, so that searches
// never see a partial index and a failed refresh loses nothing.
//
// It has two sides: a read-only searcher over one generation at a time
// (Open, Search, Section, Chapters, DocFreqs, Terms, Status, Reload), and a
// builder fed parsed chapters (Snapshot, Sync, Apply). What changed in the
// content, and when to refresh, is internal/library's business.
//
// Layout of the index directory:
//
//	CURRENT          names the live generation ("gen-1712345678901234567")
//	gen-<nanos>/     a complete bleve index plus manifest.json
//	DAMAGED          names a generation a search found damaged (rebuild it)
//	refresh.lock     flock of the one refresh in progress (internal/library)
//
// Apply writes a new generation directory: for a few changed files, a copy
// of the live one (segments hard-linked, root.bolt copied) updated
// with one batch of deletes and inserts; for many, or without a live one,
// a fresh build with bleve's offline builder. It syncs the directory, opens
// it read-only, replaces CURRENT (temporary file, fsync, rename: the commit
// point), swaps the in-memory generation and deletes the old directory.
// Nothing is renamed, and no directory is written once CURRENT may name it.
// Readers open generations read-only (bolt's shared lock, with a timeout),
// so any number of processes can serve the same directory while one of them
// refreshes it.
//
// In memory, an Index holds the live generation (bleve index, manifest and
// lookups) behind a read-write lock and a per-generation use count: a search
// takes the generation, a swap replaces the pointer and closes the old one
// once its searches are done. (A bleve.IndexAlias would swap the index, but
// a search also needs the same generation's manifest and term statistics.)
package search

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	blevesearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
	bolt "go.etcd.io/bbolt"

	"github.com/chapterbot/chapterbot/internal/vector"
)

// Errors that callers tell apart with errors.Is.
var (
	// ErrNoIndex: there is no live index yet (or it was unusable); Refresh
	// builds one.
	ErrNoIndex = errors.New("no index")
	// ErrCorrupt: the live index cannot be used (damaged, or written by an
	// incompatible version) and must be rebuilt. Open does not fail with it:
	// it reports it through Warning and the next Refresh rebuilds.
	ErrCorrupt = errors.New("index corrupt or of another format")
	// ErrLocked: the live index is held open for writing by another process.
	ErrLocked = errors.New("index locked by another process")
	// ErrEmptyQuery: the query is blank.
	ErrEmptyQuery = errors.New("empty query")
)

// boltTimeout bounds the wait for root.bolt's file lock, so that an index
// locked by another process gives an error instead of a hang.
const boltTimeout = "1s"

// Search limits.
const (
	DefaultK = 5
	MaxK     = 50
)

// clampK returns the number of passages a search for k returns: DefaultK
// when k <= 0, at most MaxK.
func clampK(k int) int {
	switch {
	case k <= 0:
		return DefaultK
	case k > MaxK:
		return MaxK
	}
	return k
}

// Default query boosts, see Options. Measured with the golden questions
// (testdata/questions.jsonl, through internal/eval) on the sample book:
// the title's boost hardly matters there (0.25 to 2 change one question at
// most); a trail boost of 0.25 to 0.6 gives recall@5 0.903 and MRR@10 about
// 0.80, against 0.888 at 1, 0.873 at 3, and 0.858 with the trail left out.
const (
	DefaultTextBoost  = 1.0
	DefaultTitleBoost = 0.2
	DefaultTrailBoost = 0.5
)

// Options tune an Index. The zero value is the default.
type Options struct {
	// TextBoost, TitleBoost and TrailBoost weigh a query term matched in a
	// passage's text, its chapter's title and its heading trail (the
	// headings above it, below the title). Zero means the default; a
	// negative value leaves the field out of queries.
	TextBoost, TitleBoost, TrailBoost float64

	// BatchSize is the number of passages written to bleve at a time
	// during a refresh; zero means defaultBatchSize.
	BatchSize int

	// Logger gets a line for each generation that is unusable, damaged or
	// cannot be removed; nil means no logging.
	Logger *slog.Logger

	// KnownWord reports whether an analysed term is a word of general
	// English, never read as a typo (see typos.go); nil means no question
	// term is read as a typo.
	KnownWord func(term string) bool
}

const defaultBatchSize = 1000

func (o Options) withDefaults() Options {
	def := func(v *float64, d float64) {
		switch {
		case *v == 0:
			*v = d
		case *v < 0:
			*v = 0
		}
	}
	def(&o.TextBoost, DefaultTextBoost)
	def(&o.TitleBoost, DefaultTitleBoost)
	def(&o.TrailBoost, DefaultTrailBoost)
	if o.BatchSize <= 0 {
		o.BatchSize = defaultBatchSize
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

func (o Options) boosts() [len(textFields)]float64 {
	return [...]float64{o.TextBoost, o.TitleBoost, o.TrailBoost}
}

// Index is the book's index in one directory. Its methods are safe for
// concurrent use; a search always runs against one complete generation.
type Index struct {
	dir      string
	opts     Options
	mapping  *mapping.IndexMappingImpl
	analyzer analysis.Analyzer
	numbers  numberStems // the terms of numbers in words (numwords.go)

	mu      sync.RWMutex
	live    *generation // nil: no usable index
	warning error
	closed  bool
}

// generation is one open, read-only generation directory.
type generation struct {
	name   string
	path   string
	idx    bleve.Index
	reader index.IndexReader // for document frequencies
	man    *manifest
	bm25   *blevesearch.BM25Stats

	chapterOf map[string]int    // file -> index in man.Chapters
	sectionOf map[string][2]int // section ID -> chapter index, section index

	refs    sync.WaitGroup // searches using it
	damaged atomic.Bool    // a search found it damaged
	log     *slog.Logger

	vec *vector.Store // the passages' embeddings (vectors.go); nil without

	headingsOnce sync.Once
	headings     [][]string // the words of its prose headings (see proseHeadings)

	pairsOnce sync.Once
	pairs     map[string]headingPair // the Latin word pairs of its headings (see headingPairs)

	subjectsOnce sync.Once
	subjects     [][]string // each chapter's own subject terms (see subjectTerms)

	citedOnce sync.Once
	anyCited  bool // some passage has citations (see hasCited)

	classesOnce sync.Once
	classes     map[string][]string // the passages of each class's members (see classMembers)

	referenceOnce sync.Once
	reference     bool // its book is an API reference (see isReference)

	verbsOnce sync.Once
	verbs     map[string]bool // the verbs of its compound member names (see memberVerbs)
}

// Open opens the index in dir, creating dir if needed. With no index yet
// (or an unusable one) it returns an Index whose searches fail with
// ErrNoIndex until an Apply builds one; Warning then says what was wrong
// with an unusable index. An index held open for writing by another
// process fails with ErrLocked after about a second.
func Open(dir string, opts Options) (*Index, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("open index %s: mapping: %w", dir, err)
	}
	a, err := analyzerOf(m)
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	ix := &Index{dir: dir, opts: opts.withDefaults(), mapping: m, analyzer: a, numbers: newNumberStems(a)}
	g, err := ix.openCurrent()
	switch {
	case errors.Is(err, ErrCorrupt):
		// Kept for Warning(), not logged: the caller says it once.
		ix.warning = fmt.Errorf("open index %s: %w", dir, err)
	case err != nil:
		return nil, fmt.Errorf("open index %s: %w", dir, err)
	}
	ix.live = g
	return ix, nil
}

// openCurrent opens the generation CURRENT names; nil when there is none.
// A generation replaced (and deleted) by another process while it was being
// opened is not an error: CURRENT then names a newer one, opened instead.
func (ix *Index) openCurrent() (*generation, error) {
	var err error
	for range 5 {
		var name string
		name, err = readCurrent(ix.dir)
		if err != nil || name == "" {
			return nil, err
		}
		var g *generation
		g, err = ix.openGeneration(name)
		if err == nil {
			return g, nil
		}
		if now, rerr := readCurrent(ix.dir); rerr != nil || now == name {
			return nil, err
		}
	}
	return nil, err
}

// openGeneration opens generation name read-only and checks it against its
// manifest. Flaws wrap ErrCorrupt; a write lock held elsewhere, ErrLocked.
func openGeneration(dir, name string) (g *generation, err error) {
	path := filepath.Join(dir, name)
	var idx bleve.Index
	defer func() {
		// A damaged segment can make the segment reader panic; an
		// unusable index must not take the program down.
		if r := recover(); r != nil {
			if idx != nil {
				_ = idx.Close()
			}
			g, err = nil, fmt.Errorf("generation %s: %v: %w", name, r, ErrCorrupt)
		}
	}()
	man, err := readManifest(path)
	if err != nil {
		return nil, fmt.Errorf("generation %s: %w", name, err)
	}
	idx, err = bleve.OpenUsing(path, map[string]interface{}{
		"read_only":    true,
		"bolt_timeout": boltTimeout,
	})
	if errors.Is(err, bolt.ErrTimeout) {
		return nil, fmt.Errorf("generation %s: %w", name, ErrLocked)
	}
	if err != nil {
		return nil, fmt.Errorf("generation %s: %w: %w", name, ErrCorrupt, err)
	}
	g = &generation{name: name, path: path, idx: idx, man: man, log: slog.New(slog.DiscardHandler)}
	if err := g.init(); err != nil {
		_ = g.close()
		return nil, fmt.Errorf("generation %s: %w", name, err)
	}
	if damagedName(dir) == name {
		g.damaged.Store(true)
	}
	return g, nil
}

func (g *generation) init() error {
	if m, ok := g.idx.Mapping().(*mapping.IndexMappingImpl); !ok || m.ScoringModel != index.BM25Scoring {
		return fmt.Errorf("not a BM25 index: %w", ErrCorrupt)
	}
	adv, err := g.idx.Advanced()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	g.reader, err = adv.Reader()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	n, err := g.reader.DocCount()
	if err != nil {
		return fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	if int(n) != g.man.Passages {
		return fmt.Errorf("%d passages indexed, manifest says %d: %w", n, g.man.Passages, ErrCorrupt)
	}
	g.bm25 = bm25Stats(g.man)
	g.chapterOf = make(map[string]int, len(g.man.Chapters))
	g.sectionOf = make(map[string][2]int)
	for ci, c := range g.man.Chapters {
		g.chapterOf[c.File] = ci
		for si, s := range c.Sections {
			if _, dup := g.sectionOf[s.ID]; !dup {
				g.sectionOf[s.ID] = [2]int{ci, si}
			}
		}
	}
	return nil
}

// bm25Stats are the statistics bleve's BM25 uses, from the manifest.
// Bleve computes a field's average length as its number of distinct terms
// divided by the number of documents, which for prose is several times too
// short and so punishes every passage longer than a few words; with the
// real token totals, the average is the average.
func bm25Stats(m *manifest) *blevesearch.BM25Stats {
	s := &blevesearch.BM25Stats{
		DocCount:         float64(m.Passages),
		FieldCardinality: make(map[string]int, len(textFields)),
	}
	for i, f := range textFields {
		s.FieldCardinality[f] = int(m.Tokens[i])
	}
	// A heading names one API member at most, mostly (names.go).
	s.FieldCardinality[fieldNames] = m.Passages
	s.FieldCardinality[fieldDefined] = m.Passages * definedListLen
	return s
}

func (g *generation) close() error {
	var err error
	if g.reader != nil {
		err = g.reader.Close()
	}
	if cerr := g.idx.Close(); err == nil {
		err = cerr
	}
	return err
}

// acquire returns the live generation for one use, to be released.
func (ix *Index) acquire() (*generation, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.closed {
		return nil, fmt.Errorf("search index %s: closed", ix.dir)
	}
	g := ix.live
	if g == nil {
		return nil, ErrNoIndex
	}
	g.refs.Add(1)
	return g, nil
}

// swap makes g live (nil: none) and closes the generation it replaces once
// the searches using it are done. It returns the replaced one's name.
func (ix *Index) swap(g *generation) string {
	ix.mu.Lock()
	if ix.closed {
		ix.mu.Unlock()
		if g != nil {
			_ = g.close()
		}
		return ""
	}
	old := ix.live
	ix.live = g
	if g != nil {
		ix.warning = nil
	}
	ix.mu.Unlock()
	if old == nil {
		return ""
	}
	old.refs.Wait()
	if err := old.close(); err != nil {
		ix.opts.Logger.Warn("close index generation", "dir", old.path, "err", err)
	}
	return old.name
}

// Close closes the index once its searches are done. The caller stops
// its Apply first (internal/library does).
func (ix *Index) Close() error {
	ix.mu.Lock()
	if ix.closed {
		ix.mu.Unlock()
		return nil
	}
	ix.closed = true
	g := ix.live
	ix.live = nil
	ix.mu.Unlock()
	if g == nil {
		return nil
	}
	g.refs.Wait()
	if err := g.close(); err != nil {
		return fmt.Errorf("close index %s: %w", ix.dir, err)
	}
	return nil
}

// Warning says why the index found on disk could not be used (it wraps
// ErrCorrupt); nil when it could, or once a refresh has rebuilt it.
func (ix *Index) Warning() error {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	return ix.warning
}

// Reload switches to the generation CURRENT names, when another process has
// refreshed the index since this one opened it. The caller keeps it from
// running during its own Apply (internal/library does).
func (ix *Index) Reload() error {
	cur, err := readCurrent(ix.dir)
	if err != nil {
		return fmt.Errorf("reload index %s: %w", ix.dir, err)
	}
	ix.mu.RLock()
	same := ix.live != nil && ix.live.name == cur
	ix.mu.RUnlock()
	if same || cur == "" {
		return nil
	}
	g, err := ix.openCurrent()
	if err != nil {
		return fmt.Errorf("reload index %s: %w", ix.dir, err)
	}
	if g != nil {
		ix.swap(g)
	}
	return nil
}

// Status describes the live index; the zero Status when there is none.
func (ix *Index) Status() Status {
	g, err := ix.acquire()
	if err != nil {
		return Status{}
	}
	defer g.refs.Done()
	return g.status()
}

func (g *generation) status() Status {
	return Status{
		Version:  g.man.Version,
		Chapters: len(g.man.Chapters),
		Sections: g.man.sections(),
		Passages: g.man.Passages,
		BuiltAt:  g.man.BuiltAt,
		BuiltBy:  g.man.BuiltBy,
		BuiltPID: g.man.BuiltPID,
		Dir:      g.path,
	}
}

// Chapters is the outline of the live index, in file order; nil when there
// is no index. The result is shared: do not modify it.
func (ix *Index) Chapters() []ChapterInfo {
	g, err := ix.acquire()
	if err != nil {
		return nil
	}
	defer g.refs.Done()
	return g.man.Chapters
}

// Section returns the whole text of the section with the given ID (all its
// passages, joined by blank lines) and its outline entry.
func (ix *Index) Section(id string) (text string, info SectionInfo, ok bool) {
	g, err := ix.acquire()
	if err != nil {
		return "", SectionInfo{}, false
	}
	defer g.refs.Done()
	defer func() {
		var err error
		g.recoverCorrupt(&err)
		if err != nil {
			text, info, ok = "", SectionInfo{}, false
		}
	}()
	at, ok := g.sectionOf[id]
	if !ok {
		return "", SectionInfo{}, false
	}
	c := g.man.Chapters[at[0]]
	info = c.Sections[at[1]]
	parts := make([]string, 0, info.Passages)
	for n := range info.Passages {
		doc, err := g.idx.Document(docID(c.File, at[1], n))
		if err != nil || doc == nil {
			return "", SectionInfo{}, false
		}
		doc.VisitFields(func(f index.Field) {
			if f.Name() == fieldText {
				parts = append(parts, string(f.Value()))
			}
		})
	}
	return strings.Join(parts, "\n\n"), info, true
}

// Terms returns the analysed terms of text, in order: lower-cased, stemmed,
// stop words removed, exactly as the index sees them.
func (ix *Index) Terms(text string) []string {
	return analyse(ix.analyzer, text)
}

// Search returns the k passages (DefaultK when k <= 0, at most MaxK) that
// best match query, best first. The query is plain words: no syntax, each
// analysed term searched in the text, title and trail fields. A query of
// stop words only finds nothing.
func (ix *Index) Search(ctx context.Context, q string, k int) ([]Hit, error) {
	return ix.SearchLeaning(ctx, q, k, Lean{})
}

// Lean is a ranking-only addition to a search: words that raise the
// passages whose headings hold them among those the query finds, and find
// none alone. A caller that knows what kind of section answers (a
// question on a subject's origin is answered under "Why Redis appeared"
// or "Design begins at Google", whose words are not the question's)
// ranks by it, while what the query finds stays the query's.
type Lean struct {
	// Words are analysed as a query is; those the query has already are
	// left out.
	Words string
	// Boost weighs a lean word matched in a passage's headings as a query
	// term matched there, times Boost. Only the headings are read: a
	// section is about how a subject began when its heading says so, while
	// "first", "created" or "started" in a passage's text date anything.
	Boost float64
	// FirstUnder are words of a heading whose first sub-section is raised
	// by firstShare of the best hit's score: the first entry of "Key
	// milestones" is where a subject began, whatever its own heading says
	// ("A Christmas project at CWI"). Analysed as Words are; empty: none.
	FirstUnder string
}

// SearchLeaning is Search with the passages that hold lean's words raised
// (see Lean). A zero Lean is Search.
func (ix *Index) SearchLeaning(ctx context.Context, q string, k int, lean Lean) (_ []Hit, err error) {
	if strings.TrimSpace(q) == "" {
		return nil, ErrEmptyQuery
	}
	k = clampK(k)
	g, err := ix.acquire()
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer g.refs.Done()
	defer g.recoverCorrupt(&err)

	terms := ix.Terms(q)
	if extensionless(q) {
		terms = append(terms, ix.Terms(extensionWord)...)
	}
	terms = unique(terms)
	if len(terms) == 0 {
		return nil, nil
	}
	terms = g.gluedNames(ix.analyzer, q, terms)
	spaced, err := g.spacedTerms(ctx, ix.analyzer, q, terms)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if terms, err = g.numberedNames(ctx, ix.analyzer, q, terms); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	latin, own, err := g.latin(ctx, ix.analyzer, q)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if latin, own, err = g.zeroVersions(ctx, ix.analyzer, q, latin, own); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	forms, err := g.longForms(ctx, ix.analyzer, q, terms)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if latin, err = g.withTypoFixes(ctx, terms, latin, ix.opts.KnownWord); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	stems, err := g.stemForms(ctx, terms)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	numbers, err := g.numberForms(ctx, ix.analyzer, ix.numbers, q, terms)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	var aside, moved map[string]bool
	var agents map[string]string
	if g.isReference() {
		aside = asideTerms(ix.analyzer, q)
		moved = MovedTerms(q, ix.Terms)
		if !slices.ContainsFunc(terms, func(t string) bool { return !moved[t] }) {
			moved = nil // nothing else to search: "after upgrading?"
		}
		if agents, err = g.untitled(ctx, agentVerbs(terms, ix.memberVerbs(g))); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
	}
	dq := ix.query(terms, termAlts{latin: latin, own: own, forms: forms, stems: stems, aside: aside, moved: moved, agents: agents, spaced: spaced, numbers: numbers})
	for _, nq := range append(nameQueries(q), definedQueries(q)...) {
		dq.AddQuery(nq)
	}
	for _, eq := range ix.eventQueries(q, terms) {
		dq.AddQuery(eq)
	}
	var bq query.Query = dq
	if lq := ix.leanQueries(lean, terms); len(lq) > 0 {
		bq = query.NewBooleanQuery([]query.Query{dq}, lq, nil)
	}
	cited, err := g.citedScores(ctx, terms)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	size := k
	if cited != nil {
		size = max(k, citedDepth)
	}
	found, err := g.topHits(ctx, bq, size, cited == nil)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if cited != nil {
		if found, err = g.withCited(ctx, found, cited, k); err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
	}
	lookup := terms
	for _, t := range terms {
		lookup = append(lookup, latin[t]...)
		lookup = append(lookup, spaced[t]...)
	}
	weights, err := g.weights(ctx, unique(lookup))
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	f := newFinder(ix.analyzer, weights)
	hits := make([]Hit, 0, len(found))
	for _, m := range found {
		h, ok := g.hit(f, m)
		if !ok {
			return nil, fmt.Errorf("search: document %q: %w", m.ID, ErrCorrupt)
		}
		hits = append(hits, h)
	}
	if hits, err = g.withPointed(ctx, f, q, hits); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if hits, err = ix.withReturned(ctx, g, terms, hits, f); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if hits, err = g.withLinked(ctx, f, hits); err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	if lean.FirstUnder != "" {
		g.firstsRaised(ix.analyzer, terms, ix.Terms(lean.FirstUnder), hits)
	}
	whyProse(q, hits)
	overviewFirst(hits)
	gettersFirst(q, hits)
	namedFirst(ix.analyzer, q, hits)
	negatedAfter(q, hits)
	aliasesAfter(hits)
	return hits[:min(len(hits), k)], nil
}

// overviewBoost is the share a passage's score gains when its section is
// its chapter's overview: the intro, or a top section that repeats the
// chapter's title (Trail holds the title only). A question about a
// chapter's subject as a whole ("what is diagnostics_channel for", "can
// I use the vm module to run untrusted code") is answered there, while
// the sections below name its details and match the same words more
// densely. Measured with the hits eval ranks (K 20; recall@5 / MRR@10):
// nodedoc-tune 0.729 / 0.573 at 0, 0.757 / 0.592 at 0.15, 0.757 / 0.586
// at 0.2, 0.743 / 0.606 at 0.3, 0.729 / 0.608 at 0.5; the sample book
// 0.903 / 0.800 at 0 and 0.903 / 0.796 at 0.2; rustbook-en, rustbook-ru
// and the Russian chapter unchanged at 0.2 (0.883 / 0.677, 0.812 /
// 0.641, 0.920 / 0.827).
const overviewBoost = 0.2

// An API reference page documents its module in its overview and its
// members below it. A question several of one page's members match about
// as well ("can I run user code in the vm module as a sandbox": vm.runInContext,
// vm.runInNewContext, new vm.Script) asks about the module, not one of them:
// their words are the module's, and the overview says what it is for
// (not a security mechanism). So an overview also gains memberBoost times
// the share of the first memberDepth hits' scores that its page's member
// sections hold (sections whose heading names an API, headingNames). A
// book of prose has no member sections: nothing changes there. Measured
// (recall@5 / MRR@10 against 0.2 alone) on the Node.js reference:
// nodedoc-tune 0.750 / 0.598 -> 0.764 / 0.614, s12 0.700 / 0.579 -> 0.733
// / 0.596, s8 0.783 / 0.612 -> 0.800 / 0.610, s11 MRR 0.582 -> 0.589,
// s10 0.637 -> 0.642, nodedoc-final 0.704 -> 0.697 and s6 0.658 -> 0.650
// (one question each from first to second); at 0.3 s12 alone gained, at
// 0.8 and 1.2 s10 lost a question from the top 5, as with 20 hits; with 5
// hits s8 gained nothing. Counting every section, not only members, moved
// the other books' intros up and lowered a dozen of their sets.
const (
	memberBoost = 0.5
	memberDepth = 10
)

// overviewFirst raises the scores of hits from overview sections by
// overviewBoost and their page's member share (memberShares), and orders
// the hits again (rankOrder).
func overviewFirst(hits []Hit) {
	share := memberShares(hits)
	for i := range hits {
		if len(hits[i].Trail) <= 1 {
			hits[i].Score *= 1 + overviewBoost + memberBoost*share[hits[i].Chapter]
		}
	}
	rankOrder(hits)
}

// memberShares are, by chapter, the share of the scores of the first
// memberDepth hits held by the chapter's member sections.
func memberShares(hits []Hit) map[string]float64 {
	var share map[string]float64
	var sum float64
	for _, h := range hits[:min(len(hits), memberDepth)] {
		sum += h.Score
		if len(h.Trail) <= 1 || headingNames(h.Heading) == nil {
			continue
		}
		if share == nil {
			share = map[string]float64{}
		}
		share[h.Chapter] += h.Score
	}
	for c := range share {
		share[c] /= sum
	}
	return share
}

// scoreDigits is how many decimal places of a score ranking reads.
const scoreDigits = 1e9

// rankOrder rounds the hits' scores to scoreDigits and orders them by
// score, best first, equal scores by passage ID (as bleve orders them).
// Two passages of the same text (http2's Server "close" events, one
// for each server class) score the same but for the last bits of a
// float sum, which depend on how the generation was built: unrounded,
// they swapped places from one build to the next.
func rankOrder(hits []Hit) {
	for i := range hits {
		hits[i].Score = math.Round(hits[i].Score*scoreDigits) / scoreDigits
	}
	slices.SortStableFunc(hits, func(a, b Hit) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return strings.Compare(a.Passage, b.Passage)
	})
}

// termAlts are what a question's terms may be matched by besides
// themselves, each keyed by term (see query); the zero value is none.
type termAlts struct {
	latin   map[string][]string
	own     map[string]bool
	forms   map[string][][]string
	stems   map[string][]string
	aside   map[string]bool
	moved   map[string]bool
	agents  map[string]string
	spaced  map[string][]string
	numbers map[string][]string
}

// query is a disjunction of one term query per (term, field): no query
// syntax ever sees user text. Bleve's disjunction multiplies the sum of
// the scores by the share of its clauses that matched, which favours
// passages matching more of the terms. A Russian term with Latin
// spellings in the book (see Latin), which the book never uses itself, is
// searched as them: one clause per field still, matched by any of them,
// so that it counts as one term; one the book uses rarely (own) is
// searched as itself and them. A term that abbreviates headings of the
// book (forms, see longForms) is matched by itself or by all the words of
// one of them, again as one clause per field. A Russian term no passage
// has and no Latin spelling stands for is matched by itself or by the
// book's other stems of its word (stems, see stemForms), as one clause.
// A term set aside (aside, see aside.go) is boosted asideWeight times less;
// the verb of a reader's upgrade (moved, see upgraded.go) is not searched.
// An agent noun of a reference (agents, see agents.go) is matched by itself
// or its verb, as one clause.
// A number, in digits or in words, is matched by itself or the book's
// other spellings of it (numbers, see numwords.go), as one clause.
// A term of two words in a row that a reference writes as one (spaced,
// see spaced.go) is matched by itself or, where a passage lacks it, by the
// one word, as one clause.
func (ix *Index) query(terms []string, alt termAlts) *query.DisjunctionQuery {
	latin, own, forms, stems, aside, agents := alt.latin, alt.own, alt.forms, alt.stems, alt.aside, alt.agents
	var qs []query.Query
	for _, t := range terms {
		boosts := ix.opts.boosts()
		if alt.moved[t] {
			continue
		}
		if aside[t] {
			for i := range boosts {
				boosts[i] *= asideWeight
			}
		}
		for i, f := range textFields {
			if boosts[i] == 0 {
				continue
			}
			termQuery := func(t string) *query.TermQuery {
				tq := query.NewTermQuery(t)
				tq.SetField(f)
				tq.SetBoost(boosts[i])
				return tq
			}
			alts := latin[t]
			if own[t] {
				alts = append([]string{t}, alts...)
			}
			if len(alts) == 0 && len(stems[t]) > 0 {
				alts = append([]string{t}, stems[t]...)
			}
			if len(alts) == 0 && agents[t] != "" {
				alts = []string{t, agents[t]}
			}
			if len(alts) == 0 && len(alt.numbers[t]) > 0 {
				alts = append([]string{t}, alt.numbers[t]...)
			}
			var q query.Query
			switch {
			case len(forms[t]) > 0:
				q = query.NewDisjunctionQuery([]query.Query{termQuery(t), longFormQuery(forms[t], f, boosts[i])})
			case len(alts) == 0:
				q = termQuery(t)
			case len(alts) == 1:
				q = termQuery(alts[0])
			default:
				q = query.NewDisjunctionQuery(termClauses(alts, f, boosts[i]))
			}
			if len(alt.spaced[t]) > 0 {
				q = spacedQuery(q, termQuery(t), alt.spaced[t], termQuery)
			}
			qs = append(qs, q)
		}
	}
	return query.NewDisjunctionQuery(qs)
}

// leanQueries are the optional clauses of lean: one term query in the
// headings per lean word the query lacks. Bleve's disjunction multiplies
// the sum of its clauses' scores by the share of them that match, so each
// is boosted by the number of words too: a passage whose headings hold
// one adds lean.Boost times that word's score, whatever the number of
// words.
func (ix *Index) leanQueries(lean Lean, terms []string) []query.Query {
	if lean.Boost <= 0 || ix.opts.TrailBoost == 0 || strings.TrimSpace(lean.Words) == "" {
		return nil
	}
	has := make(map[string]bool, len(terms))
	for _, t := range terms {
		has[t] = true
	}
	var words []string
	for _, t := range unique(ix.Terms(lean.Words)) {
		if !has[t] {
			words = append(words, t)
		}
	}
	return termClauses(words, fieldTrail, lean.Boost*ix.opts.TrailBoost*float64(len(words)))
}

// weights are the IDF weights of the query terms in the text field.
func (g *generation) weights(ctx context.Context, terms []string) (map[string]float64, error) {
	w := make(map[string]float64, len(terms))
	for _, t := range terms {
		df, err := g.textDF(ctx, t)
		if err != nil {
			return nil, err
		}
		w[t] = idf(g.man.Passages, int(df))
	}
	return w, nil
}

// hit fills a Hit from a bleve match and the manifest.
func (g *generation) hit(f *finder, m *blevesearch.DocumentMatch) (Hit, bool) {
	file, ord, _, ok := parseDocID(m.ID)
	if !ok {
		return Hit{}, false
	}
	ci, ok := g.chapterOf[file]
	if !ok || ord >= len(g.man.Chapters[ci].Sections) {
		return Hit{}, false
	}
	text, _ := m.Fields[fieldText].(string)
	h := g.passageHit(f, ci, ord, m.ID, text)
	h.Score = m.Score
	return h, true
}

// passageHit is the Hit of passage id, of section ord of chapter ci of
// the manifest, with its text and its snippet for the query terms f
// finds; no score.
func (g *generation) passageHit(f *finder, ci, ord int, id, text string) Hit {
	c := g.man.Chapters[ci]
	s := c.Sections[ord]
	return Hit{
		ID:           s.ID,
		Passage:      id,
		File:         c.File,
		Chapter:      c.Slug,
		ChapterTitle: c.Title,
		Tags:         c.Tags,
		Heading:      s.Heading,
		Trail:        s.Trail,
		URL:          s.URL,
		Snippet:      snippet(text, f.occurrences(text), f.weights),
		Text:         text,
	}
}

func unique(terms []string) []string {
	seen := make(map[string]bool, len(terms))
	out := terms[:0:0]
	for _, t := range terms {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// recoverCorrupt turns a panic inside bleve (a damaged segment) into an
// error wrapping ErrCorrupt, and marks g damaged when *err wraps
// ErrCorrupt, so that the next refresh rebuilds it from the content. Call
// it deferred.
//
// A generation is immutable and read-only: an error reading it other than
// its context ending ("index read inconsistency", a bad varint or bitmap)
// is damage too.
func (g *generation) recoverCorrupt(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("generation %s: %v: %w", g.name, r, ErrCorrupt)
	}
	if *err != nil && !errors.Is(*err, ErrCorrupt) && !errors.Is(*err, context.Canceled) && !errors.Is(*err, context.DeadlineExceeded) {
		*err = fmt.Errorf("%w: generation %s: %w", ErrCorrupt, g.name, *err)
	}
	if *err == nil || !errors.Is(*err, ErrCorrupt) || g.damaged.Swap(true) {
		return
	}
	g.log.Error("index generation damaged: the next refresh rebuilds it", "dir", g.path, "err", *err)
	if werr := replaceFile(filepath.Join(filepath.Dir(g.path), damagedFile), []byte(g.name+"\n")); werr != nil {
		g.log.Warn("mark index generation damaged", "err", werr)
	}
}

func (g *generation) isDamaged() bool {
	return g.damaged.Load() || damagedName(filepath.Dir(g.path)) == g.name
}

// damagedName is the generation the DAMAGED file of dir names, if any.
func damagedName(dir string) string {
	b, err := os.ReadFile(filepath.Join(dir, damagedFile))
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(b))
}
