package answer

import (
	"testing"
	"testing/fstest"
)

// TestSkeletons: a Russian loan and its English word have one skeleton.
func TestSkeletons(t *testing.T) {
	for _, tt := range []struct{ ru, en string }{
		{"снапшот", "snapshot"}, {"рантайм", "runtim"}, {"дженерик", "generic"}, {"апдейт", "updat"},
		{"стрим", "stream"}, {"крэш", "crash"}, {"чекпоинт", "checkpoint"},
	} {
		if r, e := russianSkeleton(tt.ru), englishSkeleton(tt.en); r != e {
			t.Errorf("skeletons of %q and %q: %q, %q", tt.ru, tt.en, r, e)
		}
	}
}

// TestSlangLoan: a term rare in Russian whose skeleton is that of a word
// of software documentation, or that and a consonant, is a loan; a
// Russian word, common or rare, is none.
func TestSlangLoan(t *testing.T) {
	c := coverage{russian: russianWeights}
	for _, tt := range []struct {
		term string
		want bool
	}{
		{"снапшот", true}, {"рантайм", true}, {"дженерик", true}, {"дефолтн", true}, {"мейнтейнер", true},
		{"потоков", false}, {"переста", false}, {"посетител", false}, {"отвалива", false}, {"snapshot", false},
		{"распух", false}, {"прогна", false},
	} {
		if got := c.slangLoan(tt.term); got != tt.want {
			t.Errorf("slangLoan(%q) = %v, want %v", tt.term, got, tt.want)
		}
	}
}

// TestCoverageRussianSlangLoan: a Russian question that says an idea in a
// slang loan the book never writes ("снапшоты" where the book says
// "снимки") is covered by what its other words find; a word that is no
// loan ("пирожки") still counts against it.
func TestCoverageRussianSlangLoan(t *testing.T) {
	book := fstest.MapFS{"store.md": {Data: []byte("# Хранилище\n\n## Снимки\n\n" +
		"Снимки базы сохраняются на диск раз в несколько минут; при падении сервера теряются записи после последнего снимка.\n\n" +
		"## Журнал\n\nЖурнал операций дописывается на диск каждую секунду и восстанавливает данные после перезапуска.\n")}}
	e := New(bookIndex(t, book), Options{})
	wantCovered(t, e, "какие записи теряются, если случайно включены снапшоты?", true)
	wantCovered(t, e, "какие записи теряются, если случайно включены пирожки?", false)
}
