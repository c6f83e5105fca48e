package book

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// Files lists the chapter files of a content directory: every ".md",
// ".markdown", ".txt", ".html" and ".htm" file (any case), in sub-folders too, as sorted
// "/"-separated paths. Anything whose name starts with "." is skipped, and a
// folder so named is not entered: that is where editors and tools keep their
// own files.
func Files(fsys fs.FS) ([]string, error) {
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == "." {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !(d.Type().IsRegular() || d.Type()&fs.ModeSymlink != 0) {
			return nil
		}
		if IsChapterFile(p) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list chapter files: %w", err)
	}
	slices.Sort(files)
	return files, nil
}

// Formats names the chapter file extensions Parse reads, for messages.
const Formats = ".md, .markdown, .txt, .html and .htm"

// IsChapterFile reports whether name has the extension of a chapter file
// (any case): Markdown, text or HTML. Whether the file is hidden is the
// caller's to check.
func IsChapterFile(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".md", ".markdown", ".txt", ".html", ".htm":
		return true
	}
	return false
}
