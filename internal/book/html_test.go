package book

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseHTMLPages(t *testing.T) {
	tests := []struct {
		file, title, lang, url string
		sections               []outlineRow
		texts                  map[string]string // anchor -> whole text ("" key: the intro)
		chrome                 []string          // text of the site around the article, which must be gone
	}{
		{
			file: "html/postgresql-documentary.html", title: "PostgreSQL: The Documentary", lang: "en",
			url: "https://books.example.com/chapters/postgresql-documentary",
			sections: []outlineRow{
				{"story", 2, 41, "What is the story about?", "The story follows PostgreSQL"},                           // <section id>
				{"origins", 2, 47, "Where PostgreSQL came from", ""},                                                   // its own id; "#" mark dropped
				{"ingres", 3, 48, "Where PostgreSQL came from > Life after Ingres", "Michael Stonebraker started the"}, // <a name> inside
				{"sql-replaces-quel", 3, 51, "Where PostgreSQL came from > SQL replaces QUEL", "In 1994 Andrew Yu"},
				{"key-milestones", 2, 55, "Key milestones", "Major versions Version |"},
				{"why-vacuum-exists", 2, 67, "Why vacuum exists", "Old row versions stay"},
				{"checklist-for-a-new-postgresql-service", 2, 77, "Checklist for a new PostgreSQL service", "- Set statement and"},
			},
			texts: map[string]string{
				"": "From a Berkeley research project to the default open database\n\n" +
					"PostgreSQL matters because it showed that a database built by a volunteer community, with no company owning it, can become the default choice for serious production systems.",
				"key-milestones": "Major versions\nVersion | Year | What it added\n6.5 | 1999 | Multiversion concurrency control\n" +
					"7.1 | 2001 | The write-ahead log\n9.0 | 2010 | Streaming replication and hot standby\n9.4 | 2014 | The binary JSONB type",
				"why-vacuum-exists": "Old row versions stay in the table until vacuum removes them. A transaction left open for hours stops vacuum from cleaning anything newer than its snapshot.\n\n" +
					"To see what autovacuum is doing, ask the statistics views:\n\n" +
					"SELECT relname, n_dead_tup, last_autovacuum\n  FROM pg_stat_user_tables\n ORDER BY n_dead_tup DESC;",
				"checklist-for-a-new-postgresql-service": "- Set statement and idle-in-transaction timeouts\n- Watch table bloat and autovacuum activity\n  - alert on dead tuples\n- Rehearse restoring from a base backup",
			},
			chrome: []string{"Skip to content", "About the book", "cookies", "Accept", "Home", "Read next", "useful", "Last updated",
				"Other chapters", "All rights reserved", "Privacy", "enable JavaScript", "gtag", "dataLayer", "margin-top"},
		},
		{
			file: "html/sqlite-ru.html", title: "SQLite: база данных в одном файле", lang: "ru",
			url: "https://books.example.com/ru/sqlite",
			sections: []outlineRow{
				{"istoriya", 2, 22, "История", "Первую версию Д. Р."},
				{"ustroystvo", 2, 29, "Как она устроена", ""},
				{"zhurnal", 3, 30, "Как она устроена > Журнал и WAL", "Изначально изменения защищал журнал"},
				{"типы-данных", 3, 33, "Как она устроена > Типы данных", "Тип хранится у значения,"},
				{"где-её-используют", 2, 41, "Где её используют", "SQLite есть в Android,"},
			},
			texts: map[string]string{
				"типы-данных": "Тип хранится у значения, а не у столбца, см. раздел о «гибкой типизации» в документации.\n\n" +
					"INTEGER: целое число\nTEXT: строка в UTF-8 и т. д.",
				"где-её-используют": "SQLite есть в Android, iOS, браузерах, самолётах и т. д. Это одна из самых распространённых программ в мире.\n\n" +
					"1. мобильные приложения;\n2. настольные программы;\n3. встроенные устройства.",
			},
			chrome: []string{"Книжный куб", "Главная", "cookie", "Черновик", "Скрытый", "Декоративный", "Другие главы", "загружено", "headline"},
		},
		{
			// mdBook 0.4's page saved after its script ran: the code's hidden
			// lines (<span class="boring">, highlighted inside), the
			// playground's buttons and a run's result in the <pre>.
			file: "html/mdbook-0.4-saved.html", title: "Reading a Settings File", lang: "en",
			sections: []outlineRow{
				{"opening-the-file", 2, 74, "Opening the File", "We open the file"},
				{"running-it", 2, 84, "Running It", "Run the program where"},
			},
			texts: map[string]string{
				"opening-the-file": "We open the file with File::open and read it whole:\n\n" +
					"use std::fs;\nlet settings = fs::read_to_string(\"settings.toml\").expect(\"no settings file\");\n\n" +
					"Listing 1-1: Reading the settings file into a string",
				// The console block's output and the text block are marked
				// as output (OutputMark), the command is not.
				"running-it": "Run the program where the file is:\n\n$ cargo run\n\u2063settings loaded\n\n" +
					"A line such as # fn main outside a hidden span is shown as written.\n\n\u2063# this comment is shown\n\u2063// so is this",
			},
			chrome: []string{"allow(unused)", "fn main() {", "}\n", "panicked", "NotFound", "Copy to clipboard", "Run this code",
				"Show hidden lines", "The Example Book", "Print this book", "Git repository", "Light", "Coal", "Foreword",
				"Error Handling", "Search this book", "Previous chapter", "path_to_root"},
		},
		{
			// mdBook 0.5's page as served: hidden lines of a Rust block
			// (the main mdBook wraps around it) and of a block with its own
			// prefix; the help popup, sidebar and menu bar outside <main>.
			file: "html/mdbook-0.5.html", title: "Worker Threads", lang: "en", url: "https://book.example.org/ch03-workers.html",
			sections: []outlineRow{
				{"spawning-a-worker", 2, 72, "Spawning a Worker", "let handle = thread::spawn(||"},
			},
			texts: map[string]string{
				"spawning-a-worker": "let handle = thread::spawn(|| 40 + 2);\nassert_eq!(handle.join().unwrap(), 42);\n\n" +
					"The hidden lines of other languages are hidden too:\n\n" +
					"worker = threading.Thread(target=run_jobs)\nworker.start()\n\n1\n\nA job is any closure that is Send.",
			},
			chrome: []string{"allow(unused)", "use std::thread", "fn main", "import threading", "Keyboard shortcuts", "Press",
				"The Example Book", "Auto", "Print this book", "Suggest an edit", "Search this book", "Previous chapter"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			file := strings.TrimPrefix(tt.file, "html/")
			ch := mustParse(t, file, string(readTestdata(t, tt.file)))
			got := []any{ch.Format, ch.Title, ch.Lang, ch.URL, len(ch.Warnings)}
			want := []any{FormatHTML, tt.title, tt.lang, tt.url, 0}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("format, title, lang, url, warnings (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.sections, outlineRows(ch)); diff != "" {
				t.Errorf("sections (-want +got):\n%s", diff)
			}
			for _, s := range ch.Sections {
				if want, ok := tt.texts[s.Anchor]; ok && s.Text != want {
					t.Errorf("section %q text:\n got %q\nwant %q", s.ID, s.Text, want)
				}
				if ch.URL != "" && s.URL != ch.URL+map[bool]string{true: "", false: "#" + s.Anchor}[s.Anchor == ""] || ch.URL == "" && s.URL != "" {
					t.Errorf("section %q URL %q", s.ID, s.URL)
				}
				for _, c := range tt.chrome {
					if strings.Contains(s.Text, c) || strings.Contains(s.Heading, c) {
						t.Errorf("section %q holds site chrome %q", s.ID, c)
					}
				}
			}
		})
	}
}

