package answer

import (
	"context"
	"regexp"
	"strings"
)

// newInReleaseRe finds a question for what a release of a name brought,
// with the name and the release's number: "whats new in angular 18",
// "what's new in node 22 require(esm) support", "what changed in rails
// 8".
var newInReleaseRe = regexp.MustCompile(`(?:^|[^\pL])(?:new|changed) in ([\pL][\pL\pN.+#-]*) v?(\d+(?:\.\d+)*)(?:[^\pL\pN.]|\.(?:[^\pN]|$)|$)`)

// historyVersionRe is a version as a reference's history writes it, the
// name left to the page: "v18.16.0", "Added in: v15.0.0".
var historyVersionRe = regexp.MustCompile(`(?i)(?:^|[^\pL\pN_.])v(\d+(?:\.\d+)*)`)

// unwrittenRelease reports whether query asks what a release brought
// (newInReleaseRe) of which the book never writes the number: neither
// after the name ("Angular 17", "Rails 8.0"), nor as a history's version
// ("v15.0.0") where a passage writes the name. What is new in a release
// is told where the release is named; a book that never names it
// predates it or never followed it ("whats new in angular 18" of a
// history that stops at Angular 17 and 19's news, "node 22" of the
// Node.js 18 reference), however much the passages say of the features
// asked beside it. Passages are read book-wide (see
// search.Index.WritesBy): the chapter that gives the release need not be
// among those the question's other words find. It is false when r cannot
// tell.
func unwrittenRelease(ctx context.Context, r Retriever, query string) (bool, error) {
	cw, ok := r.(codeWriter)
	if !ok {
		return false, nil
	}
	prose, _, _ := pastedText(query)
	for _, m := range newInReleaseRe.FindAllStringSubmatch(strings.ToLower(prose), -1) {
		name, number := nameTerm(r, m[1]), m[2]
		v, ok := versionNumber(number)
		if name == "" || !ok {
			continue
		}
		written, err := cw.WritesBy(ctx, m[1], func(text string) bool { return writesRelease(r, text, name, v) })
		if err != nil {
			return false, err
		}
		if !written {
			return true, nil
		}
	}
	return false, nil
}

// writesRelease reports whether text writes release v of the name whose
// term is name: the number (or one of its releases) right after the name,
// or as a history's "v" version.
func writesRelease(r Retriever, text, name, v string) bool {
	for _, pair := range versionPairs(text) {
		if pair[0] != "" && sameVersion(v, pair[1]) && nameTerm(r, pair[0]) == name {
			return true
		}
	}
	for _, m := range historyVersionRe.FindAllStringSubmatch(text, -1) {
		if n, ok := versionNumber(m[1]); ok && sameVersion(v, n) {
			return true
		}
	}
	return false
}
