package book

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// OutputMark marks each line of a section's text that a code block shows
// as a program's output, not as code or a command: what the program
// printed ("thread 'main' panicked at ...", "[224, 164, 168, ...]") is
// shown beside the book's prose, and is no sentence of it. A block is
// output when the first word of its info string is "text", "output" or
// "console" (the Rust book's ```console with "$ cargo run" and what it
// prints; an HTML page's <code class="language-console">); in a console
// block, a line that starts with a prompt ("$ ", "> ", "PS> ", after any
// indentation) is what the reader types, and keeps no mark. The mark follows the line's indentation. It is invisible
// (U+2063, INVISIBLE SEPARATOR) and no part of a word, so search never
// sees it; the answer package reads it (OutputLine) and leaves it out of
// what it shows.
const OutputMark = '\u2063'

// outputLines reports, for the info string of a fenced code block, which
// of its lines are output: nil when none is.
func outputLines(info []byte) func(line []byte) bool {
	words := bytes.FieldsFunc(info, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' })
	if len(words) == 0 {
		return nil
	}
	switch strings.ToLower(string(words[0])) {
	case "text", "output":
		return func([]byte) bool { return true }
	case "console":
		return func(line []byte) bool {
			rest := bytes.TrimLeft(line, " \t")
			for _, p := range prompts {
				if bytes.HasPrefix(rest, []byte(p)) {
					return false
				}
			}
			return true
		}
	}
	return nil
}

// prompts open the lines of a console block that the reader types: a
// shell's ("$ ", PowerShell's "PS> ", cmd's "> ") or a REPL's ("> ").
var prompts = []string{"$ ", "> ", "PS> "}

// codeLanguage is the language an HTML code block's class names
// ("language-console" on the <pre> or its <code>), as a fenced block's
// info string does: "" when none.
func codeLanguage(pre *html.Node) string {
	class := attr(pre, "class")
	for c := pre.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Code {
			class += " " + attr(c, "class")
			break
		}
	}
	for c := range strings.FieldsSeq(class) {
		if lang, ok := strings.CutPrefix(c, "language-"); ok {
			return lang
		}
	}
	return ""
}

// markOutput puts OutputMark in line after its indentation, so that the
// mark is no word of its own: the words of a passage, which Passages
// counts, are those of the lines without it.
func markOutput(line []byte) []byte {
	rest := bytes.TrimLeft(line, " \t")
	indent := line[:len(line)-len(rest)]
	out := make([]byte, 0, len(line)+len(string(OutputMark)))
	out = append(out, indent...)
	out = append(out, string(OutputMark)...)
	return append(out, rest...)
}

// OutputLine reports whether line, a line of a section's text, is a
// program's output (see OutputMark), and returns it without the mark.
func OutputLine(line string) (string, bool) {
	rest := strings.TrimLeft(line, " \t")
	after, ok := strings.CutPrefix(rest, string(OutputMark))
	if !ok {
		return line, false
	}
	return line[:len(line)-len(rest)] + after, true
}

// WithoutOutputMarks returns text without its output marks, for text that
// leaves the project: a snippet shown to a reader, a passage given to a
// model.
func WithoutOutputMarks(text string) string {
	return strings.ReplaceAll(text, string(OutputMark), "")
}
