package answer

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A name written as code with capitals is the exact name of one thing: a
// class or namespace member in camel case after a dot ("Temporal.PlainDate",
// "NodeJS.ProcessEnv"), or a constant, setting or error code in capitals
// joined by underscores ("HTTP_PROXY", "ERR_REQUIRE_ESM"). A reference
// that documents it writes it as it is, in its entry at least; one it never
// writes so is another runtime's, release's or library's, however common its
// words ("plain", "date"; "http", "proxy"). apiNames reads the lower-case
// names only, and nameTerms no word with code punctuation in it, so such a
// question was judged on its other, common words: "is Temporal.PlainDate
// available in node yet" was answered from "ERR_INSPECTOR_NOT_AVAILABLE".

// pascalMemberRe is a member in camel case with a capital first, of two
// humps at least ("PlainDate", "DateTimeFormat"): a single capitalised word
// after a dot is as often a sentence run on without its space ("node.Then").
var pascalMemberRe = regexp.MustCompile(`^[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+$`)

// capsSnakeRe is a name in capitals joined by underscores: "HTTP_PROXY",
// "UV_THREADPOOL_SIZE".
var capsSnakeRe = regexp.MustCompile(`^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$`)

// capitalCode returns the code of name that a book writes when it
// documents it (see the comment above): the member after its dot for
// "Temporal.PlainDate" (".PlainDate", whatever the object is called in the
// book's examples), the name itself for "HTTP_PROXY"; "" for any other
// name. A name in capitals after a dot ("process.env.DATABASE_URL") is the
// reader's own setting as often, and is not read.
func capitalCode(name string) string {
	dot := strings.LastIndexByte(name, '.')
	if dot < 0 {
		if capsSnakeRe.MatchString(name) {
			return name
		}
		return ""
	}
	last := name[dot+1:]
	first := name[:strings.IndexByte(name, '.')]
	if len(first) < 2 || search.FileEnd(strings.ToLower(last)) || !pascalMemberRe.MatchString(last) {
		return ""
	}
	return name[dot:]
}

// unwrittenCapitalCode reports whether the question writes, outside
// backticks, a name of code with capitals (see capitalCode) as a word of
// its own or a call, that the book never writes as it is
// (search.Index.Writes). A name the question compares with or pasted
// (aside), and a frame of a stack trace it quotes, are passed by. It is
// false when r cannot tell.
func unwrittenCapitalCode(ctx context.Context, r Retriever, query string, aside map[string]bool) (bool, error) {
	cw, ok := r.(codeWriter)
	if !ok {
		return false, nil
	}
	frames := stackFrames(query)
	for _, span := range outsideCode(query) {
		for _, field := range strings.Fields(span) {
			// The name is a word of its own, or a call: one that goes on
			// ("[TOO_MANY_REQUESTS/12/disk usage exceeded]") is part of a
			// message or a path the reader quotes.
			name := bareWord(field)
			if i := strings.IndexByte(name, '('); i >= 0 {
				name = name[:i]
			}
			code := capitalCode(name)
			if code == "" || frames[name] || slices.ContainsFunc(r.Terms(name), func(t string) bool { return aside[t] }) {
				continue
			}
			written, err := cw.Writes(ctx, code)
			if err != nil {
				return false, err
			}
			if !written {
				return true, nil
			}
		}
	}
	return false, nil
}
