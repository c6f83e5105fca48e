package library

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/chapterbot/chapterbot/internal/search"
)

// dirEntries lists the names in the index directory, the lock file and
// the failure marker excluded.
func dirEntries(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if e.Name() != lockName && e.Name() != failedName {
			names = append(names, e.Name())
		}
	}
	return names
}

// wantOnlyLive checks that the index directory holds CURRENT and the one
// generation it names, nothing else.
func wantOnlyLive(t *testing.T, ix *testLib) {
	t.Helper()
	live := filepath.Base(ix.Status().Dir)
	cur, err := readCurrent(ix.dir)
	if err != nil || cur != live {
		t.Errorf("CURRENT = %q, %v; live generation %q", cur, err, live)
	}
	if diff := cmp.Diff([]string{currentName, live}, dirEntries(t, ix.dir)); diff != "" {
		t.Errorf("index directory (-want +got):\n%s", diff)
	}
}

func clone(fsys fstest.MapFS) fstest.MapFS {
	out := fstest.MapFS{}
	for k, v := range fsys {
		c := *v
		out[k] = &c
	}
	return out
}

var ignoreDuration = cmpopts.IgnoreFields(Report{}, "Duration", "Version")

// withFillers is testBook with n more chapters, about gardening.
func withFillers(n int) fstest.MapFS {
	fsys := testBook()
	for i := range n {
		fsys[fmt.Sprintf("garden/%02d.md", i)] = &fstest.MapFile{Data: fmt.Appendf(nil,
			"# Garden %d\n\nTomatoes want sun; bed %d also grows beans and lettuce.\n", i, i)}
	}
	return fsys
}

// TestRefreshIncremental changes, deletes and adds files, in a book where
// that is a small part (a copy of the live generation is updated) and in
// one where it is most of it (the index is built anew).
func TestRefreshIncremental(t *testing.T) {
	for _, tt := range []struct {
		fillers int
		rebuilt bool
	}{{10, false}, {0, true}} {
		t.Run(fmt.Sprintf("fillers=%d", tt.fillers), func(t *testing.T) {
			testRefreshIncremental(t, tt.fillers, tt.rebuilt)
		})
	}
}

func testRefreshIncremental(t *testing.T, fillers int, rebuilt bool) {
	ix := openLib(t, t.TempDir(), Options{})
	fsys := withFillers(fillers)
	first := refresh(t, ix, fsys)
	firstDir := ix.Status().Dir

	// Nothing changed: no new generation.
	again := refresh(t, ix, fsys)
	want := Report{Chapters: 4 + fillers, Sections: 10 + fillers, Passages: 10 + fillers, Version: first.Version,
		Formats: map[string]int{"markdown": 4 + fillers}, Unread: []string{"notes.rst"}}
	if diff := cmp.Diff(want, again, cmpopts.IgnoreFields(Report{}, "Duration"), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("unchanged Report (-want +got):\n%s", diff)
	}
	if ix.Status().Dir != firstDir {
		t.Errorf("unchanged refresh made generation %s", ix.Status().Dir)
	}

	// Change one file, delete one, add one. (The new sentence shares no
	// word with the old one: an identifier such as useLayoutEffect would
	// match useEffect by its parts.)
	fsys["react.md"] = &fstest.MapFile{Data: []byte(strings.Replace(reactMD,
		"The useEffect hook runs side effects after rendering.",
		"The layout hook fires before the browser paints.", 1))}
	delete(fsys, "ops/kube.md")
	fsys["ops/terraform.md"] = &fstest.MapFile{Data: []byte("# Terraform\n\nTerraform plans infrastructure changes before applying them.\n")}
	rep := refresh(t, ix, fsys)
	want = Report{Chapters: 4 + fillers, Sections: 8 + fillers, Passages: 8 + fillers, Rebuilt: rebuilt,
		Added: []string{"ops/terraform.md"}, Changed: []string{"react.md"}, Removed: []string{"ops/kube.md"},
		Read:    []FileRead{{File: "ops/terraform.md", Format: "markdown", Sections: 1}, {File: "react.md", Format: "markdown", Sections: 3}},
		Formats: map[string]int{"markdown": 4 + fillers}, Unread: []string{"notes.rst"}}
	if diff := cmp.Diff(want, rep, ignoreDuration, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Report (-want +got):\n%s", diff)
	}
	if rep.Version == first.Version {
		t.Errorf("Version did not change")
	}
	wantOnlyLive(t, ix)

	tests := []struct {
		query string
		want  []string // all hits
	}{
		{"useEffect side effects", nil},
		{"layout hook paints", []string{"react#hooks"}},
		{"pods containers", nil},
		{"terraform infrastructure", []string{"ops/terraform"}},
		{"event loop callbacks", []string{"node#event-loop"}},
	}
	for _, tt := range tests {
		if got := ids(find(t, ix, tt.query, 5)); !cmp.Equal(tt.want, got, cmpopts.EquateEmpty()) {
			t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
		}
	}
	if _, _, ok := ix.Section("ops/kube#pods"); ok {
		t.Errorf("section of a deleted file still found")
	}
	for _, c := range ix.Chapters() {
		if c.File == "ops/kube.md" {
			t.Errorf("deleted chapter still in the outline")
		}
	}

	// The same content as an index built from scratch: same version, same
	// results, same outline.
	fresh := openLib(t, t.TempDir(), Options{})
	freshRep := refresh(t, fresh, fsys)
	if freshRep.Version != rep.Version {
		t.Errorf("incremental version %s, from scratch %s", rep.Version, freshRep.Version)
	}
	for _, q := range []string{"hooks state", "npm registry packages", "operations production", "react", "tomatoes beans"} {
		got, want := find(t, ix, q, 10), find(t, fresh, q, 10)
		if diff := cmp.Diff(want, got, cmpopts.EquateApprox(0, 1e-9)); diff != "" {
			t.Errorf("Search(%q) incremental vs from scratch (-scratch +incremental):\n%s", q, diff)
		}
	}
	if diff := cmp.Diff(fresh.Chapters(), ix.Chapters()); diff != "" {
		t.Errorf("outline incremental vs from scratch (-scratch +incremental):\n%s", diff)
	}
}

