package answer

import "testing"

// A chat's spelling of "сколько" ("скока", "скоко") asks how many, as
// "сколько" does, wherever it stands in the question.
func TestColloquialHowMany(t *testing.T) {
	for _, q := range []string{
		"скока слотов в редис кластере?",
		"скоко реплик нужно для кворума?",
		"через скока фолловер вылетает из ISR если отстаёт? и каким параметром это крутится",
	} {
		if k, _ := questionKind(q); k != kindNumber {
			t.Errorf("questionKind(%q) = %v, want kindNumber", q, k)
		}
	}
}

// "скока" is a question word, a filler like "сколько": no sentence earns
// anything for sharing it, and coverage does not look for it.
func TestColloquialHowManyIsFiller(t *testing.T) {
	r := bookIndex(t, russianReasonsBook)
	c := newCoverage(r)
	for _, w := range []string{"скока", "скоко", "сколько"} {
		for _, term := range r.Terms(w) {
			if !c.filler[term] {
				t.Errorf("%q (%q) is no filler word", w, term)
			}
		}
	}
}
