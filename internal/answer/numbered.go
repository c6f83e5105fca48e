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
			if unwrittenStandard(r, word, w, aside, df, hits) {
				return true
			}
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

// standardRe is the name of a standard: a letter or two, a dot and a
// number ("X.509", "H.264", "E.164"), which the index reads as two terms.
var standardRe = regexp.MustCompile(`^(?i:[a-z]{1,2})\.(\d{2,4})$`)

// unwrittenStandard reports whether word is the name of a standard (see
// standardRe) whose number is a subject term of the question that the
// book never writes, nor the passages found the name with or without its
// dot: "x.509" of a chapter that writes authentication without it.
func unwrittenStandard(r Retriever, word string, w map[string]float64, aside map[string]bool, df map[string]int, hits []search.Hit) bool {
	m := standardRe.FindStringSubmatch(word)
	if m == nil {
		return false
	}
	ts := r.Terms(m[1])
	if len(ts) != 1 || !unwrittenSubject(ts[0], w, aside, df) {
		return false
	}
	return !joinedIn(strings.ToLower(strings.Replace(word, ".", "", 1)), hits, "")
}
