package answer

import "strings"

// platformNames are the operating systems a reader runs on. Written right
// after "on" ("what does path.toNamespacedPath do on linux", "uneven load on
// windows but fine on linux"), one tells where the question arises, not what
// it asks: a reference writes the platforms where its APIs differ, in a
// passage or two of a chapter that is about the API.
var platformNames = map[string]bool{"linux": true, "windows": true, "macos": true, "mac": true, "osx": true, "unix": true,
	"ubuntu": true, "debian": true, "alpine": true, "centos": true, "fedora": true, "freebsd": true}

// platformTerms returns the terms of the platforms query writes right after
// "on" (see platformNames) that the book writes, df holding the book's
// counts of the question's terms. A platform the book never writes is no
// setting it can answer in ("a systemd service on ubuntu"): the rules on
// names weigh it still.
func platformTerms(r Retriever, query string, df map[string]int) []string {
	var out []string
	words := chatWords(query)
	for i := 1; i < len(words); i++ {
		name := strings.TrimRight(words[i], ".")
		if words[i-1] != "on" || !platformNames[name] {
			continue
		}
		for _, t := range r.Terms(name) {
			if df[t] > 0 {
				out = append(out, t)
			}
		}
	}
	return out
}
