package search

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// cyrillicStemBook is a Russian chapter that writes its subjects in Latin
// letters and once each in Cyrillic: Cassandra as the prophetess it is
// named after, POSTGRES in a heading and "постгрес" once; and the
// companies its authors came from.
var cyrillicStemBook = fstest.MapFS{
	"ru/cassandra.md": {Data: []byte("---\nslug: cassandra\n---\n# Cassandra\n\n## Откуда взялась Cassandra\n\n" +
		"Cassandra создали в Facebook вместо Postgres; Лакшман работал в Amazon, а другие пришли из Google. Кассандра — троянская пророчица.\n\n" +
		"## Кольцо Cassandra\n\nУзлы Cassandra образуют кольцо, как реплики Postgres.\n\n## POSTGRES и Cassandra\n\nPOSTGRES в разговоре зовут постгрес. Postgres хранит строки.\n\n" +
		"## Ошибки\n\nCassandra не любит торговцев, Postgres тоже. Проект стал популярным.\n")},
}

// TestLatinCyrillicStem: a Russian word the book writes rarely stands for
// the Latin name of a heading that begins with its stem, its k sound
// written c ("кассандру": Cassandra) or its stem cut shorter by English
// stemming ("постгрес": POSTGRES, analysed postgr). The people of a
// company ("гугловцы", "амазоновцев") stand for its name; a word that
// merely ends as theirs do ("торговцы") stands for nothing. "Стал", which
// the book writes once, is still not still: its vowels differ.
func TestLatinCyrillicStem(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, cyrillicStemBook)
	tests := []struct {
		text string
		want map[string][]string
	}{
		{"кассандру", map[string][]string{"кассандр": {"cassandra"}}},
		{"постгреса", map[string][]string{"постгрес": {"postgr"}}},
		{"гугловцы", map[string][]string{"гугловц": {"googl"}}},
		{"амазоновцев", map[string][]string{"амазоновц": {"amazon"}}},
		{"торговцы", nil},
		{"стал", nil},
	}
	for _, tt := range tests {
		got, err := ix.Latin(context.Background(), tt.text)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Latin(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

func TestBeginsWithStem(t *testing.T) {
	tests := []struct {
		term  string
		stems []string
		want  bool
	}{
		{"cassandra", []string{"kassandr"}, true},
		{"elasticsearch", []string{"elastik"}, true},
		{"postgr", []string{"postgres", "postgr"}, true},
		{"kafka", []string{"kafk"}, true},
		{"still", []string{"stal"}, false},
		{"component", []string{"kompani"}, false},
	}
	for _, tt := range tests {
		if got := beginsWithStem(tt.term, tt.stems); got != tt.want {
			t.Errorf("beginsWithStem(%q, %q) = %v, want %v", tt.term, tt.stems, got, tt.want)
		}
	}
}

func TestWithoutMember(t *testing.T) {
	tests := []struct {
		stem, want string
		ok         bool
	}{
		{"гугловц", "гугл", true},
		{"амазоновц", "амазон", true},
		{"яндексовц", "яндекс", true},
		{"бойц", "", false},
		{"гугл", "", false},
	}
	for _, tt := range tests {
		if got, ok := withoutMember(tt.stem); got != tt.want || ok != tt.ok {
			t.Errorf("withoutMember(%q) = %q, %v, want %q, %v", tt.stem, got, ok, tt.want, tt.ok)
		}
	}
}
