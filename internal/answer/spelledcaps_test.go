package answer

import (
	"testing"
	"testing/fstest"
)

func TestSpellsOut(t *testing.T) {
	tests := []struct {
		text, short string
		want        bool
	}{
		{"Node.js 18 reached its end of life in April 2025.", "eol", true},
		{"every developer signs a Contributor Licence Agreement", "cla", true},
		{"Single executable applications bundle a script", "sea", true},
		// A run that starts or ends with an article or a preposition is
		// no spelling: "a package manager" is no APM.
		{"it can be installed through a package manager", "apm", false},
		{"as it is published on the registry", "aii", false},
		{"end of life", "eo", false},
		{"end of life", "eolx", false},
		// Letters, not bytes: each of а, б, д and п is two bytes starting
		// with 0xd0.
		{"Каждая система управления базами данных хранит журнал", "субд", true},
		{"Запись в базе данных", "вбд", false}, // "в" is a preposition
		{"База данных", "бд", true},
		{"База данных", "бдх", false},
	}
	for _, tt := range tests {
		if got := spellsOut(tt.text, tt.short); got != tt.want {
			t.Errorf("spellsOut(%q, %q) = %v, want %v", tt.text, tt.short, got, tt.want)
		}
	}
}

// A short form the question writes in capitals and the book writes out
// in full is the book's subject, not a name it never mentions.
func TestCoverageSpelledCaps(t *testing.T) {
	ix := bookIndex(t, fstest.MapFS{
		"runtime.md": {Data: []byte(`# Runtime

## Release lines

Each release line of the runtime gets two and a half years of support. Version 18 reached its end of life on 30 April 2025, and its users were told to move to version 20.

## Installing

The runtime can be installed through a package manager or from a tarball.
`)},
		"garden.md": {Data: []byte(`# Gardens

## Watering

Tomatoes want deep watering twice a week, early in the morning.
`)},
	})
	e := New(ix, Options{})
	tests := []struct {
		q    string
		want bool
	}{
		{"runtime version 18 EOL date?", true},
		// Spelled nowhere: a name the book never writes.
		{"runtime version 18 LTS date?", false},
		// "a package manager" spells no APM.
		{"can an APM tool watch the runtime installed through a package manager?", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}
