package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// siteBook is a content directory of the site-text chapters of
// testdata/site and the sample book's Markdown chapters but Node.js (the
// site export's slug), plus the files extra names (path: content).
func siteBook(t *testing.T, extra map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	copyFile := func(from, to string) {
		t.Helper()
		b, err := os.ReadFile(from)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, to), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{"kafka-documentary.txt", "nodejs-documentary.txt", "postgresql-documentary.txt"} {
		copyFile("../../testdata/site/"+f, f)
	}
	for _, f := range []string{"elixir-documentary.md", "kubernetes.md", "reactjs-documentary.md", "typescript-documentary.md", "websocket-protocol.md"} {
		copyFile("../../content/"+f, f)
	}
	for name, text := range extra {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var (
	versionLine = regexp.MustCompile(`(?m)^version [0-9a-f]{64}$`)
	tookLine    = regexp.MustCompile(`(?m)^took .+$`)
)

func TestIndexReport(t *testing.T) {
	html, err := os.ReadFile("../../testdata/html/postgresql-documentary.html")
	if err != nil {
		t.Fatal(err)
	}
	long := "Notes\n\n" + strings.Repeat("one two three four five six seven eight nine ten ", 60) + "\n"
	book := siteBook(t, map[string]string{"web/pg.html": string(html), "notes.txt": long,
		"notes.rst": "Notes\n=====\n", "slides/deck.pdf": "%PDF-1.4", ".draft.docx": "hidden"})
	idx := t.TempDir()
	r := runCLI(t, "index", "--content", book, "--index", idx)
	if r.err != nil {
		t.Fatalf("index: %v\n%s", r.err, r.stderr)
	}
	got := tookLine.ReplaceAllString(versionLine.ReplaceAllString(r.stdout, "version V"), "took T")
	want := book + " -> " + idx + `
chapters 10, sections 165, passages 143
read: 5 markdown, 3 site text, 1 plain text, 1 html
files added 10, changed 0, removed 0
  elixir-documentary.md: markdown, 14 sections
  kafka-documentary.txt: site text, 23 sections
  kubernetes.md: markdown, 14 sections
  nodejs-documentary.txt: site text, 36 sections
  notes.txt: plain text, 1 section
  postgresql-documentary.txt: site text, 27 sections
  reactjs-documentary.md: markdown, 15 sections
  typescript-documentary.md: markdown, 13 sections
  web/pg.html: html, 8 sections
  websocket-protocol.md: markdown, 14 sections
problems 0
warnings 1
  notes.txt: 600 words of plain text in one section, so answers can cite only the whole chapter: write it as Markdown with headings, or keep the website's export layout
skipped 2 files of formats chapterbot does not read: notes.rst, slides/deck.pdf; it reads .md, .markdown, .txt, .html and .htm
version V
took T
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("index report (-want +got):\n%s", diff)
	}
	if r.stderr != "" {
		t.Errorf("stderr: %q", r.stderr)
	}

	// Again, as JSON: nothing read, the rest as before, every field present.
	r = runCLI(t, "index", "--json", "--content", book, "--index", idx)
	if r.err != nil {
		t.Fatal(r.err)
	}
	var rep map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("%v: %s", err, r.stdout)
	}
	delete(rep, "version")
	delete(rep, "duration_ms")
	wantJSON := map[string]any{"content": book, "index": idx, "chapters": 10.0, "sections": 165.0, "passages": 143.0,
		"formats": map[string]any{"markdown": 5.0, "site-text": 3.0, "text": 1.0, "html": 1.0},
		"added":   []any{}, "changed": []any{}, "removed": []any{}, "read": []any{}, "problems": []any{},
		"warnings": []any{map[string]any{"file": "notes.txt", "line": 0.0, "reason": "600 words of plain text in one section, so answers can " +
			"cite only the whole chapter: write it as Markdown with headings, or keep the website's export layout"}},
		"unread": []any{"notes.rst", "slides/deck.pdf"}, "summaries": []any{}, "rebuilt": false}
	if diff := cmp.Diff(wantJSON, rep); diff != "" {
		t.Errorf("index --json (-want +got):\n%s", diff)
	}
}

// A book kept as mdBook sources has a SUMMARY.md: the report says it was
// read as the book's table of contents, not indexed as a chapter.
func TestIndexReportsMdbookSummary(t *testing.T) {
	book := t.TempDir()
	files := map[string]string{
		"SUMMARY.md":   "# Summary\n\n[Introduction](intro.md)\n\n- [Ownership](ownership.md)\n",
		"intro.md":     "# Introduction\n\nThis book teaches the language.\n",
		"ownership.md": "# Ownership\n\nEach value has an owner.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(book, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := runCLI(t, "index", "--content", book, "--index", t.TempDir())
	if r.err != nil {
		t.Fatal(r.err)
	}
	for _, want := range []string{"chapters 2, sections 2, passages 2\n",
		"SUMMARY.md: mdBook's table of contents, the book's structure: not indexed as a chapter\n"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("report lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestIndexReportsAnEmptyBook(t *testing.T) {
	tests := []struct {
		name   string
		files  map[string]string
		stderr string
		stdout []string
	}{
		{"empty directory", nil, "warning: %s holds no chapter files: chapterbot reads .md, .markdown, .txt, .html and .htm\n", nil},
		{"only other formats", map[string]string{"intro.rst": "Intro\n=====\n", "ch1.docx": "PK"},
			"warning: %s holds no chapter files: chapterbot reads .md, .markdown, .txt, .html and .htm\n",
			[]string{"skipped 2 files of formats chapterbot does not read: ch1.docx, intro.rst; it reads .md, .markdown, .txt, .html and .htm\n"}},
		{"nothing readable", map[string]string{"a.md": "# A\n\n\xff\xfe\n", "b.rst": "B\n"},
			"warning: no chapter file of %s could be read (1 problem); chapterbot reads .md, .markdown, .txt, .html and .htm\n",
			[]string{"problems 1\n  a.md:3: invalid UTF-8\n", "skipped 1 file of a format chapterbot does not read: b.rst; it reads"}},
	}
	for _, tc := range tests {
		book := t.TempDir()
		for name, text := range tc.files {
			if err := os.WriteFile(filepath.Join(book, name), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		r := runCLI(t, "index", "--content", book, "--index", t.TempDir())
		if r.err != nil {
			t.Fatalf("%s: %v", tc.name, r.err)
		}
		if want := strings.ReplaceAll(tc.stderr, "%s", book); r.stderr != want {
			t.Errorf("%s: stderr %q, want %q", tc.name, r.stderr, want)
		}
		for _, want := range append(tc.stdout, "chapters 0, sections 0, passages 0\n") {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("%s: report lacks %q:\n%s", tc.name, want, r.stdout)
			}
		}
	}
}

func TestAskSeeAlso(t *testing.T) {
	book, idx := siteBook(t, nil), t.TempDir()
	if r := runCLI(t, "index", "--content", book, "--index", idx); r.err != nil {
		t.Fatal(r.err)
	}
	// Node.js's export names five related chapters: TypeScript, React.js
	// and Elixir are in the book, "WebSocket protocol" and "Kubernetes: The
	// Documentary" match no title of it.
	r := runCLI(t, "ask", "--content", book, "--index", idx, "What is the Node.js documentary film about?")
	if r.err != nil {
		t.Fatal(r.err)
	}
	want := "\nSee also: TypeScript: The Documentary <https://chapterbot.dev/book/typescript-documentary>; " +
		"React.js: The Documentary <https://chapterbot.dev/book/reactjs-documentary>; Elixir: The Documentary <https://chapterbot.dev/book/elixir-documentary>\n"
	if !strings.Contains(r.stdout, "[1] Node.js: The Documentary") || !strings.HasSuffix(r.stdout, want) {
		t.Errorf("ask: answer does not cite Node.js and end with %q:\n%s", want, r.stdout)
	}

	type seeAlso struct {
		Chapter      string `json:"chapter"`
		ChapterTitle string `json:"chapter_title"`
		URL          string `json:"url"`
		Why          string `json:"why"`
	}
	type answerJSON struct {
		Citations []struct {
			ID string `json:"id"`
		} `json:"citations"`
		SeeAlso []seeAlso `json:"see_also"`
	}
	var got []answerJSON
	r = runWith(t, t.Context(), nil, "What problem did Kafka solve?\nbest pizza in Naples\n", "ask", "--json", "--content", book, "--index", idx)
	if r.err != nil {
		t.Fatal(r.err)
	}
	for _, l := range strings.Split(strings.TrimSpace(r.stdout), "\n") {
		var one answerJSON
		if err := json.Unmarshal([]byte(l), &one); err != nil {
			t.Fatalf("%v: %s", err, l)
		}
		if !strings.Contains(l, `"see_also":`) {
			t.Errorf("no see_also field: %s", l)
		}
		got = append(got, one)
	}
	if len(got) != 2 {
		t.Fatalf("%d answers, want 2:\n%s", len(got), r.stdout)
	}
	for _, c := range got[0].Citations {
		if !strings.HasPrefix(c.ID, "kafka-documentary") {
			t.Fatalf("the Kafka answer cites %s: the test needs it to cite Kafka only", c.ID)
		}
	}
	wantKafka := []seeAlso{{Chapter: "postgresql-documentary", ChapterTitle: "PostgreSQL: The Documentary",
		Why: "it explains the write-ahead log that change data capture tools stream into Kafka."}}
	if line := `"see_also":[{"chapter":"postgresql-documentary","chapter_title":"PostgreSQL: The Documentary","url":"",` +
		`"why":"it explains the write-ahead log that change data capture tools stream into Kafka."}]`; !strings.Contains(r.stdout, line) {
		t.Errorf("ask --json lacks %s:\n%s", line, r.stdout)
	}
	if diff := cmp.Diff(wantKafka, got[0].SeeAlso); diff != "" {
		t.Errorf("Kafka's see_also (-want +got):\n%s", diff)
	}
	if got[1].SeeAlso == nil || len(got[1].SeeAlso) != 0 {
		t.Errorf("an uncovered question's see_also = %#v, want []", got[1].SeeAlso)
	}
}
