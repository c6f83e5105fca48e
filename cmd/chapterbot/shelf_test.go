package main

import (
	"strings"
	"testing"
)

// TestShelfRefusal is the upload-name check that /reindex made in
// internal/discord, moved here with the code that writes chapters.
func TestShelfRefusal(t *testing.T) {
	s := &shelf{dir: t.TempDir()}
	chapter := []byte("# T\n\ntext\n")
	for _, name := range []string{"a.md", "A-b_c.1.MD", "x.Md", "notes.txt"} {
		if why := s.refusal(name, chapter); why != "" {
			t.Errorf("%q refused: %s", name, why)
		}
	}
	for _, name := range []string{"", ".md", "..md", "a..md", "a/b.md", `a\b.md`, "/abs.md", "a b.md", "a.md\x00", "ä.md",
		strings.Repeat("a", 98) + ".md", "a.markdown", "a", "a.md.exe", "../../etc/x.md"} {
		if why := s.refusal(name, chapter); why == "" {
			t.Errorf("%q accepted", name)
		}
	}
	if why := s.refusal("bad.md", []byte("# Bad\n\n\xff\xfe\n")); !strings.Contains(why, "UTF-8") {
		t.Errorf("invalid UTF-8: %q", why)
	}
	if why := s.refusal("broken.md", []byte("---\ntitle: [unclosed\n---\n# T\n")); !strings.HasPrefix(why, "broken.md:3: front matter") {
		t.Errorf("broken front matter: %q", why)
	}
	if why := (&shelf{}).refusal("a.md", chapter); why == "" {
		t.Error("upload accepted without a content directory")
	}
}
