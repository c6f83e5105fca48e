package answer

import "strings"

// withoutAPIWords drops the API names (see apiWordRe) from the error lines
// a reader pasted: "ReferenceError: localStorage is not defined" asks
// about localStorage, pasted or not, and a book that never writes it
// documents other names, as with an error code.
func withoutAPIWords(errors string) string {
	var lines []string
	for _, line := range strings.Split(errors, "\n") {
		fields := strings.Fields(line)
		for i, f := range fields {
			if apiWordRe.MatchString(bareWord(f)) {
				fields[i] = ""
			}
		}
		lines = append(lines, strings.Join(fields, " "))
	}
	return strings.Join(lines, "\n")
}
