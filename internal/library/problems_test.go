package library

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/chapterbot/chapterbot/internal/search"
)

// An unreadable file (here a dangling link) is one problem; the rest of the
// book is indexed, and the problem is not re-checked until the file changes.
func TestUnreadableFileIsAProblem(t *testing.T) {
	book := t.TempDir()
	os.WriteFile(filepath.Join(book, "a.md"), []byte("# Alpha\n\nThe event loop runs callbacks.\n"), 0o644)
	if err := os.Symlink(filepath.Join(book, "nowhere.md"), filepath.Join(book, "dangling.md")); err != nil {
		t.Fatal(err)
	}
	l := openDirLib(t, book, t.TempDir())
	rep, err := l.Refresh(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range rep.Problems {
		got = append(got, p.Error())
	}
	if diff := cmp.Diff([]string{"dangling.md: cannot read: no such file or directory"}, got); diff != "" || rep.Chapters != 1 {
		t.Errorf("problems (-want +got):\n%s\nchapters %d", diff, rep.Chapters)
	}
	if stale, err := l.Stale(); err != nil || stale {
		t.Errorf("Stale = %v, %v; want false", stale, err)
	}
}

// openDirLib opens a Library over the content directory content.
func openDirLib(t *testing.T, content, index string) *Library {
	t.Helper()
	l, err := Open(Options{IndexDir: index, ContentDir: content})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	return l
}

// Two chapters with one slug would give two places one section ID: in a
// first build, the second file in path order is reported and skipped.
func TestDuplicateSlugIsAProblem(t *testing.T) {
	ix := openLib(t, t.TempDir(), Options{})
	rep := refresh(t, ix, fstest.MapFS{
		"a.md": {Data: []byte("---\nslug: guide\n---\n# Alpha guide\n\n## Setup\n\nAlpha setup text.\n")},
		"b.md": {Data: []byte("---\nslug: guide\n---\n# Beta guide\n\n## Setup\n\nBeta setup text.\n")},
	})
	if rep.Chapters != 1 || len(rep.Problems) != 1 || rep.Problems[0].Error() != `b.md: slug "guide" is already used by a.md` {
		t.Fatalf("chapters %d, problems %v", rep.Chapters, rep.Problems)
	}
	if hits := find(t, ix, "beta setup", 5); len(hits) != 1 || hits[0].File != "a.md" {
		t.Errorf("hits = %v", ids(hits))
	}
}

// A file skipped for a slug another file uses is indexed once that file
// goes away or takes another slug, though the skipped file is unchanged.
func TestDuplicateSlugResolves(t *testing.T) {
	a := []byte("---\nslug: guide\n---\n# Alpha guide\n\n## Setup\n\nAlpha setup text.\n")
	b := []byte("---\nslug: guide\n---\n# Beta guide\n\n## Setup\n\nBeta setup text.\n")
	for _, tt := range []struct {
		name  string
		after fstest.MapFS
	}{
		{"other file removed", fstest.MapFS{"b.md": {Data: b}}},
		{"other file renamed its slug", fstest.MapFS{"a.md": {Data: []byte("---\nslug: alpha\n---\n# Alpha guide\n\n## Setup\n\nAlpha setup text.\n")}, "b.md": {Data: b}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ix := openLib(t, t.TempDir(), Options{})
			if rep := refresh(t, ix, fstest.MapFS{"a.md": {Data: a}, "b.md": {Data: b}}); len(rep.Problems) != 1 {
				t.Fatalf("first refresh: problems %v", rep.Problems)
			}
			if stale, err := ix.staleFS(tt.after); err != nil || !stale {
				t.Errorf("Stale = %v, %v; want true", stale, err)
			}
			rep := refresh(t, ix, tt.after)
			if len(rep.Problems) != 0 || !slices.Contains(rep.Added, "b.md") {
				t.Errorf("second refresh: problems %v, added %v; want b.md added", rep.Problems, rep.Added)
			}
			if hits := find(t, ix, "beta setup", 5); len(hits) == 0 || hits[0].File != "b.md" || hits[0].ID != "guide#setup" {
				t.Errorf("hits = %v", ids(hits))
			}
			if stale, err := ix.staleFS(tt.after); err != nil || stale {
				t.Errorf("after refresh: Stale = %v, %v; want false", stale, err)
			}
		})
	}
}

// A chapter already indexed keeps its slug when a file earlier in path
// order arrives with the same one, in a bulk build as in an incremental
// one; and the newcomer is indexed once the slug is free.
func TestDuplicateSlugIndexedFirstWins(t *testing.T) {
	z := []byte("---\nslug: guide\n---\n# Zulu guide\n\n## Setup\n\nZulu setup text.\n")
	m := []byte("---\nslug: guide\n---\n# Mike guide\n\n## Setup\n\nMike setup text.\n")
	ix := openLib(t, t.TempDir(), Options{})
	refresh(t, ix, fstest.MapFS{"z.md": {Data: z}})
	rep := refresh(t, ix, fstest.MapFS{"m.md": {Data: m}, "z.md": {Data: z}})
	if len(rep.Problems) != 1 || rep.Problems[0].File != "m.md" || rep.Chapters != 1 {
		t.Fatalf("m.md added: chapters %d, problems %v; want m.md skipped", rep.Chapters, rep.Problems)
	}
	if hits := find(t, ix, "setup text", 5); len(hits) != 1 || hits[0].File != "z.md" {
		t.Errorf("hits = %v; want z.md's only", ids(hits))
	}
	rep = refresh(t, ix, fstest.MapFS{"m.md": {Data: m}, "z.md": {Data: []byte("---\nslug: zulu\n---\n# Zulu guide\n\n## Setup\n\nZulu setup text.\n")}})
	if len(rep.Problems) != 0 || rep.Chapters != 2 {
		t.Errorf("z.md takes another slug: chapters %d, problems %v; want 2, none", rep.Chapters, rep.Problems)
	}
	if hits := find(t, ix, "mike setup", 5); len(hits) == 0 || hits[0].ID != "guide#setup" || hits[0].File != "m.md" {
		t.Errorf("hits = %v", ids(hits))
	}
}

// When chapters indexed before change together, the one that keeps its
// slug keeps it against one that takes it; one that cannot take its new
// slug keeps its previous version and slug, which another changed chapter
// then cannot take either. No two chapters ever share a slug, the index is
// not stale after the refresh, and a chapter kept so takes its new slug
// once it is free.
func TestChangedChaptersSlugs(t *testing.T) {
	chapter := func(slug, text string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\nslug: " + slug + "\n---\n# " + text + "\n\n## Setup\n\n" + text + " setup text.\n")}
	}
	type slugs map[string]string // file -> slug
	for _, tt := range []struct {
		name          string
		before, after fstest.MapFS
		changed       []string
		problems      []string
		want          slugs
	}{
		{
			name:     "one keeps its slug, the other takes it",
			before:   fstest.MapFS{"a.md": chapter("alpha", "Apple"), "b.md": chapter("beta", "Banana")},
			after:    fstest.MapFS{"a.md": chapter("beta", "Apricot"), "b.md": chapter("beta", "Blueberry")},
			changed:  []string{"b.md"},
			problems: []string{`a.md: slug "beta" is already used by b.md`},
			want:     slugs{"a.md": "alpha", "b.md": "beta"},
		},
		{
			name: "a chapter kept frees no slug",
			before: fstest.MapFS{"a.md": chapter("gamma", "Apple"), "b.md": chapter("alpha", "Banana"),
				"c.md": chapter("beta", "Cherry")},
			after: fstest.MapFS{"a.md": chapter("alpha", "Apricot"), "b.md": chapter("beta", "Blueberry"),
				"c.md": chapter("beta", "Currant")},
			changed:  []string{"c.md"},
			problems: []string{`a.md: slug "alpha" is already used by b.md`, `b.md: slug "beta" is already used by c.md`},
			want:     slugs{"a.md": "gamma", "b.md": "alpha", "c.md": "beta"},
		},
		{
			name:    "two chapters swap their slugs",
			before:  fstest.MapFS{"a.md": chapter("alpha", "Apple"), "b.md": chapter("beta", "Banana")},
			after:   fstest.MapFS{"a.md": chapter("beta", "Apricot"), "b.md": chapter("alpha", "Blueberry")},
			changed: []string{"a.md", "b.md"},
			want:    slugs{"a.md": "beta", "b.md": "alpha"},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ix := openLib(t, t.TempDir(), Options{})
			refresh(t, ix, tt.before)
			rep := refresh(t, ix, tt.after)
			if diff := cmp.Diff(tt.changed, rep.Changed); diff != "" {
				t.Errorf("Changed (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.problems, problems(rep)); diff != "" {
				t.Errorf("Problems (-want +got):\n%s", diff)
			}
			got := slugs{}
			for _, c := range ix.Chapters() {
				got[c.File] = c.Slug
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("slugs (-want +got):\n%s", diff)
			}
			// Each slug's sections are its chapter's, in the version indexed.
			for file, slug := range tt.want {
				hits := find(t, ix, "setup", 10)
				i := slices.IndexFunc(hits, func(h search.Hit) bool { return h.ID == slug+"#setup" })
				if i < 0 || hits[i].File != file {
					t.Errorf("Search(setup) = %v: want %s#setup in %s", ids(hits), slug, file)
				}
			}
			if stale, err := ix.staleFS(tt.after); err != nil || stale {
				t.Errorf("after the refresh: Stale = %v, %v; want false", stale, err)
			}
		})
	}

	// Once b.md takes another slug, a.md takes beta.
	ix := openLib(t, t.TempDir(), Options{})
	refresh(t, ix, fstest.MapFS{"a.md": chapter("alpha", "Apple"), "b.md": chapter("beta", "Banana")})
	refresh(t, ix, fstest.MapFS{"a.md": chapter("beta", "Apricot"), "b.md": chapter("beta", "Blueberry")})
	rep := refresh(t, ix, fstest.MapFS{"a.md": chapter("beta", "Apricot"), "b.md": chapter("bilberry", "Blueberry")})
	if len(rep.Problems) != 0 {
		t.Errorf("b.md takes another slug: problems %v", rep.Problems)
	}
	if hits := find(t, ix, "apricot", 5); len(hits) == 0 || hits[0].ID != "beta#setup" || hits[0].File != "a.md" {
		t.Errorf("Search(apricot) = %v; want beta#setup in a.md", ids(hits))
	}
}
