package search

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// stemFormsBook says "ускоряют" and "ограничение" where a question says
// "ускорить" and "ограничить", whose stems (ускор, огранич) it never
// writes; its other sections share the question's other words.
var stemFormsBook = fstest.MapFS{
	"ru/deploy.md": {Data: []byte("---\nlang: ru\nslug: deploy\n---\n# Развёртывание\n\n" +
		"## Задачи\n\nПлейбук запускают на серверах.\n\n" +
		"## Медленные прогоны\n\nПрогоны плейбука на сотнях машин ускоряют параметром forks.\n\n" +
		"## Память\n\nКонтейнер получает память сервера. Ограничение памяти задают ключом --memory.\n\n" +
		"## Контейнеры\n\nКонтейнер запускают из образа, контейнер делит ядро сервера.\n")},
}

// TestSearchStemForms: a Russian question's word the book writes only
// stemmed otherwise finds the section that writes it.
func TestSearchStemForms(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, stemFormsBook)
	for _, tt := range []struct{ query, want string }{
		{"плейбук на серверах, как его ускорить?", "deploy#медленные-прогоны"},
		{"как ограничить контейнеру память на сервере", "deploy#память"},
	} {
		hits := search(t, ix, tt.query, 3)
		if len(hits) == 0 || hits[0].ID != tt.want {
			t.Errorf("Search(%q) = %v, want %s first", tt.query, ids(hits), tt.want)
		}
	}
}

func TestStemForms(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, stemFormsBook)
	g, err := ix.acquire()
	if err != nil {
		t.Fatal(err)
	}
	defer g.refs.Done()
	// ускор and огранич are no term of the book; сервер, плейбук and
	// контейнер are, and are searched as themselves only; memory is no
	// Russian term.
	got, err := g.stemForms(context.Background(), Terms("ускорить ограничить серверах плейбук контейнер memory"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"ускор": {"ускоря"}, "огранич": {"ограничен"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stemForms (-want +got):\n%s", diff)
	}
}

func TestIsStemForm(t *testing.T) {
	for _, tt := range []struct {
		term, b string
		want    bool
	}{
		{"ускоря", "ускор", true},
		{"ускор", "ускор", true},
		{"ведущими", "ведущ", true},       // three letters more (six bytes)
		{"ограничения", "огранич", false}, // four more
		{"ограничен", "огранич", true},
		{"доступ", "недоступ", false},
		{"запись", "запис", true},
	} {
		if got := IsStemForm(tt.term, tt.b); got != tt.want {
			t.Errorf("IsStemForm(%q, %q) = %v, want %v", tt.term, tt.b, got, tt.want)
		}
	}
}
