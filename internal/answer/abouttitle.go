package answer

// aboutTitled is about, a subject term that only the sentence's chapter
// title names (see titleNames) counting as one of its section's heading
// does.
func aboutTitled(c *sentence, subject []string, chapter map[string]bool) float64 {
	if len(subject) == 0 {
		return 1
	}
	var n float64
	for _, t := range subject {
		switch {
		case c.terms[t], c.stated[t]:
			n++
		case c.heading[t], chapter[t]:
			n += headingWeight
		}
	}
	return n / float64(len(subject))
}

// titleNames returns, for each of titles (the terms of each hit's chapter
// title and tags), those that are no common English word.
func (e *Engine) titleNames(titles []map[string]bool) []map[string]bool {
	out := make([]map[string]bool, len(titles))
	for i, title := range titles {
		for t := range title {
			if e.cov.weight(t) >= commonName {
				if out[i] == nil {
					out[i] = map[string]bool{}
				}
				out[i][t] = true
			}
		}
	}
	return out
}
