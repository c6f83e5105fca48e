package library

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/book"
	"github.com/chapterbot/chapterbot/internal/search"
)

// writeBook writes files (path -> text) into a new content directory.
func writeBook(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		write(t, p, text)
	}
	return dir
}

func problemsOf(rep Report) map[string]string {
	out := map[string]string{}
	for _, p := range rep.Problems {
		out[p.File] = p.Reason
	}
	return out
}

// Only regular files inside the content directory are read: a link out
// of it (to a secret, to /etc/passwd, to /dev/zero), a FIFO (which would
// block a reader forever), a device, a file over book.MaxFileSize are each
// a problem, named with its reason, never read or indexed; a link to a
// file inside is read.
func TestOnlyRegularFilesInsideAreRead(t *testing.T) {
	outside := t.TempDir()
	write(t, filepath.Join(outside, ".env"), "# Secret\n\nDISCORD_TOKEN=hunter2 leaked\n")
	content := writeBook(t, map[string]string{
		"a.md":         "# Alpha\n\nThe event loop runs callbacks.\n",
		"part/b.md":    "# Beta\n\nBeta text about queues.\n",
		"part/big.txt": "", // replaced below
	})
	links := map[string]string{
		"secret.md":   filepath.Join(outside, ".env"),
		"up.md":       "../" + filepath.Base(outside) + "/.env",
		"passwd.md":   "/etc/passwd",
		"zero.md":     "/dev/zero",
		"inside.md":   filepath.Join(content, "part", "b.md"), // absolute, inside
		"relative.md": "part/b.md",
	}
	// "up.md" climbs out of content into its sibling temporary directory
	// only if they share a parent; make it certain.
	links["up.md"] = "../../../../../../../../.." + outside + "/.env"
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(content, name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(content, "fifo.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mknod(filepath.Join(content, "null.md"), syscall.S_IFCHR|0o644, int(unixMkdev(1, 3))); err != nil {
		t.Logf("no device node (not root?): %v", err) // the FIFO and links still run
	}
	big, err := os.Create(filepath.Join(content, "part", "big.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(1 << 30); err != nil { // 1 GB, sparse: reading it would show
		t.Fatal(err)
	}
	big.Close()

	l := openDirLib(t, content, t.TempDir())
	done := make(chan struct{})
	var rep Report
	go func() {
		defer close(done)
		rep, err = l.Refresh(context.Background(), nil)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Refresh hangs (a FIFO read?)")
	}
	if err != nil {
		t.Fatal(err)
	}
	outsideWhy := "cannot read: it links outside the content directory"
	want := map[string]string{
		"secret.md":    outsideWhy,
		"up.md":        outsideWhy,
		"passwd.md":    outsideWhy,
		"zero.md":      outsideWhy,
		"fifo.md":      "not a regular file: a named pipe",
		"part/big.txt": fmt.Sprintf("file too large: %d bytes (limit %d)", 1<<30, book.MaxFileSize),
	}
	if _, err := os.Lstat(filepath.Join(content, "null.md")); err == nil {
		want["null.md"] = "not a regular file: a character device"
	}
	if diff := cmp.Diff(want, problemsOf(rep)); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	var files []string
	for _, c := range l.Index().Chapters() {
		files = append(files, c.File)
	}
	// inside.md and relative.md are part/b.md again: their slugs differ
	// (the path), so all three are chapters.
	if diff := cmp.Diff([]string{"a.md", "inside.md", "part/b.md", "relative.md"}, files); diff != "" {
		t.Errorf("indexed (-want +got):\n%s", diff)
	}
	hits, err := l.Index().Search(context.Background(), "hunter2 leaked secret", 5)
	if err != nil || len(hits) != 0 {
		t.Errorf("outside file searchable: %v, %v", ids(hits), err)
	}
	// Refused files are known problems: nothing is stale, nothing re-read.
	if stale, err := l.Stale(); err != nil || stale {
		t.Errorf("Stale = %v, %v; want false", stale, err)
	}
}

func unixMkdev(major, minor uint32) uint64 {
	return uint64(major)<<8 | uint64(minor)
}

// A damaged segment in the serving generation: a search fails with an
// error wrapping search.ErrCorrupt (no panic), and the next refresh
// rebuilds from the content instead of reporting nothing changed or
// copying the damaged segment; also in another process (a new Library).
func TestDamagedSegmentIsRebuilt(t *testing.T) {
	content := writeBook(t, map[string]string{
		"node.md":     nodeMD,
		"react.md":    reactMD,
		"ops/kube.md": kubeMD,
	})
	dir := t.TempDir()
	l := openDirLib(t, content, dir)
	if _, err := l.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	gen := l.Index().Status().Dir
	zaps, _ := filepath.Glob(filepath.Join(gen, "store", "*.zap"))
	if len(zaps) == 0 {
		t.Fatal("no segment")
	}
	// Damage the first tenth of every segment: its footer stays valid, so
	// the generation opens, and searches fail.
	for _, z := range zaps {
		fi, err := os.Stat(z)
		if err != nil {
			t.Fatal(err)
		}
		f, err := os.OpenFile(z, os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		garbage := make([]byte, fi.Size()/10)
		for i := range garbage {
			garbage[i] = byte(i*7 + 13)
		}
		if _, err := f.WriteAt(garbage, 0); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}

	// Another process opens the damaged generation.
	other := openDirLib(t, content, dir)
	var searchErr error
	for _, q := range []string{"event loop", "hooks state", "pods containers", "npm packages"} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("Search(%q) panicked: %v", q, r)
				}
			}()
			if _, err := other.Index().Search(context.Background(), q, 5); err != nil && searchErr == nil {
				searchErr = err
			}
		}()
	}
	if other.Warning() != nil || !errors.Is(searchErr, search.ErrCorrupt) {
		t.Fatalf("damaged generation: Warning %v, Search error %v; want it open, and a search error wrapping ErrCorrupt", other.Warning(), searchErr)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "DAMAGED")); err != nil || strings.TrimSpace(string(b)) != filepath.Base(gen) {
		t.Errorf("DAMAGED = %q, %v; want %s", b, err, filepath.Base(gen))
	}
	if stale, err := other.Stale(); err != nil || !stale {
		t.Errorf("Stale on a damaged generation = %v, %v; want true", stale, err)
	}
	rep, err := other.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !rep.Rebuilt || len(rep.Added) != 3 || rep.Chapters != 3 {
		t.Errorf("Report = %+v; want a full rebuild", rep)
	}
	if _, err := os.Stat(filepath.Join(dir, "DAMAGED")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("DAMAGED left after the rebuild: %v", err)
	}
	newGen := other.Index().Status().Dir
	for _, z := range zaps {
		if _, err := os.Stat(filepath.Join(newGen, "store", filepath.Base(z))); err == nil {
			if same(t, z, filepath.Join(newGen, "store", filepath.Base(z))) {
				t.Errorf("damaged segment %s carried into the new generation", filepath.Base(z))
			}
		}
	}
	if got := ids(find(t, &testLib{Library: other}, "event loop", 1)); !cmp.Equal(got, []string{"node#event-loop"}) {
		t.Errorf("Search after the rebuild = %v", got)
	}
	// The first Library picks the new generation up at its next refresh.
	if rep, err := l.Refresh(context.Background(), nil); err != nil || !rep.Unchanged() {
		t.Errorf("refresh of the first Library = %+v, %v; want unchanged", rep, err)
	}
}

