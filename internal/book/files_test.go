package book

import (
	"errors"
	"io/fs"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestFiles(t *testing.T) {
	file := &fstest.MapFile{Data: []byte("# x\n\ny\n")}
	fsys := fstest.MapFS{
		"intro.md":                   file,
		"a.md":                       file,
		"a/b.md":                     file,
		"guides/setup.markdown":      file,
		"guides/deep/notes.TXT":      file,
		"guides/deep/README.Md":      file,
		"guides/image.png":           file,
		"saved/page.html":            file,
		"saved/old.HTM":              file,
		"saved/page.xhtml":           file,
		"guides/notes.mdx":           file,
		"guides/.hidden.md":          file,
		".git/HEAD.md":               file,
		".drafts/secret.md":          file,
		"guides/.cache/page.md":      file,
		"testdata/kept.md":           file,
		"content.go":                 file,
		"noext":                      file,
		"dir.md/inside.txt":          file,
		"unicode/Ünïcödé kapitel.md": file,
	}
	got, err := Files(fsys)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"a.md",
		"a/b.md",
		"dir.md/inside.txt",
		"guides/deep/README.Md",
		"guides/deep/notes.TXT",
		"guides/setup.markdown",
		"intro.md",
		"saved/old.HTM",
		"saved/page.html",
		"testdata/kept.md",
		"unicode/Ünïcödé kapitel.md",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Files() (-want +got):\n%s", diff)
	}
}

func TestFilesEmpty(t *testing.T) {
	got, err := Files(fstest.MapFS{})
	if err != nil || got != nil {
		t.Errorf("Files(empty) = %q, %v; want nil, nil", got, err)
	}
}

// brokenFS fails to read its root directory.
type brokenFS struct{}

func (brokenFS) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
}

func TestFilesError(t *testing.T) {
	_, err := Files(brokenFS{})
	if !errors.Is(err, fs.ErrPermission) {
		t.Fatalf("Files() error = %v, want one wrapping fs.ErrPermission", err)
	}
	if got, want := err.Error(), "list chapter files: open .: permission denied"; got != want {
		t.Errorf("Files() error = %q, want %q", got, want)
	}
}
