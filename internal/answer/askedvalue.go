package answer

import (
	"regexp"
	"strings"
)

var (
	// modalClauseRe opens a clause that asks whether something may be done
	// ("can i still unpublish ...", "is it possible to ...").
	modalClauseRe = regexp.MustCompile(`^(?:(?:and|but|so|then|or) )?(?:(?:can|could|may|might) (?:i|we|you|one|they|it|he|she|a \pL+|the \pL+)|is it (?:still )?(?:possible|allowed|ok|okay)|am i (?:still )?allowed|will i (?:still )?be able)(?:[^\pL\pN]|$)`)
	// timeCondRe finds a time a clause sets as its condition: "after 72
	// hours", "within 24h", "older than 30 days".
	timeCondRe = regexp.MustCompile(`(?:^|[^\pL\pN])(?:after|within|before|past|beyond|older than|more than|over|in the first|during the first) (\d+) ?(?:s|ms|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?)(?:[^\pL\pN]|$)`)
	// clauseEndRe ends a clause: a sentence, or a part set off by a comma or a dash.
	clauseEndRe = regexp.MustCompile(`[.?!;,]+(?:\s|$)|\s+-+\s+|\s+—\s+`)
)

// askedValues returns the numbers a question asks a rule about rather than
// gives as its own: the time set as the condition of a clause asking
// whether something may be done ("can i still unpublish after 72 hours?").
// A book that states such a rule writes its number (see readerValue for
// the reader's own, which it need not: "my uploads die after 5 min", "a
// signal that aborts a fetch after 5 seconds").
func askedValues(query string) []string {
	var out []string
	for _, clause := range clauseEndRe.Split(strings.ToLower(query), -1) {
		clause = strings.Join(strings.Fields(clause), " ")
		if !modalClauseRe.MatchString(clause) {
			continue
		}
		for _, m := range timeCondRe.FindAllStringSubmatch(clause, -1) {
			out = append(out, m[1])
		}
	}
	return out
}
