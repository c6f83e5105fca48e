package answer

import "slices"

// zeroRelease reports whether terms hold version term t as the book
// numbers its release, with trailing zero parts: a question's "Deno 2"
// or "mysql 8" is the "Deno 2.0" or "MySQL 8.0" the book writes, which
// the analyser keeps as the term "2.0". Not a later release: "8.4" is
// another one.
func zeroRelease(terms map[string]bool, t string) bool {
	if terms[t] {
		return true
	}
	n, ok := versionNumber(t)
	if !ok {
		return false
	}
	for s := range terms {
		if m, ok := versionNumber(s); ok && m == n && hasDigit(s) {
			return true
		}
	}
	return false
}

// askedNumber reports whether question term t is the number of one of
// the versions asked (see askedVersions).
func askedNumber(versions []askedVersion, t string) bool {
	n, ok := versionNumber(t)
	return ok && slices.ContainsFunc(versions, func(v askedVersion) bool { return v.number == n })
}
