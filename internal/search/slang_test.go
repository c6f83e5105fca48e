package search

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// slangBook writes снимки, "по умолчанию", "таблицы рекордов", недоступным
// and записи where a question says снапшоты, "по дефолту", лидерборд,
// умерла and пишутся; its other sections share the question's other words.
var slangBook = fstest.MapFS{
	"ru/store.md": {Data: []byte("---\nlang: ru\nslug: store\n---\n# Хранилище\n\n" +
		"## Снимки\n\nСнимки сохраняют весь набор на диск; после сбоя теряется всё, что записано после последнего снимка.\n\n" +
		"## Сбой узла\n\nПри сбое узла данные на диске остаются, а клиенты переподключаются.\n\n" +
		"## Множества\n\nНа сортированных множествах строят таблицы рекордов для игр.\n\n" +
		"## Профили\n\nПрофили для игр лежат в хранилище, у каждого профиля свой ключ.\n\n" +
		"## Порт\n\nСервер по умолчанию слушает порт 7000.\n\n" +
		"## Сервер\n\nСервер запускают командой start, сервер читает конфиг.\n\n" +
		"## Обнаружение отказов\n\nУзел считается недоступным, когда соседи долго не получают от него сообщений.\n\n" +
		"## Путь записи\n\nВсе записи сначала попадают в журнал на диске, а затем в память.\n")},
}

// TestSearchSlang: a Russian question's spoken loan finds the section that
// writes its usual translation.
func TestSearchSlang(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, slangBook)
	for _, tt := range []struct{ query, want string }{
		{"что потеряем при сбое, если включены снапшоты?", "store#снимки"},
		{"как сделать лидерборд для игр?", "store#множества"},
		{"какой порт у сервера по дефолту?", "store#порт"},
		{"как понять, что нода умерла?", "store#обнаружение-отказов"},
		{"куда пишутся изменения?", "store#путь-записи"},
	} {
		hits := search(t, ix, tt.query, 3)
		if len(hits) == 0 || hits[0].ID != tt.want {
			t.Errorf("Search(%q) = %v, want %s first", tt.query, ids(hits), tt.want)
		}
	}
}

func TestSlangForms(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, slangBook)
	g, err := ix.acquire()
	if err != nil {
		t.Fatal(err)
	}
	defer g.refs.Done()
	// снапшот, лидерборд, дефолт, умер and умерл are no term of the book;
	// снимк and сервер are, and are searched as themselves only. умер is a
	// whole word: умеренный is not one of its forms.
	got, err := g.stemForms(context.Background(), Terms("снапшоты лидерборды дефолту снимки сервер умер умерла умеренный"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"снапшот": {"снимк"}, "лидерборд": {"рекорд"}, "дефолт": {"умолчан"},
		"умер": {"недоступн"}, "умерл": {"недоступн"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stemForms (-want +got):\n%s", diff)
	}
}
