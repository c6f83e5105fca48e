package answer

import "github.com/chapterbot/chapterbot/internal/search"

// The search reads a Russian question's spoken words as the book writes
// them (search.SlangForms), and so does the lead (slanglead.go): a passage
// found because it writes ведущий for "мастер", недоступен for "умер" or
// запись for "пишутся" holds the question's word. Coverage must read it
// the same way, or the very passage the search found for a spoken word
// counts that word as missing, and a question put in chat words ("как
// сентинел решает, что мастер умер?") is refused where the book answers
// it in written ones ("следят за ведущим сервером, и когда кворум
// соглашается, что он недоступен").

// slangIn returns the term of head or body that writes the spoken
// Russian term t in the book's words (search.SlangForms), or "" when
// there is none or t is no spoken word.
func slangIn(t string, head, body map[string]bool) string {
	if !search.IsCyrillic(t) {
		return ""
	}
	bs := search.SlangForms(t)
	if len(bs) == 0 {
		return ""
	}
	return firstTerm(head, body, func(s string) bool { return writes(s, bs) })
}
