package answer

import (
	"testing"
	"testing/fstest"
)

func TestRuOrdinalVersions(t *testing.T) {
	tests := []struct{ q, want string }{
		{"когда вышла четвёртая версия rabbitmq", "когда вышла четвёртая 4 4.0 версия rabbitmq"},
		{"redis же стал многопоточным с шестой версии или нет?", "redis же стал многопоточным с шестой 6 6.0 версии или нет?"},
		{"что нового в ЧЕТВЕРТОМ релизе", "что нового в ЧЕТВЕРТОМ 4 4.0 релизе"},
		{"в каком году вышла самая первая версия redis?", "в каком году вышла самая первая версия redis?"},
		{"пятая колонна и версия", "пятая колонна и версия"},
		{"третий раз спрашиваю", "третий раз спрашиваю"},
		{"за год вышло пять версий и шесть релизов", "за год вышло пять версий и шесть релизов"},
		{"что изменилось в третьей версии", "что изменилось в третьей 3 3.0 версии"},
	}
	for _, tt := range tests {
		if got := ruOrdinalVersions(tt.q); got != tt.want {
			t.Errorf("ruOrdinalVersions(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// russianVersionsBook names the sixth version by its number only, in a
// section below one that says more of the question's other words.
var russianVersionsBook = fstest.MapFS{
	"redis.md": {Data: []byte(`---
title: "Redis"
lang: ru
---

# Redis

## Лицензия

В марте 2024 года компания Redis перевела новые версии Redis на двойную лицензию, и проект закрылся.

## Потоки

Redis долго обрабатывал команды в одном потоке. В версии 6.0 в 2020 году появились потоки ввода-вывода (параметр io-threads), которые читают и пишут сокеты параллельно.
`)},
}

// A Russian question that names a version by an ordinal leads with the
// sentence of that version.
func TestAskRussianOrdinalVersion(t *testing.T) {
	e := New(bookIndex(t, russianVersionsBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"redis стал многопоточным с шестой версии или нет?", "В версии 6.0"}})
}
