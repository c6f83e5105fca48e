package answer

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// TestEnglishFile checks the embedded weights: they parse, and they were
// made with the index's analyser, so that the stems of ordinary inflected
// words are in the table. When the analyser changes, this fails until
// english.txt is generated again.
func TestEnglishFile(t *testing.T) {
	e, err := parseWeights(englishFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.lines) < 50000 || e.floor < 15 {
		t.Errorf("%d terms, floor %.2f: not the generated file", len(e.lines), e.floor)
	}
	// Every weight parses, and lies between 0 and the floor: a lookup
	// that failed to parse one would quietly weigh the floor.
	for _, l := range strings.Split(strings.TrimSuffix(e.text, "\n"), "\n") {
		_, v, _ := strings.Cut(l, " ")
		if w, err := strconv.ParseFloat(v, 64); err != nil || w <= 0 || w > e.floor {
			t.Errorf("line %q: weight %v, %v", l, w, err)
			break
		}
	}
	for _, word := range strings.Fields("connections running servers libraries processes waiting crashed deployments idle decent connected") {
		for _, term := range search.Terms(word) {
			if e.weight(term) >= e.floor {
				t.Errorf("%q analyses to %q, which english.txt lacks: run go generate ./internal/answer", word, term)
			}
		}
	}
}

func TestParseWeightsErrors(t *testing.T) {
	for name, file := range map[string]string{
		"no floor":      "# c\nalpha 1\n",
		"bad floor":     "floor x\nalpha 1\n",
		"out of order":  "floor 16\nbeta 1\nalpha 2\n",
		"duplicate":     "floor 16\nalpha 1\nalpha 2\n",
		"not term only": "floor 16\nalpha\n",
	} {
		if _, err := parseWeights(file); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	e, err := parseWeights("# comment\nfloor 16\nalpha 1.5\nbeta 2\n")
	if err != nil {
		t.Fatal(err)
	}
	for term, want := range map[string]float64{"alpha": 1.5, "beta": 2, "alp": 16, "gamma": 16, "": 16} {
		if got := e.weight(term); got != want {
			t.Errorf("weight(%q) = %v, want %v", term, got, want)
		}
		if _, ok := e.lookup(term); ok != (want != 16) {
			t.Errorf("lookup(%q) says held %v", term, ok)
		}
	}
}
