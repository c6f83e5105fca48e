package book

import (
	"errors"
	"path"
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
	f.Add("c.md", "{{#title X}}\n# T\n\n```\n{{#include ../x.rs:2:3}}\n{{#rustdoc_include a.rs:here}}\n```\n\n\\{{#include a}} {{#each x}}\n\n## H\n\ntext")
	f.Fuzz(func(t *testing.T, file, src string) {
		if file == "" {
			file = "c.md"
		}
		checkParse(t, file, src)
	})
}

// FuzzParseHTML fuzzes the HTML reader as FuzzParse fuzzes the Markdown
// one, from the test pages and small pages that reach each branch.
func FuzzParseHTML(f *testing.F) {
	for _, name := range []string{"html/postgresql-documentary.html", "html/sqlite-ru.html"} {
		f.Add(string(readTestdata(f, name)))
	}
	f.Add("<h1>T</h1>\n<h2 id=a>A</h2><p>1</p>\n<h2 id=a>A</h2>\n<section id=s><h3><a name=n>N</a></h3><p>x</p></section>")
	f.Add("<table><tr><td><h2>x</h2></td></tr><h2>stray</h2></table><h3>after</h3><p>y</p>")
	f.Add("<ul><li><h2>x</h2><ol start=-5><li></li></ol></ul><dl><dd>d</dd><dt>t</dt></dl><pre>a\n\n b</pre>")
	f.Add("<html lang=ru-RU><head><title>a | b</title><link rel=canonical href=http:x></head><nav><h1>n</h1></nav><main><header><h1>¶</h1></header><article>z</article></main>")
	f.Add("<select><h2>a</h2></select><noscript><h2>b</h2></noscript><h2>c</h2><p>d</p>")
	f.Fuzz(func(t *testing.T, src string) {
		checkParse(t, "c.html", src)
	})
}

// FuzzParseSiteText fuzzes the site-text reader (and the plain-text one it
// falls back to), from the three test chapters and small exports.
func FuzzParseSiteText(f *testing.F) {
	for _, name := range []string{"site/nodejs-documentary.txt", "site/postgresql-documentary.txt", "site/kafka-documentary.txt"} {
		f.Add(string(readTestdata(f, name)))
	}
	f.Add("Intro.\nPractical value of this chapter\nA\nB.\nT\nSub\nSource\nN\nD\nH\nC\nP.\nRelated chapters\n- X - y\n- Z\n")
	f.Add("T\nSource\n")
	f.Add("Source\nSource\nSource\n")
	f.Add("T\n\nSource\n\nRelated chapters\n\n- a – b — c\n")
	f.Add("Practical value of this chapter:\nT\nSOURCE:\nx\nRelated chapters\n- \n-  - \nH\n- a\n- b\n")
	f.Fuzz(func(t *testing.T, src string) {
		checkParse(t, "c.txt", src)
	})
}

// checkParse parses src and checks what every chapter must hold: problems
// and warnings name the file and a line inside it, the intro comes first,
// section IDs are unique and start with the slug, trails start with the
// title, lines are in order, no passage is over its word limit, the URL is
// an absolute http(s) one, and Lang is a base code.
func checkParse(t *testing.T, file, src string) {
	lines := strings.Count(src, "\n") + 1
	checkProblem := func(p *Problem) {
		t.Helper()
		if p.File != file || p.Reason == "" || p.Line < 0 || p.Line > lines {
			t.Fatalf("bad problem %+v", p)
		}
	}
	ch, err := Parse(file, []byte(src))
	if err != nil {
		var p *Problem
		if !errors.As(err, &p) {
			t.Fatalf("error %v (%T) is not a *Problem", err, err)
		}
		checkProblem(p)
		return
	}
	for _, w := range ch.Warnings {
		checkProblem(w)
	}
	switch ext := strings.ToLower(path.Ext(file)); {
	case ext == ".txt" && ch.Format != FormatText && ch.Format != FormatSiteText,
		(ext == ".html" || ext == ".htm") && ch.Format != FormatHTML,
		ext != ".txt" && ext != ".html" && ext != ".htm" && ch.Format != FormatMarkdown:
		t.Fatalf("file %q read as %q", file, ch.Format)
	}
	if ch.URL != "" && checkURL(ch.URL) != "" {
		t.Fatalf("URL %q accepted: %s", ch.URL, checkURL(ch.URL))
	}
	if base, ok := baseLang(ch.Lang); ch.Lang != "" && (!ok || base != ch.Lang) {
		t.Fatalf("Lang %q is not a base code", ch.Lang)
	}
	for _, r := range ch.Related {
		if r.Title == "" {
			t.Fatalf("related entry without a title: %+v", ch.Related)
		}
	}
	if len(ch.Sections) == 0 || ch.Sections[0].ID != ch.Slug || ch.Sections[0].Heading != "" {
		t.Fatalf("no intro section first: %+v", ch.Sections)
	}
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
}
