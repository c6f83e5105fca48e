package answer

import (
	"regexp"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// numberedNameRe is a name made of a word and a number, written in lower
// case as a chat writes a product ("argon2", "esp32", "raidz1"). Fewer
// letters make a code ("E0499", "v18") or an abbreviation ("sha1",
// "utf8") as often; capitals, a science's names ("HOXB4", "Dscam1").
var numberedNameRe = regexp.MustCompile(`^[a-z]{3,}\d+$`)

// minNumbered is the fewest characters of a numbered name.
const minNumbered = 5

// unwrittenNumbered reports whether the question writes, outside
// backticks and not as something it compares with or pasted (aside), a
// numbered name (see numberedNameRe) that the book never writes, whole
// or as words in a row among the passages found ("sha1": SHA-1, "utf8":
// UTF-8). The word lists weigh such a term as a code (see codeWeight), so
// the unknown-word rule passes it by; df holds the book's counts of the
// question's terms.
func unwrittenNumbered(r Retriever, query string, w map[string]float64, aside map[string]bool, df map[string]int, hits []search.Hit) bool {
	for _, span := range outsideCode(query) {
		for _, field := range strings.Fields(span) {
			word := bareWord(field)
			if len(word) < minNumbered || !numberedNameRe.MatchString(word) {
				continue
			}
			ts := r.Terms(word)
			if len(ts) != 1 {
				continue
			}
			t := ts[0]
			if !unwrittenSubject(t, w, aside, df) {
				continue
			}
			if !joinedIn(word, hits, "") {
				return true
			}
		}
	}
	return false
}
