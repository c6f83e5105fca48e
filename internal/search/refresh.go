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
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/gofrs/flock"

	"github.com/chapterbot/chapterbot/internal/book"
)

// passageWords is the longest passage, in words.
const passageWords = 250

var errInjected = errors.New("injected failure")

// tryLock takes the cross-process refresh lock of dir, or fails with ErrBusy.
func tryLock(dir string) (*flock.Flock, error) {
	l := flock.New(filepath.Join(dir, lockName))
	ok, err := l.TryLock()
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", dir, err)
	}
	if !ok {
		return nil, fmt.Errorf("%s is locked: %w", filepath.Join(dir, lockName), ErrBusy)
	}
	return l, nil
}

// Refresh brings the index up to date with the chapter files of fsys: new
// and changed files are parsed and indexed, deleted ones removed, into a new
// generation that replaces the live one atomically; with nothing changed it
// only reports. A file that cannot be parsed is reported in
// Report.Problems and skipped; if it was indexed before, its previous
// content stays indexed. progress, if not nil, is called with the number of
// files parsed so far and the number to parse.
//
// Searches keep running on the previous generation until the swap. A
// refresh that fails (or whose ctx is cancelled) leaves the live index and
// CURRENT as they were and removes what it wrote. Only one refresh runs at
// a time per index directory, across processes: another one fails at once
// with ErrBusy.
func (ix *Index) Refresh(ctx context.Context, fsys fs.FS, progress func(done, total int)) (Report, error) {
	start := time.Now()
	if !ix.refreshing.TryLock() {
		return Report{}, fmt.Errorf("refresh index %s: %w", ix.dir, ErrBusy)
	}
	defer ix.refreshing.Unlock()

	ix.mu.Lock()
	if ix.closed {
		ix.mu.Unlock()
		return Report{}, fmt.Errorf("refresh index %s: closed", ix.dir)
	}
	ctx, cancel := context.WithCancel(ctx)
	ix.cancel = cancel
	ix.refreshWG.Add(1)
	ix.mu.Unlock()
	defer func() {
		ix.mu.Lock()
		ix.cancel = nil
		ix.mu.Unlock()
		cancel()
		ix.refreshWG.Done()
	}()

	ix.done.Store(0)
	ix.total.Store(0)
	ix.running.Store(true)
	defer ix.running.Store(false)

	lock, err := tryLock(ix.dir)
	if err != nil {
		return Report{}, fmt.Errorf("refresh index %s: %w", ix.dir, err)
	}
	defer lock.Unlock()

	rep, err := ix.refresh(ctx, fsys, progress)
	if err != nil {
		return Report{}, fmt.Errorf("refresh index %s: %w", ix.dir, err)
	}
	rep.Duration = since(start)
	ix.opts.Logger.Info("index refreshed", "dir", ix.dir, "version", rep.Version,
		"added", len(rep.Added), "changed", len(rep.Changed), "removed", len(rep.Removed),
		"problems", len(rep.Problems), "rebuilt", rep.Rebuilt, "took", rep.Duration)
	return rep, nil
}

// sync makes the live generation the one CURRENT names, which another
// process may have replaced, and removes leftovers. The caller holds the
// refresh lock.
func (ix *Index) sync() error {
	cur, err := readCurrent(ix.dir)
	if err != nil && !errors.Is(err, ErrCorrupt) {
		return err
	}
	if err := removeLeftovers(ix.dir, cur); err != nil {
		ix.opts.Logger.Warn("index cleanup", "err", err)
	}
	ix.mu.RLock()
	same := ix.live != nil && ix.live.name == cur
	ix.mu.RUnlock()
	if same || cur == "" {
		return nil
	}
	g, err := openGeneration(ix.dir, cur)
	switch {
	case errors.Is(err, ErrCorrupt):
		ix.opts.Logger.Warn("index unusable, rebuilding", "dir", ix.dir, "err", err)
		return nil
	case err != nil:
		return err
	}
	ix.swap(g)
	return nil
}

// scanned is one chapter file found in the content.
type scanned struct {
	file, hash string
}

// plan is what a refresh has to do.
type plan struct {
	parse   []scanned // added or changed files
	removed []string
	keep    []problemEntry // known problems of unchanged broken files
	dirty   bool           // a new generation is needed
}

func scan(fsys fs.FS) ([]scanned, error) {
	files, err := book.Files(fsys)
	if err != nil {
		return nil, err
	}
	out := make([]scanned, len(files))
	for i, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", f, err)
		}
		out[i] = scanned{f, hashBytes(data)}
	}
	return out, nil
}

