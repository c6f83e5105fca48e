package search

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestCountDigits(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	tests := []struct {
		q    string
		want map[string]int
	}{
		{"i think it was 3 people", map[string]int{"3": 3}},
		{"сколько отказов переживет ансамбль из 5", map[string]int{"5": 5}},
		{"3 people made it. 1,000 fields?", map[string]int{"3": 3, "1,000": 1000}},
		{"after upgrading to node 18 my fetch fails", nil},   // a version
		{"php 7 is 2x faster", nil},                          // a version, a multiple
		{"I wrote `let x = 5;` and it compiled", nil},        // code
		{"replication factor = 5, Stability: 3", nil},        // a value
		{"sha-1, 10% of users, 5' ends, v1.2.3 or 2.0", nil}, // within words, versions
		{"rates range between 0.7 and 2 kb/min", nil},        // a range
		{"there is no mysql 6 or 7 right", nil},              // a choice
		{"a risk of 5 million in UK", nil},                   // 5 million is one number
		{"у нас 3 ноды и rf 3", map[string]int{"3": 3}},      // the nodes; rf 3 a setting
		{"сдвиг на 3 бита", map[string]int{"3": 3}},
	}
	for _, tt := range tests {
		got := ix.numbers.countDigits(ix.analyzer, tt.q)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("countDigits(%q) (-want +got):\n%s", tt.q, diff)
		}
	}
}

// TestSearchMatchesNumbersInWords: a count in digits finds the heading
// that writes it in words, in English and in Russian, and a number in
// words the digits of a default.
func TestSearchMatchesNumbersInWords(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	var filler string // sections that give the query's words their weight
	for _, w := range []string{"logging", "caching", "routing", "testing", "tracing", "metrics"} {
		filler += "\n## " + w + "\n\nA chapter on " + w + " and nothing else.\n"
	}
	refresh(t, ix, fstest.MapFS{
		"more.md": {Data: []byte("# More\n" + filler)},
		"go.md": {Data: []byte(`# Go

## Three engineers and a whiteboard

Three engineers, Robert Griesemer, Rob Pike and Ken Thompson, sketched a new language at Google.

## Who uses it today

Companies write services in it.
`)},
		"zk.md": {Data: []byte(`# ZooKeeper

## Кворум

Ансамбль из пяти серверов переживает отказ двух.

## Настройка ансамбля

Сколько серверов ставить в ансамбль, решает администратор.
`)},
		"qs.md": {Data: []byte(`# Query string

## Parsing

Parses a query string. maxKeys limits the keys parsed. Default: 1000.

## Keys

The form sends a query string.
`)},
	})
	tests := []struct{ q, want string }{
		{"i think it was 3 people", "go#three-engineers-and-a-whiteboard"},
		{"переживет ансамбль из 5", "zk#кворум"},
		{"query string after the first thousand", "qs#parsing"},
	}
	for _, tt := range tests {
		if got := ids(search(t, ix, tt.q, 3)); len(got) == 0 || got[0] != tt.want {
			t.Errorf("Search(%q) = %v, want %s first", tt.q, got, tt.want)
		}
	}
}

func TestWordDigits(t *testing.T) {
	tests := []struct {
		term string
		want []string
	}{
		{"thousand", []string{"1000", "1,000"}},
		{"тысяч", []string{"1000", "1,000"}},
		{"hundr", []string{"100"}},
		{"million", []string{"1000000", "1,000,000"}},
		{"two", nil},  // a small number: its digits are a version as often
		{"1000", nil}, // digits, not a word
		{"field", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, WordDigits(tt.term)); diff != "" {
			t.Errorf("WordDigits(%q) (-want +got):\n%s", tt.term, diff)
		}
	}
}
