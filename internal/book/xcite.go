package book

import (
	"path"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Citations across pages. A reference explains one module's member in the
// words of another module's page as often as in its own ("a require
// function can be constructed ... using module.createRequire()", on the
// page of ES modules, linking to the module page's section): the
// paragraphs of a page that link to a section of ANOTHER page of the book
// are kept with the linking page (Chapter.Cites), so that changing that
// page changes them and nothing else, and the index finds the target
// section by them (see internal/search/xcite.go).

// Cite is a paragraph of a page that links to a section of another page.
type Cite struct {
	// To is the ID of the section the link names, as Parse gives it to a
	// file without front matter: the target file's path from the book's
	// root without its extension, "#", the anchor.
	To   string
	Text string
}

// citesOut fills ch.Cites from the links of root, the page's article, to
// anchors of other pages of the book (a relative href with a path and an
// anchor), under the rules of same-page citations (citeContext, at most
// maxCites contexts per target, one per block).
func citesOut(ch *Chapter, root *html.Node) {
	if root == nil {
		return
	}
	seen := map[*html.Node]map[string]bool{}
	per := map[string]int{}
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || chrome(n) && n != root {
			return false
		}
		if n.DataAtom != atom.A {
			return true
		}
		to, ok := citeTarget(ch.File, attr(n, "href"))
		if !ok || to == "" || per[to] >= maxCites {
			return true
		}
		block, ctx, ok := citeContext(n, root)
		if !ok || seen[block][to] {
			return true
		}
		if seen[block] == nil {
			seen[block] = map[string]bool{}
		}
		seen[block][to] = true
		per[to]++
		ch.Cites = append(ch.Cites, Cite{To: to, Text: ctx})
		return true
	})
}

// citeTarget is the section ID that href, a link on page file, names on
// another page of the book; "" with ok for a link to file itself, !ok for
// one that names no section of the book (no anchor, no path, another
// site, a path outside the book).
func citeTarget(file, href string) (to string, ok bool) {
	hash := strings.IndexByte(href, '#')
	if hash <= 0 || hash == len(href)-1 {
		return "", false
	}
	p, anchor := href[:hash], href[hash+1:]
	if strings.ContainsAny(p, ":?") || strings.HasPrefix(p, "/") {
		return "", false
	}
	target := path.Join(path.Dir(file), p)
	if target == ".." || strings.HasPrefix(target, "../") {
		return "", false
	}
	slug := strings.TrimSuffix(target, path.Ext(target))
	if slug == strings.TrimSuffix(file, path.Ext(file)) {
		return "", true
	}
	return slug + "#" + anchor, true
}