// diff compares the content with manifest m (nil: no index).
func diff(files []scanned, m *manifest) plan {
	if m == nil {
		return plan{parse: files, dirty: true}
	}
	var p plan
	problems := make(map[string]problemEntry, len(m.Problems))
	for _, pe := range m.Problems {
		problems[pe.File] = pe
	}
	present := make(map[string]bool, len(files))
	for _, s := range files {
		present[s.file] = true
		e, indexed := m.Files[s.file]
		pe, broken := problems[s.file]
		switch {
		case indexed && e.Hash == s.hash:
			if broken { // a broken edit was undone
				p.dirty = true
			}
		case broken && pe.Hash == s.hash:
			p.keep = append(p.keep, pe)
		default:
			p.parse = append(p.parse, s)
			p.dirty = true
		}
	}
	for f := range m.Files {
		if !present[f] {
			p.removed = append(p.removed, f)
			p.dirty = true
		}
	}
	for f := range problems {
		if !present[f] {
			p.dirty = true
		}
	}
	slices.Sort(p.removed)
	return p
}

// Stale reports whether the content of fsys differs from what the live
// index was built from (true when there is no index). It hashes the files
// but parses nothing.
func (ix *Index) Stale(fsys fs.FS) (bool, error) {
	g, err := ix.acquire()
	if errors.Is(err, ErrNoIndex) {
		return true, nil
	}
	if err != nil {
		return false, err
	}
	defer g.refs.Done()
	files, err := scan(fsys)
	if err != nil {
		return false, fmt.Errorf("check index %s: %w", ix.dir, err)
	}
	return diff(files, g.man).dirty, nil
}

func (ix *Index) refresh(ctx context.Context, fsys fs.FS, progress func(done, total int)) (Report, error) {
	if err := ix.sync(); err != nil {
		return Report{}, err
	}
	base, err := ix.acquire()
	if err != nil && !errors.Is(err, ErrNoIndex) {
		return Report{}, err
	}
	release := func() {
		if base != nil {
			base.refs.Done()
			base = nil
		}
	}
	defer release()

	files, err := scan(fsys)
	if err != nil {
		return Report{}, err
	}
	var baseMan *manifest
	if base != nil {
		baseMan = base.man
	}
	p := diff(files, baseMan)
	if !p.dirty {
		return report(base.man, nil), nil
	}

	b, err := ix.build(ctx, fsys, base, p, progress)
	if err != nil {
		return Report{}, err
	}
	if err := ctx.Err(); err != nil {
		_ = b.gen.close()
		ix.remove(b.gen.path)
		return Report{}, err
	}
	if err := writeCurrent(ix.dir, b.gen.name); err != nil {
		_ = b.gen.close()
		ix.remove(b.gen.path)
		return Report{}, err
	}
	release()
	ix.swap(b.gen)
	// The replaced generation, or an unusable one CURRENT named before.
	if err := removeLeftovers(ix.dir, b.gen.name); err != nil {
		ix.opts.Logger.Warn("index cleanup", "err", err)
	}
	return report(b.gen.man, &b.rep), nil
}

func (ix *Index) remove(path string) {
	if err := os.RemoveAll(path); err != nil {
		ix.opts.Logger.Warn("remove index generation", "dir", path, "err", err)
	}
}

// report completes r (nil: nothing changed) with the totals of m.
func report(m *manifest, r *Report) Report {
	var rep Report
	if r != nil {
		rep = *r
	}
	rep.Chapters = len(m.Chapters)
	rep.Sections = m.sections()
	rep.Passages = m.Passages
	rep.Problems = m.problems()
	rep.Version = m.Version
	return rep
}

// built is a new generation, complete and open, not yet live.
type built struct {
	gen *generation
	rep Report
}

