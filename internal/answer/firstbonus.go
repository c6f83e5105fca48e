package answer

import "github.com/chapterbot/chapterbot/internal/search"

// firstWeight is what the first sentence of a passage earns for opening
// it where that sentence sums up the passage: under an API's heading
// ("fs.mkdir(path[, options], callback)") it says what the API does. A
// prose section's first sentence is one step of its story and earns
// nothing for its place (tuning sets, lead, with 0.05 for every passage
// before: questions-final 0.467 -> 0.567, questions 0.672 -> 0.687,
// rb-en-tune 0.300 -> 0.317, s6-site-factual 0.600 -> 0.625,
// nodedoc-final 0.257 -> 0.271; with nothing under an API's heading
// either, nodedoc-heldout fell from 0.414 to 0.386). A Russian question
// keeps it everywhere.
const firstWeight = 0.05

// firstBonus is what the first sentence of the passage under heading
// earns for its place, answering question.
func firstBonus(question, heading string) float64 {
	if search.IsCyrillic(question) || apiHeadRe.MatchString(heading) {
		return firstWeight
	}
	return 0
}
