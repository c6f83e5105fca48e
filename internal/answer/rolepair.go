package answer

import "strings"

// A surname common in English ("Green" 8.96, "Thompson" 10.75) misses
// surnameWeight, so "Hevery bet his manager Brad Green that ..." named
// nobody and the sentence lost "who was the manager misko made the bet
// with" to one about Hevery. The word for a person before a capitalised
// pair ("his manager Brad Green", "the engineer Ken Thompson") is better
// evidence of a name than the rarity of its last word.

// afterRole reports whether the capitalised pair at words[i] follows a
// word for a person (peopleRoles: "manager", "engineer", "author").
func afterRole(words []string, i int) bool {
	return i > 0 && peopleRoles[strings.ToLower(nameWord(words[i-1]))] && !strings.ContainsAny(words[i-1], ",;:.")
}

// A rare word after a capitalised word the passages write on its own
// ("Google Feedback" beside "working at Google"), that they never write
// on its own itself, names a thing of the first word's, not a person: a
// book writes a person's surname alone once it has named them ("Hevery
// bet his manager ..."), and rarely a first name alone. "Feedback"
// (11.93) clears surnameWeight, and "the author of the Google Feedback
// bet" named a person for "who was the manager misko made the bet with".

// thingTails returns the second words of the capitalised pairs of texts
// whose first word the texts also write alone and whose second word they
// never do: "Feedback" of "Google Feedback".
func thingTails(texts []string) map[string]bool {
	alone := map[string]bool{}
	type pair struct{ a, b string }
	var pairs []pair
	for _, t := range texts {
		words := strings.Fields(t)
		// joined reports whether words[i] and words[i+1] are one name's:
		// both capitalised, no punctuation between.
		joined := func(i int) bool {
			return i >= 0 && i+1 < len(words) && !strings.ContainsAny(words[i], ",;:.!?()\"") &&
				nameLike(nameWord(words[i])) && nameLike(nameWord(words[i+1]))
		}
		for i, w := range words {
			n := nameWord(w)
			if !nameLike(n) {
				continue
			}
			if joined(i) {
				pairs = append(pairs, pair{n, nameWord(words[i+1])})
			}
			if !joined(i) && !joined(i-1) {
				alone[n] = true
			}
		}
	}
	out := map[string]bool{}
	for _, p := range pairs {
		if alone[p.a] && !alone[p.b] {
			out[p.b] = true
		}
	}
	return out
}