// build writes a new generation directory: a copy of base with the changes
// of p applied, or, without a base, an index of everything. On failure it
// removes the directory.
func (ix *Index) build(ctx context.Context, fsys fs.FS, base *generation, p plan, progress func(done, total int)) (_ *built, err error) {
	name, err := newGenName(ix.dir)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(ix.dir, name)
	var w bleve.Index
	defer func() {
		if err != nil {
			if w != nil {
				_ = w.Close()
			}
			ix.remove(path)
		}
	}()

	nm := &manifest{Format: formatVersion, Files: map[string]fileEntry{}}
	chapters := map[string]ChapterInfo{}
	rep := Report{Rebuilt: base == nil}
	if base != nil {
		if err := os.Mkdir(path, 0o755); err != nil {
			return nil, fmt.Errorf("create generation: %w", err)
		}
		if err := copyGeneration(base.path, path); err != nil {
			return nil, fmt.Errorf("copy generation %s: %w", base.name, err)
		}
		w, err = bleve.OpenUsing(path, map[string]interface{}{"bolt_timeout": boltTimeout})
		if err != nil {
			return nil, fmt.Errorf("open generation %s for writing: %w", name, err)
		}
		maps.Copy(nm.Files, base.man.Files)
		nm.Passages, nm.Tokens = base.man.Passages, base.man.Tokens
		for _, c := range base.man.Chapters {
			chapters[c.File] = c
		}
	} else {
		w, err = bleve.NewUsing(path, ix.mapping, scorch.Name, scorch.Name, nil)
		if err != nil {
			return nil, fmt.Errorf("create generation %s: %w", name, err)
		}
	}
	nm.Problems = append(nm.Problems, p.keep...)

	batch := w.NewBatch()
	flush := func(min int) error {
		if batch.Size() < min || batch.Size() == 0 {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := w.Batch(batch); err != nil {
			return fmt.Errorf("write generation %s: %w", name, err)
		}
		// A new batch rather than batch.Reset(): scorch's Batch may still
		// be ranging over the old one's operations in a goroutine when it
		// returns (a data race with Reset when deletes follow updates).
		batch = w.NewBatch()
		return nil
	}
	// unindex deletes the passages of an indexed file.
	unindex := func(file string) {
		for si, s := range chapters[file].Sections {
			for n := range s.Passages {
				batch.Delete(docID(file, si, n))
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

	for _, f := range p.removed {
		unindex(f)
		rep.Removed = append(rep.Removed, f)
	}

	total := len(p.parse)
	ix.total.Store(int64(total))
	if progress != nil {
		progress(0, total)
	}
	for i, s := range p.parse {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if ix.opts.failAfter > 0 && i >= ix.opts.failAfter {
			return nil, errInjected
		}
		data, err := fs.ReadFile(fsys, s.file)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", s.file, err)
		}
		hash := hashBytes(data) // the file may have changed since the scan
		ch, perr := book.Parse(s.file, data)
		data = nil
		if perr != nil {
			var bp *book.Problem
			if !errors.As(perr, &bp) {
				bp = &book.Problem{File: s.file, Reason: perr.Error()}
			}
			nm.Problems = append(nm.Problems, problemEntry{File: bp.File, Line: bp.Line, Reason: bp.Reason, Hash: hash})
		} else {
			_, indexed := nm.Files[s.file]
			if indexed {
				unindex(s.file)
				rep.Changed = append(rep.Changed, s.file)
			} else {
				rep.Added = append(rep.Added, s.file)
			}
			info, entry, err := ix.addChapter(batch, ch, hash)
			if err != nil {
				return nil, err
			}
			chapters[s.file] = info
			nm.Files[s.file] = entry
			nm.Passages += entry.Passages
			for i := range nm.Tokens {
				nm.Tokens[i] += entry.Tokens[i]
			}
			if err := flush(ix.opts.BatchSize); err != nil {
				return nil, err
			}
		}
		ix.done.Store(int64(i + 1))
		if progress != nil {
			progress(i+1, total)
		}
	}
	if err := flush(1); err != nil {
		return nil, err
	}

	nm.Chapters = slices.SortedFunc(maps.Values(chapters), func(a, b ChapterInfo) int { return cmp.Compare(a.File, b.File) })
	slices.SortFunc(nm.Problems, func(a, b problemEntry) int { return cmp.Compare(a.File, b.File) })
	nm.Version = contentVersion(nm.Files)
	nm.BuiltAt = time.Now().UTC()
	if err := writeManifest(path, nm); err != nil {
		return nil, err
	}
	err = w.Close()
	w = nil
	if err != nil {
		return nil, fmt.Errorf("close generation %s: %w", name, err)
	}
	if err := syncTree(path); err != nil {
		return nil, err
	}
	g, err := openGeneration(ix.dir, name)
	if err != nil {
		return nil, fmt.Errorf("reopen new generation: %w", err)
	}
	return &built{gen: g, rep: rep}, nil
}

// addChapter adds the passages of ch to batch and returns its outline and
// manifest entry.
func (ix *Index) addChapter(batch *bleve.Batch, ch book.Chapter, hash string) (ChapterInfo, fileEntry, error) {
	info := ChapterInfo{Slug: ch.Slug, File: ch.File, Title: ch.Title, URL: ch.URL,
		Sections: make([]SectionInfo, len(ch.Sections))}
	entry := fileEntry{Hash: hash}
	titleTokens := int64(len(ix.analyzer.Analyze([]byte(ch.Title))))
	for si, s := range ch.Sections {
		trail := trailText(s.Trail)
		trailTokens := int64(len(ix.analyzer.Analyze([]byte(trail))))
		passages := book.Passages(s.Text, passageWords)
		for n, text := range passages {
			err := batch.Index(docID(ch.File, si, n), map[string]interface{}{
				fieldText:    text,
				fieldTitle:   ch.Title,
				fieldTrail:   trail,
				fieldFile:    ch.File,
				fieldChapter: ch.Slug,
				fieldSection: s.ID,
			})
			if err != nil {
				return ChapterInfo{}, fileEntry{}, fmt.Errorf("index %s: %w", ch.File, err)
			}
			entry.Tokens[0] += int64(len(ix.analyzer.Analyze([]byte(text))))
			entry.Tokens[1] += titleTokens
			entry.Tokens[2] += trailTokens
		}
		entry.Passages += len(passages)
		info.Sections[si] = SectionInfo{ID: s.ID, Heading: s.Heading, Level: s.Level,
			Trail: s.Trail, URL: s.URL, Passages: len(passages)}
	}
	return info, entry, nil
}
