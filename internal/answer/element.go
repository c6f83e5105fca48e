package answer

import (
	"regexp"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// elementRe finds where a question names an element of a language or a
// tool by its word and its kind: "the satisfies operator", "the match
// statement", "the --test flag", "the go directive".
var elementRe = regexp.MustCompile(`(?:^|\s)(?:the |a |an )?(\S+) (?:operator|keyword|statement|directive|flag|macro|decorator|annotation|modifier|attribute|pragma|syntax)s?(?:[^\pL\pN]|$)`)

// elementPlaces say where an element is written, not which one it is:
// "a cli flag" is any flag given on the command line, and a chapter of
// flags need not write "cli" ("which cli flag switches it back to just a
// warning", "instead of passing a cli flag").
var elementPlaces = map[string]bool{"cli": true, "cmd": true, "cmdline": true, "commandline": true, "shell": true, "terminal": true}

// namedElements returns the terms of the words q names elements by
// ("satisfies" in "the satisfies operator"), those that are neither
// filler nor stop words ("an if statement" names none the index keeps),
// nor elementPlaces. An element is named in Latin letters: a Russian word
// before "keyword" ("зачем нужен keyword") is the sentence's own, not a
// name.
func (c coverage) namedElements(r Retriever, q string) []string {
	var out []string
	for _, m := range elementRe.FindAllStringSubmatch(normalQuestion(q), -1) {
		if search.IsCyrillic(m[1]) || elementPlaces[m[1]] {
			continue
		}
		ts := r.Terms(m[1])
		if len(ts) == 1 && !c.filler[ts[0]] {
			out = append(out, ts[0])
		}
	}
	return out
}

// writesElements reports whether the first passages of chapter ch among
// hits, headings included, write every element word of elems: a chapter
// that never writes "satisfies" tells nothing of the satisfies operator,
// however much it tells of TypeScript's versions.
func (c coverage) writesElements(r Retriever, elems []string, hits []search.Hit, ch string, latin map[string][]string) bool {
	var text []string
	for _, h := range chapterPassages(hits, ch) {
		text = append(text, h.ChapterTitle, strings.Join(h.Trail, "\n"), h.Text)
	}
	all := newClause(r, strings.Join(text, "\n"))
	for _, t := range elems {
		if !c.holds(t, all, latin) {
			return false
		}
	}
	return true
}
