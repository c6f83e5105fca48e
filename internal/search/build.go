package search

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	index "github.com/blevesearch/bleve_index_api"

	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/vector"
)

// passageWords is the longest passage, in words.
const passageWords = 250

// Put is one chapter file to index. The builder calls Load once, just
// before indexing the chapter, and drops the chapter once its passages are
// written: a build holds one chapter at a time, never the whole book.
type Put struct {
	File string
	// Load is called once per put, in the order of Changes.Put (a differ
	// may decide each file only then, in that order). It parses File and returns its chapter with the hash of the bytes
	// it was parsed from (kept in the manifest, so that a differ can tell
	// what changed); or, when the file can no longer be indexed as planned
	// (it changed since the differ read it), the problem the new
	// generation records instead: File is then not indexed.
	Load func() (ch book.Chapter, hash string, prob *Skipped)
}

// Skipped is a file the new generation does not index (or keeps indexing
// in an earlier version), recorded in its manifest with the hash of the
// content that failed, so that an unchanged broken file is neither read
// again nor makes the index look stale.
type Skipped struct {
	File   string `json:"file"`
	Line   int    `json:"line,omitempty"`
	Reason string `json:"reason"`
	Hash   string `json:"hash"`
	// With is the file whose slug File repeats, for a slug conflict: the
	// problem holds only while With is indexed unchanged.
	With string `json:"with,omitempty"`
}

// Changes turn one generation into the next: the chapters of the base,
// minus the files of Remove and of Put, plus Put.
type Changes struct {
	Remove []string
	Put    []Put
	// Skipped is the complete list of skipped files of the new generation.
	Skipped []Skipped
	// Progress, if not nil, is called with the number of chapters written
	// so far and the number to write.
	Progress func(done, total int)
	// Vectors, if not nil, is called once the new generation is written,
	// before it goes live, with it held; the store it returns (nil: none)
	// is written into the generation and searched by SearchVector.
	Vectors func(ctx context.Context, next *Snapshot) *vector.Store
	// BuiltBy is who asked for the new generation, for Status.
	BuiltBy string
}

// Snapshot is one generation held for reading: what a differ compares
// content with. Release it when done.
type Snapshot struct {
	g *generation
}

// Snapshot holds the live generation; ErrNoIndex when there is none.
func (ix *Index) Snapshot() (*Snapshot, error) {
	g, err := ix.acquire()
	if err != nil {
		return nil, err
	}
	return &Snapshot{g: g}, nil
}

// Release lets the generation be closed once it is replaced.
func (s *Snapshot) Release() {
	if s != nil && s.g != nil {
		s.g.refs.Done()
		s.g = nil
	}
}

// Files maps each indexed file to the hash of its content.
func (s *Snapshot) Files() map[string]string {
	out := make(map[string]string, len(s.g.man.Files))
	for f, e := range s.g.man.Files {
		out[f] = e.Hash
	}
	return out
}

// Skipped are the files this generation skipped, in file order.
func (s *Snapshot) Skipped() []Skipped { return s.g.man.Problems }

// Chapters is the outline, in file order. Do not modify it.
func (s *Snapshot) Chapters() []ChapterInfo { return s.g.man.Chapters }

// Status describes the generation.
func (s *Snapshot) Status() Status { return s.g.status() }

// Damaged reports whether a search found this generation damaged (here or
// in another process): it must be rebuilt from the content, not copied.
func (s *Snapshot) Damaged() bool { return s.g.isDamaged() }

