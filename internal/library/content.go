package library

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"github.com/chapterbot/chapterbot/internal/book"
)

// content is where the chapters are: a directory, read through an
// os.Root so that nothing outside it is ever opened (a symbolic link to
// ../.env or /etc/passwd fails to open), or a file system (the embedded
// book).
type content struct {
	root *os.Root // nil for fsys
	fsys fs.FS
	// unread are the regular files files found that are not chapter
	// files (another extension), sorted: reported, never read.
	unread []string
	// summaries are the files scan found to be mdBook tables of contents
	// (book.IsSummary), sorted: read, not indexed as chapters.
	summaries []string
}

func openContent(dir string, fsys fs.FS) (*content, error) {
	if dir == "" { // Open checked that fsys is set
		return &content{fsys: fsys}, nil
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("open content %s: %w", dir, err)
	}
	return &content{root: root, fsys: root.FS()}, nil
}

func (c *content) close() error {
	if c.root == nil {
		return nil
	}
	return c.root.Close()
}

// files lists the chapter files, sorted, by book.Files's rule (the
// extensions of book.IsChapterFile, nothing hidden), in one walk: also the entries
// with a chapter's name that are neither regular files nor links (a FIFO,
// a device), so that they are reported rather than ignored. The other
// regular files it finds are kept in c.unread.
func (c *content) files() ([]string, error) {
	var files, unread []string
	err := fs.WalkDir(c.fsys, ".", func(p string, d fs.DirEntry, err error) error {
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
		if d.IsDir() {
			return nil
		}
		switch {
		case book.IsChapterFile(p):
			files = append(files, p)
		case d.Type().IsRegular() && path.Ext(p) != ".go":
			// Go files are not a format a writer would expect read: the
			// repository's content/ is also the Go package that embeds
			// the sample book (content/embed.go).
			unread = append(unread, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list chapter files: %w", err)
	}
	slices.Sort(files)
	slices.Sort(unread)
	c.unread = unread
	return files, nil
}

// refusal says why file is not read: it is not a regular file inside the
// content (a FIFO, a device, a link out of it, a directory), or it is
// larger than book.MaxFileSize. The key identifies what was refused, so
// that an unchanged refused file stays a known problem without being
// read: the refusal stands for the file's hash.
type refusal struct {
	reason string
	key    string
}

// read returns the bytes of file, or why it is refused. A FIFO never
// blocks it (the file is opened non-blocking and checked before any read),
// and a large file is refused by its size, unread.
func (c *content) read(file string) ([]byte, *refusal) {
	var (
		f   fs.File
		err error
	)
	if c.root != nil {
		f, err = c.root.OpenFile(file, os.O_RDONLY|syscall.O_NONBLOCK, 0)
		if err != nil && strings.Contains(err.Error(), "escapes from parent") {
			// os.Root refuses every absolute link, also one to a file
			// inside: resolve it and try again.
			var rel string
			if rel, err = c.resolve(file); err == nil {
				f, err = c.root.OpenFile(rel, os.O_RDONLY|syscall.O_NONBLOCK, 0)
			}
		}
	} else {
		f, err = c.fsys.Open(file)
	}
	if err != nil {
		return nil, &refusal{reason: "cannot read: " + why(err), key: "unreadable"}
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, &refusal{reason: "cannot read: " + why(err), key: "unreadable"}
	}
	if !fi.Mode().IsRegular() {
		k := kind(fi.Mode())
		return nil, &refusal{reason: "not a regular file: " + k, key: "mode:" + k}
	}
	key := fmt.Sprintf("size:%d:%d", fi.Size(), fi.ModTime().UnixNano())
	if fi.Size() > book.MaxFileSize {
		return nil, &refusal{reason: tooLarge(fi.Size()), key: key}
	}
	buf := bytes.NewBuffer(make([]byte, 0, fi.Size()+bytes.MinRead))
	_, err = buf.ReadFrom(io.LimitReader(f, book.MaxFileSize+1))
	data := buf.Bytes()
	if err != nil {
		return nil, &refusal{reason: "cannot read: " + why(err), key: "unreadable"}
	}
	if len(data) > book.MaxFileSize { // it grew since the stat
		return nil, &refusal{reason: tooLarge(int64(len(data))) + " or more", key: key}
	}
	return data, nil
}

// resolve follows the symbolic links of file and returns the path,
// relative to the content directory, of what it names: an error when that
// is outside. (Opening the resolved path through the os.Root still
// refuses a link swapped in meanwhile.)
func (c *content) resolve(file string) (string, error) {
	top, err := filepath.EvalSymlinks(c.root.Name())
	if err != nil {
		return "", err
	}
	p, err := filepath.EvalSymlinks(filepath.Join(c.root.Name(), filepath.FromSlash(file)))
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(top, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", errOutside
	}
	return rel, nil
}

var errOutside = errors.New("it links outside the content directory")

// kind names a file type other than regular.
func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m.IsDir():
		return "a directory"
	}
	return "an irregular file"
}

func tooLarge(n int64) string {
	return fmt.Sprintf("file too large: %d bytes (limit %d)", n, book.MaxFileSize)
}

// why is err without the path a *fs.PathError repeats, in words a
// moderator understands.
func why(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if strings.Contains(err.Error(), "escapes from parent") {
		return "it links outside the content directory"
	}
	return err.Error()
}
