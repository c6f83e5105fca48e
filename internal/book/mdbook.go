package book

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// mdBook's preprocessor expands "links" in a chapter's Markdown before it
// is rendered: {{#include file}}, {{#rustdoc_include file}} and
// {{#playground file}} put another file's lines there (usually inside a
// code block), {{#title T}} sets the page's <title> and leaves nothing.
// Indexed as they are, the directives' words (listing paths) stand where
// the code should be, and an answer quotes them as the code. So the Markdown
// reader expands them as mdBook does: the file is resolved against the
// directory of the file that names it, and only inside the content
// directory; one that cannot be read (the book's listings were not copied
// in, a chapter uploaded alone) is dropped, and the chapter gets one
// warning for all of them.
//
// mdbookLink is mdBook's own pattern: an escaped directive (a backslash
// before it, shown as written without the backslash), or "{{#", the kind,
// blanks, and anything up to "}}". Other kinds ({{#each}} in a Handlebars
// example) are left as they are, as mdBook leaves them.
var mdbookLink = regexp.MustCompile(`\\\{\{#.*\}\}|\{\{\s*#([a-zA-Z0-9_]+)\s+([^}]+)\}\}`)

// mdbookAnchorStart and mdbookAnchorEnd are the lines that open and close a
// named part of an included file, in any kind of comment.
var (
	mdbookAnchorStart = regexp.MustCompile(`ANCHOR:\s*([\w_-]+)`)
	mdbookAnchorEnd   = regexp.MustCompile(`ANCHOR_END:\s*([\w_-]+)`)
)

// includeDepth is how deep included files may include others (mdBook's
// limit: a file that includes itself stops there).
const includeDepth = 10

// splice is where one top-level directive was replaced: [at, end) of the
// expanded text stands for [orig, origEnd) of the chapter.
type splice struct{ at, end, orig, origEnd int }

// expansion is the chapter text with its mdBook directives expanded.
type expansion struct {
	text    []byte
	splices []splice
	missed  int    // directives whose file could not be read, nested ones too
	first   string // the first of them: its path and why
	firstAt int    // offset in the chapter of the directive that held it
}

// orig maps an offset of the expanded text back to the chapter: a position
// inside an included file is the directive's.
func (x *expansion) orig(off int) int {
	shift := 0
	for _, s := range x.splices {
		if off < s.at {
			break
		}
		if off < s.end {
			return s.orig
		}
		shift = s.origEnd - s.end
	}
	return off + shift
}

// warning is the chapter's one warning for the directives left out; nil
// when none was.
func (x *expansion) warning(file string, line int) *Problem {
	if x.missed == 0 {
		return nil
	}
	reason := "mdBook include left out, " + x.first
	if x.missed > 1 {
		reason = fmt.Sprintf("%d mdBook includes left out, the first %s", x.missed, x.first)
	}
	return &Problem{File: file, Line: line, Reason: reason}
}

// expandMdbook expands the mdBook directives of src, the Markdown of the
// chapter file, reading included files from fsys (nil: none can be read).
func expandMdbook(fsys fs.FS, file string, src []byte) *expansion {
	x := &expansion{text: src}
	if !bytes.Contains(src, []byte("{{")) {
		return x
	}
	e := expander{fsys: fsys, x: x}
	x.text = e.expand(path.Dir(file), src, 0)
	return x
}

// expander expands the directives of one chapter and of the files it
// includes, counting those it leaves out in x.
type expander struct {
	fsys fs.FS
	x    *expansion
	top  int // offset in the chapter of the directive being expanded
	size int // bytes of included text so far
	// seen, if not nil, is told of each file a directive names: its bytes,
	// or why it cannot be read.
	seen func(p string, data []byte, why string)
}

// Include is a file a Markdown chapter's mdBook directives include: its
// path in the content directory, and its bytes or why it could not be
// read (then Data is nil).
type Include struct {
	Path    string
	Data    []byte
	Missing string
}

// Includes returns the files ParseFS reads into the chapter file, whose
// bytes are data, from the content directory fsys: those its mdBook
// directives name, nested ones too, in the order they are read, each time
// it is read. A chapter's text depends on them as on its own bytes (mdBook
// rebuilds a chapter when a file it includes changes): whoever tells
// whether a chapter changed must look at them too. Nil for a chapter that
// includes nothing, or that is not Markdown.
func Includes(fsys fs.FS, file string, data []byte) []Include {
	if format(file) != FormatMarkdown || !bytes.Contains(data, []byte("{{")) {
		return nil
	}
	var out []Include
	e := expander{fsys: fsys, x: &expansion{}, seen: func(p string, data []byte, why string) {
		out = append(out, Include{Path: p, Data: data, Missing: why})
	}}
	e.expand(path.Dir(file), data, 0)
	return out
}

// expand returns src, a file in dir included depth deep (0: the chapter),
// with its directives expanded; at depth 0 it records the splices.
func (e *expander) expand(dir string, src []byte, depth int) []byte {
	var out []byte
	last := 0
	for _, m := range mdbookLink.FindAllSubmatchIndex(src, -1) {
		if depth == 0 {
			e.top = m[0]
		}
		rep, ok := e.render(dir, src, m, depth)
		if !ok {
			continue
		}
		out = append(out, src[last:m[0]]...)
		if depth == 0 {
			e.x.splices = append(e.x.splices, splice{at: len(out), end: len(out) + len(rep), orig: m[0], origEnd: m[1]})
		}
		out = append(out, rep...)
		last = m[1]
	}
	if last == 0 && out == nil {
		return src
	}
	return append(out, src[last:]...)
}

