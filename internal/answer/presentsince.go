package answer

import "regexp"

// A count of the present is as often given by the change that set it as
// by a word for now: "Since 2021 Kubernetes ships three minor releases a
// year"; "Долгое время LTS поддерживали до шести лет, но в 2023 году
// разработчики объявили, что новые LTS-ветки будут поддерживаться около
// двух лет". A count that holds from a year on, or the one that replaced
// what was long done, is the count of now.

// sinceChangeRe finds a sentence that places a count from a year on
// ("since 2021", "с 2021 года", "начиная с 2021") or turns from what was
// long done to what is done now ("for years ..., but", "долгое время ...,
// но", "раньше ..., но", "used to ..., but").
var sinceChangeRe = regexp.MustCompile(`(?i)(?:^|[^\pL\pN])(?:since (?:19|20)\d\d(?:[^\pL\pN]|$)|(?:с|начиная с) (?:19|20)\d\d(?:-го)?(?: год\pL*)?(?:[^\pL\pN]|$)|(?:for (?:many |several )?years|for a long time|used to|долгое время|долгие годы|многие годы|раньше|прежде|ранее)[^.!?]*,\s+(?:but|но|а|однако)\s)`)

// placesInPresent reports whether sentence s places what it states in the
// present: with a word for now (presentRe) or by the change that set it
// (sinceChangeRe).
func placesInPresent(s string) bool {
	return presentRe.MatchString(s) || sinceChangeRe.MatchString(s)
}
