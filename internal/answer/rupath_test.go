package answer

import (
	"testing"
	"testing/fstest"
)

func TestPathFit(t *testing.T) {
	q := "куда класть свой конфиг для food?"
	tests := []struct {
		s    string
		want float64
	}{
		{"Свои файлы администратор кладёт в /etc/foo/conf.d/.", 1},
		{"Веб-хук принимает адрес вида https://foo.example.com/hook/.", 1},
		{"Ключи лежат в ~/.foo/keys.", 1},
		{"Ссылки хранятся в .foo/refs/heads/main.", 1},
		{"Файл в /etc с тем же именем перекрывает файл из пакета.", 0}, // the tree, not a path
		{"Сервер говорит по TCP/IP и/или UDP.", 0},
		{"Конфиг читается при старте.", 0},
	}
	for _, tt := range tests {
		if got := pathFit(q, tt.s); got != tt.want {
			t.Errorf("pathFit(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	// A path the question writes is what it asks about, not the answer.
	if got := pathFit("что лежит в /etc/foo/conf.d/?", "Каталог /etc/foo/conf.d/ читается при старте."); got != 0 {
		t.Errorf("pathFit of the question's own path = %v, want 0", got)
	}
}

// russianPathBook tells of a daemon's config files before it gives their
// paths, and of its web hook before it gives the hook's address.
var russianPathBook = fstest.MapFS{
	"food.md": {Data: []byte(`---
title: "Food"
lang: ru
---

# Food

## Файлы конфигурации

Файл конфигурации в /etc с тем же именем полностью перекрывает файл конфигурации из пакета. Пакеты ставят свои файлы в /usr/lib/food/, а свой файл администратор кладёт в /etc/food/conf.d/.

## Вебхуки

Чтобы сборка Food запускалась сразу после пуша, настраивают вебхук в репозитории. В GitHub указывают адрес вида https://foo.example.com/foo-webhook/ — его обрабатывает плагин.
`)},
}

// A Russian question for where a file goes, or for an address, leads with
// the sentence that gives the path, not with the one that tells of the
// files in the question's words.
func TestAskRussianPath(t *testing.T) {
	e := New(bookIndex(t, russianPathBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"куда класть свой файл конфигурации, чтобы его не перетёр файл из пакета?", "Пакеты ставят свои файлы в /usr/lib/food/"},
		{"какой url вебхука прописать в гитхабе, чтобы food собирал сразу после пуша?", "В GitHub указывают адрес вида"},
	})
}
