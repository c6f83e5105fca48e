package answer

import "github.com/chapterbot/chapterbot/internal/search"

// latinTitleNames returns, for each of names (titleNames), the names its
// chapter's title writes in Latin letters and a Russian question's
// spellings of them (spelled maps the book's spelling to the question's):
// "Jenkins: сервер непрерывной интеграции" gives jenkin and "дженкинс".
// A Russian chapter's sentences seldom repeat its subject's name, so a
// name of the title counts for the share of the subject a sentence holds
// (aboutWeighted) as a heading's term does, as aboutTitled reads an
// English question's: "Автор проекта — Косукэ Кавагути" held nothing of
// "кто вообще написал дженкинс изначально?", and the chapter's opening
// "Jenkins — открытый сервер автоматизации, написанный на Java" led. The
// title's Russian words are left out: "сервер" or "история" name no
// subject.
func latinTitleNames(names []map[string]bool, spelled map[string]string) []map[string]bool {
	out := make([]map[string]bool, len(names))
	for i, title := range names {
		for t := range title {
			if search.IsCyrillic(t) {
				continue
			}
			if out[i] == nil {
				out[i] = map[string]bool{}
			}
			out[i][t] = true
			if s, ok := spelled[t]; ok {
				out[i][s] = true
			}
		}
	}
	return out
}
