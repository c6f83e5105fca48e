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

	index "github.com/blevesearch/bleve_index_api"
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
// process may have replaced, removes leftovers, and returns CURRENT's name.
// The caller holds the refresh lock.
func (ix *Index) sync() (string, error) {
	cur, err := readCurrent(ix.dir)
	if errors.Is(err, ErrCorrupt) {
		cur, err = "", nil
	}
	if err != nil {
		return "", err
	}
	if err := removeLeftovers(ix.dir, cur); err != nil {
		ix.opts.Logger.Warn("index cleanup", "err", err)
	}
	ix.mu.RLock()
	same := ix.live != nil && ix.live.name == cur
	ix.mu.RUnlock()
	if same || cur == "" {
		return cur, nil
	}
	g, err := openGeneration(ix.dir, cur)
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
		return cur, nil
	case err != nil:
		return "", err
	}
	ix.swap(g)
	return cur, nil
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
			out[i] = scanned{f, unreadable} // parseFile reports it
			continue
		}
		out[i] = scanned{f, hashBytes(data)}
	}
	return out, nil
}

// unreadable is the hash recorded for a file that could not be read, so
// that it stays a known problem until it changes.
const unreadable = "unreadable"

// unwrapPath is err without the path a *fs.PathError repeats.
func unwrapPath(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
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
	unchanged := make(map[string]bool, len(files)) // indexed as they are
	for _, s := range files {
		present[s.file] = true
		if e, ok := m.Files[s.file]; ok && e.Hash == s.hash {
			unchanged[s.file] = true
		}
	}
	for _, s := range files {
		_, indexed := m.Files[s.file]
		pe, broken := problems[s.file]
		switch {
		case indexed && unchanged[s.file]:
			if broken { // a broken edit was undone
				p.dirty = true
			}
		case broken && pe.Hash == s.hash && (pe.With == "" || unchanged[pe.With]):
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
	cur, err := ix.sync()
	if err != nil {
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
	if base != nil && base.name != cur {
		// What is on disk is missing or unusable: rebuild from scratch,
		// while the generation in memory keeps serving.
		release()
	}

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

	b, err := ix.build(ctx, fsys, files, base, p, progress)
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
	// CURRENT is replaced: the new generation is live, whatever happens.
	if err := syncDir(ix.dir); err != nil {
		ix.opts.Logger.Warn("sync index directory", "err", err)
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

// bulk says whether a refresh rebuilds from scratch rather than update a
// copy of the live generation: when more than half the indexed files
// changed. A bulk build parses only the changed files too; the others'
// passages are read back from the live generation.
func bulk(p plan, base *generation) bool {
	return base == nil || 2*(len(p.parse)+len(p.removed)) > len(base.man.Files)
}

// build writes a new generation directory from base (nil: none) and the
// changes of p, which files (all the content) led to. On failure it removes
// the directory.
func (ix *Index) build(ctx context.Context, fsys fs.FS, files []scanned, base *generation, p plan, progress func(done, total int)) (_ *built, err error) {
	name, err := newGenName(ix.dir)
	if err != nil {
		return nil, err
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

	nm := &manifest{Format: formatVersion, Files: map[string]fileEntry{}}
	chapters := map[string]ChapterInfo{}
	isBulk := bulk(p, base)
	rep := Report{Rebuilt: isBulk}
	if isBulk {
		bw, berr := newBuilderWriter(path, ix.mapping, ix.analyzer, ix.opts.BatchSize, nm)
		if berr != nil {
			return nil, fmt.Errorf("generation %s: %w", name, berr)
		}
		w = bw
	} else {
		bw, berr := newBatchWriter(base.path, path, ix.mapping, ix.opts.BatchSize, nm)
		if berr != nil {
			return nil, fmt.Errorf("generation %s: %w", name, berr)
		}
		w = bw
		maps.Copy(nm.Files, base.man.Files)
		nm.Passages, nm.Tokens = base.man.Passages, base.man.Tokens
		for _, c := range base.man.Chapters {
			chapters[c.File] = c
		}
	}
	nm.Problems = append(nm.Problems, p.keep...)

	indexed := func(file string) bool {
		if base == nil {
			return false
		}
		_, ok := base.man.Files[file]
		return ok
	}
	// unindex deletes the passages of a file of the copied generation.
	unindex := func(file string) {
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
	carry := func(file string) error {
		c := base.man.Chapters[base.chapterOf[file]]
		old := base.man.Files[file]
		nm.Files[file] = fileEntry{Hash: old.Hash, Passages: old.Passages} // w counts the tokens
		for si, s := range c.Sections {
			for n := range s.Passages {
				id := docID(file, si, n)
				text, err := storedText(base, id)
				if err != nil {
					return err
				}
				err = w.add(passage{file: file, id: id, text: text, title: titleText(c.Title, c.Tags),
					trail: trailText(s.Trail), slug: c.Slug, secID: s.ID})
				if err != nil {
					return fmt.Errorf("index %s: %w", file, err)
				}
			}
		}
		nm.Passages += old.Passages
		chapters[file] = c
		return nil
	}

	for _, f := range p.removed {
		if !isBulk {
			unindex(f)
		}
		rep.Removed = append(rep.Removed, f)
	}

	work := slices.Clone(p.parse)
	if isBulk && base != nil {
		work = slices.Clone(files)
	}
	// Files the live generation indexes go first, each in path order: a
	// chapter keeps its slug against a file that arrives with the same one,
	// and a file skipped for a slug conflict is checked against the final
	// state of the others, not against a version this refresh replaces.
	slices.SortStableFunc(work, func(a, b scanned) int {
		switch ia, ib := indexed(a.file), indexed(b.file); {
		case ia == ib:
			return 0
		case ia:
			return -1
		}
		return 1
	})
	parse := make(map[string]bool, len(p.parse))
	for _, s := range p.parse {
		parse[s.file] = true
	}
	ix.total.Store(int64(len(work)))
	if progress != nil {
		progress(0, len(work))
	}
	for i, s := range work {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if ix.opts.failAfter > 0 && i >= ix.opts.failAfter {
			return nil, errInjected
		}
		if !parse[s.file] {
			// An unchanged file in a bulk build.
			if indexed(s.file) {
				if err := carry(s.file); err != nil {
					return nil, err
				}
			}
		} else {
			ch, hash, prob, err := parseFile(fsys, s.file)
			if err != nil {
				return nil, err
			}
			if prob == nil {
				// Section IDs must name one place: a second chapter with a
				// slug already in use is a problem, not a silent overwrite.
				for f, c := range chapters {
					if f != s.file && c.Slug == ch.Slug {
						prob = &problemEntry{File: s.file, Reason: fmt.Sprintf("slug %q is already used by %s", ch.Slug, f), Hash: hash, With: f}
						break
					}
				}
			}
			switch {
			case prob != nil:
				nm.Problems = append(nm.Problems, *prob)
				if isBulk && indexed(s.file) {
					if err := carry(s.file); err != nil { // its previous version stays
						return nil, err
					}
				}
			default:
				if indexed(s.file) {
					if !isBulk {
						unindex(s.file)
					}
					rep.Changed = append(rep.Changed, s.file)
				} else {
					rep.Added = append(rep.Added, s.file)
				}
				if err := ix.addChapter(w, nm, chapters, ch, hash); err != nil {
					return nil, err
				}
			}
		}
		if err := w.flush(ctx); err != nil {
			return nil, fmt.Errorf("write generation %s: %w", name, err)
		}
		ix.done.Store(int64(i + 1))
		if progress != nil {
			progress(i+1, len(work))
		}
	}
	if ix.opts.failAfter > 0 && len(work) >= ix.opts.failAfter {
		return nil, errInjected
	}
	err = w.close(ctx)
	w = nil
	if err != nil {
		return nil, fmt.Errorf("write generation %s: %w", name, err)
	}

	nm.Chapters = slices.SortedFunc(maps.Values(chapters), func(a, b ChapterInfo) int { return cmp.Compare(a.File, b.File) })
	slices.SortFunc(nm.Problems, func(a, b problemEntry) int { return cmp.Compare(a.File, b.File) })
	nm.Version = contentVersion(nm.Files)
	nm.BuiltAt = time.Now().UTC()
	if err := writeManifest(path, nm); err != nil {
		return nil, err
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

// parseFile reads and parses one chapter file, and returns the hash of the
// bytes parsed (the file may have changed since the scan). A file that
// cannot be parsed is a problem, not an error.
func parseFile(fsys fs.FS, file string) (book.Chapter, string, *problemEntry, error) {
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		// A dangling link or a file without read permission is one broken
		// file, reported like the others; the rest of the book is indexed.
		return book.Chapter{}, unreadable, &problemEntry{File: file, Reason: "cannot read: " + unwrapPath(err), Hash: unreadable}, nil
	}
	hash := hashBytes(data)
	ch, err := book.Parse(file, data)
	if err != nil {
		var bp *book.Problem
		if !errors.As(err, &bp) {
			bp = &book.Problem{File: file, Reason: err.Error()}
		}
		return book.Chapter{}, hash, &problemEntry{File: bp.File, Line: bp.Line, Reason: bp.Reason, Hash: hash}, nil
	}
	return ch, hash, nil, nil
}

// storedText is the text of passage id of generation g.
func storedText(g *generation, id string) (string, error) {
	doc, err := g.idx.Document(id)
	if err != nil {
		return "", fmt.Errorf("read passage %s: %w", id, err)
	}
	if doc == nil {
		return "", fmt.Errorf("read passage %s: missing: %w", id, ErrCorrupt)
	}
	var text string
	doc.VisitFields(func(f index.Field) {
		if f.Name() == fieldText {
			text = string(f.Value())
		}
	})
	return text, nil
}

// addChapter adds the passages of ch to w, its entry to nm (tokens are
// counted by w) and its outline to chapters.
func (ix *Index) addChapter(w writer, nm *manifest, chapters map[string]ChapterInfo, ch book.Chapter, hash string) error {
	info := ChapterInfo{Slug: ch.Slug, File: ch.File, Title: ch.Title, Tags: ch.Tags, URL: ch.URL,
		Sections: make([]SectionInfo, len(ch.Sections))}
	nm.Files[ch.File] = fileEntry{Hash: hash} // before any passage: w counts their tokens into it
	total := 0
	for si, s := range ch.Sections {
		trail := trailText(s.Trail)
		passages := book.Passages(s.Text, passageWords)
		for n, text := range passages {
			err := w.add(passage{file: ch.File, id: docID(ch.File, si, n), text: text, title: titleText(ch.Title, ch.Tags),
				trail: trail, slug: ch.Slug, secID: s.ID})
			if err != nil {
				return fmt.Errorf("index %s: %w", ch.File, err)
			}
		}
		total += len(passages)
		info.Sections[si] = SectionInfo{ID: s.ID, Heading: s.Heading, Level: s.Level,
			Trail: s.Trail, URL: s.URL, Passages: len(passages)}
	}
	chapters[ch.File] = info
	e := nm.Files[ch.File]
	e.Passages = total
	nm.Files[ch.File] = e
	nm.Passages += total
	return nil
}
