package answer

import "regexp"

// ruNamedNumberRe finds a number that is no count or amount: a version
// ("Ansible 2.0", "Apache 2.0", "версии 7.11", "WSL 2", "7.10.2"; see
// versionNumberRe) or the day of a date ("31 января"). A number with one
// dot and no name before it is a fraction as often ("в 1.5 раза").
var ruNamedNumberRe = regexp.MustCompile(`\d+\.\d+\.\d+|(?i:верси\pL*|version)\s+\d+(?:\.\d+)*|(?:^|[^\pL])v\d+(?:\.\d+)*|(?:^|[^\pL])\p{Latin}+\s+\d{1,3}(?:\.\d+)*(?:[^\d.,]|[.,](?:\s|$)|$)|\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?:[^\pL]|$)`)

// ruUncountedFit scales the number fit of sentence s for a Russian
// question that asks how many or how much, not for a version: a sentence
// whose only numbers are versions or dates gives none ("за скока редхат
// купил ансибл": "... вышла крупная версия Ansible 2.0" gives a version,
// "около 150 миллионов долларов" the amount).
func ruUncountedFit(question, s string, fit float64) float64 {
	if fit == 0 || ruVersionQRe.MatchString(question) || hasNumber(s, question) == 0 {
		return fit
	}
	if hasNumber(ruNamedNumberRe.ReplaceAllString(s, " "), question) == 0 {
		return fit * namedNumberWeight
	}
	return fit
}

// namedNumberWeight scales the fit of a sentence whose numbers are all
// versions or dates, for a question how many or how much.
const namedNumberWeight = 0.5
