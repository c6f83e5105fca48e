package answer

import "strings"

// maxTypedWeight is the largest technical-English weight (technical.txt)
// of a word that a Russian reader types in English as software people
// say it ("exit", "code", "consumer", "group", "refused"); a rarer word
// in a run ("dead letter exchange", "helm chart") names a feature or a
// product.
const maxTypedWeight = 10.0

// typedEnglish returns the terms of the runs of two Latin words or more,
// in a question with Russian prose, whose every word is common software
// English and none a name of names.txt: a phrase the reader types as they
// read it in a terminal or say it at work ("умирает с exit code 137",
// "как consumer group подтверждает"), while a Russian book says the same
// in Russian ("с кодом выхода 137", "группа потребителей"). Such a word
// names no product the book should write (see foreignWord), and a Russian
// chapter that does not write it says nothing against the question (see
// typedUnchecked). Nil for any other question.
func (c coverage) typedEnglish(r Retriever, query string) map[string]bool {
	if !russianProse(query) {
		return nil
	}
	var out map[string]bool
	for _, span := range outsideCode(query) {
		fields := strings.Fields(span)
		for j := 0; j < len(fields); {
			k := j
			for k < len(fields) && latinField(fields[k]) {
				k++
			}
			if k-j < 2 || !c.commonTechnical(r, fields[j:k]) {
				j = max(k, j+1)
				continue
			}
			for _, f := range fields[j:k] {
				for _, t := range r.Terms(f) {
					if out == nil {
						out = map[string]bool{}
					}
					out[t] = true
				}
			}
			j = k
		}
	}
	return out
}

// commonTechnical reports whether every field is a word of Latin letters
// whose terms are common software English (see maxTypedWeight) and no
// name of names.txt ("kafka", "docker" are common in documentation too).
func (c coverage) commonTechnical(r Retriever, fields []string) bool {
	for _, f := range fields {
		word := bareWord(f)
		if !latinLetters(word) {
			return false // a code: "db1", "502"
		}
		ts := r.Terms(word)
		if len(ts) == 0 {
			return false
		}
		for _, t := range ts {
			x, ok := c.technical.lookup(t)
			if !ok || x > maxTypedWeight || c.names[t] != nil {
				return false
			}
		}
	}
	return true
}

// typedUnchecked reports whether term t, of the reader's typed English
// (typed, see typedEnglish), is one that the passages of a chapter, texts,
// cannot be checked on: they are written in Cyrillic and do not write it,
// so they say it in Russian if at all. An English chapter is checked on
// it as on any other word.
func typedUnchecked(t string, typed map[string]bool, found string, texts []string) bool {
	return typed[t] && found == "" && scriptOf(strings.Join(texts, "\n")) == scriptCyrillic
}
