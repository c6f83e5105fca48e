package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageRussianNameSpelledOtherwise: a Russian chapter that writes
// its subject in Latin letters and once in Cyrillic (the prophetess
// Cassandra is named after) covers a question that writes the name in
// Cyrillic with its k ("кассандра"), and one that names the people of a
// company by its name ("амазоновцев": Amazon, "гугловцы": Google); a
// company the chapter never writes stays uncovered.
func TestCoverageRussianNameSpelledOtherwise(t *testing.T) {
	book := fstest.MapFS{"ru/cassandra.md": {Data: []byte("---\nslug: cassandra\n---\n# Cassandra\n\n## Откуда взялась Cassandra\n\n" +
		"Cassandra создали в Facebook для поиска по переписке. Лакшман до Facebook работал в Amazon, второй автор пришёл из Google.\n\n" +
		"Имя взято из мифологии: Кассандра — троянская пророчица.\n\n## Кольцо Cassandra\n\nУзлы Cassandra образуют кольцо токенов.\n\n" +
		"## Вехи Cassandra\n\nCassandra стала проектом Apache в 2010 году.\n")}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"почему её вообще назвали кассандра, это в честь чего", true},
		{"кто вообще придумал кассандру? слышал что в фейсбуке кто-то из бывших амазоновцев", true},
		{"кто придумал кассандру, какие-то бывшие гугловцы?", true},
		{"кто придумал кассандру, какие-то бывшие яндексовцы?", false},
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
