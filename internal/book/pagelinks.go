package book

import (
	"path"
	"strings"
)

// linkTarget is the section ID that href, a link on the page file, names on
// another HTML page of the book: "tty.html#tty" on "process.html" is
// "tty#tty", "../api/tty.html" the page's intro "api/tty". Links to the
// same page (citedBy reads those), to other sites, and to files that are
// no HTML page are none. The target's slug is its file name without the
// extension, as Parse gives an HTML page.
func linkTarget(file, href string) (string, bool) {
	if href == "" || href[0] == '#' || href[0] == '/' || strings.Contains(href, ":") || strings.ContainsAny(href, "?") {
		return "", false
	}
	page, anchor, _ := strings.Cut(href, "#")
	ext := strings.ToLower(path.Ext(page))
	if ext != ".html" && ext != ".htm" {
		return "", false
	}
	target := path.Join(path.Dir(file), page)
	if target == path.Clean(file) || strings.HasPrefix(target, "../") {
		return "", false
	}
	id := strings.TrimSuffix(target, path.Ext(target))
	if anchor != "" {
		id += "#" + anchor
	}
	return id, true
}
