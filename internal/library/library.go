// Package library owns the book on disk: the content directory and its
// index. It is the one place that decides what changed (hashing the chapter
// files and comparing them with the live generation's manifest, the slug
// rule, problems), the one that refreshes (one refresh per index directory,
// across processes: a refresh that finds another running waits for it,
// then checks again what is stale), the one that adds an uploaded chapter
// (validated, then written atomically) and the one that picks up another
// process's refresh (watching CURRENT). It reports every refresh once, as
// a Result, to its Recorder.
//
// Files of the content are read only when they are regular files inside
// the content directory, no larger than book.MaxFileSize (refused by their
// size, unread); anything else is a problem of that file.
package library

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/search"
	"github.com/chapterbot/chapterbot/internal/vector"
)

// Errors that callers tell apart with errors.Is.
var (
	// ErrBusy: another refresh held the index directory past the wait (or,
	// for TryRefresh, at all).
	ErrBusy = errors.New("a refresh is already running")
	// ErrBackoff: an automatic refresh of this content failed recently and
	// is not tried again yet; the live index answers.
	ErrBackoff = errors.New("the last refresh of this content failed")
	// ErrBadName: an uploaded chapter's file name is not a plain chapter
	// file name.
	ErrBadName = errors.New("invalid chapter file name")
	// ErrReadOnly: the content is not a directory (the embedded book).
	ErrReadOnly = errors.New("the content is not a directory")
)

// Defaults of Options.
const (
	DefaultLockWait   = 60 * time.Second
	DefaultRetryAfter = 10 * time.Minute
)

// Recorder counts refreshes by result and shows the live index's size;
// metrics.Metrics is one.
type Recorder interface {
	Refresh(result string)
	Index(chapters, sections int, builtAt time.Time)
}

// Options configure a Library.
type Options struct {
	IndexDir string
	// ContentDir is the content directory; ContentFS the content when it
	// is not a directory (the embedded book). One of them is set.
	ContentDir string
	ContentFS  fs.FS
	Search     search.Options
	// LockWait bounds the wait for another refresh (0: DefaultLockWait).
	LockWait time.Duration
	// RetryAfter is how long TryRefresh leaves content whose refresh
	// failed alone (0: DefaultRetryAfter).
	RetryAfter time.Duration
	// Waiting, if not nil, is told when a refresh starts waiting for
	// another, of another process or of this one.
	Waiting  func(Holder)
	Logger   *slog.Logger
	Recorder Recorder
	// Embedder, if not nil, embeds every passage of each new generation
	// (only those whose text changed; see vectors.go), stored with it; a
	// Refresh of unchanged content embeds what the live generation lacks.
	// EmbedProgress, if not nil, is called with the texts embedded so far
	// and the number to embed.
	Embedder      Embedder
	EmbedProgress func(done, total int)
}

// Library is a content directory and its index. Its methods are safe for
// concurrent use.
type Library struct {
	opts Options
	ix   *search.Index

	// apply is ix.Apply; tests replace it (export_test.go).
	apply func(context.Context, *search.Snapshot, search.Changes) (*search.Snapshot, bool, error)

	sem         chan struct{} // held by the refresh of this process
	closing     context.Context
	close       context.CancelFunc
	closed      atomic.Bool
	running     atomic.Bool
	holder      atomic.Pointer[Holder] // of the refresh of this process
	done, total atomic.Int64

	mu      sync.Mutex
	last    LastRefresh
	hasLast bool
}

type nopRecorder struct{}

func (nopRecorder) Refresh(string)            {}
func (nopRecorder) Index(int, int, time.Time) {}

