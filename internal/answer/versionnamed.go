package answer

import "regexp"

// unversionedWeight scales the match of a sentence that lacks the version
// a question names, for any question but "when" (whose date fit weighs
// the version by otherVersionWeight): "redis стал многопоточным с 6.0
// версии?" asks of that release, and "В марте 2024 года компания Redis
// перевела новые версии на двойную лицензию" shares its other words but
// says nothing of it.
const unversionedWeight = 0.7

// versionTerms are the terms of subject that number a version, "6.0" or
// "2.8.1", not a port or a count ("6379").
func versionTerms(subject []string) []string {
	var out []string
	for _, t := range subject {
		if versionTermRe.MatchString(t) {
			out = append(out, t)
		}
	}
	return out
}

var versionTermRe = regexp.MustCompile(`^\d+(?:\.\d+)+$`)
