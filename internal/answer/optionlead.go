package answer

import "strings"

// laterOption returns the name of the option whose list item opens with
// head ("maxKeys <number>") when the unit is the item's sentence number j
// after its first, "" otherwise: the first sentence follows the head and
// reads with it; a later one ("Specify 0 to remove key counting
// limitations.") stands alone and leaves the option's name to the head.
// A later sentence that only gives the default has the head already
// (withOptionHead).
func laterOption(head string, j int) string {
	if head == "" || j == 0 {
		return ""
	}
	return strings.Fields(head)[0]
}

// namesOption reports whether a lead that is a later sentence of an
// option's list item needs the option's name to say what it answers with:
// "querystring.parse silently drops params after a certain count, whats
// the limit" is answered by "Specify 0 to remove key counting
// limitations." of the item "maxKeys <number> Specifies the maximum number
// of keys to parse. ...", and the reader needs the name to set the limit.
// A lead or a question that writes the name has it already.
func namesOption(option, lead, question string) bool {
	return option != "" && !writesCodeWord(lead, option) && !writesCodeWord(question, option)
}
