package answer

import "strings"

// A Russian question on an English chapter asks by words the chapter can
// never hold: "в какой версии", "когда", "кто создал", "появились". They
// say what kind of fact is wanted, not what it is about, so that they are
// no sign that the question says more than its chapter's name (see
// maxUnchecked): "в какой версии kafka появились транзакции?" asks about
// transactions in Kafka, one word the chapter cannot be checked on, as
// "кто придумал kafka?" does none.

// askingWords are the words by which a question asks for a kind of fact:
// the question words, and the cues of a version, a number, a release and
// a making (kind.go, answerable.go), each list whole.
var askingWords = strings.Join([]string{questionWords, numberWords, releasedWords, madeWords, firstWords}, "\n")

// askingTerms returns the analysed askingWords of r.
func askingTerms(r Retriever) map[string]bool {
	return set(r.Terms(askingWords))
}

// withoutAsking returns w without the asking terms, which a chapter in
// another script never holds and which say nothing of the subject.
func withoutAsking(w map[string]float64, asking map[string]bool) map[string]float64 {
	out := map[string]float64{}
	for t, x := range w {
		if !asking[t] {
			out[t] = x
		}
	}
	return out
}
