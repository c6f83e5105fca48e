package answer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// countAskRe finds the words a question asks to count with: "how many",
// "how much", "сколько" and its spoken spellings "скока", "скоко" (the
// class listed whole), standing as words of their own. What follows them
// is read by hand (countAsks), so that one opener ending where the next
// begins ("how much, how many") is found too.
var countAskRe = regexp.MustCompile(`(?:^|[^\pL\pN])(how (?:many|much)|сколько|скока|скоко)`)

// countAsk is where a question asks to count: the opener ("how many")
// and what it counts, the words after it.
type countAsk struct {
	start, end int  // the opener's bytes in the question
	much       bool // "how much": an amount, which may be a sum or a size rather than a number of things
	russian    bool // "сколько", "скока", "скоко"
	// words are the words after the opener as written, up to the end of
	// the question: what it counts first ("slots" in "how many slots does
	// a cluster have", "слотов" in "сколько всего слотов"). Nil when no
	// space follows the opener. A Russian question's "всего" (in all)
	// before them is skipped.
	words []string
}

// countAsks returns every place s, a question as normalQuestion gives
// it, asks to count, first to last.
func countAsks(s string) []countAsk {
	var out []countAsk
	for _, m := range countAskRe.FindAllStringSubmatchIndex(s, -1) {
		start, end := m[2], m[3]
		if r, _ := utf8.DecodeRuneInString(s[end:]); end < len(s) && (unicode.IsLetter(r) || unicode.IsNumber(r)) {
			continue // "сколькоразовый": no opener
		}
		opener := s[start:end]
		a := countAsk{
			start:   start,
			end:     end,
			much:    opener == "how much",
			russian: !strings.HasPrefix(opener, "how "),
		}
		if strings.HasPrefix(s[end:], " ") {
			a.words = strings.Fields(s[end:])
			if a.russian && len(a.words) > 1 && a.words[0] == "всего" {
				a.words = a.words[1:]
			}
		}
		out = append(out, a)
	}
	return out
}

// openingCount returns where s, a question as normalQuestion gives it,
// asks to count when it opens by asking so ("how many slots ...",
// "сколько сейчас ..."); ok is false when it opens otherwise.
func openingCount(s string) (a countAsk, ok bool) {
	if as := countAsks(s); len(as) > 0 && as[0].start == 0 {
		return as[0], true
	}
	return countAsk{}, false
}

// head returns the letters the first word of what a opens with: "slots"
// for "how many slots does", "in" for "how many in-sync replicas"; "" when
// it counts nothing written or opens with no letter ("how many 3d
// models").
func (a countAsk) head() string {
	if len(a.words) == 0 {
		return ""
	}
	w := a.words[0]
	for i, r := range w {
		if !unicode.IsLetter(r) {
			return w[:i]
		}
	}
	return w
}
