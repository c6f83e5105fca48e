package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A surname is often two names joined by a hyphen ("Грег Кроа-Хартман",
// "Greg Kroah-Hartman") or one written after an initial and an apostrophe
// ("Джон О'Хара", "John O'Hara"). Read as one word of letters, neither
// looked like a name, and the sentence that named the person asked for
// ("их ведёт Грег Кроа-Хартман" for "кто мейнтейнит стейбл ядра?") gave
// no person.

// joinedName reports whether w is joined by a hyphen or an apostrophe
// (joined), and if so whether it is a name (ok): each part a name
// (nameLike), or one capital letter before the apostrophe.
func joinedName(w string) (ok, joined bool) {
	if a, b, found := strings.Cut(w, "-"); found {
		return nameLike(a) && nameLike(b), true
	}
	for _, ap := range []string{"'", "’"} {
		if a, b, found := strings.Cut(w, ap); found {
			r, n := utf8.DecodeRuneInString(a)
			return n == len(a) && unicode.IsUpper(r) && nameLike(b), true
		}
	}
	return false, false
}

// lastNamePart is the part of w after its last hyphen or apostrophe,
// whose rarity tells a surname: "Хартман" of "Кроа-Хартман", "Хара" of
// "О'Хара"; w itself when it has neither.
func lastNamePart(w string) string {
	if i := strings.LastIndexAny(w, "-'’"); i >= 0 {
		return w[i+utf8.RuneLen([]rune(w[i:])[0]):]
	}
	return w
}
