package search

import "strings"

// A Russian reader writes a Latin short form in Cyrillic letter by letter
// ("ссш" for SSH, "грпц" for gRPC, "рфц" for RFC), each Latin letter as
// the Cyrillic one that begins its Russian name or sound: C is "цэ", H is
// "аш". A Russian word has a vowel; a word of consonants only is such a
// short form, and the common romanisation would misspell it ("ts" for ц,
// "sh" for ш: "grpts", "sssh").

// russianVowels are the letters a Russian word, and not a short form
// spelled letter by letter, holds.
const russianVowels = "аеёиоуыэюя"

// letterOf is the Latin letter that a Cyrillic one stands for in a short
// form where the common romanisation writes it otherwise.
var letterOf = map[rune]string{'ц': "c", 'ш': "h"}

// spelledLetters reports whether lower-case word w is a short form spelled
// letter by letter: two letters or more, all Cyrillic consonants.
func spelledLetters(w string) bool {
	n := 0
	for _, r := range w {
		if _, ok := latinOf[r]; !ok || strings.ContainsRune(russianVowels, r) || r == 'ь' || r == 'ъ' {
			return false
		}
		n++
	}
	return n >= 2
}
