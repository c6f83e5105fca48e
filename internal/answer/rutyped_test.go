package answer

import (
	"maps"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestTypedEnglish(t *testing.T) {
	ix := bookIndex(t, coverageBook)
	c := newCoverage(ix)
	tests := []struct {
		q    string
		want []string
	}{
		{"контейнер умирает с exit code 137, почему?", []string{"code", "exit"}},
		{"как consumer group подтверждает обработку?", []string{"consum", "group"}},
		// A rarer word in the run names a feature; a lone word, a name,
		// a code and an English question are no typed phrase.
		{"как настроить dead letter exchange в очереди?", nil},
		{"как написать helm chart для сервиса?", nil},
		{"что делает exit в скрипте?", nil},
		{"как запустить kafka consumer на сервере?", nil},
		{"fatal: [db1]: FAILED! почему?", nil},
		{"the container dies with exit code 137", nil},
	}
	for _, tt := range tests {
		got := slices.Sorted(maps.Keys(c.typedEnglish(ix, tt.q)))
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("typedEnglish(%q) (-want +got):\n%s", tt.q, diff)
		}
	}
}

// TestTypedEnglishCovered: a phrase a Russian reader types in English for
// what a Russian book says in Russian is no name the book lacks, nor
// evidence against the chapter; a rarer English phrase stays a name.
func TestTypedEnglishCovered(t *testing.T) {
	book := fstest.MapFS{"containers.md": {Data: []byte("# Контейнеры\n\n## Лимиты памяти\n\nЕсли контейнер превысит лимит памяти, ядро завершит его процесс, и контейнер остановится с кодом выхода 137.\n")}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"контейнер превысил лимит и умирает с exit code 137, почему?", true},
		{"контейнер превысил лимит, как настроить dead letter exchange?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