// same reports whether two paths are one file (a hard link).
func same(t *testing.T, a, b string) bool {
	fa, err1 := os.Stat(a)
	fb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(fa, fb)
}

// A refresh that fails (a full disk) is not tried again by every
// automatic refresh: TryRefresh backs off while the content is the same
// and the live index answers; a change of content, RetryAfter passing, or
// an explicit Refresh tries again.
func TestFailedRefreshBacksOff(t *testing.T) {
	dir := t.TempDir()
	l := openLib(t, dir, Options{RetryAfter: time.Hour})
	refresh(t, l, testBook())
	version := l.Status().Version

	attempts := 0
	full := fmt.Errorf("write generation: %w", syscall.ENOSPC)
	l.failWith(full, &attempts)
	edited := changedBook()
	l.fsys.set(edited)
	if _, err := l.TryRefresh(context.Background(), nil); !errors.Is(err, syscall.ENOSPC) {
		t.Fatalf("first TryRefresh: %v, want ENOSPC", err)
	}
	for range 3 {
		_, err := l.TryRefresh(context.Background(), nil)
		if !errors.Is(err, ErrBackoff) {
			t.Errorf("TryRefresh after a failure: %v, want ErrBackoff", err)
		}
		if r, _ := l.LastRefresh(); r.Result != ResultBusy {
			t.Errorf("result of a backed-off refresh %q, want busy", r.Result)
		}
	}
	if attempts != 1 {
		t.Errorf("%d attempts to build, want 1", attempts)
	}
	if l.Status().Version != version || len(find(t, l, "event loop", 1)) != 1 {
		t.Errorf("the live index does not answer")
	}
	// Another process sees the marker too.
	other := openLib(t, dir, Options{RetryAfter: time.Hour})
	other.fsys.set(edited)
	if _, err := other.TryRefresh(context.Background(), nil); !errors.Is(err, ErrBackoff) {
		t.Errorf("TryRefresh in another Library: %v, want ErrBackoff", err)
	}

	// Changed content is tried at once.
	edited = clone(edited)
	edited["more.md"] = edited["zz.md"]
	l.fsys.set(edited)
	if _, err := l.TryRefresh(context.Background(), nil); !errors.Is(err, syscall.ENOSPC) || attempts != 2 {
		t.Errorf("TryRefresh of new content: %v after %d attempts, want ENOSPC after 2", err, attempts)
	}
	// An explicit refresh always tries; once it works, the marker goes.
	l.healed()
	if rep, err := l.Refresh(context.Background(), nil); err != nil || rep.Unchanged() {
		t.Fatalf("Refresh after the disk is freed = %+v, %v", rep, err)
	}
	if _, err := os.Stat(filepath.Join(dir, failedName)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("failure marker left: %v", err)
	}

	// RetryAfter passed: tried again.
	short := openLib(t, dir, Options{RetryAfter: time.Millisecond})
	short.failWith(full, &attempts)
	short.fsys.set(testBook())
	short.TryRefresh(context.Background(), nil)
	time.Sleep(5 * time.Millisecond)
	if _, err := short.TryRefresh(context.Background(), nil); !errors.Is(err, syscall.ENOSPC) || attempts != 4 {
		t.Errorf("TryRefresh after RetryAfter: %v after %d attempts, want ENOSPC after 4", err, attempts)
	}
}

