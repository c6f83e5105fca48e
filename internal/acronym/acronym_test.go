package acronym

import (
	"strings"
	"testing"
)

func TestSpells(t *testing.T) {
	for _, c := range []struct {
		a, words string
		inner    bool
		want     bool
	}{
		{"wal", "write ahead log", false, true},
		{"pitr", "point in time recovery", false, true},
		{"mvcc", "multiversion concurrency control", true, true},   // v from inside a compound
		{"mvcc", "multiversion concurrency control", false, false}, // only with inner
		{"wal", "write ahead", true, false},                        // every letter spelled
		{"wa", "write ahead log", true, false},                     // every word gives its initial
		{"quick", "queuemicrotask callback", true, false},          // one inner letter per word at most
		{"dai", "deprecated api", true, false},                     // "api" gives no i
		{"dpa", "deprecated api", true, true},                      // p from inside "deprecated"
		{"dpa", "deprec api", true, false},                         // not from a short word
		{"lw", "write log", true, false},                           // in order
		{"mvcc", "multiversion concurrentcontrol", true, false},    // one inner letter at most
		// Letters, not bytes: a Cyrillic letter is two bytes, and each of
		// а, б, д and п starts with the byte 0xd0.
		{"субд", "система управления базами данных", false, true},
		{"бд", "база данных", false, true},
		{"пс", "подсистема", true, true},         // с from inside a compound
		{"псд", "подсистема данных", true, true}, // с from inside, д its own initial
		{"пс", "подход", true, false},            // not from a short word
		{"бд", "база", false, false},             // every letter spelled
		{"бд", "автобус дом", true, false},       // its initial is а, whatever it holds
	} {
		if got := Spells(c.a, strings.Fields(c.words), c.inner); got != c.want {
			t.Errorf("Spells(%q, %q, %v) = %v, want %v", c.a, c.words, c.inner, got, c.want)
		}
	}
}

func TestOf(t *testing.T) {
	got := Of("TypeScript runs on Kubernetes with a write-ahead log")
	for _, a := range []string{"ts", "k8s", "k8", "wal"} {
		if !got[a] {
			t.Errorf("Of lacks %q: %v", a, got)
		}
	}
	if got["rk"] || got["r"] || got["wl"] {
		t.Errorf("Of spells what no run of words does: %v", got)
	}
}

func TestCapitals(t *testing.T) {
	for word, want := range map[string]string{"TypeScript": "ts", "PostgreSQL": "psql", "Redis": "", "SQL": "", "JavaScript's": "js"} {
		if got := Capitals(word); got != want {
			t.Errorf("Capitals(%q) = %q, want %q", word, got, want)
		}
	}
}
