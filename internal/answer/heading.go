package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// shortSection is the most sentences a section may have for its heading
// to be part of what each of them says: under "Node.js 18 (Hydrogen)
// reaches EOL" the one paragraph "v18 reaches End-of-Life on April 30,
// 2025" leaves the subject and the codename to its heading, as does a
// "### 2013: React is open-sourced" over a short paragraph.
const shortSection = 3

// headingStates reports whether h's heading states what each sentence of its
// passage, n sentences, is about: a short section under a heading of its
// own that is no question ("What problem did Kafka solve?" asks what the
// section answers; it states nothing). A chapter's overview has no own
// heading.
func headingStates(h search.Hit, n int) bool {
	head := strings.TrimSpace(h.Heading)
	return n > 0 && n <= shortSection && head != "" && !overview(h.ID) && !strings.HasSuffix(head, "?")
}

// headed is the heading and the text of a sentence of a short section
// that states what the sentence is about, as one text the date, person or
// number of a question can be read from.
func headed(heading, text string) string {
	heading = strings.TrimSpace(heading)
	if strings.HasSuffix(heading, ".") || strings.HasSuffix(heading, "!") || strings.HasSuffix(heading, ":") {
		return heading + " " + text
	}
	return heading + ": " + text
}

// shows reports whether a lead of a short section should show its
// heading: the heading holds a question term that no sentence of the
// section names and that is not its chapter's title (a Redis chapter's
// "How Redis began" adds nothing to "who wrote redis?"), and it reads as
// prose, not as an API's name ("Buffer.poolSize", "fs.cp(src, dest)"),
// which the sentence describes without needing it. A "how" or "why"
// question asks for a way or a reason, which the heading of an example
// ("Example: read a file line by line") only labels. For a question that
// asks for a thing (which one, what it is called), not a date, a number,
// a person or a definition, a heading that adds a name the lead lacks
// shows too (see headAdds).
func shows(c *sentence, k kind, qterms map[string]float64, title map[string]bool, terms func(string) []string) bool {
	if c.title == "" || k == kindHow || k == kindWhy || apiHeadRe.MatchString(c.title) {
		return false
	}
	for t, w := range qterms {
		if w > 0 && c.stated[t] && !title[t] {
			return true
		}
	}
	return (k == kindOther || k == kindWhich) && headAdds(c, qterms, title, terms)
}

// apiHeadRe finds an API's name in a heading: a call ("setImmediate(",
// "fs.cp(") or a camelCase identifier ("poolSize").
var apiHeadRe = regexp.MustCompile(`[\pL\pN_$]\(|\b\p{Ll}+\p{Lu}`)

// unstated is the heading's terms that none of its section's sentences
// names.
func unstated(heading map[string]bool, section []sentence) map[string]bool {
	out := map[string]bool{}
	for t := range heading {
		if !slices.ContainsFunc(section, func(c sentence) bool { return c.terms[t] }) {
			out[t] = true
		}
	}
	return out
}
