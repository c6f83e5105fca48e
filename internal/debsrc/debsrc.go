// Package debsrc fetches Debian packages for the generators of the word
// lists (internal/answer/*_gen.go), which count words in them.
package debsrc

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// TempDir makes a directory for downloads that apt-get can write to (it
// downloads as the _apt user where it can). The caller removes it.
func TempDir(prefix string) (string, error) {
	tmp, err := os.MkdirTemp("", prefix)
	if err != nil {
		return "", err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	return tmp, nil
}

// Fetch returns the path of package pkg's .deb: the one in dir when dir
// (if not empty) holds one, else the one apt-get downloads into tmp/pkg.
func Fetch(tmp, dir, pkg string) (string, error) {
	if dir != "" {
		if debs, _ := filepath.Glob(filepath.Join(dir, pkg+"_*.deb")); len(debs) == 1 {
			return debs[0], nil
		}
	}
	work := filepath.Join(tmp, pkg)
	if err := os.Mkdir(work, 0o755); err != nil {
		return "", err
	}
	get := exec.Command("apt-get", "download", pkg)
	get.Dir, get.Stderr = work, os.Stderr
	if err := get.Run(); err != nil {
		return "", fmt.Errorf("apt-get download %s: %v", pkg, err)
	}
	debs, _ := filepath.Glob(filepath.Join(work, "*.deb"))
	if len(debs) != 1 {
		return "", fmt.Errorf("apt-get download %s: want one .deb, got %q", pkg, debs)
	}
	return debs[0], nil
}
