package answer

// A reader who asks how, why, what or when names the tool, setting or
// effect he has in front of him, and a long one is a name as often as a
// short one ("how do i raise maxfiles with launchctl", "why does my hot
// function go megamorphic"): when neither word list nor the book has it,
// the question is about something else, as one naming a shorter unknown
// word is (unknownTerms). A statement is read as before: a claim to check
// names the words its science builds from roots ("albendazole",
// "perigenital"), which its abstracts may spell otherwise.

// maxAskedUnknownLetters is the most letters of an unknown term read in a
// question that asks (askedLong); maxUnknownLetters bounds it elsewhere.
const maxAskedUnknownLetters = 12

// unknownLetterBound is the most letters of a term unknownTerms reads in
// query: maxAskedUnknownLetters in a question of a kind, maxUnknownLetters
// in a statement or a question of no kind.
func unknownLetterBound(query string) int {
	if k, _ := questionKind(query); k != kindOther {
		return maxAskedUnknownLetters
	}
	return maxUnknownLetters
}
