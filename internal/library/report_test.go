package library

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// TestReportFormatsWarningsUnread checks what a refresh says about how the
// book was read: each new file's format and sections, the formats of the
// whole index, the chapters' warnings (also in a refresh that reads
// nothing) and the files of formats chapterbot does not read.
func TestReportFormatsWarningsUnread(t *testing.T) {
	dir := t.TempDir()
	put := func(name string, data []byte) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	read := func(name string) []byte {
		t.Helper()
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	put("nodejs-documentary.txt", read("../../testdata/site/nodejs-documentary.txt"))
	put("web/postgresql.html", read("../../testdata/html/postgresql-documentary.html"))
	put("guide.md", []byte("# Guide\n\nHow to read the book.\n\n## Order\n\nAny order works.\n"))
	put("notes.txt", []byte("Notes\n\n"+strings.Repeat("one two three four five six seven eight nine ten ", 60)+"\n"))
	put("notes.rst", []byte("Notes\n=====\n"))
	put("slides/deck.pdf", []byte("%PDF-1.4"))
	put(".draft.pdf", []byte("%PDF-1.4"))
	put(".git/config", []byte("[core]\n"))

	l := openDirLib(t, dir, t.TempDir())
	rep, err := l.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	wantRead := []FileRead{
		{File: "guide.md", Format: "markdown", Sections: 2},
		{File: "nodejs-documentary.txt", Format: "site-text", Sections: 36},
		{File: "notes.txt", Format: "text", Sections: 1},
	}
	if rep.Chapters != 4 || len(rep.Read) != 4 {
		t.Fatalf("chapters %d, read %+v; want 4 of each (problems %v)", rep.Chapters, rep.Read, rep.Problems)
	}
	html := rep.Read[3]
	if html.File != "web/postgresql.html" || html.Format != "html" || html.Sections < 2 {
		t.Errorf("read %+v, want web/postgresql.html read as html in sections", html)
	}
	if diff := cmp.Diff(wantRead, rep.Read[:3]); diff != "" {
		t.Errorf("read (-want +got):\n%s", diff)
	}
	wantFormats := map[string]int{"markdown": 1, "site-text": 1, "text": 1, "html": 1}
	if diff := cmp.Diff(wantFormats, rep.Formats); diff != "" {
		t.Errorf("formats (-want +got):\n%s", diff)
	}
	wantUnread := []string{"notes.rst", "slides/deck.pdf"}
	if diff := cmp.Diff(wantUnread, rep.Unread); diff != "" {
		t.Errorf("unread (-want +got):\n%s", diff)
	}
	warnings := func(rep Report) []string {
		var out []string
		for _, w := range rep.Warnings {
			out = append(out, w.Error())
		}
		return out
	}
	wantWarnings := []string{"notes.txt: 600 words of plain text in one section, so answers can cite only the whole chapter: " +
		"write it as Markdown with headings, or keep the website's export layout"}
	if diff := cmp.Diff(wantWarnings, warnings(rep)); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}

	// Nothing changed: nothing read, the rest reported again.
	again, err := l.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Read) != 0 || !cmp.Equal(wantFormats, again.Formats) || !cmp.Equal(wantUnread, again.Unread) ||
		!cmp.Equal(wantWarnings, warnings(again)) {
		t.Errorf("unchanged refresh: read %v, formats %v, unread %v, warnings %v", again.Read, again.Formats, again.Unread, warnings(again))
	}
}

// TestReportEmptyContent: an empty content directory makes an empty index,
// reported as such.
func TestReportEmptyContent(t *testing.T) {
	l := openDirLib(t, t.TempDir(), t.TempDir())
	rep, err := l.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Chapters != 0 || len(rep.Formats) != 0 || len(rep.Unread) != 0 || len(rep.Read) != 0 {
		t.Errorf("empty content: %+v", rep)
	}
}

// Who asked for a refresh is in its report, the last refresh and the
// generation it built, which another process picking it up reads.
func TestRefreshAskedBy(t *testing.T) {
	dir := t.TempDir()
	ix := openLib(t, dir, Options{})
	other := openLib(t, dir, Options{})
	ix.fsys.set(testBook())
	rep, err := ix.Refresh(AskedBy(context.Background(), "grace_h"), nil)
	if err != nil || rep.By != "grace_h" {
		t.Fatalf("Refresh = by %q, %v; want by grace_h", rep.By, err)
	}
	if last, ok := ix.LastRefresh(); !ok || last.By != "grace_h" || last.Result != ResultOK {
		t.Errorf("LastRefresh = %+v, %v; want ok by grace_h", last, ok)
	}
	if err := other.Reload(); err != nil {
		t.Fatal(err)
	}
	if st := other.Status(); st.BuiltBy != "grace_h" || st.BuiltPID != os.Getpid() {
		t.Errorf("Status of the generation picked up: built by %q, pid %d; want grace_h, pid %d", st.BuiltBy, st.BuiltPID, os.Getpid())
	}
	// A refresh that does not say who asks names no one.
	if _, err := ix.refreshFS(context.Background(), changedBook(), nil); err != nil {
		t.Fatal(err)
	}
	if last, _ := ix.LastRefresh(); last.By != "" || ix.Status().BuiltBy != "" {
		t.Errorf("LastRefresh by %q, built by %q; want no one", last.By, ix.Status().BuiltBy)
	}
}

// TestRefreshReadsMdbookIncludes checks that a refresh reads the files a
// chapter includes with mdBook's directives from the content, relative to
// the chapter, in a first build and when the chapter changes, and reports
// those it could not read as one warning of the chapter.
func TestRefreshReadsMdbookIncludes(t *testing.T) {
	l := openLib(t, t.TempDir(), Options{})
	listing := &fstest.MapFile{Data: []byte("// ANCHOR: here\nfn lighthouse_keeper() {}\n// ANCHOR_END: here\n")}
	chapter := "# Guess\n\nThe keeper:\n\n```rust\n{{#rustdoc_include ../listings/a.rs:here}}\n```\n\n" +
		"```rust\n{{#include ../listings/gone.rs}}\n```\n"
	for i, src := range []string{chapter, chapter + "\nMore.\n"} {
		rep := refresh(t, l, fstest.MapFS{"book/ch02.md": {Data: []byte(src)}, "listings/a.rs": listing})
		text, _, ok := l.Section("book/ch02")
		if !ok || !strings.Contains(text, "fn lighthouse_keeper() {}") || strings.Contains(text, "ANCHOR") {
			t.Errorf("refresh %d: section %q, want the listing's anchor in it", i, text)
		}
		var warnings []string
		for _, w := range rep.Warnings {
			warnings = append(warnings, w.Error())
		}
		want := []string{"book/ch02.md:10: mdBook include left out, ../listings/gone.rs: not found"}
		if diff := cmp.Diff(want, warnings); diff != "" {
			t.Errorf("refresh %d: warnings (-want +got):\n%s", i, diff)
		}
	}
}