// CURRENT turned into a directory (or garbage) breaks nothing: the index
// is reported unusable and the next refresh rebuilds it.
func TestCurrentDirectoryIsRebuilt(t *testing.T) {
	for _, tt := range []struct {
		name   string
		break_ func(t *testing.T, path string)
	}{
		{"directory", func(t *testing.T, path string) {
			os.Remove(path)
			if err := os.MkdirAll(filepath.Join(path, "x"), 0o755); err != nil {
				t.Fatal(err)
			}
		}},
		{"FIFO", func(t *testing.T, path string) {
			os.Remove(path)
			if err := syscall.Mkfifo(path, 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{"garbage", func(t *testing.T, path string) { write(t, path, "\x00\x01garbage") }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			l, err := openLibErr(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			refresh(t, l, testBook())
			l.Close()
			tt.break_(t, filepath.Join(dir, currentName))

			done := make(chan struct{})
			var l2 *testLib
			go func() {
				defer close(done)
				l2, err = openLibErr(dir, Options{})
			}()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("Open hangs")
			}
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer l2.Close()
			if !errors.Is(l2.Warning(), search.ErrCorrupt) {
				t.Errorf("Warning = %v, want ErrCorrupt", l2.Warning())
			}
			rep := refresh(t, l2, testBook())
			if !rep.Rebuilt || rep.Chapters != 4 {
				t.Errorf("Report = %+v, want a rebuild", rep)
			}
			wantOnlyLive(t, l2)
		})
	}
}

// AddChapter validates the name and the content before writing anything,
// writes atomically, and refreshes; an upload while another refresh runs
// is saved, then indexed after it.
func TestAddChapter(t *testing.T) {
	content := writeBook(t, map[string]string{"a.md": "# Alpha\n\nThe event loop runs callbacks.\n"})
	dir := t.TempDir()
	l := openDirLib(t, content, dir)
	if _, err := l.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	ok := []byte("# Channels\n\nChannels pass messages between goroutines.\n")
	for _, name := range []string{"", "../x.md", "part/x.md", `part\x.md`, ".hidden.md", "notes.go", "..", "/etc/x.md"} {
		if _, err := l.AddChapter(context.Background(), name, ok, nil); !errors.Is(err, ErrBadName) {
			t.Errorf("AddChapter(%q): %v, want ErrBadName", name, err)
		}
	}
	_, err := l.AddChapter(context.Background(), "bad.md", []byte("---\ntitle: [x\n---\ntext\n"), nil)
	var bp *book.Problem
	if !errors.As(err, &bp) || bp.Line == 0 {
		t.Errorf("AddChapter of a broken chapter: %v, want a *book.Problem with its line", err)
	}
	entries, _ := os.ReadDir(content)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !cmp.Equal(names, []string{"a.md"}) {
		t.Errorf("content after refused uploads: %v", names)
	}

	// Another process holds the refresh: the upload is saved, waits, and
	// is indexed after it.
	lock := &dirLock{dir: dir}
	if got, err := lock.tryLock(); err != nil || !got {
		t.Fatal(got, err)
	}
	type result struct {
		rep Report
		err error
	}
	res := make(chan result, 1)
	go func() {
		rep, err := l.AddChapter(context.Background(), "channels.md", ok, nil)
		res <- result{rep, err}
	}()
	deadline := time.Now().Add(5 * time.Second)
	for {
		if b, err := os.ReadFile(filepath.Join(content, "channels.md")); err == nil && string(b) == string(ok) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("upload not saved while another refresh runs")
		}
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case r := <-res:
		t.Fatalf("AddChapter returned while the other refresh runs: %+v, %v", r.rep, r.err)
	case <-time.After(100 * time.Millisecond):
	}
	lock.unlock()
	r := <-res
	if r.err != nil || r.rep.Saved != "channels.md" || r.rep.Replaced || !r.rep.Waited || !cmp.Equal(r.rep.Added, []string{"channels.md"}) {
		t.Errorf("AddChapter = %+v, %v; want saved, waited, added", r.rep, r.err)
	}
	// Replacing, with nothing else running.
	rep, err := l.AddChapter(context.Background(), "channels.md", append(ok, "Buffered channels hold values.\n"...), nil)
	if err != nil || !rep.Replaced || rep.Waited || !cmp.Equal(rep.Changed, []string{"channels.md"}) {
		t.Errorf("replacing AddChapter = %+v, %v", rep, err)
	}
	entries, _ = os.ReadDir(content)
	names = names[:0]
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(n, ".") }) {
		t.Errorf("temporary files left: %v", names)
	}
}

// WatchCurrent picks up a refresh another process makes.
func TestWatchCurrent(t *testing.T) {
	dir := t.TempDir()
	writer := openLib(t, dir, Options{})
	refresh(t, writer, testBook())
	reader := openLib(t, dir, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ready := make(chan struct{})
	done := make(chan error, 1)
	go func() { done <- reader.WatchCurrent(ctx, func() { close(ready) }) }()
	<-ready
	rep := refresh(t, writer, changedBook())
	deadline := time.Now().Add(5 * time.Second)
	for reader.Status().Version != rep.Version {
		if time.Now().After(deadline) {
			t.Fatalf("reader serves %s, want %s", reader.Status().Version, rep.Version)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if got := ids(find(t, reader, "lighthouse keeper", 1)); !cmp.Equal(got, []string{"zz"}) {
		t.Errorf("reader after the watch: %v", got)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}
