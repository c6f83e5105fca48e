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

// russianPartReasonBook has a sentence that gives a reason ("чтобы") for
// part of what the question asks, before one that says the rest but
// gives no reason word.
var russianPartReasonBook = fstest.MapFS{
	"queue.md": {Data: []byte(`---
title: "Очереди задач"
lang: ru
---

# Очереди задач

## Состояния задачи

Планировщик ведёт задачи двух видов. Периодические задачи планировщик держит в памяти, чтобы воркеры забирали их быстро. Разовая задача висит в состоянии pending, только если свободен слот. Готовые задачи отправляются в журнал.
`)},
}

// A Russian "why" question leads with the sentence that holds its
// subject, not with a reason given of a part of it.
func TestAskRussianReasonOfPart(t *testing.T) {
	e := New(bookIndex(t, russianPartReasonBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"почему задача висит в pending и никуда не уходит, хотя кластер живой и сеть в порядке?", "Разовая задача висит в состоянии pending"},
	})
}