// Apply writes a new generation from base (nil: from scratch) and c,
// replaces CURRENT with it and makes it live; it returns the new
// generation held, and whether it was built from scratch. A failure (or a
// cancelled ctx) leaves the live index and CURRENT as they were and
// removes what it wrote. The caller holds the directory's refresh lock
// (see internal/library) and has called Sync: one Apply at a time.
func (ix *Index) Apply(ctx context.Context, base *Snapshot, c Changes) (_ *Snapshot, rebuilt bool, err error) {
	ix.mu.RLock()
	closed := ix.closed
	ix.mu.RUnlock()
	if closed {
		return nil, false, fmt.Errorf("apply to index %s: closed", ix.dir)
	}
	var bg *generation
	if base != nil {
		bg = base.g
	}
	g, rebuilt, err := ix.build(ctx, bg, c)
	if err != nil {
		return nil, false, fmt.Errorf("apply to index %s: %w", ix.dir, err)
	}
	if c.Vectors != nil {
		if err := attachVectors(ctx, g, c.Vectors); err != nil {
			_ = g.close()
			ix.remove(g.path)
			return nil, false, fmt.Errorf("apply to index %s: %w", ix.dir, err)
		}
	}
	if err := ctx.Err(); err != nil {
		_ = g.close()
		ix.remove(g.path)
		return nil, false, fmt.Errorf("apply to index %s: %w", ix.dir, err)
	}
	if err := writeCurrent(ix.dir, g.name); err != nil {
		_ = g.close()
		ix.remove(g.path)
		return nil, false, fmt.Errorf("apply to index %s: %w", ix.dir, err)
	}
	// CURRENT is replaced: the new generation is live, whatever happens.
	if err := syncDir(ix.dir); err != nil {
		ix.opts.Logger.Warn("sync index directory", "err", err)
	}
	g.refs.Add(1) // the caller's
	base.Release()
	ix.swap(g)
	// The replaced generation, or an unusable one CURRENT named before,
	// and the mark of a damaged one.
	if err := removeLeftovers(ix.dir, g.name); err != nil {
		ix.opts.Logger.Warn("index cleanup", "err", err)
	}
	if err := os.Remove(filepath.Join(ix.dir, damagedFile)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		ix.opts.Logger.Warn("index cleanup", "err", err)
	}
	return &Snapshot{g: g}, rebuilt, nil
}

// Sync makes the live generation the one CURRENT names, which another
// process may have replaced, and removes what failed or interrupted
// refreshes left behind. It reports whether CURRENT names a usable
// generation; when it does not (none, or damaged), the caller rebuilds
// from scratch while the generation in memory, if any, keeps serving. The
// caller holds the refresh lock.
func (ix *Index) Sync() (usable bool, err error) {
	cur, err := readCurrent(ix.dir)
	if errors.Is(err, ErrCorrupt) {
		ix.opts.Logger.Warn("index unusable, rebuilding", "dir", ix.dir, "err", err)
		cur, err = "", nil
	}
	if err != nil {
		return false, fmt.Errorf("sync index %s: %w", ix.dir, err)
	}
	if err := removeLeftovers(ix.dir, cur); err != nil {
		ix.opts.Logger.Warn("index cleanup", "err", err)
	}
	if cur == "" {
		return false, nil
	}
	ix.mu.RLock()
	same := ix.live != nil && ix.live.name == cur
	ix.mu.RUnlock()
	if same {
		return true, nil
	}
	g, err := ix.openGeneration(cur)
	switch {
	case errors.Is(err, ErrCorrupt):
		// Warning() reports the generation Open found unusable; a newer one
		// that another process left unusable is logged here.
		ix.mu.RLock()
		known := ix.warning != nil
		ix.mu.RUnlock()
		if !known {
			ix.opts.Logger.Warn("index unusable, rebuilding", "dir", ix.dir, "err", err)
		}
		return false, nil
	case err != nil:
		return false, fmt.Errorf("sync index %s: %w", ix.dir, err)
	}
	ix.swap(g)
	return true, nil
}

func (ix *Index) remove(path string) {
	if err := os.RemoveAll(path); err != nil {
		ix.opts.Logger.Warn("remove index generation", "dir", path, "err", err)
	}
}

// bulk says whether a build starts from scratch rather than update a copy
// of the base generation: when more than half the indexed files change
// (put, removed, or skipped: a failed edit). A bulk build reads the
// passages of unchanged files back from the base.
func bulk(c Changes, base *generation) bool {
	if base == nil {
		return true
	}
	n := len(c.Put) + len(c.Remove)
	for _, s := range c.Skipped {
		if _, ok := base.man.Files[s.File]; ok {
			n++
		}
	}
	return 2*n > len(base.man.Files)
}

