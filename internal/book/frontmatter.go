package book

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// frontMatter is what a chapter may declare between "---" fences.
type frontMatter struct {
	title, slug, url, lang string
	tags                   []string
	warnings               []*Problem // values that were ignored
}

// splitFrontMatter finds a front matter block: "---" alone on the first line
// and again on a later line. It returns the YAML between the fences and the
// offset where the Markdown body begins; ok is false when the file has no
// front matter. An opening fence without a closing one is a problem.
func splitFrontMatter(file string, data []byte) (yamlText []byte, body int, ok bool, err error) {
	first, rest, found := cutLine(data)
	if !isFence(first) {
		return nil, 0, false, nil
	}
	if !found {
		return nil, 0, false, &Problem{File: file, Line: 1, Reason: "front matter is not closed"}
	}
	start := len(data) - len(rest)
	for off := start; off < len(data); {
		line, _, more := cutLine(data[off:])
		next := off + len(line)
		if more {
			next++
		}
		if isFence(line) {
			return data[start:off], next, true, nil
		}
		off = next
	}
	return nil, 0, false, &Problem{File: file, Line: 1, Reason: "front matter is not closed"}
}

// cutLine returns the first line of b without its "\n" (a trailing "\r" is
// kept), the rest after it, and whether there was a "\n".
func cutLine(b []byte) (line, rest []byte, found bool) {
	return bytes.Cut(b, []byte{'\n'})
}

func isFence(line []byte) bool {
	return string(bytes.TrimRight(line, " \t\r")) == "---"
}

// parseFrontMatter decodes the YAML of a front matter block whose first line
// (the one after the opening fence) is line 2 of the file. Unknown keys are
// ignored so that front matter written for a site generator still works.
// Scalars of any YAML type are taken as their text (title: 1984 is a title);
// a list or a mapping where a string belongs is a problem, and so are tags
// that are not a list.
func parseFrontMatter(file string, yamlText []byte) (frontMatter, error) {
	const firstLine = 2
	var fm frontMatter
	var doc yaml.Node
	if err := yaml.Unmarshal(yamlText, &doc); err != nil {
		line, reason := yamlErrorLine(err.Error())
		closing := firstLine + bytes.Count(yamlText, []byte{'\n'}) // the closing fence
		return fm, &Problem{File: file, Line: min(line+firstLine-1, closing), Reason: "front matter: " + reason}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return fm, nil // empty front matter
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return fm, nil
	}
	bad := func(n *yaml.Node, format string, args ...any) *Problem {
		return &Problem{File: file, Line: n.Line + firstLine - 1, Reason: "front matter: " + fmt.Sprintf(format, args...)}
	}
	if root.Kind != yaml.MappingNode {
		return fm, bad(root, "not a mapping of keys to values")
	}
	var slugNode, urlNode, langNode *yaml.Node
	seen := make(map[string]bool, len(root.Content)/2)
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		if seen[k.Value] {
			return fm, bad(k, "duplicate key %q", k.Value)
		}
		seen[k.Value] = true
		var dst *string
		switch k.Value {
		case "title":
			dst = &fm.title
		case "slug":
			dst, slugNode = &fm.slug, v
		case "url":
			dst, urlNode = &fm.url, v
		case "lang":
			dst, langNode = &fm.lang, v
		case "tags":
			if isNull(v) {
				continue
			}
			if v.Kind != yaml.SequenceNode {
				return fm, bad(v, "tags must be a list")
			}
			for _, t := range v.Content {
				if t.Kind == yaml.AliasNode && t.Alias != nil {
					t = t.Alias
				}
				if t.Kind != yaml.ScalarNode {
					return fm, bad(t, "tags must be a list of strings")
				}
				if s := strings.TrimSpace(t.Value); s != "" && !isNull(t) {
					fm.tags = append(fm.tags, s)
				}
			}
			continue
		default:
			continue
		}
		if isNull(v) {
			continue
		}
		if v.Kind != yaml.ScalarNode {
			return fm, bad(v, "%s must be a string", k.Value)
		}
		*dst = strings.TrimSpace(v.Value)
	}
	if strings.ContainsAny(fm.slug, "# \t\r\n") {
		return fm, bad(slugNode, "slug %q must not contain \"#\" or spaces", fm.slug)
	}
	// A bad url or lang loses the chapter nothing but its links or its
	// language, so the chapter is still indexed, without them, and the
	// value is reported.
	if fm.url != "" {
		if reason := checkURL(fm.url); reason != "" {
			fm.warnings = append(fm.warnings, bad(urlNode, "url %s; the chapter is indexed without links", reason))
			fm.url = ""
		}
	}
	if fm.lang != "" {
		base, ok := baseLang(fm.lang)
		if !ok {
			fm.warnings = append(fm.warnings, bad(langNode, "lang %s is not a language code such as \"en\" or \"ru\"; the language is detected from the text", quoteShort(fm.lang)))
		}
		fm.lang = base
	}
	return fm, nil
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// yamlErrorLine finds the 1-based line (within the YAML text) of a
// yaml.v3 error such as "yaml: line 3: did not find expected key", and the
// message without it, since the problem carries the file's own line.
//
// yaml.v3 numbers lines unevenly: scanner errors report the 1-based line,
// parser errors the 0-based one, and either leaves the line out when it is
// the first (0-based 0). So parser messages get one added, and a message
// without a line is put on line 1.
func yamlErrorLine(msg string) (line int, reason string) {
	msg = strings.TrimPrefix(msg, "yaml: ")
	rest, ok := strings.CutPrefix(msg, "line ")
	if !ok {
		return 1, msg
	}
	num, tail, ok := strings.Cut(rest, ": ")
	n, err := strconv.Atoi(num)
	if !ok || err != nil {
		return 1, msg
	}
	if slices.Contains(yamlParserProblems, tail) {
		n++
	}
	return n, tail
}

// yamlParserProblems are the messages of yaml.v3's parser (parserc.go), as
// opposed to its scanner; see yamlErrorLine.
var yamlParserProblems = []string{
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"did not find expected '-' indicator",
	"did not find expected <document start>",
	"did not find expected <stream-start>",
	"did not find expected key",
	"did not find expected node content",
	"found duplicate %TAG directive",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found undefined tag handle",
}
