package answer

import "regexp"

// meaningRe matches the verb of a question that asks what something
// means: "what does EADDRINUSE mean?", "what is meant by backpressure",
// "what's the meaning of this error", "что значит / что означает ...".
// The verb is the question's frame, not its subject: searched for, it
// finds "histogram.mean" before the error code the reader pasted.
var (
	meaningRe   = regexp.MustCompile(`(?i)(\bwhat\b[^?.!\n]*?\b(?:does|do|did|would|could)\b[^?.!\n]*?)\bmean\b|\b(?:is|are)\s+meant(?:\s+by)?\b|\b(?:the\s+)?meaning\s+of\b`)
	meaningRuRe = regexp.MustCompile(`(?i)(^|[^\p{L}])(что\s+)(?:значит|означает|означают|обозначает)([^\p{L}]|$)`)
)

// searchText returns question as it is searched for: without the verb of
// "what does X mean" (see meaningRe), with the number of a version it
// names by a Russian ordinal (see ruOrdinalVersions), and each version it
// reads aloud in digits (see spokenVersions), and "in the first place"
// as "originally" (see firstPlaceRe).
func searchText(question string) string {
	question = firstPlaceRe.ReplaceAllString(spokenVersions(ruOrdinalVersions(question)), "originally")
	return meaningRuRe.ReplaceAllString(meaningRe.ReplaceAllString(question, "$1"), "$1$2$3")
}