func TestRefreshProgress(t *testing.T) {
	ix := openLib(t, t.TempDir(), Options{})
	var calls [][2]int
	_, err := ix.refreshFS(context.Background(), testBook(), func(done, total int) {
		calls = append(calls, [2]int{done, total})
		if d, tot, running := ix.Progress(); !running || d != done || tot != total {
			t.Errorf("Progress() = %d, %d, %v during progress(%d, %d)", d, tot, running, done, total)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	want := [][2]int{{0, 4}, {1, 4}, {2, 4}, {3, 4}, {4, 4}}
	if diff := cmp.Diff(want, calls); diff != "" {
		t.Errorf("progress calls (-want +got):\n%s", diff)
	}
	if _, _, running := ix.Progress(); running {
		t.Errorf("Progress says running after Refresh returned")
	}
}

// TestRefreshProblems: a broken file is reported and skipped; a broken edit
// of an indexed file keeps its previous version indexed, whether the rest of
// the book changes little (the live generation is updated) or much (the index
// is rebuilt).
func TestRefreshProblems(t *testing.T) {
	for _, tt := range []struct {
		name   string
		others map[string]string // other files changed with the broken edit
	}{
		{"alone", nil},
		{"with most files", map[string]string{
			"react.md":    reactMD + "\nReact also has a compiler now.\n",
			"ops/kube.md": kubeMD + "\nKubernetes also has operators.\n",
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ix := openLib(t, t.TempDir(), Options{})
			fsys := testBook()
			fsys["bad.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Broken\n\n# Never closed\n\nText.\n")}
			rep := refresh(t, ix, fsys)
			if got := problems(rep); !cmp.Equal(got, []string{"bad.md:1: front matter is not closed"}) {
				t.Errorf("Problems = %q", got)
			}
			if rep.Chapters != 4 || slices.Contains(rep.Added, "bad.md") {
				t.Errorf("Report = %+v: the broken file must be skipped, the others indexed", rep)
			}
			if stale, err := ix.staleFS(fsys); err != nil || stale {
				t.Errorf("Stale with an unchanged broken file = %v, %v; want false", stale, err)
			}
			again := refresh(t, ix, fsys)
			if got := problems(again); !cmp.Equal(got, []string{"bad.md:1: front matter is not closed"}) || again.Version != rep.Version {
				t.Errorf("unchanged refresh: Problems = %q, version %s -> %s", got, rep.Version, again.Version)
			}

			// A broken edit of an indexed file keeps its old text indexed.
			fsys["node.md"] = &fstest.MapFile{Data: []byte("---\ntitle: [unclosed\n---\nThe event loop was rewritten.\n")}
			var changed []string
			for f, text := range tt.others {
				fsys[f] = &fstest.MapFile{Data: []byte(text)}
				changed = append(changed, f)
			}
			slices.Sort(changed)
			rep = refresh(t, ix, fsys)
			if got := problems(rep); len(got) != 2 || !regexp.MustCompile(`^node\.md:[1-9][0-9]*: `).MatchString(got[1]) {
				t.Errorf("Problems = %q, want bad.md's and node.md's with its line", got)
			}
			if !cmp.Equal(rep.Changed, changed, cmpopts.EquateEmpty()) || rep.Chapters != 4 || rep.Rebuilt != (len(changed) > 0) {
				t.Errorf("Report = %+v: node.md must keep its indexed version", rep)
			}
			if len(changed) == 0 && rep.Version != again.Version {
				t.Errorf("version changed with nothing indexed differently")
			}
			if got := ids(find(t, ix, "npm registry", 1)); !cmp.Equal(got, []string{"node#npm"}) {
				t.Errorf("old text of node.md not found: %v", got)
			}
			if text, _, ok := ix.Section("node#event-loop"); !ok || !strings.HasPrefix(text, "A single thread runs the event loop.") {
				t.Errorf("Section(node#event-loop) = %q, %v", text, ok)
			}
			if got := find(t, ix, "rewritten", 5); len(got) != 0 {
				t.Errorf("broken text of node.md indexed: %v", ids(got))
			}
			if stale, err := ix.staleFS(fsys); err != nil || stale {
				t.Errorf("Stale = %v, %v; want false", stale, err)
			}

			// Fixed: indexed, problems gone.
			fsys["node.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Node.js\nslug: node\n---\nThe event loop was rewritten.\n")}
			delete(fsys, "bad.md")
			rep = refresh(t, ix, fsys)
			if len(rep.Problems) != 0 || !cmp.Equal(rep.Changed, []string{"node.md"}) {
				t.Errorf("Report = %+v", rep)
			}
			if got := ids(find(t, ix, "rewritten", 5)); !cmp.Equal(got, []string{"node"}) {
				t.Errorf("Search(rewritten) = %v", got)
			}
		})
	}
}

func problems(rep Report) []string {
	var out []string
	for _, p := range rep.Problems {
		out = append(out, p.Error())
	}
	return out
}

func TestStale(t *testing.T) {
	ix := openLib(t, t.TempDir(), Options{})
	fsys := testBook()
	if stale, err := ix.staleFS(fsys); err != nil || !stale {
		t.Errorf("Stale without an index = %v, %v; want true", stale, err)
	}
	refresh(t, ix, fsys)
	tests := []struct {
		name   string
		change func(fstest.MapFS)
		stale  bool
	}{
		{"unchanged", func(fstest.MapFS) {}, false},
		{"not a chapter file", func(f fstest.MapFS) { f["notes.txt.bak"] = &fstest.MapFile{Data: []byte("x")} }, false},
		{"changed", func(f fstest.MapFS) { f["react.md"] = &fstest.MapFile{Data: []byte(reactMD + "\nMore.\n")} }, true},
		{"same bytes rewritten", func(f fstest.MapFS) { f["react.md"] = &fstest.MapFile{Data: []byte(reactMD)} }, false},
		{"added", func(f fstest.MapFS) { f["new.txt"] = &fstest.MapFile{Data: []byte("New.\n")} }, true},
		{"deleted", func(f fstest.MapFS) { delete(f, "ops/kube.md") }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := clone(fsys)
			tt.change(f)
			stale, err := ix.staleFS(f)
			if err != nil || stale != tt.stale {
				t.Errorf("Stale = %v, %v; want %v", stale, err, tt.stale)
			}
		})
	}
}

