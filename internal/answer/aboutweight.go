package answer

// aboutWeighted is the share of the subject's weight (w, the question
// terms' weights) that c holds, a term of its section's heading or of
// chapter (the names of its chapter's title, latinTitleNames) counting
// half, as about counts terms: a sentence that holds the subject's rare
// word ("Тип Stream появился в версии 5.0" for "когда в редис завезли
// стримы?") is more about it than one that holds its common one, the
// book's name ("Redis Cluster вышел в версии 3.0").
func aboutWeighted(c *sentence, subject []string, w map[string]float64, chapter map[string]bool) float64 {
	var n, total float64
	for _, t := range subject {
		total += w[t]
		switch {
		case c.terms[t], c.stated[t]:
			n += w[t]
		case c.heading[t], chapter[t]:
			n += headingWeight * w[t]
		}
	}
	if total == 0 {
		return about(c, subject)
	}
	return n / total
}
