package answer

import "strings"

// askAdverbs are whoAdverbs and ktoAdverbs as words: what a who question
// puts between its question word and its verb.
var askAdverbs = strings.ReplaceAll(whoAdverbs+"|"+ktoAdverbs, "|", " ")

// adverbCue is the cue of a typed ask of want (cue, its words), with
// askAdverbs when it asks for a person or a name: "who originally wrote
// sqlite?" asks when the person wrote it, not of an origin, and no
// passage must hold "originally" with the name. Read as the subject's
// word, "originally" (stemmed "origin") left "Hipp is the creator and
// project lead of SQLite" no answer to it (s13-site), nor the section on
// GetAngular one to "who actually created angular originally"
// (s23-site): both were refused.
func adverbCue(want answerType, cue string) string {
	if want == typeName || want == typePerson {
		return cue + "\n" + askAdverbs
	}
	return cue
}
