package answer

import (
	"maps"
	"regexp"
	"slices"
)

// consequenceRe finds a sentence that opens with a connective of
// consequence: "Поэтому членство в группе docker выдают осторожно",
// "Therefore to read a file's whole contents ...". It states what follows
// from the sentence before it: for a "why" question that one holds the
// reason, and leads (see pick); for another kind the sentence itself often
// holds the fact ("Поэтому в версии 21.8 появился ClickHouse Keeper").
// The class is closed: the sentence-opening connectives of consequence,
// Russian and English.
var consequenceRe = regexp.MustCompile(`^(?:(?:Именно|именно|Вот|вот) )?(?:Поэтому|поэтому|Потому-то|Оттого|Следовательно|Значит|Из-за этого|Вследствие этого|В результате|Таким образом|Так что)(?:[^\pL]|$)|^(?i:therefore|hence|thus|consequently|as a result|that's why|that is why|this is why|which is why)(?:[^\pL]|$)`)

// restatesMore reports whether the consequence c holds at least as much
// of the question as prev, the sentence before it: the question asks why
// what c states ("почему добавлять юзера в группу docker считается
// небезопасным?": "Поэтому членство в группе docker выдают осторожно"),
// and prev gives the reason. When prev holds more, the question restates
// prev's premise and c, what came of it, is the answer (see ruRestates).
func restatesMore(c, prev *sentence, qterms map[string]float64) bool {
	return heldWeight(c, qterms) >= heldWeight(prev, qterms)
}

// heldWeight sums the weights of the question terms s holds, in one
// order, so that two sentences that hold alike compare alike every run.
func heldWeight(s *sentence, qterms map[string]float64) float64 {
	var w float64
	for _, t := range slices.Sorted(maps.Keys(s.terms)) {
		w += qterms[t]
	}
	return w
}

// followsOn reports whether s opens with a connective of consequence.
func followsOn(s string) bool {
	return consequenceRe.MatchString(s)
}
