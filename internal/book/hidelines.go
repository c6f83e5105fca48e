package book

import (
	"bytes"
	"unicode"
)

// mdBook (like rustdoc) hides some lines of a Rust code block from readers:
// a line that is "#" alone or starts with "# ", after any indentation, is
// there for the compiler (a `fn main() {` around an example, a `use` it
// needs) and shown only when the reader expands the code. A line starting
// "##" is shown with one "#" less (the escape for a line that must start
// with "# "); "#[derive]" and "#![allow]" are shown as written. A block is
// Rust when the first word of its info string (words split at blanks and
// commas, "rust,ignore") is "rust"; a block with no language is not, and
// mdBook hides nothing in it. A block of another language may name its own
// prefix with a "hidelines=" word ("python,hidelines=~"): its lines that
// start with that prefix, after any indentation, are hidden. (A book's
// book.toml may set such prefixes per language too; the content directory
// holds chapters, not book.toml, so those are not applied.)
//
// Hidden lines are not indexed: an answer quoting them would show the
// reader code the book does not show.

// codeLines is the rule that says how each line of a fenced code block
// with the info string info is shown: the line as shown, and whether it is
// hidden. nil when every line is shown as written.
type codeLines func(line []byte) (shown []byte, hidden bool)

func hiddenLines(info []byte) codeLines {
	words := bytes.FieldsFunc(info, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' })
	if len(words) == 0 {
		return nil
	}
	if string(words[0]) == "rust" {
		return rustLine
	}
	for _, w := range words[1:] {
		if p, ok := bytes.CutPrefix(w, []byte("hidelines=")); ok && len(p) > 0 {
			return func(line []byte) ([]byte, bool) {
				return line, bytes.HasPrefix(bytes.TrimLeftFunc(line, unicode.IsSpace), p)
			}
		}
	}
	return nil
}

// rustLine is mdBook's rule for a line of a Rust code block.
func rustLine(line []byte) ([]byte, bool) {
	rest := bytes.TrimLeftFunc(line, unicode.IsSpace)
	if len(rest) == 0 || rest[0] != '#' {
		return line, false
	}
	switch {
	case len(rest) == 1 || rest[1] == ' ':
		return nil, true
	case rest[1] == '#': // "##": shown with one "#" less
		indent := line[:len(line)-len(rest)]
		return append(append([]byte{}, indent...), rest[1:]...), false
	}
	return line, false
}
