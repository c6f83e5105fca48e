package answer

import (
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// minSpecific is the least general weight (see coverage.weight) of a word
// specific enough that finding it in a passage is evidence of the
// question's subject ("реплика", "вытеснение", "сентинел"), as the words
// every chapter on software uses ("сервер", "версия", "процесс", "запрос",
// "ошибка", "память") are not.
const minSpecific = 11.5

// generalOnly reports whether chapter ch, written in the script of a
// Russian question, holds only its general words: none of those found is
// specific (see minSpecific) or written in Latin letters (a command, a
// keyword, a code: "keys", "let", "6379"), and none is in the
// chapter's title or tags or the headings of its passages found. Russian
// builds a question from words the book uses anyway ("какой процесс
// съедает всю оперативную память на сервере?" on a Redis chapter): what
// the question is about, a name or a rare word, is then elsewhere. found
// maps the question's terms to their spellings found in ch.
func (c coverage) generalOnly(r Retriever, query string, hits []search.Hit, ch string, found map[string]string) bool {
	if scriptOf(query) != scriptCyrillic || crossScript(query, hits, ch) {
		return false
	}
	var head []string
	for i, taken := 0, 0; i < len(hits) && taken < 3; i++ {
		if h := hits[i]; h.Chapter == ch {
			taken++
			head = append(head, h.ChapterTitle, strings.Join(h.Tags, "\n"), strings.Join(h.Trail, "\n"))
		}
	}
	headed := set(r.Terms(strings.Join(head, "\n")))
	any := false
	for t, s := range found {
		if s == "" {
			continue
		}
		any = true
		if headed[s] || !search.IsCyrillic(t) || max(c.weight(t), c.weight(s)) >= minSpecific {
			return false
		}
	}
	return any
}