func TestOpenCorrupt(t *testing.T) {
	tests := []struct {
		name   string
		break_ func(t *testing.T, dir, gen string)
	}{
		{"garbage root.bolt", func(t *testing.T, dir, gen string) {
			write(t, filepath.Join(dir, gen, "store", "root.bolt"), strings.Repeat("garbage!", 1024))
		}},
		{"segment deleted", func(t *testing.T, dir, gen string) {
			zaps, _ := filepath.Glob(filepath.Join(dir, gen, "store", "*.zap"))
			if len(zaps) == 0 {
				t.Fatal("no segment")
			}
			for _, z := range zaps {
				if err := os.Remove(z); err != nil {
					t.Fatal(err)
				}
			}
		}},
		{"segment truncated", func(t *testing.T, dir, gen string) {
			zaps, _ := filepath.Glob(filepath.Join(dir, gen, "store", "*.zap"))
			for _, z := range zaps {
				if err := os.Truncate(z, 100); err != nil {
					t.Fatal(err)
				}
			}
		}},
		{"manifest of another format", func(t *testing.T, dir, gen string) {
			editManifest(t, filepath.Join(dir, gen), func(m map[string]any) { m["format"] = m["format"].(float64) + 1 })
		}},
		{"manifest not JSON", func(t *testing.T, dir, gen string) {
			write(t, filepath.Join(dir, gen, "manifest.json"), "{")
		}},
		{"manifest missing", func(t *testing.T, dir, gen string) {
			if err := os.Remove(filepath.Join(dir, gen, "manifest.json")); err != nil {
				t.Fatal(err)
			}
		}},
		{"manifest disagrees with the index", func(t *testing.T, dir, gen string) {
			editManifest(t, filepath.Join(dir, gen), func(m map[string]any) { m["passages"] = m["passages"].(float64) + 1 })
		}},
		{"generation missing", func(t *testing.T, dir, gen string) {
			if err := os.RemoveAll(filepath.Join(dir, gen)); err != nil {
				t.Fatal(err)
			}
		}},
		{"CURRENT garbage", func(t *testing.T, dir, gen string) {
			write(t, filepath.Join(dir, currentName), "../../etc\n")
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			ix, err := openLibErr(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			refresh(t, ix, testBook())
			gen := filepath.Base(ix.Status().Dir)
			if err := ix.Close(); err != nil {
				t.Fatal(err)
			}
			tt.break_(t, dir, gen)

			ix = openLib(t, dir, Options{})
			if err := ix.Warning(); !errors.Is(err, search.ErrCorrupt) {
				t.Fatalf("Warning() = %v, want search.ErrCorrupt", err)
			}
			if _, err := ix.Search(context.Background(), "event loop", 5); !errors.Is(err, search.ErrNoIndex) {
				t.Errorf("Search on a corrupt index: %v, want search.ErrNoIndex", err)
			}
			rep := refresh(t, ix, testBook())
			if !rep.Rebuilt || rep.Chapters != 4 || ix.Warning() != nil {
				t.Errorf("Report = %+v, Warning %v; want a rebuild", rep, ix.Warning())
			}
			if got := ids(find(t, ix, "event loop", 1)); !cmp.Equal(got, []string{"node#event-loop"}) {
				t.Errorf("Search after rebuild = %v", got)
			}
			wantOnlyLive(t, ix)
		})
	}
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRefreshWaits: a refresh that finds another running (in this
// process or through another Library on the directory) waits for it, then
// checks again what is stale; past LockWait it fails naming the holder;
// TryRefresh with a live index does not wait.
func TestRefreshWaits(t *testing.T) {
	dir := t.TempDir()
	waiting := make(chan Holder, 2) // refreshes of ix and other
	tell := func(h Holder) { waiting <- h }
	ix := openLib(t, dir, Options{Waiting: tell})
	other := openLib(t, dir, Options{Waiting: tell})
	impatient := openLib(t, dir, Options{LockWait: 100 * time.Millisecond})
	refresh(t, ix, testBook())

	inside := make(chan struct{})
	release := make(chan struct{})
	var once sync.Once
	let := func() { once.Do(func() { close(release) }) }
	t.Cleanup(let) // a failure lets the first refresh end, for Close
	errc := make(chan error, 1)
	go func() {
		_, err := ix.refreshFS(context.Background(), changedBook(), func(done, total int) {
			if done == 1 {
				close(inside)
				<-release
			}
		})
		errc <- err
	}()
	<-inside
	if done, total, running := ix.Progress(); !running || done != 1 || total != 5 {
		t.Errorf("Progress() = %d, %d, %v; want 1, 5, true", done, total, running)
	}
	other.fsys.set(changedBook())
	if _, err := other.TryRefresh(context.Background(), nil); !errors.Is(err, ErrBusy) {
		t.Errorf("TryRefresh with a live index during a refresh: %v, want ErrBusy", err)
	}
	impatient.fsys.set(changedBook())
	_, err := impatient.Refresh(context.Background(), nil)
	if !errors.Is(err, ErrBusy) || !strings.Contains(err.Error(), fmt.Sprintf("pid %d", os.Getpid())) {
		t.Errorf("Refresh past LockWait: %v, want ErrBusy naming pid %d", err, os.Getpid())
	}
	if r, ok := impatient.LastRefresh(); !ok || r.Result != ResultBusy {
		t.Errorf("LastRefresh = %+v, %v; want busy", r, ok)
	}

	// Two refreshes that wait: one in this process, one through another
	// Library. Both end once the first does, and find nothing left to do.
	waited := make(chan Report, 2)
	for _, l := range []*testLib{ix, other} {
		go func() {
			l.fsys.set(changedBook())
			rep, err := l.Refresh(context.Background(), nil)
			if err != nil {
				t.Errorf("waiting Refresh: %v", err)
			}
			waited <- rep
		}()
	}
	// Both wait (each is told who it waits for) before the first ends.
	for range 2 {
		select {
		case h := <-waiting:
			if h.PID != os.Getpid() {
				t.Errorf("a refresh waits for %v, want pid %d", h, os.Getpid())
			}
		case <-time.After(time.Minute):
			t.Fatal("a refresh was not told it waits")
		}
	}
	let()
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if rep := <-waited; !rep.Unchanged() || rep.Chapters != 5 || !rep.Waited {
			t.Errorf("waiting refresh = %+v; want nothing left to do, 5 chapters, waited", rep)
		}
	}
	// The lock is released.
	if _, err := other.refreshFS(context.Background(), testBook(), nil); err != nil {
		t.Errorf("Refresh after the first one ended: %v", err)
	}
}

// changedBook is testBook with every chapter changed and one more.
func changedBook() fstest.MapFS {
	fsys := testBook()
	for name, f := range fsys {
		if strings.HasSuffix(name, ".md") {
			fsys[name] = &fstest.MapFile{Data: append(append([]byte(nil), f.Data...), "\nA lighthouse stands at the end of this chapter.\n"...)}
		}
	}
	fsys["zz.md"] = &fstest.MapFile{Data: []byte("# Lighthouse\n\nThe lighthouse keeper.\n")}
	return fsys
}

// TestRefreshFailureKeepsOld injects a failure or a cancellation into
// refreshes of an existing index (updated in place or rebuilt) and of an
// empty one: the live index, CURRENT and the directory must be as before.
func TestRefreshFailureKeepsOld(t *testing.T) {
	// small changes one chapter of many and adds one.
	small := withFillers(10)
	small["react.md"] = &fstest.MapFile{Data: []byte(reactMD + "\nA lighthouse stands at the end of this chapter.\n")}
	small["zz.md"] = &fstest.MapFile{Data: []byte("# Lighthouse\n\nThe lighthouse keeper.\n")}
	tests := []struct {
		name          string
		before, after fstest.MapFS
		opts          Options
		failAfter     int // fail the refresh when this many files are done
		cancelAt      int // cancel the refresh when this many files are done
	}{
		{"most files, failure after 2 files", testBook(), changedBook(), Options{}, 2, 0},
		{"most files, failure after all files", testBook(), changedBook(), Options{Search: search.Options{BatchSize: 1}}, 5, 0},
		{"most files, cancelled", testBook(), changedBook(), Options{}, 0, 2},
		{"few files, failure after 1 file", withFillers(10), small, Options{}, 1, 0},
		{"few files, failure after all files", withFillers(10), small, Options{Search: search.Options{BatchSize: 1}}, 2, 0},
		{"few files, cancelled", withFillers(10), small, Options{}, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, existing := range []bool{true, false} {
				dir := t.TempDir()
				ix := openLib(t, dir, tt.opts)
				var before Report
				var current []byte
				if existing {
					before = refresh(t, ix, tt.before)
					current, _ = os.ReadFile(filepath.Join(dir, currentName))
				}
				if tt.failAfter > 0 {
					ix.failAfter(tt.failAfter)
				}
				ctx, cancel := context.WithCancel(context.Background())
				_, err := ix.refreshFS(ctx, tt.after, func(done, total int) {
					if tt.cancelAt > 0 && done == tt.cancelAt {
						cancel()
					}
				})
				cancel()
				if err == nil {
					t.Fatalf("existing=%v: Refresh succeeded", existing)
				}
				if tt.cancelAt > 0 && !errors.Is(err, context.Canceled) || tt.cancelAt == 0 && !errors.Is(err, errInjected) {
					t.Errorf("existing=%v: Refresh: %v", existing, err)
				}
				if !existing {
					if diff := cmp.Diff([]string(nil), dirEntries(t, dir)); diff != "" {
						t.Errorf("directory after a failed first build (-want +got):\n%s", diff)
					}
					if _, err := ix.Search(context.Background(), "lighthouse", 5); !errors.Is(err, search.ErrNoIndex) {
						t.Errorf("Search: %v, want search.ErrNoIndex", err)
					}
					continue
				}
				if got, _ := os.ReadFile(filepath.Join(dir, currentName)); string(got) != string(current) {
					t.Errorf("CURRENT changed: %q -> %q", current, got)
				}
				wantOnlyLive(t, ix)
				if ix.Status().Version != before.Version {
					t.Errorf("live version changed")
				}
				if got := find(t, ix, "lighthouse", 5); len(got) != 0 {
					t.Errorf("content of the failed refresh is searchable: %v", ids(got))
				}
				if got := ids(find(t, ix, "event loop", 1)); !cmp.Equal(got, []string{"node#event-loop"}) {
					t.Errorf("old content not served: %v", got)
				}
				// A later refresh works.
				ix.healed()
				if rep := refresh(t, ix, tt.after); len(rep.Added) != 1 || len(find(t, ix, "lighthouse", 5)) == 0 {
					t.Errorf("Report after recovery = %+v", rep)
				}
			}
		})
	}
}

// TestCrashBeforeSwap leaves what a refresh that crashed between building
// and swapping would: a complete generation CURRENT does not name, a
// half-written one, a temporary pointer file.
func TestCrashBeforeSwap(t *testing.T) {
	dir := t.TempDir()
	ix, err := openLibErr(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	before := refresh(t, ix, testBook())
	live := filepath.Base(ix.Status().Dir)

	// A complete newer generation: another index's, copied in.
	other := openLib(t, t.TempDir(), Options{})
	refresh(t, other, changedBook())
	crashed := "gen-" + "99999999999999999"
	if err := os.Mkdir(filepath.Join(dir, crashed), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := copyDir(other.Status().Dir, filepath.Join(dir, crashed)); err != nil {
		t.Fatal(err)
	}
	half := "gen-" + "99999999999999998"
	if err := os.MkdirAll(filepath.Join(dir, half, "store"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, half, "store", "root.bolt"), "")
	write(t, filepath.Join(dir, ".tmp-"+currentName+"-123"), crashed+"\n")
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	ix = openLib(t, dir, Options{})
	if ix.Warning() != nil {
		t.Errorf("Warning() = %v", ix.Warning())
	}
	if got := ix.Status(); got.Version != before.Version || filepath.Base(got.Dir) != live {
		t.Errorf("Status = %+v, want the generation CURRENT names (%s)", got, live)
	}
	if got := find(t, ix, "lighthouse", 5); len(got) != 0 {
		t.Errorf("the crashed generation is served: %v", ids(got))
	}
	wantOnlyLive(t, ix)
}

// TestOpenKeepsLeftoversDuringRefresh: Open removes leftovers only when no
// refresh holds the lock, so it never deletes a build in progress.
func TestOpenKeepsLeftoversDuringRefresh(t *testing.T) {
	dir := t.TempDir()
	ix := openLib(t, dir, Options{})
	refresh(t, ix, testBook())
	building := filepath.Join(dir, "gen-"+"99999999999999999")
	if err := os.Mkdir(building, 0o755); err != nil {
		t.Fatal(err)
	}
	lock := &dirLock{dir: dir}
	if ok, err := lock.tryLock(); err != nil || !ok {
		t.Fatal(ok, err)
	}
	openLib(t, dir, Options{})
	if _, err := os.Stat(building); err != nil {
		t.Errorf("Open during a refresh removed its directory: %v", err)
	}
	lock.unlock()
	openLib(t, dir, Options{})
	if _, err := os.Stat(building); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("leftover not removed: %v", err)
	}
}

// TestSearchDuringRefreshes: 8 goroutines search while 20 refreshes swap
// between two versions of the book; every search must succeed with the
// complete result of one version or the other.
func TestSearchDuringRefreshes(t *testing.T) {
	ix := openLib(t, t.TempDir(), Options{})
	versions := []fstest.MapFS{testBook(), changedBook()}
	queries := []string{"event loop", "lighthouse kubernetes", "pods services", "hooks state react", "npm"}
	// want[q] holds the results of each version.
	want := map[string][][]search.Hit{}
	for _, v := range versions {
		refresh(t, ix, v)
		for _, q := range queries {
			want[q] = append(want[q], find(t, ix, q, 5))
		}
	}
	for _, q := range queries {
		if len(want[q][1]) == 0 {
			t.Fatalf("query %q finds nothing", q)
		}
	}

	stop := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	var failures []string
	fail := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		if len(failures) < 10 {
			failures = append(failures, fmt.Sprintf(format, args...))
		}
	}
	searches := make([]int, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				q := queries[(g+i)%len(queries)]
				hits, err := ix.Search(context.Background(), q, 5)
				if err != nil {
					fail("Search(%q): %v", q, err)
					continue
				}
				if len(hits) == 0 ||
					!cmp.Equal(hits, want[q][0], cmpopts.EquateApprox(0, 1e-9)) && !cmp.Equal(hits, want[q][1], cmpopts.EquateApprox(0, 1e-9)) {
					fail("Search(%q) = %v: neither version's result", q, ids(hits))
				}
				searches[g]++
			}
		}()
	}
	for i := range 20 {
		if _, err := ix.refreshFS(context.Background(), versions[i%2], nil); err != nil {
			t.Errorf("refresh %d: %v", i, err)
		}
	}
	close(stop)
	wg.Wait()
	for _, f := range failures {
		t.Error(f)
	}
	for g, n := range searches {
		if n == 0 {
			t.Errorf("goroutine %d ran no search", g)
		}
	}
	wantOnlyLive(t, ix)
}

