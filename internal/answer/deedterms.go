package answer

import "strings"

// deedTerms returns the terms of the words a Russian question for a date
// or a version names its deed with (asked, see deeds): "появились" of "с
// какой версии появились ключи ed25519", "переименовалась" of "когда
// dotcloud переименовалась в docker inc?". Only question terms count.
func deedTerms(question string, asked map[string]bool, qterms map[string]float64, terms func(string) []string) []string {
	if len(asked) == 0 {
		return nil
	}
	var out []string
	for _, w := range strings.Fields(question) {
		if deedFit(asked, w) <= 0 {
			continue
		}
		for _, t := range terms(w) {
			if _, ok := qterms[t]; ok {
				out = append(out, t)
			}
		}
	}
	return out
}

// holdDeed marks the question's deed terms (see deedTerms) as held by a
// text that tells the deed asked in other words: the book writes "Ed25519
// ... добавлены в OpenSSH 6.5" where the question says "появились", and
// without it a sentence of another key type that says "появились" outweighs
// the one of the key asked for. A text that tells only another deed, or
// none, holds them only by its own words.
func holdDeed(text string, asked map[string]bool, deed []string, terms map[string]bool) {
	if len(deed) == 0 || deedFit(asked, text) <= 0 {
		return
	}
	for _, t := range deed {
		terms[t] = true
	}
}
