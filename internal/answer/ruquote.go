package answer

import "strings"

// openQuote reports whether piece, a sentence so far, leaves a «...»
// quotation open that next closes: the splitter ends a sentence at a
// full stop or question mark inside the quotation («Cannot connect to the
// Docker daemon at unix:///var/run/docker.sock. Is the docker daemon
// running?»), and the quoted text is one sentence with the words around
// it. A quotation next does not close stays cut, so that a stray « cannot
// join the rest of a passage.
func openQuote(piece, next string) bool {
	return strings.Count(piece, "«") > strings.Count(piece, "»") && strings.Contains(next, "»")
}
