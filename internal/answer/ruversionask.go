package answer

import "regexp"

// ruVersionQRe finds a Russian question for the version something came,
// went or changed in: "с какой версии монга умеет транзакции", "в какой
// версии завезли стримы", "какая версия докера встроила сварм".
var ruVersionQRe = regexp.MustCompile(`(?i)(?:^|[^\pL])как(?:ой|ая|ую)\s+(?:\pL+\s+)?верси(?:и|я|ю)(?:[^\pL]|$)`)

// versionNumberRe finds a version number: a dotted one ("4.0", "7.10.2"),
// one after "версия" or "version" ("версии 3"), "v8", or a number of one
// to three digits after a Latin name ("React 16", "Java 8"). A count with
// its unit ("60 секундами", "250 сотрудников") or a year is none.
var versionNumberRe = regexp.MustCompile(`\d+\.\d+|(?i:верси\pL*|version)\s+\d|(?:^|[^\pL])v\d|(?:^|[^\pL])\p{Latin}+\s+\d{1,3}(?:[^\d.,]|$)`)

// unversionedFit scales the fit of a sentence that gives a number but no
// version number when a Russian question asks for a version: a number of
// seconds, members or downloads answers another question. Russian tuning
// sets, lead: s14-ru +1 ("с какой версии монга умеет транзакции на
// несколько документов?" led by "Транзакции по умолчанию ограничены 60
// секундами"), no question lost.
func unversionedFit(question, s string, fit float64) float64 {
	if fit > 0 && ruVersionQRe.MatchString(question) && !versionNumberRe.MatchString(s) {
		return fit * uncountedWeight
	}
	return fit
}
