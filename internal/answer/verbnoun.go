package answer

import (
	"strings"
	"unicode/utf8"
)

// nounOfVerb reports whether t is the stem of a noun made from the verb q
// stems to: the verb's root, q without the "а" or "я" its stem ends in,
// then a consonant that begins the noun's suffix, or the "ок" of its
// genitive plural: "покупк" (покупка) and "покупок" of "покупа" (покупала),
// "обработк" (обработку) of "обработа" (обработано). The question tells the
// deed with its verb, the book names it with the noun ("компания росла за
// счёт покупок"), and neither stem begins the other. Not a vowel after
// the root, which begins participles and other verb forms as well as the
// "-ение" nouns ("подключ-ен", "подключ-ил", "подключ-ени"): read as the
// noun too, "подключаюсь" was held by "при подключении с другого хоста",
// which took the lead of a login question from the sentence naming
// localhost and fixed no other (s8-ru lead 0.724 -> 0.69). A root under
// minFuzzy letters begins too many other words.
func nounOfVerb(t, q string) bool {
	r := strings.TrimSuffix(strings.TrimSuffix(q, "а"), "я")
	if r == q || utf8.RuneCountInString(r) < minFuzzy || len(t) <= len(r) || !strings.HasPrefix(t, r) {
		return false
	}
	rest := t[len(r):]
	next, _ := utf8.DecodeRuneInString(rest)
	return !strings.ContainsRune(ruVowels, next) || strings.HasPrefix(rest, "ок")
}

// ruVowels are the Russian vowels and the "й" that ends a syllable.
const ruVowels = "аеёиоуыэюяй"
