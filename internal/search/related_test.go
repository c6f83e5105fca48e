package search

import (
	"os"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func siteFile(t *testing.T, name string) *fstest.MapFile {
	t.Helper()
	b, err := os.ReadFile("../../testdata/site/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return &fstest.MapFile{Data: b}
}

func chapterBySlug(t *testing.T, ix *Index, slug string) ChapterInfo {
	t.Helper()
	for _, c := range ix.Chapters() {
		if c.Slug == slug {
			return c
		}
	}
	t.Fatalf("no chapter %s in %v", slug, ix.Chapters())
	return ChapterInfo{}
}

// TestChapterMetadata checks that a site-text chapter's metadata reaches
// the outline, and that related titles are matched to the book's chapters
// at every write: a chapter added later resolves what an unchanged one
// names, and one removed unresolves it.
func TestChapterMetadata(t *testing.T) {
	fsys := fstest.MapFS{
		"kafka-documentary.txt":      siteFile(t, "kafka-documentary.txt"),
		"postgresql-documentary.txt": siteFile(t, "postgresql-documentary.txt"),
		"guide.md":                   {Data: []byte("---\nlang: en\n---\n# Guide\n\nHow to read the book.\n")},
	}
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, fsys)

	pg := chapterBySlug(t, ix, "postgresql-documentary")
	want := ChapterInfo{Slug: "postgresql-documentary", File: "postgresql-documentary.txt", Title: "PostgreSQL: The Documentary",
		Subtitle: "From a Berkeley research project to the default open database", Lang: "en", Format: "site-text",
		Source: []string{"Book cube", "A history review written for the chapterbot test book."},
		Related: []Related{
			{Title: "MySQL: The Documentary", Why: "it shows a different path for an open-source database, shaped by a single company."},
			{Title: "Kubernetes: The Documentary", Why: "it covers operators that run PostgreSQL clusters on a container platform."},
			{Title: "Kafka: The Documentary", Why: "it adds change data capture, where the write-ahead log becomes a stream of events.", Slug: "kafka-documentary"},
		}}
	if diff := cmp.Diff(want, pg, cmpopts.IgnoreFields(ChapterInfo{}, "Sections")); diff != "" {
		t.Errorf("postgresql outline (-want +got):\n%s", diff)
	}
	if g := chapterBySlug(t, ix, "guide"); g.Format != "markdown" || g.Lang != "en" || g.Related != nil {
		t.Errorf("guide: format %q lang %q related %v", g.Format, g.Lang, g.Related)
	}

	// MySQL arrives, with a title written in another case and punctuation:
	// PostgreSQL's file is unchanged, its first related title now names it.
	fsys["mysql.md"] = &fstest.MapFile{Data: []byte("# mysql -- the documentary!\n\nA database a company shaped.\n")}
	refresh(t, ix, fsys)
	if got := chapterBySlug(t, ix, "postgresql-documentary").Related[0].Slug; got != "mysql" {
		t.Errorf("after adding mysql.md, PostgreSQL's first related slug = %q, want mysql", got)
	}
	delete(fsys, "kafka-documentary.txt")
	refresh(t, ix, fsys)
	if got := chapterBySlug(t, ix, "postgresql-documentary").Related[2].Slug; got != "" {
		t.Errorf("after removing Kafka, its related slug = %q, want empty", got)
	}
}

// TestChapterWarningsKept checks that a warning is kept with its chapter.
func TestChapterWarningsKept(t *testing.T) {
	long := "Notes\n\n"
	for range 120 {
		long += "one two three four five six "
	}
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, fstest.MapFS{"notes.txt": {Data: []byte(long + "\n")}})
	got := chapterBySlug(t, ix, "notes")
	if got.Format != "text" || len(got.Warnings) != 1 || got.Warnings[0].Reason == "" {
		t.Errorf("notes.txt: format %q, warnings %+v; want plain text with one warning", got.Format, got.Warnings)
	}
}

func TestRelatedOf(t *testing.T) {
	chs := []ChapterInfo{
		{Slug: "a", Title: "A", Related: []Related{{Title: "B", Why: "b", Slug: "b"}, {Title: "Nowhere"}, {Title: "C", Why: "c", Slug: "c"}}},
		{Slug: "b", Title: "B", URL: "https://b.test", Related: []Related{{Title: "A", Slug: "a"}, {Title: "D", Why: "d", Slug: "d"}}},
		{Slug: "c", Title: "C"},
		{Slug: "d", Title: "D"},
		{Slug: "e", Title: "E", Related: []Related{{Title: "Gone", Slug: "gone"}}},
	}
	tests := []struct {
		name  string
		slugs []string
		n     int
		want  []SeeAlso
	}{
		{"in order, unmatched left out", []string{"a"}, 3, []SeeAlso{{"b", "B", "https://b.test", "b"}, {"c", "C", "", "c"}}},
		{"cited ones left out, no repeats", []string{"a", "b"}, 3, []SeeAlso{{"c", "C", "", "c"}, {"d", "D", "", "d"}}},
		{"at most n", []string{"b", "a"}, 1, []SeeAlso{{"d", "D", "", "d"}}},
		{"a slug no chapter has", []string{"e", "zzz"}, 3, nil},
		{"nothing cited", nil, 3, nil},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, RelatedOf(chs, tc.slugs, tc.n)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestTitleKey(t *testing.T) {
	for in, want := range map[string]string{
		"React.js: The Documentary":    "react js the documentary",
		"  REACT.JS — the documentary": "react js the documentary",
		"Что такое Kafka?":             "что такое kafka",
		"":                             "",
	} {
		if got := titleKey(in); got != want {
			t.Errorf("titleKey(%q) = %q, want %q", in, got, want)
		}
	}
}