// build writes a new generation directory from base (nil: none) and c,
// and opens it. On failure it removes the directory.
func (ix *Index) build(ctx context.Context, base *generation, c Changes) (_ *generation, rebuilt bool, err error) {
	name, err := newGenName(ix.dir)
	if err != nil {
		return nil, false, err
	}
	path := filepath.Join(ix.dir, name)
	var w writer
	defer func() {
		if err != nil {
			if w != nil {
				w.abort()
			}
			ix.remove(path)
		}
	}()

	nm := &manifest{Format: formatVersion, Files: map[string]fileEntry{}, Problems: slices.Clone(c.Skipped)}
	chapters := map[string]ChapterInfo{}
	isBulk := bulk(c, base)
	if isBulk {
		w, err = newBuilderWriter(path, ix.mapping, ix.analyzer, ix.opts.BatchSize, nm)
	} else {
		w, err = newBatchWriter(base.path, path, ix.mapping, ix.opts.BatchSize, nm)
		maps.Copy(nm.Files, base.man.Files)
		nm.Passages, nm.Tokens = base.man.Passages, base.man.Tokens
		for _, ch := range base.man.Chapters {
			chapters[ch.File] = ch
		}
	}
	if err != nil {
		return nil, false, fmt.Errorf("generation %s: %w", name, err)
	}

	gone := make(map[string]bool, len(c.Remove)+len(c.Put))
	for _, f := range c.Remove {
		gone[f] = true
	}
	for _, p := range c.Put {
		gone[p.File] = true
	}
	var carried []string // unchanged files of the base, in a bulk build
	if isBulk && base != nil {
		for f := range base.man.Files {
			if !gone[f] {
				carried = append(carried, f)
			}
		}
		slices.Sort(carried)
	}
	if !isBulk {
		for _, f := range slices.Sorted(maps.Keys(gone)) {
			if _, ok := nm.Files[f]; ok {
				unindex(w, nm, chapters, f)
			}
		}
	}

	total := len(carried) + len(c.Put)
	if c.Progress != nil {
		c.Progress(0, total)
	}
	done := 0
	step := func() error {
		if err := w.flush(ctx); err != nil {
			return fmt.Errorf("write generation %s: %w", name, err)
		}
		done++
		if c.Progress != nil {
			c.Progress(done, total)
		}
		return ctx.Err()
	}
	for _, f := range carried {
		if err := ctx.Err(); err != nil {
			return nil, false, err
		}
		if err := carry(w, nm, chapters, base, f); err != nil {
			return nil, false, err
		}
		if err := step(); err != nil {
			return nil, false, err
		}
	}
	for _, p := range c.Put {
		if err := ctx.Err(); err != nil {
			return nil, false, err
		}
		if err := put(w, nm, chapters, p); err != nil {
			return nil, false, err
		}
		if err := step(); err != nil {
			return nil, false, err
		}
	}
	err = w.close(ctx)
	w = nil
	if err != nil {
		return nil, false, fmt.Errorf("write generation %s: %w", name, err)
	}

	nm.Chapters = slices.SortedFunc(maps.Values(chapters), func(a, b ChapterInfo) int { return cmp.Compare(a.File, b.File) })
	resolveRelated(nm.Chapters)
	slices.SortFunc(nm.Problems, func(a, b Skipped) int { return cmp.Compare(a.File, b.File) })
	nm.Version = contentVersion(nm.Files)
	nm.BuiltAt = time.Now().UTC()
	nm.BuiltBy, nm.BuiltPID = c.BuiltBy, os.Getpid()
	if err := writeManifest(path, nm); err != nil {
		return nil, false, err
	}
	if err := syncTree(path); err != nil {
		return nil, false, err
	}
	g, err := ix.openGeneration(name)
	if err != nil {
		return nil, false, fmt.Errorf("reopen new generation: %w", err)
	}
	return g, isBulk, nil
}

// unindex deletes the passages of file from the copied generation.
func unindex(w writer, nm *manifest, chapters map[string]ChapterInfo, file string) {
	for si, s := range chapters[file].Sections {
		for n := range s.Passages {
			w.delete(docID(file, si, n))
		}
	}
	e := nm.Files[file]
	nm.Passages -= e.Passages
	for i := range nm.Tokens {
		nm.Tokens[i] -= e.Tokens[i]
	}
	delete(nm.Files, file)
	delete(chapters, file)
}

