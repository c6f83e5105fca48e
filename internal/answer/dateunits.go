package answer

import (
	"regexp"
	"strings"
)

// dateUnitRe finds the words that name the unit of a date a question
// asks for: "what month and year", "which day", "в каком году".
var dateUnitRe = regexp.MustCompile(`(?i)(^|[^\pL])(?:years?|months?|days?|dates?|году|год|месяце|месяц|числа)([^\pL]|$)`)

// withoutDateUnits is the text a question that asks for a date is
// ranked by (see searchRanked): its search text without the words for the
// date's unit. They say what kind of answer is asked, not what it is
// about, and searched for they find the passages that write them ("Two
// releases a year", "every six months") before the one that dates the
// subject ("began ... in September 2007"); typedFirst ranks the passages
// with a date first instead. The coverage decision still reads the hits
// of the whole text. Any other question is ranked by its text.
func withoutDateUnits(question, text string) string {
	if want, _, _ := wantedType(question); want != typeDate {
		return text
	}
	bare := dateUnitRe.ReplaceAllString(text, "$1$2")
	if strings.TrimSpace(bare) == "" {
		return text
	}
	return bare
}
