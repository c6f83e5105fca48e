package answer

import "regexp"

// versionQRe finds an English question for a version anywhere in it:
// "which"/"what" before a short noun phrase that ends with "version"
// ("elixir static typing which version", "in what version did ...",
// "since which version ...", "what was the very last python 2 version
// ever released"). numberRe reads such a phrase only at the question's
// start, with no words between "what" and "version" but one.
var versionQRe = regexp.MustCompile(`(?:^|[^\pL\pN])(?:which|what)\s+(?:(?:was|is|were|are)\s+)?(?:[\pL\pN.]+\s+){0,5}versions?(?:[^\pL\pN]|$)`)

// asksVersion reports whether s, a normalised English question of kind k
// that asks for nothing more definite, asks for a version number.
func asksVersion(k kind, s string) bool {
	return (k == kindOther || k == kindWhich) && scriptOf(s) != scriptCyrillic && versionQRe.MatchString(s)
}