// TestTwoIndexesOneDirectory is two processes sharing an index directory: one
// refreshes while the other serves searches from the live generation.
func TestTwoIndexesOneDirectory(t *testing.T) {
	dir := t.TempDir()
	writer := openLib(t, dir, Options{})
	refresh(t, writer, testBook())
	reader := openLib(t, dir, Options{})
	oldVersion := reader.Status().Version
	want := find(t, reader, "event loop", 5)

	stop := make(chan struct{})
	errc := make(chan error, 1)
	go func() {
		defer close(errc)
		for {
			select {
			case <-stop:
				return
			default:
			}
			hits, err := reader.Search(context.Background(), "event loop", 5)
			if err != nil {
				errc <- err
				return
			}
			if !cmp.Equal(hits, want) {
				errc <- fmt.Errorf("reader results changed: %v", ids(hits))
				return
			}
		}
	}()
	for i := range 5 {
		fsys := changedBook()
		fsys["extra.md"] = &fstest.MapFile{Data: []byte(fmt.Sprintf("# Extra\n\nRefresh number %d.\n", i))}
		refresh(t, writer, fsys)
	}
	close(stop)
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	if reader.Status().Version != oldVersion {
		t.Errorf("reader switched generation without Reload")
	}

	if err := reader.Reload(); err != nil {
		t.Fatal(err)
	}
	if reader.Status().Version != writer.Status().Version {
		t.Errorf("after Reload: reader %s, writer %s", reader.Status().Version, writer.Status().Version)
	}
	if got := ids(find(t, reader, "refresh number", 1)); !cmp.Equal(got, []string{"extra"}) {
		t.Errorf("reader after Reload: %v", got)
	}

	// A refresh through the other Index starts from the live generation:
	// nothing to do.
	rep, err := reader.refreshFS(context.Background(), func() fstest.MapFS {
		fsys := changedBook()
		fsys["extra.md"] = &fstest.MapFile{Data: []byte("# Extra\n\nRefresh number 4.\n")}
		return fsys
	}(), nil)
	if err != nil || len(rep.Added)+len(rep.Changed)+len(rep.Removed) != 0 || rep.Rebuilt {
		t.Errorf("Refresh through the reader = %+v, %v; want nothing to do", rep, err)
	}
	wantOnlyLive(t, writer)
}

