package book

import (
	"errors"
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	f.Add("c.md", "---\ntitle: T\nurl: https://x\n---\n# A\n\n## FAQ\n\nx\n\n## FAQ\n\n## faq-1\n\ny\n")
	f.Add("c.md", "# T\n\n```\n# no\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- a\n  - b\n\n> ## q\n\n<!-- c -->\n<b>x</b>\n")
	f.Add("c.md", "Setext\n===\n\n##\n\n## 🎉\n\n## 🎉\n\ntext")
	f.Add("c.txt", "Title\n\npara one\n\npara two\n")
	f.Add("c.md", "---\ntags: [a, *b]\n---\n")
	f.Add("c.md", "---\n---\n")
	f.Add("c.md", "\xff\x00")
	f.Fuzz(func(t *testing.T, file, src string) {
		if file == "" {
			file = "c.md"
		}
		ch, err := Parse(file, []byte(src))
		if err != nil {
			var p *Problem
			if !errors.As(err, &p) {
				t.Fatalf("error %v (%T) is not a *Problem", err, err)
			}
			if p.File != file || p.Reason == "" || p.Line < 0 || p.Line > strings.Count(src, "\n")+1 {
				t.Fatalf("bad problem %+v", p)
			}
			return
		}
		if len(ch.Sections) == 0 || ch.Sections[0].ID != ch.Slug || ch.Sections[0].Heading != "" {
			t.Fatalf("no intro section first: %+v", ch.Sections)
		}
		lines := strings.Count(src, "\n") + 1
		seen := map[string]bool{}
		text := false
		prevLine := 0
		for _, s := range ch.Sections {
			if seen[s.ID] {
				t.Fatalf("duplicate section ID %q", s.ID)
			}
			seen[s.ID] = true
			if slug, _, _ := strings.Cut(s.ID, "#"); slug != ch.Slug {
				t.Fatalf("ID %q does not start with the slug %q and \"#\"", s.ID, ch.Slug)
			}
			if len(s.Trail) == 0 || s.Trail[0] != ch.Title {
				t.Fatalf("trail %q does not start with title %q", s.Trail, ch.Title)
			}
			if s.Anchor != "" || s.Heading != "" {
				if s.Trail[len(s.Trail)-1] != s.Heading || s.ID != ch.Slug+"#"+s.Anchor {
					t.Fatalf("section %+v: trail or ID does not match heading", s)
				}
			}
			if s.Line < 1 || s.Line > lines || s.Line < prevLine {
				t.Fatalf("section %q line %d out of order or range (1..%d)", s.ID, s.Line, lines)
			}
			prevLine = s.Line
			if s.Text != "" {
				text = true
			}
			for _, p := range Passages(s.Text, 20) {
				if countWords(p) > 20 {
					t.Fatalf("passage over 20 words: %q", p)
				}
			}
		}
		if !text {
			t.Fatalf("chapter without text accepted")
		}
	})
}
