package book

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// mdbookFS is the content directory of a book kept as mdBook sources,
// holding files (path under the directory: content).
func mdbookFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, text := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return fsys
}

const mdbookListing = `use std::io;

// ANCHOR: here
fn main() {
    // ANCHOR: inner
    let guess = String::new();
    // ANCHOR_END: inner
    println!("{guess}");
}
// ANCHOR_END: here

fn helper() {}
`

func TestParseFSMdbookIncludes(t *testing.T) {
	fsys := mdbookFS(map[string]string{
		"src/listings/main.rs": mdbookListing,
		"src/listings/out.txt": "$ cargo run\n   Compiling guessing_game\n",
		"src/listings/doc.md":  "Shared words.\n\n```rust\n{{#include main.rs:inner}}\n```\n",
	})
	tests := []struct {
		name, directive, want string
	}{
		{"whole file", "{{#include listings/out.txt}}", "$ cargo run\n   Compiling guessing_game"},
		{"anchor, its marker lines dropped", "{{#include listings/main.rs:here}}",
			"fn main() {\n    let guess = String::new();\n    println!(\"{guess}\");\n}"},
		{"rustdoc_include shows the anchor only", "{{#rustdoc_include listings/main.rs:inner}}", "    let guess = String::new();"},
		{"one line", "{{#include listings/main.rs:1}}", "use std::io;"},
		{"line range", "{{#include listings/main.rs:4:6}}", "fn main() {\n    // ANCHOR: inner\n    let guess = String::new();"},
		{"up to a line", "{{#include listings/main.rs::1}}", "use std::io;"},
		{"from a line", "{{#include listings/main.rs:12:}}", "fn helper() {}"},
		{"rustdoc_include of a range", "{{#rustdoc_include listings/main.rs:12}}", "fn helper() {}"},
		{"unknown anchor", "{{#include listings/main.rs:nowhere}}x", "x"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "# Guess\n\nThe code:\n\n```rust\n" + tc.directive + "\n```\n\nAfter.\n"
			ch, err := ParseFS(fsys, "src/ch02.md", []byte(src))
			if err != nil {
				t.Fatal(err)
			}
			want := "The code:\n\n" + tc.want + "\n\nAfter."
			if got := ch.Sections[0].Text; got != want {
				t.Errorf("text:\n%s", cmp.Diff(want, got))
			}
			if len(ch.Warnings) != 0 {
				t.Errorf("warnings %v", ch.Warnings)
			}
		})
	}

	t.Run("nested, relative to the included file", func(t *testing.T) {
		src := "# T\n\n{{#include listings/doc.md}}\n"
		ch, err := ParseFS(fsys, "src/ch.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := ch.Sections[0].Text, "Shared words.\n\n    let guess = String::new();"; got != want {
			t.Errorf("text:\n%s", cmp.Diff(want, got))
		}
	})
	t.Run("playground", func(t *testing.T) {
		src := "# T\n\nText.\n\n{{#playground listings/main.rs:here editable}}\n"
		ch, err := ParseFS(fsys, "src/ch.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		// the path is the whole first word: "main.rs:here" is no file
		if len(ch.Warnings) != 1 {
			t.Errorf("warnings %v", ch.Warnings)
		}
		src = "# T\n\n{{#playground listings/out.txt editable}}\n\nAfter.\n"
		if ch, err = ParseFS(fsys, "src/ch.md", []byte(src)); err != nil {
			t.Fatal(err)
		}
		if got, want := ch.Sections[0].Text, "$ cargo run\n   Compiling guessing_game\n\nAfter."; got != want {
			t.Errorf("text:\n%s", cmp.Diff(want, got))
		}
	})
}

