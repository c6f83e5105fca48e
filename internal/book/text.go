package book

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// textWriter renders goldmark blocks as the plain text of a section.
// Separators are held back until the next text arrives, so empty blocks
// (an HTML comment, a thematic break) leave no blank paragraphs behind and
// a section's text never starts or ends with a separator.
//
// The shape of the text: blocks are separated by "\n\n" (the only place
// where "\n\n" appears, so Passages can split there); a list is one block
// with one "- item" line per item; a table is one block with one line per
// row and cells separated by " | "; a code block is one block with its blank
// lines dropped, so code is never cut in two between passages; a code span
// loses its backticks, and a space after a sentence mark of its own is a
// no-break space (codeText), so that no sentence ends inside it.
type textWriter struct {
	src    []byte
	used   anchors // nested headings take anchors too, as on GitHub; nil for heading text
	sb     strings.Builder
	sep    string // separator written before the next text, unless at the start
	prefix string // list marker written before the next text
	space  bool   // soft line break: a space before the next text
	indent string // list nesting
	tagged bool   // raw HTML was just dropped: do not double the space around it
	glued  bool   // a code span ending with a sentence mark was just written: the space after it is a noBreak
	// marks: a code span's marks keep noBreak spaces (codeText), as in a
	// section's text; a heading's text, which anchors are made of, keeps
	// plain ones.
	marks bool
}

func (w *textWriter) String() string { return w.sb.String() }

func (w *textWriter) reset() {
	w.sb = strings.Builder{}
	w.sep, w.prefix, w.space, w.indent, w.tagged, w.glued = "", "", false, "", false, false
}

// brk asks for a separator before the next text; the longer one wins.
func (w *textWriter) brk(sep string) {
	if len(sep) > len(w.sep) {
		w.sep = sep
	}
	w.space, w.tagged, w.glued = false, false, false
}

func (w *textWriter) write(p []byte) {
	if w.tagged && len(p) > 0 && p[0] == ' ' && strings.HasSuffix(w.sb.String(), " ") {
		p = p[1:]
	}
	if len(p) == 0 {
		return
	}
	w.tagged = false
	glued := w.glued
	w.flush()
	if glued && p[0] == ' ' {
		w.sb.WriteRune(noBreak)
		p = p[1:]
	}
	w.sb.Write(p)
}

func (w *textWriter) writeString(s string) {
	if s == "" {
		return
	}
	w.flush()
	w.sb.WriteString(s)
}

func (w *textWriter) flush() {
	if w.sep != "" {
		if w.sb.Len() > 0 {
			w.sb.WriteString(w.sep)
		}
		w.sep, w.space = "", false
	}
	if w.prefix != "" {
		w.sb.WriteString(w.prefix)
		w.prefix, w.space = "", false
	}
	if w.space {
		if w.glued && w.sb.Len() > 0 {
			w.sb.WriteRune(noBreak)
		} else if w.sb.Len() > 0 {
			w.sb.WriteByte(' ')
		}
		w.space = false
	}
	w.glued = false
}

// block writes one block node, after sep ("\n\n" at the top, "\n" inside a
// list).
func (w *textWriter) block(n ast.Node, sep string) {
	w.brk(sep)
	switch n := n.(type) {
	case *ast.Paragraph:
		if !isLabelParagraph(n, w.src) {
			w.inlines(n)
		}
	case *ast.TextBlock:
		w.inlines(n)
	case *ast.Heading:
		if w.used != nil {
			w.used.unique(Anchor(headingText(n, w.src)))
		}
		w.inlines(n)
	case *ast.ThematicBreak, *ast.HTMLBlock:
		// no text; HTML blocks (comments, tags) are markup, not prose
	case *ast.CodeBlock:
		w.code(n.Lines(), nil, nil)
	case *ast.FencedCodeBlock:
		var rule codeLines
		var output func([]byte) bool
		if n.Info != nil {
			info := n.Info.Segment.Value(w.src)
			rule, output = hiddenLines(info), outputLines(info)
		}
		w.code(n.Lines(), rule, output)
	case *ast.List:
		w.list(n, sep)
	case *east.Table:
		for row := n.FirstChild(); row != nil; row = row.NextSibling() {
			w.brk("\n")
			for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
				if cell != row.FirstChild() {
					w.writeString(" | ")
				}
				w.inlines(cell)
			}
		}
	default: // blockquotes and anything else: their blocks in order
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			w.block(c, sep)
		}
	}
}

// code writes the lines of a code block, as rule (nil: every line as
// written) shows them: a hidden line is left out. A line output reports
// (nil: none) holds OutputMark before its first character.
func (w *textWriter) code(lines *text.Segments, rule codeLines, output func([]byte) bool) {
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		line := bytes.TrimRight(seg.Value(w.src), " \t\r\n")
		if rule != nil {
			var hidden bool
			if line, hidden = rule(line); hidden {
				continue
			}
		}
		if len(line) == 0 {
			continue
		}
		w.brk("\n")
		if output != nil && output(line) {
			line = markOutput(line)
		}
		w.write(line)
	}
}

func (w *textWriter) list(l *ast.List, sep string) {
	num := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		w.brk(sep)
		sep = "\n"
		marker := "- "
		if l.IsOrdered() {
			marker = strconv.Itoa(num) + ". "
			num++
		}
		w.prefix = w.indent + marker
		w.indent += "  "
		for c := item.FirstChild(); c != nil; c = c.NextSibling() {
			w.block(c, "\n")
		}
		w.indent = w.indent[:len(w.indent)-2]
	}
}

// inlines writes the text of n's inline children: emphasis, links and
// images reduced to their text, autolinks to their URL text, raw HTML tags
// dropped (the text between them stays).
func (w *textWriter) inlines(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Value(w.src)
			if !c.IsRaw() {
				v = unescape(v)
			}
			w.write(v)
			if c.HardLineBreak() {
				w.brk("\n")
			} else if c.SoftLineBreak() {
				w.space = true
			}
		case *ast.String:
			v := c.Value
			if !c.IsRaw() && !c.IsCode() {
				v = unescape(v)
			}
			w.write(v)
		case *ast.CodeSpan:
			var code []byte
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				switch t := t.(type) {
				case *ast.Text:
					code = append(code, t.Value(w.src)...)
				case *ast.String:
					code = append(code, t.Value...)
				}
			}
			code = bytes.ReplaceAll(code, []byte{'\n'}, []byte{' '})
			v, mark := string(code), false
			if w.marks {
				v, mark = codeText(v)
			}
			w.write([]byte(v))
			w.glued = mark && v != ""
		case *ast.AutoLink:
			w.write(c.Label(w.src))
		case *ast.RawHTML:
			// a tag, not text
			w.tagged = true
		default:
			w.inlines(c)
		}
	}
}

// unescape resolves backslash escapes and entity references, which goldmark
// leaves in the source text for the renderer.
func unescape(v []byte) []byte {
	if bytes.IndexByte(v, '\\') >= 0 {
		v = util.UnescapePunctuations(v)
	}
	if bytes.IndexByte(v, '&') >= 0 {
		v = util.ResolveNumericReferences(v)
		v = util.ResolveEntityNames(v)
	}
	return v
}
