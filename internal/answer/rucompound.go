package answer

import (
	"context"
	"regexp"
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// latinCompoundRe is a word of Latin letters in parts joined by hyphens:
// a program ("systemd-journal-remote", "rc-update"), a subcommand
// ("enable-linger") or a library ("connect-go"). Parts with digits are a
// code or a value ("sha-256", "logs-2026"), which other rules read.
var latinCompoundRe = regexp.MustCompile(`^[A-Za-z]+(?:-[A-Za-z]+)+$`)

// unwrittenCompound reports whether Russian question query names a Latin
// compound (see latinCompoundRe) that the book never writes, as it is or
// as its parts in a row (search.Index.WritesBy), while a part of it is no
// common English word (see commonPart): a Russian reader says a general
// idea in Russian, so such a word is the name of a program, a subcommand
// or a library copied from where the reader met it, and a book that
// covers it writes it. A systemd chapter that writes systemd-journald and
// loginctl says nothing of systemd-journal-remote or "loginctl
// enable-linger", a gRPC chapter nothing of connect-go, and their parts,
// which the book writes elsewhere, kept such questions over the share
// (foreignWord reads single words only). A compound of common English
// words is a term the reader types for an idea ("боюсь split-brain"),
// which the book may say in Russian. Words between backticks, in a
// pasted English message (inEnglishRun), given as an example ("типа
// X-Request-Id") or aside (compared with, pasted) are passed by. It is
// false when r cannot tell.
func (c coverage) unwrittenCompound(ctx context.Context, r Retriever, query string, aside map[string]bool) (bool, error) {
	cw, ok := r.(codeWriter)
	if !ok || scriptOf(query) != scriptCyrillic || !strings.Contains(query, "-") {
		return false, nil
	}
	for _, span := range outsideCode(query) {
		fields := strings.Fields(span)
		for j, field := range fields {
			word := bareWord(field)
			if !latinCompoundRe.MatchString(word) || inEnglishRun(fields, j) {
				continue
			}
			if j > 0 && slices.Contains(exampleWords, strings.ToLower(bareWord(fields[j-1]))) {
				continue
			}
			parts := strings.Split(strings.ToLower(word), "-")
			terms := r.Terms(word)
			if len(terms) == 0 || slices.ContainsFunc(terms, func(t string) bool { return aside[t] }) {
				continue
			}
			if !slices.ContainsFunc(parts, func(p string) bool { return !c.commonPart(r, p) }) {
				continue
			}
			inRow := regexp.MustCompile(`(?i)(?:^|[^\pL\pN_\-])` + strings.Join(parts, `[^\pL\pN]?`) + `(?:$|[^\pL\pN_\-])`)
			written, err := cw.WritesBy(ctx, word, func(text string) bool {
				return search.WritesCode(text, word) || inRow.MatchString(text)
			})
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

// maxCompoundPart is the largest general-English weight of a part of a
// Latin compound that a reader types for an idea ("split" 9.6, "brain"
// 9.6 of "split-brain"): a rarer word ("linger" 12.7, "rc" 12.8) names a
// program or a subcommand, unless software English holds it common (see
// commonPart).
const maxCompoundPart = 10.0

// commonPart reports whether part, of a Latin compound, is a common
// English word: a stop word, or one whose every term general English
// knows and weighs maxCompoundPart at most, or software English
// (technical.txt) maxTypedWeight at most ("multi", "standby", "sub"), and
// that names.txt does not list ("go" is the language in "connect-go"). A
// word general English lacks ("systemd") is a name however common in
// software documentation.
func (c coverage) commonPart(r Retriever, part string) bool {
	for _, t := range r.Terms(part) {
		if c.names[t] != nil {
			return false
		}
		x := c.weight(t)
		if x >= c.english.floor {
			return false
		}
		if y, ok := c.technical.lookup(t); x > maxCompoundPart && (!ok || y > maxTypedWeight) {
			return false
		}
	}
	return true
}
