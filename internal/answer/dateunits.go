package answer

import (
	"context"
	"regexp"
	"strings"

	"github.com/chapterbot/chapterbot/internal/search"
)

// dateUnitRe finds the words that name the unit of a date a question
// asks for: "what month and year", "which day", "в каком году".
var dateUnitRe = regexp.MustCompile(`(?i)(^|[^\pL])(?:years?|months?|days?|dates?|году|год|месяце|месяц|числа)([^\pL]|$)`)

// withoutDateUnits ranks the passages of a question that asks for a date
// by its search text without the words for the date's unit: they say
// what kind of answer is asked, not what it is about, and searched for
// they find the passages that write them ("Two releases a year", "every
// six months") before the one that dates the subject ("began ... in
// September 2007"); typedFirst ranks the passages with a date first
// instead. hits, searched with them, stay what the coverage decision
// reads; any other question keeps them.
func (e *Engine) withoutDateUnits(ctx context.Context, question, text string, k int, hits []search.Hit) ([]search.Hit, error) {
	if want, _, _ := wantedType(question); want != typeDate {
		return hits, nil
	}
	bare := dateUnitRe.ReplaceAllString(text, "$1$2")
	if bare == text || strings.TrimSpace(bare) == "" {
		return hits, nil
	}
	ranked, _, _, err := e.search(ctx, bare, k)
	if err != nil || len(ranked) == 0 {
		return hits, err
	}
	return ranked, nil
}
