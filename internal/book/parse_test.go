package book

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func mustParse(t *testing.T, file, src string) Chapter {
	t.Helper()
	ch, err := Parse(file, []byte(src))
	if err != nil {
		t.Fatalf("Parse(%q): %v", file, err)
	}
	return ch
}

func TestParseTitleAndSlug(t *testing.T) {
	tests := []struct {
		name      string
		file, src string
		title     string
		slug      string
		sections  []string // IDs
	}{
		{
			name:  "front matter title and slug",
			file:  "intro.md",
			src:   "---\ntitle: The Start\nslug: start\n---\n# Welcome\n\nHello.\n",
			title: "The Start", slug: "start",
			sections: []string{"start", "start#welcome"}, // the H1 is a section when the title comes from front matter
		},
		{
			name:  "H1 repeating the front matter title is the title",
			file:  "intro.md",
			src:   "---\ntitle: \"Go: A Tour\"\n---\n\n# go: a tour\n\nHello.\n\n## Go: A Tour\n\nAgain.\n",
			title: "Go: A Tour", slug: "intro",
			sections: []string{"intro", "intro#go-a-tour-1"},
		},
		{
			name:  "first H1",
			file:  "intro.md",
			src:   "Before.\n\n# Welcome\n\nHello.\n\n# Second Part\n\nMore.\n",
			title: "Welcome", slug: "intro",
			sections: []string{"intro", "intro#second-part"},
		},
		{
			name:  "first H1 after a sub-heading",
			file:  "intro.md",
			src:   "## Setup\n\nFirst.\n\n# Welcome\n\nHello.\n",
			title: "Welcome", slug: "intro",
			sections: []string{"intro", "intro#setup"},
		},
		{
			name:  "empty H1 is not a title",
			file:  "intro.md",
			src:   "#\n\n# Real\n\nHello.\n",
			title: "Real", slug: "intro",
			sections: []string{"intro", "intro#"},
		},
		{
			name:  "file name",
			file:  "getting-started.markdown",
			src:   "Just text.\n\n## Part\n\nMore.\n",
			title: "getting-started", slug: "getting-started",
			sections: []string{"getting-started", "getting-started#part"},
		},
		{
			name:  "sub-folder slug",
			file:  "guides/intro.md",
			src:   "# Intro\n\nHello.\n",
			title: "Intro", slug: "guides/intro",
			sections: []string{"guides/intro"},
		},
		{
			name:  "upper-case extension",
			file:  "guides/deep/Notes.MD",
			src:   "Hello.\n",
			title: "Notes", slug: "guides/deep/Notes",
			sections: []string{"guides/deep/Notes"},
		},
		{
			name:  "empty front matter values fall back",
			file:  "a/b.md",
			src:   "---\ntitle: \"\"\nslug:\ntags: []\n---\n# From H1\n\nHello.\n",
			title: "From H1", slug: "a/b",
			sections: []string{"a/b"},
		},
		{
			name:  "front matter slug rescues a # in the file name",
			file:  "c#.md",
			src:   "---\nslug: csharp\n---\nText.\n",
			title: "c#", slug: "csharp",
			sections: []string{"csharp"},
		},
		{
			name:  "numeric title is text",
			file:  "orwell.md",
			src:   "---\ntitle: 1984\n---\nHello.\n",
			title: "1984", slug: "orwell",
			sections: []string{"orwell"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := mustParse(t, tt.file, tt.src)
			var ids []string
			for _, s := range ch.Sections {
				ids = append(ids, s.ID)
			}
			got := []any{ch.File, ch.Title, ch.Slug, ids}
			want := []any{tt.file, tt.title, tt.slug, tt.sections}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("file, title, slug, section IDs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseFrontMatterFields(t *testing.T) {
	src := "---\r\ntitle: '  Spaced  '\r\nurl: https://example.com/book/ch1\r\nlang: de\r\ntags: [setup, ' install ', 3]\r\ndraft: true\r\nweight: {a: 1}\r\n---\r\nHallo.\r\n"
	ch := mustParse(t, "ch1.md", src)
	got := Chapter{File: ch.File, Slug: ch.Slug, Title: ch.Title, URL: ch.URL, Lang: ch.Lang, Tags: ch.Tags}
	want := Chapter{File: "ch1.md", Slug: "ch1", Title: "Spaced", URL: "https://example.com/book/ch1", Lang: "de", Tags: []string{"setup", "install", "3"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("chapter fields (-want +got):\n%s", diff)
	}
	if got, want := ch.Sections[0].Text, "Hallo."; got != want {
		t.Errorf("intro text = %q, want %q", got, want)
	}
}

func TestParseSections(t *testing.T) {
	src := `---
title: Install Guide
url: https://example.com/install
---
Intro paragraph.

## Linux

On Linux.

### Debian

apt-get it.

#### Bookworm

Newest.

### Fedora

dnf it.

` + "```sh\n# not a heading\n## nor this\n```" + `

## macOS

Brew.

## FAQ

One.

## FAQ

Two.

# Appendix

Last words.

Setext Heading
--------------

Under setext.
`
	ch := mustParse(t, "guides/install.md", src)
	const u = "https://example.com/install"
	want := []Section{
		{ID: "guides/install", Trail: []string{"Install Guide"}, URL: u, Line: 1, Text: "Intro paragraph."},
		{ID: "guides/install#linux", Anchor: "linux", Heading: "Linux", Level: 2, Trail: []string{"Install Guide", "Linux"}, URL: u + "#linux", Line: 7, Text: "On Linux."},
		{ID: "guides/install#debian", Anchor: "debian", Heading: "Debian", Level: 3, Trail: []string{"Install Guide", "Linux", "Debian"}, URL: u + "#debian", Line: 11, Text: "apt-get it."},
		{ID: "guides/install#bookworm", Anchor: "bookworm", Heading: "Bookworm", Level: 4, Trail: []string{"Install Guide", "Linux", "Debian", "Bookworm"}, URL: u + "#bookworm", Line: 15, Text: "Newest."},
		{ID: "guides/install#fedora", Anchor: "fedora", Heading: "Fedora", Level: 3, Trail: []string{"Install Guide", "Linux", "Fedora"}, URL: u + "#fedora", Line: 19, Text: "dnf it.\n\n# not a heading\n## nor this"},
		{ID: "guides/install#macos", Anchor: "macos", Heading: "macOS", Level: 2, Trail: []string{"Install Guide", "macOS"}, URL: u + "#macos", Line: 28, Text: "Brew."},
		{ID: "guides/install#faq", Anchor: "faq", Heading: "FAQ", Level: 2, Trail: []string{"Install Guide", "FAQ"}, URL: u + "#faq", Line: 32, Text: "One."},
		{ID: "guides/install#faq-1", Anchor: "faq-1", Heading: "FAQ", Level: 2, Trail: []string{"Install Guide", "FAQ"}, URL: u + "#faq-1", Line: 36, Text: "Two."},
		{ID: "guides/install#appendix", Anchor: "appendix", Heading: "Appendix", Level: 1, Trail: []string{"Install Guide", "Appendix"}, URL: u + "#appendix", Line: 40, Text: "Last words."},
		{ID: "guides/install#setext-heading", Anchor: "setext-heading", Heading: "Setext Heading", Level: 2, Trail: []string{"Install Guide", "Appendix", "Setext Heading"}, URL: u + "#setext-heading", Line: 44, Text: "Under setext."},
	}
	if diff := cmp.Diff(want, ch.Sections); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
}

func TestParseTitleH1(t *testing.T) {
	// The title H1 is not a section but takes its anchor, as on GitHub, so
	// a later heading with the same text gets "-1". No url: no deep links.
	src := "# Tour\n\nWelcome.\n\n## Tour\n\nAgain.\n\n### Stop `one`\n\nHere.\n"
	ch := mustParse(t, "tour.md", src)
	want := []Section{
		{ID: "tour", Trail: []string{"Tour"}, Line: 1, Text: "Welcome."},
		{ID: "tour#tour-1", Anchor: "tour-1", Heading: "Tour", Level: 2, Trail: []string{"Tour", "Tour"}, Line: 5, Text: "Again."},
		{ID: "tour#stop-one", Anchor: "stop-one", Heading: "Stop one", Level: 3, Trail: []string{"Tour", "Tour", "Stop one"}, Line: 9, Text: "Here."},
	}
	if diff := cmp.Diff(want, ch.Sections); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
}

func TestParseEmptyIntro(t *testing.T) {
	ch := mustParse(t, "a.md", "# A\n## B\nText.\n")
	want := []Section{
		{ID: "a", Trail: []string{"A"}, Line: 1},
		{ID: "a#b", Anchor: "b", Heading: "B", Level: 2, Trail: []string{"A", "B"}, Line: 2, Text: "Text."},
	}
	if diff := cmp.Diff(want, ch.Sections); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
}

func TestParseHeadingText(t *testing.T) {
	tests := []struct {
		src, heading, anchor string
	}{
		{"## Use `go test` *now*", "Use go test now", "use-go-test-now"},
		{"## Where to use the `?` operator", "Where to use the ? operator", "where-to-use-the--operator"},
		{"## See [the docs](https://x.dev) <em>here</em>", "See the docs here", "see-the-docs-here"},
		{"## Q&amp;A \\#1", "Q&A #1", "qa-1"},
		{"## Ends with hashes ##", "Ends with hashes", "ends-with-hashes"},
		{"## 🚀 Launch", "🚀 Launch", "-launch"},
		{"Two line\nsetext\n---", "Two line setext", "two-line-setext"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			ch := mustParse(t, "h.md", "Intro.\n\n"+tt.src+"\n\nBody.\n")
			if len(ch.Sections) != 2 {
				t.Fatalf("got %d sections, want 2: %+v", len(ch.Sections), ch.Sections)
			}
			s := ch.Sections[1]
			if got, want := []string{s.Heading, s.Anchor, s.ID}, []string{tt.heading, tt.anchor, "h#" + tt.anchor}; !cmp.Equal(got, want) {
				t.Errorf("heading, anchor, ID = %q, want %q", got, want)
			}
		})
	}
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"paragraphs", "One\ntwo.\n\nThree.", "One two.\n\nThree."},
		{"emphasis", "Some *em*, **strong**, ~~gone~~ and `code`.", "Some em, strong, gone and code."},
		{"a code span's marks keep no-break spaces", "The message `No revision. Verify it.` comes from\n`git`. Then `a.`\nb.", "The message No revision.\u00a0Verify it.\u00a0comes from git. Then a.\u00a0b."},
		{"hard break", "line one\\\nline two", "line one\nline two"},
		{"link text kept", "Read [the guide](https://x.dev/guide \"Guide\") first.", "Read the guide first."},
		{"reference link", "Read [the guide][g].\n\n[g]: https://x.dev", "Read the guide."},
		{"image alt kept", "![A cat](cat.png)", "A cat"},
		{"autolink keeps URL", "See <https://example.com/a?b=c> now.", "See https://example.com/a?b=c now."},
		{"html comment dropped", "Before.\n\n<!-- a note\nfor editors -->\n\nAfter.", "Before.\n\nAfter."},
		{"inline comment dropped", "Keep <!-- not this --> that.", "Keep that."},
		{"spaces around tags kept once", "A <br> b <i> c </i> d<br/>e", "A b c de"},
		{"raw inline tag dropped, text kept", "Press <kbd>Ctrl</kbd>+<kbd>C</kbd>.", "Press Ctrl+C."},
		{"html block dropped", "<div align=\"center\">\n<img src=\"x.png\">\n</div>\n\nText.", "Text."},
		{"escapes and entities", "\\*not em\\* &amp; &copy; &#65;", "*not em* & © A"},
		{"fenced code kept", "Run:\n\n```go\nfunc main() {\n\n\tfmt.Println(\"# hi\")\n}\n```\n\nDone.", "Run:\n\nfunc main() {\n\tfmt.Println(\"# hi\")\n}\n\nDone."},
		{"indented code kept", "Run:\n\n    make all\n    make test\n\nDone.", "Run:\n\nmake all\nmake test\n\nDone."},
		{"table", "| Name | Value |\n| --- | ---: |\n| `a` | 1 |\n| *b* | 2 |", "Name | Value\na | 1\nb | 2"},
		{"bullet list", "- one\n- two\n  - nested\n- three", "- one\n- two\n  - nested\n- three"},
		{"loose ordered list", "3. first\n\n   more\n4. second", "3. first\nmore\n4. second"},
		{"block quote", "> Quoted\n> line.\n>\n> Second.", "Quoted line.\n\nSecond."},
		{"thematic break", "A.\n\n---\n\nB.", "A.\n\nB."},
		{"crlf", "One\r\ntwo.\r\n\r\nThree.\r\n", "One two.\n\nThree."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := mustParse(t, "t.md", tt.src)
			if len(ch.Sections) != 1 {
				t.Fatalf("got %d sections, want 1", len(ch.Sections))
			}
			if diff := cmp.Diff(tt.want, ch.Sections[0].Text); diff != "" {
				t.Errorf("text (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseNestedHeadingTakesAnchor(t *testing.T) {
	// GitHub gives ids to headings inside block quotes too; they do not start
	// sections here but a later heading with the same text must count them.
	ch := mustParse(t, "n.md", "> ## Note\n> Careful.\n\n## Note\n\nReal.\n")
	want := []Section{
		{ID: "n", Trail: []string{"n"}, Line: 1, Text: "Note\n\nCareful."},
		{ID: "n#note-1", Anchor: "note-1", Heading: "Note", Level: 2, Trail: []string{"n", "Note"}, Line: 4, Text: "Real."},
	}
	if diff := cmp.Diff(want, ch.Sections); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
}

func TestParseTxt(t *testing.T) {
	src := "\n\n  The Long Walk  \nIt began at dawn.\nThe road was long.\n\n   \nThen rain.   \r\n\r\n\r\nThe end.\n"
	ch := mustParse(t, "stories/walk.TXT", src)
	want := Chapter{
		File: "stories/walk.TXT", Slug: "stories/walk", Title: "The Long Walk", Format: FormatText,
		Sections: []Section{{
			ID: "stories/walk", Trail: []string{"The Long Walk"}, Line: 1,
			Text: "It began at dawn.\nThe road was long.\n\nThen rain.\n\nThe end.",
		}},
	}
	if diff := cmp.Diff(want, ch); diff != "" {
		t.Errorf("chapter (-want +got):\n%s", diff)
	}
	// Markdown in a .txt file is just text.
	ch = mustParse(t, "raw.txt", "# Title\n## Not a heading\n*kept*\n")
	if got, want := []string{ch.Title, ch.Sections[0].Text}, []string{"# Title", "## Not a heading\n*kept*"}; !cmp.Equal(got, want) {
		t.Errorf("title, text = %q, want %q", got, want)
	}
}

func TestParseProblems(t *testing.T) {
	big := strings.Repeat("word ", MaxFileSize/5+1)
	tests := []struct {
		name, file, src, want string
	}{
		{"too large", "big.md", big, fmt.Sprintf("big.md: file too large: %d bytes (limit 5242880)", len(big))},
		{"NUL byte", "bin.md", "ok\nstill ok\nbad\x00here\n", "bin.md:3: binary content (NUL byte)"},
		{"invalid UTF-8", "enc.md", "# Title\n\nCaf\xe9 au lait\n", "enc.md:3: invalid UTF-8"},
		{"invalid UTF-8 txt", "enc.txt", "\xff", "enc.txt:1: invalid UTF-8"},
		{"front matter not closed", "fm.md", "---\ntitle: x\n\n# Body\n", "fm.md:1: front matter is not closed"},
		{"front matter only a fence", "fm.md", "---", "fm.md:1: front matter is not closed"},
		{"yaml syntax", "fm.md", "---\ntitle: ok\ntags: [a, b\n---\nText.\n", "fm.md:3: front matter: did not find expected ',' or ']'"},
		{"yaml unterminated quote", "fm.md", "---\ntitle: \"abc\nslug: x\n---\nText.\n", "fm.md:4: front matter: found unexpected end of stream"},
		{"yaml scanner error on first line", "fm.md", "---\ntitle: a: b\n---\nText.\n", "fm.md:2: front matter: mapping values are not allowed in this context"},
		{"yaml scanner error later", "fm.md", "---\ntitle: T\n slug: s\n---\nText.\n", "fm.md:3: front matter: mapping values are not allowed in this context"},
		{"yaml tab on first line", "fm.md", "---\n\ttitle: T\n---\nText.\n", "fm.md:2: front matter: found character that cannot start any token"},
		{"yaml parser error on first line", "fm.md", "---\ntags: [a, b]]\n---\nText.\n", "fm.md:2: front matter: did not find expected key"},
		{"yaml parser error later", "fm.md", "---\ntitle: T\n- item\n---\nText.\n", "fm.md:3: front matter: did not find expected key"},
		{"yaml flow mapping", "fm.md", "---\ntitle: T\n\nslug: s\nurl: {a\n---\nText.\n", "fm.md:5: front matter: did not find expected ',' or '}'"},
		{"yaml unknown anchor", "fm.md", "---\ntitle: *name\n---\nText.\n", "fm.md:2: front matter: unknown anchor 'name' referenced"},
		{"not a mapping", "fm.md", "---\n- a\n- b\n---\nText.\n", "fm.md:2: front matter: not a mapping of keys to values"},
		{"title not a string", "fm.md", "---\nslug: s\ntitle:\n  - a\n  - b\n---\nText.\n", "fm.md:4: front matter: title must be a string"},
		{"url is a map", "fm.md", "---\nurl: {a: b}\n---\nText.\n", "fm.md:2: front matter: url must be a string"},
		{"tags not a list", "fm.md", "---\ntitle: T\ntags: go\n---\nText.\n", "fm.md:3: front matter: tags must be a list"},
		{"tag not a string", "fm.md", "---\ntags:\n  - ok\n  - [nested]\n---\nText.\n", "fm.md:4: front matter: tags must be a list of strings"},
		{"duplicate key", "fm.md", "---\ntitle: a\nlang: en\ntitle: b\n---\nText.\n", "fm.md:4: front matter: duplicate key \"title\""},
		{"slug with #", "fm.md", "---\n\nslug: a#b\n---\nText.\n", "fm.md:3: front matter: slug \"a#b\" must not contain \"#\" or spaces"},
		{"# in file name", "c#.md", "Text.\n", "c#.md: slug contains \"#\"; rename the file or set a slug in front matter"},
		{"empty file", "empty.md", "", "empty.md: empty chapter"},
		{"only front matter", "e.md", "---\ntitle: Draft\n---\n", "e.md: empty chapter"},
		{"only headings", "e.md", "# Title\n\n## A\n\n<!-- todo -->\n\n## B\n", "e.md: empty chapter"},
		{"txt title only", "e.txt", "\nJust a title\n\n", "e.txt: empty chapter"},
		{"blank txt", "e.txt", " \n\n", "e.txt: empty chapter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch, err := Parse(tt.file, []byte(tt.src))
			var p *Problem
			if !errors.As(err, &p) {
				t.Fatalf("Parse() error = %v (%T), want a *Problem; chapter %+v", err, err, ch)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("Parse() error:\n got %q\nwant %q", got, tt.want)
			}
			if p.File != tt.file {
				t.Errorf("Problem.File = %q, want %q", p.File, tt.file)
			}
			if diff := cmp.Diff(Chapter{}, ch); diff != "" {
				t.Errorf("chapter returned with a problem (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseNotFrontMatter(t *testing.T) {
	// "---" that is not alone on the first line is Markdown, not front matter.
	tests := []struct {
		name, src, want string
	}{
		{"text after dashes", "--- not a fence\nText.\n", "--- not a fence Text."},
		{"later thematic break", "Text.\n\n---\n\nMore.\n", "Text.\n\nMore."},
		{"BOM before front matter", "\ufeff---\ntitle: T\n---\nText.\n", "Text."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := mustParse(t, "x.md", tt.src)
			if got := ch.Sections[0].Text; got != tt.want {
				t.Errorf("text = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestParseDoesNotModifyInput(t *testing.T) {
	src := []byte("---\ntitle: T\n---\n# H\n\nA \\* b &amp; c <b>x</b>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
	orig := append([]byte(nil), src...)
	mustParse(t, "x.md", string(src))
	if _, err := Parse("x.md", src); err != nil {
		t.Fatal(err)
	}
	if string(src) != string(orig) {
		t.Errorf("Parse modified its input:\n%q\nwant\n%q", src, orig)
	}
}

func TestParseConcurrent(t *testing.T) {
	// One goldmark parser serves every call; run with -race.
	src := benchChapter(500)
	want := mustParse(t, "c.md", src)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Go(func() {
			got, err := Parse("c.md", []byte(src))
			if err != nil {
				errs <- err.Error()
				return
			}
			if diff := cmp.Diff(want, got); diff != "" {
				errs <- diff
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