// TestParseHTMLSameAsSiteText reads the same chapter saved as a page and as
// the site's text export: where the page has no ids of its own, deep links
// must come out the same.
func TestParseHTMLSameAsSiteText(t *testing.T) {
	page := mustParse(t, "postgresql-documentary.html", string(readTestdata(t, "html/postgresql-documentary.html")))
	text := mustParse(t, "postgresql-documentary.txt", string(readTestdata(t, "site/postgresql-documentary.txt")))
	anchors := map[string]string{}
	for _, s := range text.Sections {
		anchors[s.Heading] = s.Anchor
	}
	if page.Title != text.Title || page.Slug != text.Slug {
		t.Errorf("title, slug: page %q %q, text %q %q", page.Title, page.Slug, text.Title, text.Slug)
	}
	for _, h := range []string{"SQL replaces QUEL", "Key milestones", "Why vacuum exists", "Checklist for a new PostgreSQL service"} {
		var got string
		for _, s := range page.Sections {
			if s.Heading == h {
				got = s.Anchor
			}
		}
		if got == "" || got != anchors[h] {
			t.Errorf("anchor of %q: page %q, text %q", h, got, anchors[h])
		}
	}
}

func TestParseHTML(t *testing.T) {
	type sec struct {
		Anchor, Heading string
		Level, Line     int
		Text            string
	}
	tests := []struct {
		name, src string
		title     string
		want      []sec // after the intro, which is the first
		warnings  []string
	}{
		{
			name:  "h1 is the title, headings make sections",
			src:   "<h1>T</h1><p>Intro.</p>\n<h2>A</h2><p>a</p>\n<h3>B</h3><p>b</p>",
			title: "T",
			want:  []sec{{"", "", 0, 1, "Intro."}, {"a", "A", 2, 2, "a"}, {"b", "B", 3, 3, "b"}},
		},
		{
			name:  "no h1: <title> without the site's suffix",
			src:   "<title>Chapter One | My Site</title><p>Text.</p><h2>Part</h2><p>More.</p>",
			title: "Chapter One",
			want:  []sec{{"", "", 0, 1, "Text."}, {"part", "Part", 2, 1, "More."}},
		},
		{
			name:  "nothing names it: the file",
			src:   "<p>Text.</p>",
			title: "page",
			want:  []sec{{"", "", 0, 1, "Text."}},
		},
		{
			name:  "one article is the chapter",
			src:   "<body><div>Promo text.</div><article><h1>T</h1><p>Body.</p></article><div>More promo.</div></body>",
			title: "T",
			want:  []sec{{"", "", 0, 1, "Body."}},
		},
		{
			name:  "several articles: main holds them",
			src:   "<div>Out.</div><main><article><h2>A</h2><p>a</p></article><article><h2>B</h2><p>b</p></article></main>",
			title: "page",
			want:  []sec{{"", "", 0, 1, ""}, {"a", "A", 2, 1, "a"}, {"b", "B", 2, 1, "b"}},
		},
		{
			// A repeated id (invalid HTML) names only its first heading.
			name:  "page ids, and made-up anchors that avoid them",
			src:   "<h1>T</h1>\n<h2 id=\"a\">A</h2><p>1</p>\n<h2>A</h2><p>2</p>\n<h2 id=\"a\">Dup id</h2><p>3</p>\n<h2>Elsewhere</h2><p id=\"elsewhere\">4</p>\n<section id=\"s\"><p>x</p><h2>In section</h2><h3>Second</h3><p>5</p></section>",
			title: "T",
			want: []sec{{"", "", 0, 1, ""}, {"a", "A", 2, 2, "1"}, {"a-1", "A", 2, 3, "2"}, {"dup-id", "Dup id", 2, 4, "3"},
				{"elsewhere-1", "Elsewhere", 2, 5, "4\n\nx"}, {"s", "In section", 2, 6, ""}, {"second", "Second", 3, 6, "5"}},
		},
		{
			name:  "chrome dropped",
			src:   "<nav>Menu</nav><header>Site</header><div class=\"Cookie-Notice\">Accept</div><div id=\"consent\">OK</div><div aria-label=\"GDPR\">x</div><div class=\"top-banner\">Sale</div><div role=\"complementary\">Side</div><p>Kept <span hidden>not</span><button>Copy</button>text.</p><script>var x</script><style>p{}</style><template><p>tpl</p></template><form><p>field</p></form>",
			title: "page",
			want:  []sec{{"", "", 0, 1, "Kept text."}},
		},
		{
			name:  "white space, breaks, inline markup, entities, images",
			src:   "<p>  One\n  <b>two</b>,<i> three</i>&nbsp;&amp; <code>four()</code><br>five <img alt=\"a chart\" src=x>six</p><p>\n</p><p>Next&#33;</p>",
			title: "page",
			want:  []sec{{"", "", 0, 1, "One two, three & four()\nfive a chart six\n\nNext!"}},
		},
		{
			// the marks of a message quoted as code end no sentence (codeText)
			name:  "a code span's marks keep no-break spaces",
			src:   "<p>The message <code>No revision. Verify  it.</code> comes from Git. <code>a.</code>\nNext.</p>",
			title: "page",
			want:  []sec{{"", "", 0, 1, "The message No revision.\u00a0Verify it.\u00a0comes from Git. a.\u00a0Next."}},
		},
		{
			name:  "lists and tables as in Markdown",
			src:   "<ol start=\"3\"><li>first<p>more</p></li><li>second<ul><li>inner</li></ul></li><li></li></ol><table><tr><th>Name</th><th>Value</th></tr><tr><td><p>a</p><p>b</p></td><td>1</td></tr><tr><td></td><td></td></tr></table>",
			title: "page",
			want:  []sec{{"", "", 0, 1, "3. first\nmore\n4. second\n  - inner\n\nName | Value\na b | 1"}},
		},
		{
			name:  "headings in lists and cells are text",
			src:   "<h1>T</h1><ul><li><h2>Not a section</h2>x</li></ul><table><tr><td><h3>Nor this</h3></td></tr></table>",
			title: "T",
			want:  []sec{{"", "", 0, 1, "- Not a section\nx\n\nNor this"}},
		},
		{
			name:  "empty and decorative headings start no section",
			src:   "<h1>T</h1><p>a</p><h2><img src=x></h2><p>b</p><h2>¶</h2><p>c</p>",
			title: "T",
			want:  []sec{{"", "", 0, 1, "a\n\nb\n\nc"}},
		},
		{
			name:     "bad lang and canonical are warnings",
			src:      "<html lang=\"English\"><head><link rel=\"canonical\" href=\"javascript:alert(1)\"></head><body><h1>T</h1><p>Text.</p></body></html>",
			title:    "T",
			want:     []sec{{"", "", 0, 1, "Text."}},
			warnings: []string{`page.html: <html lang="English"> is not a language code; the language is detected from the text`, `page.html: <link rel="canonical"> "javascript:alert(1)" is not an http(s) URL; the chapter is indexed without links`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := mustParse(t, "page.html", tt.src)
			var got []sec
			for _, s := range ch.Sections {
				got = append(got, sec{s.Anchor, s.Heading, s.Level, s.Line, s.Text})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sections (-want +got):\n%s", diff)
			}
			if ch.Title != tt.title || ch.Format != FormatHTML || ch.URL != "" {
				t.Errorf("title, format, url = %q, %q, %q; want %q, html, none", ch.Title, ch.Format, ch.URL, tt.title)
			}
			var warnings []string
			for _, w := range ch.Warnings {
				warnings = append(warnings, w.Error())
			}
			if diff := cmp.Diff(tt.warnings, warnings); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseHTMLProblems(t *testing.T) {
	deep := strings.Repeat("<div>", 600) + "text"
	tests := []struct{ name, src, want string }{
		{"nested too deep", deep, "deep.html: html: open stack of elements exceeds 512 nodes"},
		{"only chrome", "<nav><p>Menu</p></nav><footer>©</footer>", "deep.html: empty chapter"},
		{"only a title", "<title>T</title><h1>T</h1>", "deep.html: empty chapter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("deep.html", []byte(tt.src))
			if err == nil || err.Error() != tt.want {
				t.Errorf("Parse() error = %v, want %q", err, tt.want)
			}
		})
	}
}

// TestParseHTMLReferencePage reads a page laid out as an API reference is
// (Node.js's): text stray in <head> from an unfilled template, a sidebar of
// links to the other pages and a table of contents before the article, no
// <main>, <nav> or <article> to say so, and a first heading that repeats
// the <title>.
func TestParseHTMLReferencePage(t *testing.T) {
	src := `<!DOCTYPE html>
<html lang="en"><head><title>File system | Node.js v18 Documentation</title>
  __TEMPLATE_PLACEHOLDER__
</head>
<body class="apidoc">
<div id="column2">
  <div id="intro"><a href="index.html">Node.js</a></div>
  <ul><li><a href="assert.html">Assertion testing</a></li><li><a href="buffer.html">Buffer</a></li><li><a href="fs.html">File system</a></li></ul>
</div>
<div id="column1">
  <details id="toc" open><summary>Table of contents</summary><ul>
    <li><a href="#file-system">File system</a><ul><li><a href="#fs-readfile">fs.readFile(path[, options], callback)</a></li></ul></li>
  </ul></details>
  <div id="apicontent">
<h2>File system<a class="mark" href="#file-system" id="file-system">#</a></h2>
<p>The fs module enables interacting with the file system.</p>
<h3><code>fs.readFile(path[, options], callback)</code><a class="mark" href="#fs-readfile" id="fs-readfile">#</a></h3>
<p>Asynchronously reads the entire contents of a file.</p>
<p>Examples of readable streams include:</p>
<ul><li><a href="http.html#class-httpincomingmessage">HTTP responses, on the client</a></li><li><a href="zlib.html">zlib streams</a></li></ul>
<h4>File descriptors<a class="mark" href="#file-descriptors" id="file-descriptors">#</a></h4>
<p>Any specified file descriptor has to support reading.</p>
<h2>Notes<a class="mark" href="#notes" id="notes">#</a></h2>
<p>Threadpool usage.</p>
  </div>
</div>
</body></html>`
	ch := mustParse(t, "fs.html", src)
	type sec struct{ ID, Trail, Text string }
	var got []sec
	for _, s := range ch.Sections {
		got = append(got, sec{s.ID, strings.Join(s.Trail, " > "), s.Text})
	}
	want := []sec{
		{"fs", "File system", ""},
		{"fs#file-system", "File system", "The fs module enables interacting with the file system."},
		{"fs#fs-readfile", "File system > fs.readFile(path[, options], callback)",
			"Asynchronously reads the entire contents of a file.\n\nExamples of readable streams include:\n\n- HTTP responses, on the client\n- zlib streams"},
		{"fs#file-descriptors", "File system > fs.readFile(path[, options], callback) > File descriptors", "Any specified file descriptor has to support reading."},
		{"fs#notes", "File system > Notes", "Threadpool usage."},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
	if ch.Title != "File system" {
		t.Errorf("title %q, want %q", ch.Title, "File system")
	}

	// A link in brackets beside a heading is no part of it.
	ch = mustParse(t, "stream.html", `<title>Stream | Docs</title><h2>Stream<a class="srclink" href="https://example.com/stream.js">[src]</a></h2><p>a</p><h3>Types of streams <a href="/e">[edit]</a></h3><p>b</p>`)
	if got := strings.Join(ch.Sections[2].Trail, " > "); got != "Stream > Types of streams" {
		t.Errorf("trail %q, want %q", got, "Stream > Types of streams")
	}

	// The <title> keeps the Markdown of a heading that shows code.
	ch = mustParse(t, "module.html", "<title>Modules: `node:module` API | Docs</title><h2>Modules: <code>node:module</code> API</h2><p>a</p><h3>The Module object</h3><p>b</p>")
	if got := strings.Join(ch.Sections[2].Trail, " > "); got != "Modules: `node:module` API > The Module object" {
		t.Errorf("trail %q, want the title and the section's heading", got)
	}
}

// TestParseHTMLLinkBlocks: a block that is nearly all links is dropped
// before the article's first section and kept in it; a block with some
// text of its own is kept anywhere, and so is text at the start of a body
// that the page did not write in its <head>.
func TestParseHTMLLinkBlocks(t *testing.T) {
	tests := []struct{ name, src, intro string }{
		{"menu before the first heading", `<ul><li><a href="/a">Alpha</a></li><li><a href="/b">Beta</a></li></ul><p>Intro.</p><h2>S</h2><p>s</p>`, "Intro."},
		{"logo link in a div", `<div><a href="/">Home page</a></div><p>Intro.</p><h2>S</h2><p>s</p>`, "Intro."},
		{"links with words of their own", `<ul><li><a href="/a">Alpha</a>, the first letter of the Greek alphabet</li></ul><h2>S</h2><p>s</p>`, "- Alpha, the first letter of the Greek alphabet"},
		{"anchors without href are no links", `<ul><li><a name="x">Alpha</a></li></ul><h2>S</h2><p>s</p>`, "- Alpha"},
		{"text before the first element, without <head>", `Hello <b>world</b><h2>S</h2><p>s</p>`, "Hello world"},
		{"text after </head> is the body's", `<html><head><title>T</title></head>Stray words<p>Intro.</p><h2>S</h2><p>s</p></html>`, "Stray words\n\nIntro."},
		{"text in <head> is not", `<html><head><title>T</title>PLACEHOLDER</head><body><p>Intro.</p><h2>S</h2><p>s</p></body></html>`, "Intro."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch := mustParse(t, "page.html", tt.src)
			if got := ch.Sections[0].Text; got != tt.intro {
				t.Errorf("intro %q, want %q", got, tt.intro)
			}
		})
	}
}