// carry indexes again the passages file has in base (bulk builds).
func carry(w writer, nm *manifest, chapters map[string]ChapterInfo, base *generation, file string) error {
	c := base.man.Chapters[base.chapterOf[file]]
	old := base.man.Files[file]
	nm.Files[file] = fileEntry{Hash: old.Hash, Passages: old.Passages} // w counts the tokens
	trails := trailTexts(c.Sections)
	for si, s := range c.Sections {
		for n := range s.Passages {
			id := docID(file, si, n)
			text, cited, err := storedText(base, id)
			if err != nil {
				return err
			}
			err = w.add(passage{file: file, id: id, text: text, title: titleText(c.Title, c.Tags),
				trail: trails[si], slug: c.Slug, secID: s.ID, names: headingNames(s.Heading), cited: cited, defined: definedCodes(s.Heading, text)})
			if err != nil {
				return fmt.Errorf("index %s: %w", file, err)
			}
		}
	}
	nm.Passages += old.Passages
	chapters[file] = c
	return nil
}

// storedText is the text of passage id of generation g.
func storedText(g *generation, id string) (text, cited string, err error) {
	defer g.recoverCorrupt(&err)
	doc, err := g.idx.Document(id)
	if err != nil {
		return "", "", fmt.Errorf("read passage %s: %w", id, err)
	}
	if doc == nil {
		return "", "", fmt.Errorf("read passage %s: missing: %w", id, ErrCorrupt)
	}
	doc.VisitFields(func(f index.Field) {
		switch f.Name() {
		case fieldText:
			text = string(f.Value())
		case fieldCited:
			cited = string(f.Value())
		}
	})
	return text, cited, nil
}

// put loads the chapter of p and adds it (or the problem Load returns).
func put(w writer, nm *manifest, chapters map[string]ChapterInfo, p Put) error {
	ch, hash, prob := p.Load()
	if prob != nil {
		nm.Problems = append(nm.Problems, *prob)
		return nil
	}
	if ch.File != p.File {
		return fmt.Errorf("index %s: loaded chapter is %s", p.File, ch.File)
	}
	return addChapter(w, nm, chapters, ch, hash)
}

// addChapter adds the passages of ch to w, its entry to nm (tokens are
// counted by w) and its outline to chapters.
func addChapter(w writer, nm *manifest, chapters map[string]ChapterInfo, ch book.Chapter, hash string) error {
	info := chapterInfo(ch)
	nm.Files[ch.File] = fileEntry{Hash: hash} // before any passage: w counts their tokens into it
	total := 0
	for si, s := range ch.Sections {
		info.Sections[si] = SectionInfo{ID: s.ID, Heading: s.Heading, Level: s.Level, Trail: s.Trail, URL: s.URL, Links: s.Links}
	}
	trails := trailTexts(info.Sections)
	for si, s := range ch.Sections {
		trail, names, cited := trails[si], headingNames(s.Heading), strings.Join(s.Cited, "\n\n")
		passages := book.Passages(s.Text, passageWords)
		for n, text := range passages {
			err := w.add(passage{file: ch.File, id: docID(ch.File, si, n), text: text, title: titleText(ch.Title, ch.Tags),
				trail: trail, slug: ch.Slug, secID: s.ID, names: names, cited: cited, defined: definedCodes(s.Heading, text)})
			if err != nil {
				return fmt.Errorf("index %s: %w", ch.File, err)
			}
		}
		total += len(passages)
		info.Sections[si].Passages = len(passages)
	}
	chapters[ch.File] = info
	e := nm.Files[ch.File]
	e.Passages = total
	nm.Files[ch.File] = e
	nm.Passages += total
	return nil
}

// openGeneration opens generation name of ix, logging to ix's logger.
func (ix *Index) openGeneration(name string) (*generation, error) {
	g, err := openGeneration(ix.dir, name)
	if err != nil {
		return nil, err
	}
	g.log = ix.opts.Logger
	g.loadVectors()
	return g, nil
}
