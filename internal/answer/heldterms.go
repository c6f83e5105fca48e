package answer

// heldTerms is the terms of subject that some candidate sentence holds,
// in its text or its section's heading. A question's word the passages
// never use (slang, a word form the stemmer does not join, "распух",
// "полдиска") is held by no sentence, so it cannot tell one sentence from
// another; counted in the share of the subject a sentence holds (about),
// it only lowers that share for every sentence alike and so weakens the
// fit that should decide. The extractive answer drops them for a Russian
// question, whose words the book holds in other forms more often.
func heldTerms(subject []string, cands []sentence) []string {
	var out []string
	for _, t := range subject {
		for i := range cands {
			c := &cands[i]
			if c.terms[t] || c.heading[t] || c.stated[t] {
				out = append(out, t)
				break
			}
		}
	}
	return out
}