// render returns the text that replaces the directive m of src (a file in
// dir), and false when src keeps it as written (a kind mdBook does not
// know).
func (e *expander) render(dir string, src []byte, m []int, depth int) ([]byte, bool) {
	if m[2] < 0 { // escaped: shown as written, without the backslash
		return src[m[0]+1 : m[1]], true
	}
	kind, arg := string(src[m[2]:m[3]]), string(src[m[4]:m[5]])
	if kind == "title" {
		return nil, true
	}
	fields := strings.Fields(arg)
	if len(fields) == 0 {
		return nil, false
	}
	target, spec := fields[0], ""
	switch kind {
	case "include", "rustdoc_include", "doc_comment_include":
		target, spec, _ = strings.Cut(target, ":")
	case "playground", "playpen":
	default:
		return nil, false
	}
	p := path.Join(dir, target)
	data, why := e.read(p, depth)
	if e.seen != nil {
		e.seen(p, data, why)
	}
	if why != "" {
		e.miss(target, why)
		return nil, true
	}
	all := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	for i := range all {
		all[i] = strings.TrimSuffix(all[i], "\r")
	}
	var lines []string
	switch kind {
	case "include", "rustdoc_include":
		// rustdoc_include keeps the lines outside the range or anchor too,
		// hidden ("# ") until the reader expands the code: the text is
		// what is shown, as with include.
		lines = parseLineSpec(spec).take(all)
	case "doc_comment_include":
		for _, l := range parseLineSpec(spec).take(all) {
			lines = append(lines, strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "///")))
		}
	default: // playground: the whole file in a Rust code block
		attrs := ""
		if len(fields) > 1 {
			attrs = "," + strings.Join(fields[1:], ",")
		}
		lines = append(append([]string{"```rust" + attrs}, all...), "```", "")
	}
	out := []byte(strings.Join(lines, "\n"))
	e.size += len(out)
	return e.expand(path.Dir(p), out, depth+1), true
}

// read reads the included file p, or says why it cannot.
func (e *expander) read(p string, depth int) ([]byte, string) {
	switch {
	case depth >= includeDepth:
		return nil, "included more than 10 deep"
	case !fs.ValidPath(p):
		return nil, "outside the content directory"
	case e.fsys == nil:
		return nil, "not found"
	case e.size > MaxFileSize:
		return nil, "the chapter's includes are over " + strconv.Itoa(MaxFileSize>>20) + " MiB"
	}
	fi, err := fs.Stat(e.fsys, p)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, "not found"
	case err != nil:
		return nil, "cannot read: " + err.Error()
	case !fi.Mode().IsRegular(): // a FIFO would block the read
		return nil, "not a regular file"
	case fi.Size() > MaxFileSize:
		return nil, "file too large"
	}
	f, err := e.fsys.Open(p)
	if err != nil {
		return nil, "cannot read: " + err.Error()
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	switch {
	case err != nil:
		return nil, "cannot read: " + err.Error()
	case len(data) > MaxFileSize:
		return nil, "file too large"
	case !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0:
		return nil, "not text"
	}
	return data, ""
}

// miss counts a directive whose file target could not be read, why.
func (e *expander) miss(target, why string) {
	if e.x.missed == 0 {
		e.x.first, e.x.firstAt = target+": "+why, e.top
	}
	e.x.missed++
}

// lineSpec is the part of an included file a directive names after its
// path: lines [start, end) (end -1: to the end), or the lines of an anchor.
type lineSpec struct {
	start, end int
	anchor     string
}

// parseLineSpec reads what follows the path's ":" as mdBook does: "" the
// whole file, "2" line 2 only, "2:10" lines 2 to 10, ":10" up to 10, "2:"
// from 2, and anything else not a number an anchor's name.
func parseLineSpec(spec string) lineSpec {
	if spec == "" {
		return lineSpec{end: -1}
	}
	first, rest, hasEnd := strings.Cut(spec, ":")
	start := 0
	if first != "" {
		n, err := strconv.Atoi(first)
		if err != nil || n < 0 {
			return lineSpec{anchor: first}
		}
		start = max(n-1, 0)
	}
	if !hasEnd {
		if first == "" {
			return lineSpec{end: -1}
		}
		return lineSpec{start: start, end: start + 1}
	}
	rest, _, _ = strings.Cut(rest, ":")
	if n, err := strconv.Atoi(rest); err == nil && n >= 0 {
		return lineSpec{start: start, end: n}
	}
	return lineSpec{start: start, end: -1}
}

// in reports whether line i (0-based) is in the range.
func (r lineSpec) in(i int) bool {
	return i >= r.start && (r.end < 0 || i < r.end)
}

// take returns the lines an include shows: the range, or every part of the
// file marked with the anchor, without the lines that mark anchors.
func (r lineSpec) take(lines []string) []string {
	var out []string
	if r.anchor == "" {
		for i, l := range lines {
			if r.in(i) {
				out = append(out, l)
			}
		}
		return out
	}
	in := false
	for _, l := range lines {
		if m := mdbookAnchorEnd.FindStringSubmatch(l); m != nil {
			if m[1] == r.anchor {
				in = false
			}
			continue
		}
		if m := mdbookAnchorStart.FindStringSubmatch(l); m != nil {
			if m[1] == r.anchor {
				in = true
			}
			continue
		}
		if in {
			out = append(out, l)
		}
	}
	return out
}