// TestRefreshEmpty: a book with no usable chapter gives an empty index, not
// an error, and content added later is indexed.
func TestRefreshEmpty(t *testing.T) {
	for _, fsys := range []fstest.MapFS{
		{},
		{"bad.md": {Data: []byte("---\ntitle: x\n")}},
	} {
		ix := openLib(t, t.TempDir(), Options{})
		rep := refresh(t, ix, fsys)
		if rep.Chapters != 0 || rep.Passages != 0 || len(rep.Problems) != len(fsys) {
			t.Errorf("Report = %+v", rep)
		}
		hits, err := ix.Search(context.Background(), "event loop", 5)
		if err != nil || len(hits) != 0 {
			t.Errorf("Search in an empty index = %v, %v", ids(hits), err)
		}
		if st := ix.Status(); st.Version != rep.Version || st.Chapters != 0 {
			t.Errorf("Status = %+v", st)
		}
		rep = refresh(t, ix, testBook())
		if rep.Chapters != 4 || len(find(t, ix, "event loop", 1)) != 1 {
			t.Errorf("after adding the book: Report = %+v", rep)
		}
		// And emptied again, through the update path.
		big := withFillers(10)
		refresh(t, ix, big)
		if rep := refresh(t, ix, fstest.MapFS{}); rep.Chapters != 0 || len(rep.Removed) != 14 {
			t.Errorf("after removing everything: Report = %+v", rep)
		}
		wantOnlyLive(t, ix)
	}
}

