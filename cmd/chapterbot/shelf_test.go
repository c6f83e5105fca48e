package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/discord"
	"github.com/chapterbot/chapterbot/internal/library"
)

// The bot's shelf passes on who asked for a refresh, and the problems,
// warnings, unread files and tables of contents of the library's report.
func TestShelfReport(t *testing.T) {
	content := t.TempDir()
	for name, text := range map[string]string{
		"a.md":       "# Alpha\n\nThe event loop runs callbacks.\n",
		"b.md":       "---\nlang: klingonese\n---\n# Beta\n\nText.\n",
		"c.md":       "---\ntitle: [unclosed\n---\n# C\n",
		"notes.rst":  "Notes\n=====\n",
		"SUMMARY.md": "# Summary\n\n- [Alpha](a.md)\n- [Beta](b.md)\n",
	} {
		if err := os.WriteFile(filepath.Join(content, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	lib, err := library.Open(library.Options{IndexDir: t.TempDir(), ContentDir: content})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	s := newShelf(lib, true)
	rep, err := s.Refresh(context.Background(), "grace_h", nil)
	if err != nil {
		t.Fatal(err)
	}
	got := discord.RefreshReport{Result: rep.Result, Chapters: rep.Chapters, Problems: rep.Problems, Warnings: rep.Warnings, Unread: rep.Unread, Summaries: rep.Summaries, By: rep.By}
	want := discord.RefreshReport{Result: discord.RefreshOK, Chapters: 2,
		Problems: []string{`c.md:3: front matter: did not find expected ',' or ']'`},
		Warnings: []string{`b.md:2: front matter: lang "klingonese" is not a language code such as "en" or "ru"; the language is detected from the text`},
		Unread:   []string{"notes.rst"}, Summaries: []string{"SUMMARY.md"}, By: "grace_h"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
	if last, ok := s.LastRefresh(); !ok || last.By != "grace_h" || last.Result != discord.RefreshOK {
		t.Errorf("LastRefresh = %+v, %v; want ok by grace_h", last, ok)
	}
}
