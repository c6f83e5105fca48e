package answer

import (
	"maps"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestEnglishInRussian(t *testing.T) {
	ix := bookIndex(t, coverageBook)
	c := newCoverage(ix)
	tests := []struct {
		q    string
		want []string
	}{
		{"кто стал CEO у компании?", []string{"ceo"}},
		{"ACCESS_REFUSED - Login was refused using authentication mechanism. почему так?", []string{"authent", "login", "mechan", "refus", "us"}},
		// A capitalised word in Russian prose is a name; an English
		// question has no such words.
		{"кто создал Apache Druid?", nil},
		{"какой режим выбрать в Schema Registry?", nil},
		{"какой режим выбрать — BACKWARD или FORWARD_TRANSITIVE?", nil},
		{"who is the CEO of the company?", nil},
	}
	for _, tt := range tests {
		got := slices.Sorted(maps.Keys(c.englishInRussian(ix, tt.q)))
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("englishInRussian(%q) (-want +got):\n%s", tt.q, diff)
		}
	}
}

// TestEnglishInRussianCovered: an English abbreviation of a Russian question
// for what the book says in Russian is no name the book lacks.
func TestEnglishInRussianCovered(t *testing.T) {
	book := fstest.MapFS{"company.md": {Data: []byte("# Компания Lantern Inc\n\n## Руководство\n\nВ 2021 году генеральным директором Lantern Inc стал Аарон Кац.\n")}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"кто стал CEO у Lantern Inc?", true},
		{"кто стал CEO у Lantern Druid?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