// TestRefreshAfterCurrentRemoved: with CURRENT gone from under a serving
// index, a refresh rebuilds from the content rather than from the generation
// in memory, which serves until the swap.
func TestRefreshAfterCurrentRemoved(t *testing.T) {
	dir := t.TempDir()
	ix := openLib(t, dir, Options{})
	refresh(t, ix, testBook())
	if err := os.Remove(filepath.Join(dir, currentName)); err != nil {
		t.Fatal(err)
	}
	if got := ids(find(t, ix, "event loop", 1)); !cmp.Equal(got, []string{"node#event-loop"}) {
		t.Errorf("Search without CURRENT = %v", got)
	}
	rep := refresh(t, ix, testBook())
	if !rep.Rebuilt || rep.Chapters != 4 {
		t.Errorf("Report = %+v, want a rebuild", rep)
	}
	if got := ids(find(t, ix, "event loop", 1)); !cmp.Equal(got, []string{"node#event-loop"}) {
		t.Errorf("Search after the rebuild = %v", got)
	}
	wantOnlyLive(t, ix)
}

// editManifest changes the manifest of generation directory gen.
func editManifest(t *testing.T, gen string, edit func(map[string]any)) {
	t.Helper()
	path := filepath.Join(gen, "manifest.json")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	edit(m)
	if b, err = json.Marshal(m); err != nil {
		t.Fatal(err)
	}
	write(t, path, string(b))
}

