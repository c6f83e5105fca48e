package answer

import (
	"context"
	"regexp"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// longFlagRe is a long command-line option of two words or more, with the
// word before it: "with --experimental-strip-types", "the --env-file
// flag". One word ("--force", "--watch") is as often a flag of another
// program the reader runs, and one the book gives in other words.
var longFlagRe = regexp.MustCompile(`(?:^|([^\s]*)\s+)(--[a-z][a-z0-9]*(?:-[a-z0-9]+)+)\b`)

// unwrittenFlag reports whether query asks about a long command-line
// option (see longFlagRe) that the book never writes (see
// search.Index.Writes): a flag of another release or another program
// ("can node 18 run .ts files with --experimental-strip-types"), which the
// passages its words find do not answer. A flag after a word that is no
// function word belongs to that word's program ("works with curl
// --http2-prior-knowledge"), which the book need not document, unless the
// book gives that program's flags itself (writesFlagsOf: "with node
// --env-file" in a reference that writes "node --max-old-space-size=1536"
// and never --env-file); one the question compares with ("like
// --max-old-space-size") is aside. hits are the first hits, read before
// the book is asked. It is false when r cannot tell.
func unwrittenFlag(ctx context.Context, r Retriever, query string, aside map[string]bool, hits []search.Hit) (bool, error) {
	cw, ok := r.(codeWriter)
	if !ok || !strings.Contains(query, "--") {
		return false, nil
	}
	for _, m := range longFlagRe.FindAllStringSubmatch(strings.ToLower(query), -1) {
		before, flag := strings.Trim(m[1], "`'\"("), m[2]
		if before != "" && !strings.HasPrefix(before, "-") && len(r.Terms(before)) > 0 {
			// Another program's flag ("curl --http2-prior-knowledge"),
			// unless the book gives that program's flags itself
			// (ownprogram.go).
			own, err := writesFlagsOf(ctx, cw, before)
			if err != nil {
				return false, err
			}
			if !own {
				continue
			}
		}
		terms := r.Terms(flag)
		if len(terms) == 0 || allAside(terms, aside) || writesFlag(hits, flag) {
			continue
		}
		written, err := cw.Writes(ctx, flag)
		if err != nil {
			return false, err
		}
		if !written {
			return true, nil
		}
	}
	return false, nil
}

// allAside reports whether every term of terms is aside.
func allAside(terms []string, aside map[string]bool) bool {
	for _, t := range terms {
		if !aside[t] {
			return false
		}
	}
	return true
}

// writesFlag reports whether a passage of hits writes flag, in its
// heading or its text, as search.Index.Writes reads it (see
// search.WritesCode).
func writesFlag(hits []search.Hit, flag string) bool {
	for _, h := range hits {
		if search.WritesCode(h.Heading, flag) || search.WritesCode(h.Text, flag) {
			return true
		}
	}
	return false
}
