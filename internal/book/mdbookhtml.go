package book

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page rendered by mdBook (the Rust book's website, saved as a chapter)
// keeps the lines its code blocks hide from readers (see hidelines.go) in
// the page, each one wrapped in <span class="boring"> inside the block's
// <code>, without its "# ": mdBook 0.4 writes `<span class="boring">fn
// main() {\n</span>` into the page's HTML, mdBook 0.5 builds the same span
// in its HTML tree, and the page's script only hides them (the class
// "hide-boring" on the <code>) until the reader presses the eye button.
// Like the Markdown reader, the HTML reader leaves them out: an answer
// quoting them would show code the reader of the page does not see.
//
// The rest of what mdBook's page puts around a chapter is site chrome the
// reader already drops: the menu bar, the sidebar, the print and edit links
// and the search bar lie outside <main>; inside a code block, the script
// adds a <div class="buttons"> of <button>s ("Copy to clipboard", "Run this
// code", "Show hidden lines", their words only in title attributes). When
// the reader ran a playground block before saving the page, the script
// appended the run's output as a second <code class="result"> to the
// block's <pre>: that is the playground's answer, not the book's text, and
// is left out too.

// shownCode is the text of a <pre> as its reader sees it: chrome, mdBook's
// hidden lines and a playground's result left out.
func shownCode(pre *html.Node) string {
	var b strings.Builder
	walk(pre, func(n *html.Node) bool {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type != html.ElementNode || n == pre:
		case chrome(n), hiddenLine(n), n.Parent == pre && n.DataAtom == atom.Code && hasClass(n, "result"):
			return false
		}
		return true
	})
	return b.String()
}

// hiddenLine reports whether n is a line mdBook hides in a code block: a
// <span class="boring"> inside a <code>.
func hiddenLine(n *html.Node) bool {
	if n.DataAtom != atom.Span || !hasClass(n, "boring") {
		return false
	}
	for p := n.Parent; p != nil && p.DataAtom != atom.Pre; p = p.Parent {
		if p.DataAtom == atom.Code {
			return true
		}
	}
	return false
}

// hasClass reports whether class is one of n's classes.
func hasClass(n *html.Node, class string) bool {
	for c := range strings.FieldsSeq(attr(n, "class")) {
		if c == class {
			return true
		}
	}
	return false
}
