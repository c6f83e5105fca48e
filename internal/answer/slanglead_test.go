package answer

import "testing"

func TestHoldSlang(t *testing.T) {
	for _, tc := range []struct {
		q     string
		terms []string
		want  bool
	}{
		{"мастер", []string{"ведущ", "узел"}, true},
		{"умерл", []string{"узел", "недоступн"}, true},
		{"дефолт", []string{"умолчан"}, true},
		{"мастер", []string{"узел"}, false},
		// "как называлась фирма, которую основал автор ansible": the book
		// writes "основана компания AnsibleWorks".
		{"фирм", []string{"основа", "компан"}, true},
		{"контор", []string{"британск", "фирм"}, true},
		{"фирм", []string{"продукт"}, false},
		// A word longer than the beginning by more than MaxStemTail is
		// another word.
		{"мастер", []string{"главнокомандующ"}, false},
	} {
		terms := set(tc.terms)
		holdSlang(terms, slangHolders(map[string]float64{tc.q: 1}))
		if terms[tc.q] != tc.want {
			t.Errorf("%s in %v: held %v, want %v", tc.q, tc.terms, terms[tc.q], tc.want)
		}
	}
}
