package answer

import (
	"math"

	"github.com/chapterbot/chapterbot/internal/search"
)

// rarityPower softens how much a term's rarity in general English scales
// its weight in choosing the lead: the local IDF already weighs it among
// the candidate sentences (tuning sets, lead: at 0.25 questions +2,
// nodedoc-tune +1, nodedoc-heldout +1, rb-en-tune +1, nodedoc-final -1,
// s6-nodedoc -1; at 0.5 also s6-site-factual +1 but factual-sample -1; at
// 1 ru-kafka -2 before Russian questions were left out).
const rarityPower = 0.25

// rarity scales a term of an English question by how rare it is in
// general English: "mvcc" says more than "brought" of which sentence
// answers, though each is held by one candidate. A Russian question's
// terms keep their weight.
func (e *Engine) rarity(question, t string) float64 {
	if search.IsCyrillic(question) {
		return 1
	}
	return math.Pow(e.cov.weight(t), rarityPower)
}
