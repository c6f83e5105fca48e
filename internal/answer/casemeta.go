package answer

import "regexp"

// caseMetaRe finds a sentence that tells what the chapter is good for as
// a case to discuss, not what happened: "In architecture reviews, this
// case helps separate the real strengths of GraphQL ... from the belief
// that a single graph solves every integration problem.", "The material
// connects the event loop, the package ecosystem, and project governance
// to ...", "That makes Node.js useful for discussing ...". Like "This
// chapter covers ..." (metaRe), it shares the question's words by naming
// the chapter's subjects and answers none of them.
var caseMetaRe = regexp.MustCompile(`(?i)\bthis case (?:helps|shows|is)\b|^the material (?:connects|links|ties)\b|\bfor (?:discussing|talking about)\b`)

// metaHeadingRe finds a section heading about the text itself ("Practical
// value of this chapter"): its sentences tell the reader what to do with
// the chapter ("Design in practice: Map the SQLite storage model ... to
// concrete decisions"), not what happened.
var metaHeadingRe = regexp.MustCompile(`(?i)\b(?:this|the) (?:chapter|book|guide)\b`)

// aboutText reports whether a sentence, or the section heading above it,
// speaks of the text itself rather than of its subject: "This chapter
// covers ..." (metaRe), a case study's "This case helps ..." (caseMetaRe),
// or a heading such as "Practical value of this chapter" (metaHeadingRe).
func aboutText(sentence, heading string) bool {
	return metaRe.MatchString(sentence) || caseMetaRe.MatchString(sentence) || metaHeadingRe.MatchString(heading)
}
