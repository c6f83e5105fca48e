package search

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// The index directory holds generation directories (genPrefix + unix nanos),
// the pointer file currentName naming the live one, and lockName, locked by a
// refresh. A generation directory is a bleve index plus manifestName; it is
// written once, by one refresh, and only read after CURRENT names it.
const (
	currentName = "CURRENT"
	damagedFile = "DAMAGED"
	genPrefix   = "gen-"
	tmpPrefix   = ".tmp-" // temporary files, for atomic replacement
)

// readCurrent returns the live generation's name; "" when there is none yet.
// A CURRENT that is not a regular file (a directory) or does not name a
// generation wraps ErrCorrupt: the index is rebuilt.
func readCurrent(dir string) (string, error) {
	path := filepath.Join(dir, currentName)
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err == nil && !fi.Mode().IsRegular() {
		return "", fmt.Errorf("%s is not a regular file (%s): %w", currentName, fi.Mode().Type(), ErrCorrupt)
	}
	var b []byte
	if err == nil {
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return "", fmt.Errorf("read %s: %w", currentName, err)
	}
	name := strings.TrimSpace(string(b))
	if !isGenName(name) {
		return "", fmt.Errorf("%s names %q: %w", currentName, name, ErrCorrupt)
	}
	return name, nil
}

// writeCurrent points CURRENT at generation name: a temporary file is
// written and synced, then renamed over CURRENT, so that CURRENT always
// names either the old or the new generation. An error means CURRENT was
// not replaced. The caller syncs the directory to make the change durable.
func writeCurrent(dir, name string) error {
	path := filepath.Join(dir, currentName)
	if fi, err := os.Lstat(path); err == nil && fi.IsDir() {
		// A directory in its place (readCurrent called it unusable): a
		// rename cannot replace it.
		if err := os.RemoveAll(path); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	}
	return replaceFile(filepath.Join(dir, currentName), []byte(name+"\n"))
}

// replaceFile atomically replaces path with data, synced; the directory is
// not synced.
func replaceFile(path string, data []byte) error {
	dir, base := filepath.Split(path)
	f, err := os.CreateTemp(dir, tmpPrefix+base+"-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

func syncDir(dir string) error { return syncPath(dir) }

func syncPath(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("sync %s: %w", path, err)
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("sync %s: %w", path, err)
	}
	return nil
}

func isGenName(name string) bool {
	n, ok := strings.CutPrefix(name, genPrefix)
	if !ok || n == "" {
		return false
	}
	_, err := strconv.ParseUint(n, 10, 64)
	return err == nil
}

// newGenName returns an unused generation name. The caller holds the
// refresh lock, so nobody else picks one meanwhile.
func newGenName(dir string) (string, error) {
	t := time.Now().UnixNano()
	for range 1000 {
		name := genPrefix + strconv.FormatInt(t, 10)
		_, err := os.Lstat(filepath.Join(dir, name))
		if errors.Is(err, fs.ErrNotExist) {
			return name, nil
		}
		if err != nil {
			return "", fmt.Errorf("new generation: %w", err)
		}
		t++
	}
	return "", fmt.Errorf("new generation in %s: names taken", dir)
}

// removeLeftovers deletes every generation directory but keep, and
// temporary files: what failed or crashed refreshes and replaced
// generations left behind. The caller holds the refresh lock, so no build
// is in progress. A generation still open in some process keeps working:
// on Linux its open and mapped files outlive their names.
func removeLeftovers(dir, keep string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("clean %s: %w", dir, err)
	}
	var errs []error
	for _, e := range entries {
		name := e.Name()
		if (isGenName(name) && name != keep) || strings.HasPrefix(name, tmpPrefix) {
			if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("clean %s: %w", dir, err)
	}
	return nil
}

// copyGeneration fills the empty directory dst with a copy of the bleve
// index in src, ready to be opened for writing. Scorch never changes a
// segment (.zap) file once written, so segments are hard-linked (copied
// where links are not possible); everything else, root.bolt above all, which
// the writer updates in place, is copied. The manifest and the vectors are
// not copied.
func copyGeneration(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		if rel == manifestName || rel == vectorsName {
			return nil
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			if rel == "." {
				return nil
			}
			return os.Mkdir(target, 0o755)
		}
		if strings.HasSuffix(p, ".zap") {
			if err := os.Link(p, target); err == nil {
				return nil
			}
		}
		return copyFile(p, target)
	})
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// syncTree fsyncs every file and directory of the tree at root, so that
// all of it, names included, survives a crash.
func syncTree(root string) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || d.Type().IsRegular() {
			return syncPath(p)
		}
		return nil
	})
}