// Open opens the index of opts.IndexDir (creating the directory; with no
// usable index, searches fail with search.ErrNoIndex until a refresh) and
// removes what failed or interrupted refreshes left behind, unless a
// refresh is running.
func Open(opts Options) (*Library, error) {
	if opts.LockWait <= 0 {
		opts.LockWait = DefaultLockWait
	}
	if opts.RetryAfter <= 0 {
		opts.RetryAfter = DefaultRetryAfter
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Search.Logger == nil {
		opts.Search.Logger = opts.Logger
	}
	if opts.Recorder == nil {
		opts.Recorder = nopRecorder{}
	}
	if opts.ContentDir == "" && opts.ContentFS == nil {
		return nil, errors.New("open library: no content: set ContentDir or ContentFS")
	}
	ix, err := search.Open(opts.IndexDir, opts.Search)
	if err != nil {
		return nil, err
	}
	l := &Library{opts: opts, ix: ix, apply: ix.Apply, sem: make(chan struct{}, 1)}
	l.closing, l.close = context.WithCancel(context.Background())
	dl := &dirLock{dir: opts.IndexDir}
	if ok, err := dl.tryLock(); err != nil {
		opts.Logger.Warn("index cleanup", "err", err)
	} else if ok {
		if _, err := ix.Sync(); err != nil {
			opts.Logger.Warn("index cleanup", "err", err)
		}
		dl.unlock()
	}
	l.observe()
	return l, nil
}

// Index is the searcher over the live generation. A Library holds no
// other resource, so a program that only searches once the index is fresh
// (the CLI) may keep the Index and close it alone.
func (l *Library) Index() *search.Index { return l.ix }

// Warning says why the index found on disk could not be used; nil when it
// could, or once a refresh has rebuilt it.
func (l *Library) Warning() error { return l.ix.Warning() }

// Close stops a running refresh, waits for it and closes the index.
func (l *Library) Close() error {
	if l.closed.Swap(true) {
		return nil
	}
	l.close()
	l.sem <- struct{}{} // the running refresh, if any, is done
	return l.ix.Close()
}

// Progress reports the running refresh's progress in chapters written.
func (l *Library) Progress() (done, total int, running bool) {
	return int(l.done.Load()), int(l.total.Load()), l.running.Load()
}

// LastRefresh is the last refresh this Library ran; false before any.
func (l *Library) LastRefresh() (LastRefresh, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.last, l.hasLast
}

// Stale reports whether the content differs from what the live index was
// built from (true when there is none, or it was found damaged). It hashes
// the files but parses nothing.
func (l *Library) Stale() (bool, error) {
	stale, _, err := l.check()
	return stale, err
}

// RefreshIfStale is TryRefresh when the content differs from the live index
// (as Stale tells), and nothing otherwise (false). stale, if not nil, is
// called before the refresh starts. The content is read and hashed once:
// the refresh starts from the scan that found it stale, unless the live
// index changed meanwhile.
func (l *Library) RefreshIfStale(ctx context.Context, stale func()) (Report, bool, error) {
	isStale, pre, err := l.check()
	if err != nil || !isStale {
		return Report{}, false, err
	}
	if stale != nil {
		stale()
	}
	rep, err := l.run(ctx, nil, true, pre)
	return rep, true, err
}

// prescan is a scan of the content made against the generation in dir.
type prescan struct {
	dir       string
	files     []scanned
	unread    []string
	summaries []string
}

// check is Stale, with the scan it made (nil when it needed none).
func (l *Library) check() (bool, *prescan, error) {
	snap, err := l.ix.Snapshot()
	if errors.Is(err, search.ErrNoIndex) {
		return true, nil, nil
	}
	if err != nil {
		return false, nil, err
	}
	defer snap.Release()
	if snap.Damaged() {
		return true, nil, nil
	}
	c, err := openContent(l.opts.ContentDir, l.opts.ContentFS)
	if err != nil {
		return false, nil, err
	}
	defer c.close()
	b := baseOf(snap)
	files, err := scan(c, b)
	if err != nil {
		return false, nil, fmt.Errorf("check index %s: %w", l.opts.IndexDir, err)
	}
	return diff(files, b).dirty, &prescan{dir: snap.Status().Dir, files: files, unread: c.unread, summaries: c.summaries}, nil
}

// Refresh brings the index up to date with the content: new and changed
// files are parsed and indexed, deleted ones removed, into a new
// generation that replaces the live one atomically; with nothing changed
// it only reports. A file that cannot be used is reported in
// Report.Problems and skipped; if it was indexed before, its previous
// content stays indexed. progress, if not nil, is called with the number
// of chapters written so far and the number to write.
//
// When another refresh holds the index directory (this process or
// another), Refresh waits for it (Options.LockWait at most, then ErrBusy
// naming the holder) and then runs, so that its report covers what changed
// before it was called. A refresh that fails leaves the live index as it
// was.
func (l *Library) Refresh(ctx context.Context, progress func(done, total int)) (Report, error) {
	return l.run(ctx, progress, false, nil)
}

// TryRefresh is Refresh for automatic refreshes (a CLI question finding
// the index stale): while a live index can answer, it does not wait for
// another refresh (ErrBusy), and content whose refresh failed less than
// Options.RetryAfter ago is not tried again (ErrBackoff). Without a live
// index it waits like Refresh.
func (l *Library) TryRefresh(ctx context.Context, progress func(done, total int)) (Report, error) {
	return l.run(ctx, progress, true, nil)
}

// run runs a refresh; pre, if not nil, is a scan of the content it may
// start from.
func (l *Library) run(ctx context.Context, progress func(done, total int), auto bool, pre *prescan) (rep Report, err error) {
	start := time.Now()
	defer func() { l.note(start, askedBy(ctx), rep, err) }()
	wrap := func(err error) error { return fmt.Errorf("refresh index %s: %w", l.opts.IndexDir, err) }
	waited := false // for another refresh, of this process or another
	select {
	case l.sem <- struct{}{}:
	default:
		if auto && l.ix.Status().Version != "" {
			return Report{}, wrap(ErrBusy)
		}
		waited = true
		if l.opts.Waiting != nil {
			h := l.holder.Load()
			if h == nil { // it has only just started
				h = new(thisProcess())
			}
			l.opts.Waiting(*h)
		}
		t := time.NewTimer(l.opts.LockWait)
		defer t.Stop()
		select {
		case l.sem <- struct{}{}:
		case <-ctx.Done():
			return Report{}, wrap(ctx.Err())
		case <-l.closing.Done():
			return Report{}, wrap(errors.New("closed"))
		case <-t.C:
			return Report{}, wrap(fmt.Errorf("a refresh in this process ran past %s: %w", l.opts.LockWait, ErrBusy))
		}
	}
	defer func() { <-l.sem }()
	l.holder.Store(new(thisProcess()))
	defer l.holder.Store(nil)
	if l.closed.Load() {
		return Report{}, wrap(errors.New("closed"))
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer context.AfterFunc(l.closing, cancel)()

	if auto && l.ix.Status().Version == "" {
		// Another process may have built one since this one opened.
		if err := l.ix.Reload(); err != nil && !errors.Is(err, search.ErrCorrupt) {
			l.opts.Logger.Warn("reload index", "err", err)
		}
	}
	wait := !auto || l.ix.Status().Version == ""

	dl := &dirLock{dir: l.opts.IndexDir}
	if wait {
		err = dl.lock(ctx, l.opts.LockWait, func(h Holder) {
			waited = true
			if l.opts.Waiting != nil {
				l.opts.Waiting(h)
			}
		})
	} else {
		var ok bool
		if ok, err = dl.tryLock(); err == nil && !ok {
			err = fmt.Errorf("%s is held by %s: %w", filepath.Join(l.opts.IndexDir, lockName), readHolder(l.opts.IndexDir), ErrBusy)
		}
	}
	if err != nil {
		return Report{}, wrap(err)
	}
	defer dl.unlock()

	l.done.Store(0)
	l.total.Store(0)
	l.running.Store(true)
	defer l.running.Store(false)
	rep, err = l.refresh(ctx, progress, auto, pre)
	if err != nil {
		return Report{}, wrap(err)
	}
	rep.Duration = time.Since(start).Round(time.Millisecond)
	rep.Waited, rep.By = waited, askedBy(ctx)
	l.opts.Logger.Info("index refreshed", "dir", l.opts.IndexDir, "version", rep.Version,
		"added", len(rep.Added), "changed", len(rep.Changed), "removed", len(rep.Removed),
		"problems", len(rep.Problems), "rebuilt", rep.Rebuilt, "took", rep.Duration)
	if v := rep.Vectors; v != nil {
		l.opts.Logger.Info("index vectors", "model", v.Model, "passages", v.Passages, "missing", v.Missing,
			"embedded", v.Embedded, "reused", v.Reused, "rebuilt", v.Rebuilt, "err", v.Error)
	}
	return rep, nil
}

// refresh does the work of a refresh; the caller holds the locks.
func (l *Library) refresh(ctx context.Context, progress func(done, total int), auto bool, pre *prescan) (Report, error) {
	usable, err := l.ix.Sync()
	if err != nil {
		return Report{}, err
	}
	snap, err := l.ix.Snapshot()
	if err != nil && !errors.Is(err, search.ErrNoIndex) {
		return Report{}, err
	}
	defer func() { snap.Release() }()
	// What is on disk is missing, unusable or damaged: rebuild from the
	// content alone (nothing of it copied), while the generation in memory
	// keeps serving.
	rebuild := snap == nil || !usable || snap.Damaged()
	b := baseOf(snap)
	if rebuild {
		b = baseOf(nil)
	}
	c, err := openContent(l.opts.ContentDir, l.opts.ContentFS)
	if err != nil {
		return Report{}, err
	}
	defer c.close()
	var files []scanned
	if pre != nil && !rebuild && pre.dir == snap.Status().Dir {
		files, c.unread, c.summaries = pre.files, pre.unread, pre.summaries
	} else if files, err = scan(c, b); err != nil {
		return Report{}, err
	}
	p := diff(files, b)
	if !p.dirty && !rebuild {
		if !auto && l.vectorsStale(snap) {
			rep, released, err := l.refreshVectors(ctx, snap)
			if released {
				snap = nil
			}
			rep.Unread, rep.Summaries = c.unread, c.summaries
			return rep, err
		}
		return report(snap, Report{Unread: c.unread, Summaries: c.summaries}), nil
	}
	hash := contentHash(files)
	if f, ok := readFailure(l.opts.IndexDir); auto && ok && f.Content == hash && time.Since(f.At) < l.opts.RetryAfter {
		return Report{}, fmt.Errorf("%w at %s (%s); next try after %s", ErrBackoff, f.At.Format(time.RFC3339), f.Err,
			f.At.Add(l.opts.RetryAfter).Format(time.RFC3339))
	}

	ch, added, changed := changes(c, b, p)
	ch.BuiltBy = askedBy(ctx)
	for i := range files { // the puts hold the bytes they index, until then
		files[i].data = nil
	}
	for i := range p.parse {
		p.parse[i].data = nil
	}
	ch.Progress = func(done, total int) {
		l.done.Store(int64(done))
		l.total.Store(int64(total))
		if progress != nil {
			progress(done, total)
		}
	}
	var vrep *VectorReport
	if l.opts.Embedder != nil {
		vrep = &VectorReport{}
		var prev *vector.Store // kept in memory after snap is released
		if snap != nil {
			prev = snap.Vectors()
		}
		ch.Vectors = func(ctx context.Context, next *search.Snapshot) *vector.Store {
			return l.embedPassages(ctx, next, prev, vrep)
		}
	}
	from := snap
	if rebuild {
		// The swap waits for the generation in memory to be released.
		from = nil
		snap.Release()
		snap = nil
	}
	next, rebuilt, err := l.apply(ctx, from, ch)
	if err != nil {
		if ctx.Err() == nil {
			noteFailure(l.opts.IndexDir, hash, err)
		}
		return Report{}, err
	}
	if from != nil {
		snap = nil // Apply released it
	}
	defer next.Release()
	clearFailure(l.opts.IndexDir)
	// A put file the builder skipped (a new file that does not parse or
	// whose slug is taken, a file that changed since it was decided) is a
	// problem, not added or changed.
	late := map[string]bool{}
	for _, s := range next.Skipped() {
		late[s.File] = true
	}
	isLate := func(f string) bool { return late[f] }
	added = slices.DeleteFunc(added, isLate)
	changed = slices.DeleteFunc(changed, isLate)
	return report(next, Report{Added: added, Changed: changed, Removed: p.removed, Rebuilt: rebuilt, Unread: c.unread,
		Summaries: c.summaries, Vectors: vrep}), nil
}

// note records a refresh: its result (counted once, here), the last
// refresh, and the live index's size.
func (l *Library) note(start time.Time, by string, rep Report, err error) {
	r := LastRefresh{At: time.Now(), Took: time.Since(start), Result: ResultOf(rep, err), By: by}
	if err != nil {
		r.Err = err.Error()
	}
	l.mu.Lock()
	l.last, l.hasLast = r, true
	l.mu.Unlock()
	l.opts.Recorder.Refresh(string(r.Result))
	l.observe()
}

func (l *Library) observe() {
	st := l.ix.Status()
	l.opts.Recorder.Index(st.Chapters, st.Sections, st.BuiltAt)
}

// AddChapter adds or replaces the chapter file name with data and
// refreshes (waiting for a running refresh, like Refresh). name must be a
// plain chapter file name (no directory, not hidden, with an extension book.IsChapterFile
// accepts); data must parse (the error is a *book.Problem with its line):
// otherwise nothing is written. The file is written atomically (a
// temporary file, synced, renamed over). Report.Saved names it once it is
// written, also when the refresh then fails.
func (l *Library) AddChapter(ctx context.Context, name string, data []byte, progress func(done, total int)) (Report, error) {
	if l.opts.ContentDir == "" {
		return Report{}, fmt.Errorf("add chapter %s: %w", name, ErrReadOnly)
	}
	if err := checkName(name); err != nil {
		return Report{}, fmt.Errorf("add chapter %q: %w", name, err)
	}
	if _, err := book.Parse(name, data); err != nil {
		return Report{}, fmt.Errorf("add chapter: %w", err)
	}
	replaced, err := writeFile(l.opts.ContentDir, name, data)
	if err != nil {
		return Report{}, fmt.Errorf("add chapter %s: %w", name, err)
	}
	l.opts.Logger.Info("chapter saved", "file", name, "bytes", len(data), "replaced", replaced)
	rep, err := l.Refresh(ctx, progress)
	rep.Saved, rep.Replaced = name, replaced
	return rep, err
}

// checkName accepts a plain chapter file name.
func checkName(name string) error {
	switch {
	case name == "" || len(name) > 255:
		return fmt.Errorf("empty or too long: %w", ErrBadName)
	case strings.ContainsAny(name, "/\\\x00") || name != filepath.Base(name):
		return fmt.Errorf("a file name without directories is required: %w", ErrBadName)
	case strings.HasPrefix(name, "."):
		return fmt.Errorf("hidden files are not chapters: %w", ErrBadName)
	}
	if book.IsChapterFile(name) {
		return nil
	}
	return fmt.Errorf("a chapter is a %s file: %w", book.Formats, ErrBadName)
}

// writeFile writes dir/name atomically: a hidden temporary file in dir
// (chapter listings and the content watch skip it), synced, renamed over
// name, and the directory synced. It reports whether name existed.
func writeFile(dir, name string, data []byte) (replaced bool, err error) {
	path := filepath.Join(dir, name)
	if _, err := os.Lstat(path); err == nil {
		replaced = true
	}
	f, err := os.CreateTemp(dir, ".upload-*")
	if err != nil {
		return false, err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return false, err
	}
	if err := os.Rename(tmp, path); err != nil {
		return false, err
	}
	d, err := os.Open(dir)
	if err != nil {
		return replaced, nil // written; durability of the name is best effort
	}
	_ = d.Sync()
	_ = d.Close()
	return replaced, nil
}

// WatchCurrent picks up refreshes other processes make, until ctx ends:
// when CURRENT is replaced, the index switches to the generation it names.
// ready, if not nil, is called once the watch is in place.
func (l *Library) WatchCurrent(ctx context.Context, ready func()) error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("watch index %s: %w", l.opts.IndexDir, err)
	}
	defer w.Close()
	if err := w.Add(l.opts.IndexDir); err != nil {
		return fmt.Errorf("watch index %s: %w", l.opts.IndexDir, err)
	}
	if ready != nil {
		ready()
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			if filepath.Base(ev.Name) == "CURRENT" && ev.Has(fsnotify.Create|fsnotify.Write) {
				l.reload()
			}
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			l.opts.Logger.Warn("index watch", "err", err)
		}
	}
}

// reload switches to the generation CURRENT names, unless a refresh of
// this process is running (it switches to the newest itself).
func (l *Library) reload() {
	select {
	case l.sem <- struct{}{}:
	default:
		return
	}
	defer func() { <-l.sem }()
	if l.closed.Load() {
		return
	}
	before := l.ix.Status().Version
	if err := l.ix.Reload(); err != nil {
		l.opts.Logger.Warn("reload index", "err", err)
		return
	}
	if st := l.ix.Status(); st.Version != before {
		l.opts.Logger.Info("index reloaded", "version", st.Version)
		l.observe()
	}
}
