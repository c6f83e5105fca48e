package answer

import (
	"testing"
	"testing/fstest"
)

func TestReasonConnectivesRussian(t *testing.T) {
	tests := []struct {
		s    string
		want float64
	}{
		{"Благодаря этому каждая команда атомарна и не нужны блокировки.", 1},
		{"Поскольку данные не исчезают после чтения, потребитель может перечитать историю.", 1},
		{"Поэтому в версии 21.8 появился собственный сервис координации.", 1},
		{"Команды выполняются в одном потоке внутри цикла событий.", 0},
	}
	for _, tt := range tests {
		if got := givesReason(tt.s); got != tt.want {
			t.Errorf("givesReason(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// russianReasonsBook says what Redis does, then why, in the sentence
// after.
var russianReasonsBook = fstest.MapFS{
	"redis.md": {Data: []byte(`---
title: "Redis"
lang: ru
---

# Redis

## Почему один поток

Команды Redis выполняются в одном потоке, внутри цикла событий. Благодаря этому каждая команда атомарна и не нужны блокировки. Медленная команда задерживает всех остальных клиентов.

## Порты

Стандартный порт сервера — 6379. Число выбрано не случайно: на клавиатуре телефона эти цифры соответствуют буквам MERZ.
`)},
}

// A Russian "why" question leads with the sentence that gives the
// reason, after the one that shares the question's words.
func TestAskRussianReason(t *testing.T) {
	e := New(bookIndex(t, russianReasonsBook), Options{})
	tests := []struct{ q, want string }{
		{"зачем редис исполняет все команды в одном потоке?", "Благодаря этому каждая команда атомарна"},
		{"а чё за порт 6379, почему именно такой?", "Число выбрано не случайно"},
	}
	askLeads(t, e, tests)
}
