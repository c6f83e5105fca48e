package answer

import (
	"slices"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// maxNativeWeight is the most general-Russian weight (see coverage.weight)
// of a word so common in Russian that a question uses it as itself, not as
// an English word written as it sounds: "стал" is no "still", "слов" no
// "slow", "компания" no "component", "болтать" no "built".
const maxNativeWeight = 10.5

// nativeLatin returns latin (the Latin spellings of a question's Russian
// terms) without those of common Russian words (see maxNativeWeight) other
// than the word's own transliteration ("сервер": server, "порт": port),
// when chapter ch among hits is written in Russian too: such a chapter
// says the word in Russian, and the Latin term that sounds like it is
// another word. (Across scripts, "компания" found as company may be all
// the evidence there is, and latin is read as it is.)
func nativeLatin(r Retriever, query string, hits []search.Hit, ch string, latin map[string][]string) map[string][]string {
	if len(latin) == 0 || scriptOf(query) != scriptCyrillic {
		return latin
	}
	var text []string
	for _, h := range hits {
		if h.Chapter == ch {
			text = append(text, h.Text)
		}
	}
	if scriptOf(strings.Join(text, "\n")) != scriptCyrillic {
		return latin
	}
	out := map[string][]string{}
	for t, spellings := range latin {
		if russianWeights().weight(t) < maxNativeWeight {
			own := r.Terms(search.Transliterate(t))
			spellings = slices.DeleteFunc(slices.Clone(spellings), func(s string) bool { return !slices.Contains(own, s) })
		}
		if len(spellings) > 0 {
			out[t] = spellings
		}
	}
	return out
}
