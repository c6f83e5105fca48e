package answer

import (
	"testing"
	"testing/fstest"
)

func TestPortFit(t *testing.T) {
	q := "на каком порту слушает сервер?"
	tests := []struct {
		s    string
		want float64
	}{
		{"Клиенты подключаются к серверу на порт 7000.", 1},
		{"7001 — веб-интерфейс и HTTP API;", 1},
		{"Процесс наблюдения (по умолчанию на порту 7100) следит за сервером.", 0}, // another's, in passing
		{"Сервер написан на Go в 2019 году.", 0},                                   // a year
		{"Основной клиент — утилита fooctl.", 0},
	}
	for _, tt := range tests {
		if got := portFit(q, tt.s); got != tt.want {
			t.Errorf("portFit(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// russianPortBook gives a server's ports next to a sentence that names
// its client in Latin letters.
var russianPortBook = fstest.MapFS{
	"foodb.md": {Data: []byte(`---
title: "FooDB"
lang: ru
---

# FooDB

## Порты и клиент

Основной клиент FooDB — консольная утилита fooctl, которая слушает переменную FOOCTL_API и по умолчанию говорит на API v3. Клиенты подключаются к FooDB на порт 7000, а узлы кластера обмениваются сообщениями через порт 7001. Процесс наблюдения (на порту 7100) слушает события узлов.
`)},
}

// A Russian question for a port leads with the sentence that gives it,
// not with one that names a thing in Latin letters or gives another
// process's port in passing.
func TestAskRussianPort(t *testing.T) {
	e := New(bookIndex(t, russianPortBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"на каких портах слушает foodb, какой для клиентов?", "Клиенты подключаются к FooDB на порт 7000"},
	})
}
