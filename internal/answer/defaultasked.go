package answer

import "regexp"

var (
	// askDefaultRe finds a question that asks what a default is ("whats the
	// default port a kafka broker listens on", "what is the default
	// retention period"): the default itself is asked, not a value that
	// holds by default ("how many threads does libuv use by default").
	askDefaultRe = regexp.MustCompile(`^(?:what|whats|what's|which)(?:'s| is| was| are)? (?:the )?defaults?(?:[^\pL\pN]|$)`)
	// statesDefaultRe finds where a book writes of a default: "by default",
	// "defaults to", "the default is".
	statesDefaultRe = regexp.MustCompile(`(?i)(?:^|[^\pL\pN])default`)
)

// askedDefault returns the pattern of a sentence that writes of a default
// when q asks what a default is, nil otherwise. A book that gives a
// default says so; a chapter whose passages never write the word tells
// some other number (the port a client connects to, the retention a team
// chose), not the default asked.
func askedDefault(q string) *regexp.Regexp {
	if !askDefaultRe.MatchString(normalQuestion(q)) {
		return nil
	}
	return statesDefaultRe
}