func TestParseMdbookMissing(t *testing.T) {
	fsys := mdbookFS(map[string]string{"listings/here.rs": "fn here() {}\n"})
	src := "{{#title The Guessing Game}}\n# Guess\n\nIntro.\n\n## Setting Up\n\n" +
		"```rust\n{{#rustdoc_include ../listings/ch02/listing-02-01/src/main.rs:all}}\n```\n\n" +
		"```console\n{{#include ../listings/ch02/listing-02-01/output.txt}}\n```\n\n" +
		"```rust\n{{#include listings/here.rs}}\n```\n\n" +
		"## Escaped\n\n```hbs\n\\{{#include file.rs}}\n{{#each items}}\n```\n"
	for _, tc := range []struct {
		name string
		ch   func() (Chapter, error)
		n    string
	}{
		{"outside the content directory", func() (Chapter, error) { return ParseFS(fsys, "ch02.md", []byte(src)) }, "2 mdBook includes"},
		{"no content directory", func() (Chapter, error) { return Parse("ch02.md", []byte(src)) }, "3 mdBook includes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch, err := tc.ch()
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, s := range ch.Sections {
				texts = append(texts, s.Text)
				if strings.Contains(s.Text, "{{#include") && s.Anchor != "escaped" || strings.Contains(s.Text, "listings/ch02") {
					t.Errorf("directive left in %q: %q", s.ID, s.Text)
				}
			}
			if ch.Title != "Guess" {
				t.Errorf("title %q", ch.Title)
			}
			if got, want := texts[len(texts)-1], "{{#include file.rs}}\n{{#each items}}"; got != want {
				t.Errorf("escaped: got %q, want %q", got, want)
			}
			if len(ch.Warnings) != 1 {
				t.Fatalf("warnings %v, want one", ch.Warnings)
			}
			w := ch.Warnings[0]
			if w.Line != 9 || !strings.HasPrefix(w.Reason, tc.n) || !strings.Contains(w.Reason, "../listings/ch02/listing-02-01/src/main.rs") {
				t.Errorf("warning %v", w)
			}
			var lines []int
			for _, s := range ch.Sections {
				lines = append(lines, s.Line)
			}
			if want := []int{1, 6, 20}; !cmp.Equal(lines, want) {
				t.Errorf("section lines %v, want %v", lines, want)
			}
		})
	}
}

// TestParseMdbookLines checks that headings keep their lines in the chapter
// file when an include before them adds lines, and that a heading inside
// an included file is on the directive's line.
func TestParseMdbookLines(t *testing.T) {
	fsys := mdbookFS(map[string]string{
		"long.txt":  strings.Repeat("line\n", 20),
		"shared.md": "## Shared\n\nShared text.\n",
	})
	src := "---\ntitle: T\n---\nIntro.\n\n```\n{{#include long.txt}}\n```\n\n{{#include shared.md}}\n\n## After\n\nText.\n"
	ch, err := ParseFS(fsys, "ch.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	type sec struct {
		ID   string
		Line int
	}
	var got []sec
	for _, s := range ch.Sections {
		got = append(got, sec{s.ID, s.Line})
	}
	want := []sec{{"ch", 1}, {"ch#shared", 10}, {"ch#after", 12}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sections (-want +got):\n%s", diff)
	}
}

func TestParseLineSpec(t *testing.T) {
	for spec, want := range map[string]lineSpec{
		"":       {end: -1},
		"2":      {start: 1, end: 2},
		"::10":   {end: -1}, // "::10" after the path: an empty start, then an empty end
		":10":    {end: 10},
		"2:":     {start: 1, end: -1},
		"2:10":   {start: 1, end: 10},
		"2:x":    {start: 1, end: -1},
		"here":   {anchor: "here"},
		"here:3": {anchor: "here"},
		"0":      {start: 0, end: 1},
	} {
		if got := parseLineSpec(spec); got != want {
			t.Errorf("parseLineSpec(%q) = %+v, want %+v", spec, got, want)
		}
	}
}

func TestIncludes(t *testing.T) {
	fsys := mdbookFS(map[string]string{
		"src/listings/main.rs": mdbookListing,
		"src/listings/doc.md":  "{{#include main.rs:inner}}\n",
	})
	src := []byte("# T\n\n{{#include listings/doc.md}}\n\n{{#include listings/gone.rs}}\n\n\\{{#include listings/escaped.rs}}\n")
	got := Includes(fsys, "src/ch.md", src)
	want := []Include{
		{Path: "src/listings/doc.md", Data: []byte("{{#include main.rs:inner}}\n")},
		{Path: "src/listings/main.rs", Data: []byte(mdbookListing)},
		{Path: "src/listings/gone.rs", Missing: "not found"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Includes (-want +got):\n%s", diff)
	}
	for _, file := range []string{"src/ch.txt", "src/ch.html"} {
		if got := Includes(fsys, file, src); got != nil {
			t.Errorf("Includes(%s) = %v, want none: not Markdown", file, got)
		}
	}
}
