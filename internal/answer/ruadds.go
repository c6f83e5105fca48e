package answer

import (
	"maps"
	"slices"
)

// addedWeight is the weight of the question's terms that c holds and
// prev, the premise right before it, does not. When c takes the whole
// match of a premise that restates a Russian "why" or "how" question
// about a pasted message (see ruRestates and pastes), the words of the
// question c adds to it count on top ("запрос завершится ошибкой
// many-to-many matching not allowed ... Лечится это уточнением списка
// меток" for "... как это лечить"): the sentence that quotes the message
// restates the question, and the step or reason after it that answers in
// the question's own Russian words leads; one that adds none still leaves
// the premise first. For every Russian why / how question (not only a
// pasted message's) it lost more than it fixed: s9-ru and s11-ru +1,
// ru-retr-tune -2, ru-kafka and rb-ru-tune -1 (the step after a premise
// often holds one more question word by chance).
func addedWeight(prev, c *sentence, qterms map[string]float64) float64 {
	var w float64
	for _, t := range slices.Sorted(maps.Keys(qterms)) {
		if !c.terms[t] || prev.terms[t] {
			continue
		}
		switch {
		case prev.stated[t]:
			// The premise holds it by its heading in full.
		case prev.heading[t]:
			w += (1 - headingWeight) * qterms[t]
		default:
			w += qterms[t]
		}
	}
	return w
}
