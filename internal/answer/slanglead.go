package answer

import "github.com/chapterbot/chapterbot/internal/search"

// The search reads a Russian question's spoken words as the book writes
// them (search.SlangForms): "мастер" as ведущий, "умерла" as недоступен,
// "опенсорс" as "открывает код". The lead must read them the same way,
// or the sentence the search found for the word shares nothing with the
// question and a sentence that only repeats the question's other words
// leads.

// slangHolders maps each Cyrillic term of qterms that is a spoken word to
// the beginnings of the written words for it.
func slangHolders(qterms map[string]float64) map[string][]string {
	var out map[string][]string
	for t := range qterms {
		if !search.IsCyrillic(t) {
			continue
		}
		if bs := search.SlangForms(t); len(bs) > 0 {
			if out == nil {
				out = map[string][]string{}
			}
			out[t] = bs
		}
	}
	return out
}

// holdSlang marks in terms (a sentence's) each spoken question term whose
// written word the sentence has: a term that begins with one of its
// beginnings and is at most search.MaxStemTail letters longer, as the
// search reads it.
func holdSlang(terms map[string]bool, slang map[string][]string) {
	for q, bs := range slang {
		if terms[q] {
			continue
		}
		for t := range terms {
			if writes(t, bs) {
				terms[q] = true
				break
			}
		}
	}
}

// writes reports whether the term t is a form of one of the beginnings bs
// (search.IsStemForm).
func writes(t string, bs []string) bool {
	for _, b := range bs {
		if search.IsStemForm(t, b) {
			return true
		}
	}
	return false
}
