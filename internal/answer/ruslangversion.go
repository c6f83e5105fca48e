package answer

import "strings"

// slangMajors are the Russian nouns a reader names a major version by, as
// the index stems them: "четвёрка" is 4 (4.0, 4.1), "семёрка" 7.
var slangMajors = map[string]string{
	"двойк": "2", "тройк": "3", "четверк": "4", "пятерк": "5", "шестерк": "6",
	"семерк": "7", "восьмерк": "8", "девятк": "9", "десятк": "10",
}

// slangVersionIn returns the term of head or body that writes the major
// version Russian term t names by its slang noun ("4.0" for "четверк"),
// "" when t names none or neither writes it.
func slangVersionIn(t string, head, body map[string]bool) string {
	n, ok := slangMajors[t]
	if !ok {
		return ""
	}
	best := ""
	for _, terms := range []map[string]bool{head, body} {
		for s := range terms {
			if (s == n || strings.HasPrefix(s, n+".")) && (best == "" || s < best) {
				best = s
			}
		}
	}
	return best
}
