package book

import (
	"bytes"
	"strings"

	"github.com/yuin/goldmark/ast"
	"golang.org/x/net/html"
)

// labelClasses are the classes of the inline HTML mdBook books write to
// label a code block: "<span class="filename">Filename: src/main.rs</span>"
// over a listing. Such a label names the file the code stands in; it is
// not a sentence of the prose, and it stands between the sentence that
// introduces a listing and the listing. A caption ("<span
// class="caption">Listing 7-17: Making a name available for any code to
// use...</span>") stays: it says what the listing does, in words a
// question asks with.
var labelClasses = []string{"filename"}

// isLabelParagraph reports whether the paragraph p, of source src, is one label:
// it opens with a tag of a label class and closes with that tag's end,
// the text between them all it holds.
func isLabelParagraph(p *ast.Paragraph, src []byte) bool {
	first, ok := p.FirstChild().(*ast.RawHTML)
	if !ok || first == p.LastChild() {
		return false
	}
	last, ok := p.LastChild().(*ast.RawHTML)
	if !ok {
		return false
	}
	name, class, ok := htmlTag(rawHTML(first, src), html.StartTagToken)
	if !ok || !hasLabelClass(class) {
		return false
	}
	end, _, ok := htmlTag(rawHTML(last, src), html.EndTagToken)
	return ok && end == name
}

func rawHTML(n *ast.RawHTML, src []byte) []byte {
	var b []byte
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		b = append(b, seg.Value(src)...)
	}
	return b
}

// htmlTag reads raw, one tag of inline HTML, with the HTML tokenizer: its
// name and class attribute, if it is a tag of type typ.
func htmlTag(raw []byte, typ html.TokenType) (name, class string, ok bool) {
	z := html.NewTokenizer(bytes.NewReader(raw))
	if z.Next() != typ {
		return "", "", false
	}
	tok := z.Token()
	for _, a := range tok.Attr {
		if a.Key == "class" {
			class = a.Val
		}
	}
	return tok.Data, class, true
}

func hasLabelClass(class string) bool {
	for c := range strings.FieldsSeq(class) {
		for _, l := range labelClasses {
			if c == l {
				return true
			}
		}
	}
	return false
}
