package answer

import "regexp"

// nameOriginQRe finds a question that asks where a name comes from:
// "where does the word zend come from", "where does the 'my' part of the
// mysql name come from". Its "where ... come from" reads as an origin
// (originRe), whose lead is the person who made the thing; the name is
// told by a sentence that says what the name is ("whose name combines
// Zeev and Andi", "The "My" in MySQL is the name of Monty's daughter
// My"), often naming no maker at all.
var nameOriginQRe = regexp.MustCompile(`^(?:where|where's|wheres)\s.*\b(?:name|names|word|term)\b.*\b(?:(?:come|comes|came|coming) from|originate[sd]?)\b`)

// nameAskWords are the words of such a question that ask for the name, not
// what it names: the sentence that tells the name's origin need not
// write them ("The result was the Zend Engine, whose name combines ...").
const nameAskWords = "name names word term"

// namingRe finds a sentence that tells what a name is or is after.
var namingRe = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:names?|named|naming|renamed|called|word|anagram|acronym|abbreviation|stands for|short for|nod to|in (?:honou?r|memory) of)(?:[^\pL]|$)`)

// asksNameOrigin reports whether question asks where a name comes from.
func asksNameOrigin(question string) bool {
	return nameOriginQRe.MatchString(normalQuestion(question))
}

// nameOriginFit is how well s tells a name's origin: 1 when it says
// what a name is, 0 otherwise.
func nameOriginFit(s string) float64 {
	if namingRe.MatchString(s) {
		return 1
	}
	return 0
}
