package answer

import (
	"maps"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestRussianAside(t *testing.T) {
	ix := bookIndex(t, coverageBook)
	tests := []struct {
		q    string
		want []string
	}{
		// What the question likens its subject to, ending a clause.
		{"есть ли в расте наследование как в джаве?", []string{"джав"}},
		{"есть ли в расте наследование как у джавы, например", []string{"джав"}},
		{"почему его написали на эрланге а не на джаве например?", []string{"джав"}},
		{"почему кафка, а не кролик?", []string{"кролик"}},
		// A "как" that starts a part asks; one followed by what the name
		// does asks how it does it.
		{"как в джаве сделать наследование?", nil},
		{"а как в джаве?", nil},
		{"подскажите, как в джаве сделать наследование", nil},
		{"хочу понять как в кафке работает ребаланс", nil},
	}
	for _, tt := range tests {
		got := slices.Sorted(maps.Keys(russianAside(ix, tt.q)))
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("russianAside(%q) (-want +got):\n%s", tt.q, diff)
		}
	}
}

// TestRussianAsideCovered: a Russian question that likens its subject to a
// name the book never mentions is about its subject.
func TestRussianAsideCovered(t *testing.T) {
	book := fstest.MapFS{"rust.md": {Data: []byte("# Rust\n\n## Наследование\n\nВ Rust нет наследования: общее поведение типов задают типажи.\n")}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"есть ли в расте наследование как в джаве?", true},
		{"есть ли в расте наследование, а не в джаве?", true},
		{"есть ли в джаве наследование?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