// copyDir copies the tree src into the existing directory dst.
func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// TestRefreshFileChangesWhileIndexed changes a file after the refresh
// scanned it and before the builder loads it. A new file is read again
// when loaded: one that still parses is indexed as it now is; one that no
// longer parses or is gone is skipped with a problem. A chapter indexed
// before is indexed from the bytes the scan read (it is read once): the
// version decided is indexed, with its hash, so the index is stale and the
// next refresh indexes the file as it now is.
func TestRefreshFileChangesWhileIndexed(t *testing.T) {
	const edited = "---\ntitle: Node.js\nslug: node\n---\nThe event loop was rewritten in Zig.\n"
	for _, tt := range []struct {
		name     string
		indexed  bool   // node.md was indexed before (changed, not added)
		now      string // node.md when the builder reads it; "" deletes it
		problems []string
		found    []string // Search(rewritten)
		stale    bool     // after the refresh, with node.md as it now is
		// The next refresh, with node.md as it now is (when stale).
		againProblems []string
		againFound    []string // Search(rewritten)
	}{
		{name: "added, edited", now: edited, found: []string{"node"}},
		{name: "changed, edited", indexed: true, now: edited, stale: true, againFound: []string{"node"}},
		{name: "added, broken", now: "---\ntitle: [x\n---\nThe event loop was rewritten.\n", problems: []string{`^node\.md:[1-9][0-9]*: `}},
		{name: "changed, broken", indexed: true, now: "The event loop was rewritten.\x00\n", stale: true,
			againProblems: []string{`^node\.md:1: binary content`}},
		{name: "changed, new slug", indexed: true, now: "---\nslug: nodejs\n---\nThe event loop was rewritten.\n", stale: true,
			againFound: []string{"nodejs"}},
		{name: "added, deleted", problems: []string{`^node\.md: cannot read: `}, stale: true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ix := openLib(t, t.TempDir(), Options{})
			fsys := testBook()
			if tt.indexed {
				refresh(t, ix, fsys)
				fsys["node.md"] = &fstest.MapFile{Data: []byte(nodeMD + "\nThe loop now has a budget.\n")}
			}
			now := clone(fsys)
			if tt.now == "" {
				delete(now, "node.md")
			} else {
				now["node.md"] = &fstest.MapFile{Data: []byte(tt.now)}
			}
			ix.meanwhile(func() { ix.fsys.set(now) })
			rep, err := ix.refreshFS(context.Background(), fsys, nil)
			ix.healed()
			if err != nil {
				t.Fatalf("Refresh: %v", err)
			}
			wantProblems(t, rep, tt.problems)
			in := tt.problems == nil // node.md indexed
			if slices.Contains(rep.Added, "node.md") != (in && !tt.indexed) || slices.Contains(rep.Changed, "node.md") != (in && tt.indexed) {
				t.Errorf("Added %q, Changed %q: node.md indexed = %v", rep.Added, rep.Changed, in)
			}
			if want := 3 + map[bool]int{true: 1}[in]; rep.Chapters != want {
				t.Errorf("Chapters = %d, want %d", rep.Chapters, want)
			}
			if got := ids(find(t, ix, "rewritten", 5)); !cmp.Equal(got, tt.found, cmpopts.EquateEmpty()) {
				t.Errorf("Search(rewritten) = %v, want %v", got, tt.found)
			}
			// Only the version decided is indexed: the one the builder read
			// (added), the one the scan read (changed).
			if got := find(t, ix, "npm registry", 5); slices.Contains(ids(got), "node#npm") != tt.indexed {
				t.Errorf("Search(npm registry) = %v; want node#npm: %v", ids(got), tt.indexed)
			}
			if got := find(t, ix, "budget", 5); (len(got) == 1 && got[0].File == "node.md") != tt.indexed {
				t.Errorf("Search(budget) = %v; want node.md's edit: %v", ids(got), tt.indexed)
			}
			if stale, err := ix.staleFS(now); err != nil || stale != tt.stale {
				t.Errorf("Stale = %v, %v; want %v", stale, err, tt.stale)
			}
			if tt.stale {
				again := refresh(t, ix, now)
				wantProblems(t, again, tt.againProblems)
				// A broken edit keeps the previous version indexed.
				if want := 3 + map[bool]int{true: 1}[tt.now != ""]; again.Chapters != want {
					t.Errorf("next refresh: Chapters = %d, want %d", again.Chapters, want)
				}
				if got := ids(find(t, ix, "rewritten", 5)); !cmp.Equal(got, tt.againFound, cmpopts.EquateEmpty()) {
					t.Errorf("next refresh: Search(rewritten) = %v, want %v", got, tt.againFound)
				}
			}
		})
	}
}

