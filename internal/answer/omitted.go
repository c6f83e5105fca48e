package answer

import "regexp"

// omittedRe finds a question that asks what happens when an argument is
// left out: "what label does console.time use if you don't pass one",
// "console.time() with no argument, what label does it use", "what port
// does --inspect listen on if i dont give one". What is used then is the
// default, though the question never writes the word.
var omittedRe = regexp.MustCompile(`(?i)\b(?:(?:if|when) (?:i|you|we|one) (?:don'?t|dont|do not|never) (?:pass|give|specify|set|provide|supply)|(?:if|when) (?:it'?s|it is|they are|they're) (?:omitted|left out|not (?:passed|given|specified|set|provided))|with(?:out| no) (?:an? |any )?(?:argument|arg|param|parameter|label|name|value|option)s?)\b`)

// asksOmitted reports whether question q asks what is used when an
// argument is left out: it asks for a default (asksDefault), and the
// signature line that gives it ("label <string> Default: 'default'")
// answers (asksSignature).
func asksOmitted(q string) bool { return omittedRe.MatchString(q) }
