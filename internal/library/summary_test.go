package library

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// An mdBook SUMMARY.md is the book's table of contents: read, reported,
// not indexed as a chapter, so its words (every chapter's name) match no
// question; a file of that name that is no table of contents is a chapter.
func TestRefreshSummaryIsNoChapter(t *testing.T) {
	l := openLib(t, t.TempDir(), Options{})
	fsys := fstest.MapFS{
		"src/SUMMARY.md": {Data: []byte("# Summary\n\n- [Getting started with the zeppelin](intro.md)\n- [Ownership](own.md)\n")},
		"src/intro.md":   {Data: []byte("# Introduction\n\nThis book teaches the language.\n")},
		"src/own.md":     {Data: []byte("# Ownership\n\nEach value has an owner.\n")},
	}
	rep := refresh(t, l, fsys)
	if diff := cmp.Diff([]string{"src/SUMMARY.md"}, rep.Summaries); diff != "" || rep.Chapters != 2 {
		t.Errorf("chapters %d, summaries (-want +got):\n%s", rep.Chapters, diff)
	}
	if diff := cmp.Diff([]string{"src/intro.md", "src/own.md"}, rep.Added); diff != "" {
		t.Errorf("added (-want +got):\n%s", diff)
	}
	if got := ids(find(t, l, "zeppelin", 5)); len(got) != 0 {
		t.Errorf("Search(zeppelin) = %v: the table of contents is indexed", got)
	}
	if stale, err := l.staleFS(fsys); err != nil || stale {
		t.Errorf("Stale = %v, %v; want false", stale, err)
	}
	again := refresh(t, l, fsys)
	if diff := cmp.Diff([]string{"src/SUMMARY.md"}, again.Summaries); diff != "" || !again.Unchanged() {
		t.Errorf("unchanged refresh: summaries (-want +got):\n%s\nunchanged %v", diff, again.Unchanged())
	}

	// The same name holding prose, no link to a chapter: a chapter.
	fsys["src/SUMMARY.md"] = &fstest.MapFile{Data: []byte("# Summary\n\nThe zeppelin chapter in one page.\n")}
	rep = refresh(t, l, fsys)
	if diff := cmp.Diff([]string{"src/SUMMARY.md"}, rep.Added); diff != "" || len(rep.Summaries) != 0 {
		t.Errorf("summaries %v, added (-want +got):\n%s", rep.Summaries, diff)
	}
	if got := ids(find(t, l, "zeppelin", 5)); !cmp.Equal(got, []string{"src/SUMMARY"}, cmpopts.EquateEmpty()) {
		t.Errorf("Search(zeppelin) = %v, want the chapter src/SUMMARY", got)
	}
}