// wantProblems checks the problems of rep against regular expressions.
func wantProblems(t *testing.T, rep Report, res []string) {
	t.Helper()
	got := problems(rep)
	if len(got) != len(res) {
		t.Fatalf("Problems = %q, want %d", got, len(res))
	}
	for i, re := range res {
		if !regexp.MustCompile(re).MatchString(got[i]) {
			t.Errorf("Problems[%d] = %q, want %s", i, got[i], re)
		}
	}
}

// countingFS counts the opens of each file of a content.
type countingFS struct {
	fstest.MapFS
	mu    sync.Mutex
	opens map[string]int
}

func (f *countingFS) Open(name string) (fs.File, error) {
	f.mu.Lock()
	f.opens[name]++
	f.mu.Unlock()
	return f.MapFS.Open(name)
}

// take returns the opens of the chapter files so far, and forgets them.
func (f *countingFS) take() map[string]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := map[string]int{}
	for name, n := range f.opens {
		if strings.HasSuffix(name, ".md") {
			out[name] = n
		}
	}
	f.opens = map[string]int{}
	return out
}

// A refresh reads each chapter file once: a changed chapter is hashed,
// decided and indexed from one read, a new one is read for its hash and
// again when indexed; RefreshIfStale indexes from the scan that found the
// content stale; an unchanged book is read once to tell.
func TestRefreshReadsOnce(t *testing.T) {
	content := &countingFS{MapFS: testBook(), opens: map[string]int{}}
	l, err := Open(Options{IndexDir: t.TempDir(), ContentFS: content})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	all := func(n int) map[string]int {
		return map[string]int{"node.md": n, "react.md": n, "ops/kube.md": n, "ops/readme.md": n}
	}
	if _, err := l.Refresh(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(all(2), content.take()); diff != "" {
		t.Errorf("first refresh: opens (-want +got):\n%s", diff)
	}

	content.MapFS["node.md"] = &fstest.MapFile{Data: []byte(nodeMD + "\nThe loop now has a budget.\n")}
	rep, err := l.Refresh(context.Background(), nil)
	if err != nil || !slices.Equal(rep.Changed, []string{"node.md"}) {
		t.Fatalf("Refresh = %+v, %v; want node.md changed", rep, err)
	}
	if diff := cmp.Diff(all(1), content.take()); diff != "" {
		t.Errorf("a chapter changed: opens (-want +got):\n%s", diff)
	}

	content.MapFS["react.md"] = &fstest.MapFile{Data: []byte(reactMD + "\nHooks have rules.\n")}
	called := false
	rep, refreshed, err := l.RefreshIfStale(context.Background(), func() { called = true })
	if err != nil || !refreshed || !called || !slices.Equal(rep.Changed, []string{"react.md"}) {
		t.Fatalf("RefreshIfStale = %+v, %v, %v (stale called: %v); want react.md changed", rep, refreshed, err, called)
	}
	if diff := cmp.Diff(all(1), content.take()); diff != "" {
		t.Errorf("RefreshIfStale of a changed chapter: opens (-want +got):\n%s", diff)
	}
	if hits := find(t, &testLib{Library: l}, "hooks rules", 5); len(hits) == 0 || hits[0].File != "react.md" {
		t.Errorf("Search(hooks rules) = %v; want react.md's edit", ids(hits))
	}

	called = false
	rep, refreshed, err = l.RefreshIfStale(context.Background(), func() { called = true })
	if err != nil || refreshed || called || !rep.Unchanged() {
		t.Errorf("RefreshIfStale of fresh content = %+v, %v, %v (stale called: %v); want nothing done", rep, refreshed, err, called)
	}
	if diff := cmp.Diff(all(1), content.take()); diff != "" {
		t.Errorf("RefreshIfStale of fresh content: opens (-want +got):\n%s", diff)
	}
}
