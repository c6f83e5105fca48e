package answer

import "github.com/chapterbot/chapterbot/internal/search"

// The search reads a round number the question writes in words as its
// digits too (search.WordDigits): "querystring.parse drops params after
// the first thousand" finds "maxKeys <number> ... Default: 1000". The
// lead must read them the same way, or the sentence that gives the
// number shares nothing with the question's word for it, and a sentence
// of another section that shares the question's other words
// ("readable.drop ... returns a new stream with the first limit chunks
// dropped") leads.

// digitHolders maps each term of qterms that is a number word the search
// also reads in digits to those digits' terms.
func digitHolders(qterms map[string]float64) map[string][]string {
	var out map[string][]string
	for t := range qterms {
		if ds := search.WordDigits(t); len(ds) > 0 {
			if out == nil {
				out = map[string][]string{}
			}
			out[t] = ds
		}
	}
	return out
}

// holdDigits marks in terms (a sentence's) each number word of the
// question whose digits the sentence writes.
func holdDigits(terms map[string]bool, digits map[string][]string) {
	for q, ds := range digits {
		if terms[q] {
			continue
		}
		for _, d := range ds {
			if terms[d] {
				terms[q] = true
				break
			}
		}
	}
}
