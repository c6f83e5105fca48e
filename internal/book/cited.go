package book

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The words a page uses for a section where it points to it. An API
// reference names a member by its API name in its heading and describes it
// in its own terms; elsewhere on the page, a paragraph that sends the
// reader there says what it is for in the words of that other subject
// ("os.cpus().length should not be used to calculate the amount of
// parallelism available to an application. Use os.availableParallelism()
// for this purpose."; "When false, IPv4 addresses are placed before IPv6
// addresses. Default value is configurable using
// dns.setDefaultResultOrder()"). These are the anchor texts of the web
// search engines, with the paragraph around the link as their context:
// the reference's own synonyms for a section.

// citeBlocks are the elements whose text is a link's context.
var citeBlocks = map[atom.Atom]bool{atom.P: true, atom.Li: true, atom.Td: true, atom.Dd: true, atom.Blockquote: true}

// minCiteExtra is the fewest words a context holds beyond its link's own
// (2 gives the same Node figures; 8 loses one heldout question):
// a table of contents' entry ("timeout.unref()") or a bare "See x" adds
// nothing to what the section's heading says.
const minCiteExtra = 4

// maxCites is the most contexts kept for one section, first on the page
// first: a member linked from every paragraph of its page gains no more.
const maxCites = 8

// citedBy fills the Cited of ch's sections from the links of root, the
// page's article, to anchors on the same page (href "#id", or the page's
// own file name before the "#"). A link inside its target section, or
// whose context the target's text holds, is no citation.
func citedBy(ch *Chapter, root *html.Node) {
	if root == nil {
		return
	}
	at := map[string]int{}
	for i, s := range ch.Sections {
		if s.Anchor != "" {
			at[s.Anchor] = i
		}
	}
	base := ch.File
	if i := strings.LastIndexByte(base, '/'); i >= 0 {
		base = base[i+1:]
	}
	seen := map[*html.Node]map[int]bool{}
	flat := map[int]string{} // a target's text, spaces collapsed, read once
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || chrome(n) && n != root {
			return false
		}
		if n.DataAtom != atom.A {
			return true
		}
		href := attr(n, "href")
		hash := strings.IndexByte(href, '#')
		if hash < 0 || href[:hash] != "" && href[:hash] != base {
			return true
		}
		si, ok := at[href[hash+1:]]
		if !ok {
			return true
		}
		block := n.Parent
		for block != nil && !citeBlocks[block.DataAtom] {
			if block == root {
				return true
			}
			block = block.Parent
		}
		if block == nil || seen[block][si] || inContents(block, root) {
			return true
		}
		ctx := strings.Join(strings.Fields(textContent(block)), " ")
		if len(strings.Fields(ctx)) < len(strings.Fields(textContent(n)))+minCiteExtra || len(ch.Sections[si].Cited) >= maxCites {
			return true
		}
		if _, ok := flat[si]; !ok {
			flat[si] = strings.Join(strings.Fields(ch.Sections[si].Text), " ")
		}
		if strings.Contains(flat[si], ctx) {
			return true
		}
		if seen[block] == nil {
			seen[block] = map[int]bool{}
		}
		seen[block][si] = true
		ch.Sections[si].Cited = append(ch.Sections[si].Cited, ctx)
		return true
	})
}

// inContents reports whether n sits in a table of contents of the page (a
// <details> or <nav> between it and root) or in a heading.
func inContents(n, root *html.Node) bool {
	for p := n; p != nil && p != root; p = p.Parent {
		switch p.DataAtom {
		case atom.Details, atom.Nav, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
	}
	return false
}
