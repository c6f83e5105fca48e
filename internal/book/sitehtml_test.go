package book

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sitePage renders a site-text chapter as the book's website would serve
// it: the article in <main>, headings at their levels without ids, lists as
// lists, and the site's header, navigation, cookie banner, related-chapters
// aside and footer around it.
func sitePage(ch Chapter) string {
	var b strings.Builder
	e := html.EscapeString
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=%q><head><meta charset=\"utf-8\"><title>%s | Book cube</title>"+
		"<script>window.dataLayer=[];</script><style>h2{margin:0}</style></head>\n<body>\n", ch.Lang, e(ch.Title))
	b.WriteString("<header><a href=\"/\">Book cube</a><nav><ul><li><a href=\"/chapters\">All chapters</a></li>" +
		"<li><a href=\"/login\">Sign in</a></li></ul></nav></header>\n" +
		"<div class=\"cookie-banner\" role=\"dialog\"><p>We use cookies. Accept all cookies?</p><button>Accept</button></div>\n" +
		"<main><article>\n")
	fmt.Fprintf(&b, "<h1>%s</h1>\n", e(ch.Title))
	for i, s := range ch.Sections {
		if i > 0 {
			fmt.Fprintf(&b, "<h%d>%s</h%d>\n", s.Level, e(s.Heading), s.Level)
		}
		for _, p := range strings.Split(s.Text, "\n\n") {
			switch p = strings.TrimSpace(p); {
			case p == "":
			case strings.HasPrefix(p, "- "):
				b.WriteString("<ul>\n")
				for _, l := range strings.Split(p, "\n") {
					fmt.Fprintf(&b, "<li>%s</li>\n", e(strings.TrimPrefix(l, "- ")))
				}
				b.WriteString("</ul>\n")
			default:
				fmt.Fprintf(&b, "<p>%s</p>\n", e(p))
			}
		}
	}
	b.WriteString("</article>\n<aside><h2>Related chapters</h2><ul>")
	for _, r := range ch.Related {
		fmt.Fprintf(&b, "<li><a href=\"/chapters/x\">%s</a></li>", e(r.Title))
	}
	b.WriteString("</ul></aside></main>\n<footer><p>All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer>\n</body></html>\n")
	return b.String()
}

// TestSiteChaptersAsHTMLPages reads every site-text chapter of the test
// data again as the website's HTML page of it: the title, the section IDs,
// heading trails and the words of every section must be the same, and
// nothing of the site around the article may be read. With SITE_HTML_OUT
// set to a directory (made if missing), it also writes the pages there (the README's quality
// table scores the site question sets on them).
func TestSiteChaptersAsHTMLPages(t *testing.T) {
	out := os.Getenv("SITE_HTML_OUT")
	if out != "" {
		if err := os.MkdirAll(out, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	files := map[string][]byte{}
	for _, file := range []string{"site/nodejs-documentary.txt", "site/kafka-documentary.txt",
		"site/postgresql-documentary.txt", "s6/python-documentary.txt", "s7/git-documentary.txt",
		"s8/linux-documentary.txt"} {
		files[file] = readTestdata(t, file)
	}
	// SITE_HTML_FROM names a directory of other site-text chapters (the
	// seed itself, which is not in this repository) to read instead.
	if from := os.Getenv("SITE_HTML_FROM"); from != "" {
		clear(files)
		paths, err := filepath.Glob(filepath.Join(from, "*.txt"))
		if err != nil || len(paths) == 0 {
			t.Fatalf("SITE_HTML_FROM=%s: no .txt chapter (%v)", from, err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			files[filepath.Base(p)] = b
		}
	}
	for file, data := range files {
		t.Run(file, func(t *testing.T) {
			text := mustParse(t, file, string(data))
			if text.Format != FormatSiteText {
				t.Fatalf("%s read as %s, want %s", file, text.Format, FormatSiteText)
			}
			name := strings.TrimSuffix(file, ".txt") + ".html"
			src := sitePage(text)
			if out != "" {
				if err := os.WriteFile(filepath.Join(out, filepath.Base(name)), []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			page := mustParse(t, name, src)
			if page.Title != text.Title || page.Slug != text.Slug || page.Lang != text.Lang {
				t.Errorf("title, slug, lang: page %q %q %q, text %q %q %q", page.Title, page.Slug, page.Lang, text.Title, text.Slug, text.Lang)
			}
			if len(page.Sections) != len(text.Sections) {
				t.Fatalf("page has %d sections, text %d:\n%s", len(page.Sections), len(text.Sections), outlineOf(page))
			}
			for i, s := range text.Sections {
				p := page.Sections[i]
				if p.ID != s.ID || strings.Join(p.Trail, " > ") != strings.Join(s.Trail, " > ") {
					t.Errorf("section %d: page %s (%s), text %s (%s)", i, p.ID, strings.Join(p.Trail, " > "), s.ID, strings.Join(s.Trail, " > "))
				}
				if got, want := strings.Fields(p.Text), strings.Fields(s.Text); strings.Join(got, " ") != strings.Join(want, " ") {
					t.Errorf("text of %s:\npage %q\ntext %q", s.ID, strings.Join(got, " "), strings.Join(want, " "))
				}
			}
			for _, s := range page.Sections {
				for _, chrome := range []string{"Book cube", "All chapters", "Sign in", "cookies", "Accept", "All rights reserved", "Privacy", "dataLayer"} {
					if strings.Contains(s.Text, chrome) {
						t.Errorf("section %s keeps the site's %q", s.ID, chrome)
					}
				}
			}
		})
	}
}

func outlineOf(ch Chapter) string {
	var b strings.Builder
	for _, s := range ch.Sections {
		fmt.Fprintf(&b, "%s\t%s\n", s.ID, strings.Join(s.Trail, " > "))
	}
	return b.String()
}
