package answer

import "regexp"

var (
	// askDefaultRe finds a question that asks what a default is ("whats the
	// default port a kafka broker listens on", "what is the default
	// retention period"): the default itself is asked, not a value that
	// holds by default ("how many threads does libuv use by default").
	// asksDefault, which chooses the sentence an answer leads with, reads
	// both.
	askDefaultRe = regexp.MustCompile(`^(?:what|whats|what's|which)(?:'s| is| was| are)? (?:the )?defaults?(?:[^\pL\pN]|$)`)
	// mentionsDefaultRe finds where a text writes of a default, in English
	// or Russian: "by default", "defaults to", "the default is", "по
	// умолчанию", "дефолтный". A question that does asks about a default
	// (asksDefault); a chapter that does may give the default asked
	// (askedDefault).
	mentionsDefaultRe = regexp.MustCompile(`(?i)\bdefault|по умолчанию|дефолт`)
)

// askedDefault returns the pattern of a sentence that writes of a default
// when q asks what a default is, nil otherwise. A book that gives a
// default says so; a chapter whose passages never write the word tells
// some other number (the port a client connects to, the retention a team
// chose), not the default asked. The word is enough, in either language
// (the book of an English question may be Russian): the sentence that
// gives the value need not be the one that leads an answer
// (statesDefault, which asks for the value right after the word), so
// "listens on port 9092 by default" gives the default port.
func askedDefault(q string) *regexp.Regexp {
	if !askDefaultRe.MatchString(normalQuestion(q)) {
		return nil
	}
	return mentionsDefaultRe
}
