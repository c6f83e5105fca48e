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
		switch strings.ToLower(path.Ext(p)) {
		case ".md", ".markdown", ".txt", ".html", ".htm":
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
