package answer

import (
	"testing"
	"testing/fstest"
)

// For a Russian question how often, a rate is the number it asks for,
// and a number that gives none counts for less.
func TestRateFitRussian(t *testing.T) {
	q := "как часто редис сам вычищает протухшие ключи?"
	tests := []struct {
		s         string
		fit, want float64
	}{
		{"Активно — десять раз в секунду сервер проверяет 20 случайных ключей.", 0.5, 1},
		{"everysec — раз в секунду, значение по умолчанию.", 0, 1},
		{"Каждые шесть недель выходит новая версия.", 0, 1},
		{"Пространство ключей разбито на 16384 слота, а каждый ведущий узел держит часть слотов.", 1, rateWeight},
		{"Теперь каждый раз, когда вы вызываете rustc, выбирается версия 1.5.", 1, rateWeight},
		{"При заполнении диска на 85% узел перестаёт получать новые шарды.", 1, rateWeight},
	}
	for _, tt := range tests {
		if got := ruRateFit(q, tt.s, tt.fit, 1); got != tt.want {
			t.Errorf("ruRateFit(%q, %v) = %v, want %v", tt.s, tt.fit, got, tt.want)
		}
	}
	if got := ruRateFit("сколько слотов в кластере?", "Пространство разбито на 16384 слота.", 1, 1); got != 1 {
		t.Errorf("ruRateFit of a question that does not ask how often = %v, want the fit, 1", got)
	}
}

// russianRatesBook gives a rate in words ("раз в секунду") next to a
// sentence with a version number.
var russianRatesBook = fstest.MapFS{
	"redis.md": {Data: []byte(`---
title: "Redis"
lang: ru
---

# Redis

## Журнал AOF

AOF — журнал, в который дописывается каждая команда изменения. Начиная с версии 7.0 AOF хранится на диске в нескольких файлах: базовом и дополнительных. Момент сброса задаёт параметр appendfsync:

- always — после каждой записи, надёжно, но медленно;
- everysec — раз в секунду, значение по умолчанию;
- no — момент выбирает операционная система.
`)},
}

// A Russian question how often leads with the rate, not with a number of
// another thing.
func TestAskRussianRate(t *testing.T) {
	e := New(bookIndex(t, russianRatesBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"как часто aof может сбрасываться на диск?", "everysec — раз в секунду"}})
}
