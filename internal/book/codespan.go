package book

import "strings"

// noBreak is the space that Sentences never ends a sentence at: a code
// span writes it after a mark of its own ("ERROR: Couldn't find any
// revision to build. Verify the repository and branch configuration for
// this job."), and after the span when the span ends with one, so that the
// message a sentence quotes is not cut in two, nor cut from the words that
// follow it ("... for this job.` выдаёт плагин Git"). The text keeps no
// backticks, so this space is all that tells the splitter where code was.
const noBreak = '\u00a0'

// codeText is the text of a code span with every space after a sentence
// mark (".", "!", "?", "…" and any closing quotes or brackets) made a
// noBreak, and whether the span ends with such a mark.
func codeText(s string) (string, bool) {
	var b strings.Builder
	mark := false // the last runes were a mark and its closers
	for _, r := range s {
		switch {
		case r == ' ' && mark:
			b.WriteRune(noBreak)
			mark = false
			continue
		case r == '.' || r == '!' || r == '?' || r == '…':
			mark = true
		case mark && strings.ContainsRune(`"')]»”’`, r):
		default:
			mark = false
		}
		b.WriteRune(r)
	}
	return b.String(), mark
}
