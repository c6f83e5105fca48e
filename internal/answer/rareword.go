package answer

import "strings"

// A word general English has only in its long tail (a river, a place, a
// surname taken for a code name: "orinoco" weighs 14.51, where the list's
// floor is 16.19) is a name more often than a word a reader asks in. When
// the book never writes it and software documentation does not use it
// either, a question naming it asks about something else ("how many helper
// threads does v8 orinoco use"), as one naming a word neither list has
// does (unknownTerms). Only a word the analyser leaves as written: a name
// takes no English ending, while "cofounders", "lopsided", "hacky" and
// "immobility" are words of the language, however rare.

// rareWeight is the least general-English weight of a rare word: below it
// are words chat writes ("thru" weighs 13.26) and common names the book
// would write if it were about them.
const rareWeight = 14

// rare reports whether Latin term t, which general English knows, is in
// its long tail (rareWeight), technical English does not have it, and it
// is word, the question's word it comes from, as written.
func (c coverage) rare(t, word string) bool {
	if c.weight(t) < rareWeight || strings.ToLower(word) != t {
		return false
	}
	_, ok := c.technical.lookup(t)
	return !ok
}
