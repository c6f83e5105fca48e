package answer

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/internal/search"
)

func TestRankLean(t *testing.T) {
	tests := []struct {
		q    string
		want string // the lean's words
	}{
		{"когда в rabbitmq добавили стримы, в каком релизе?", chronoWords},
		{"с какой версии можно описывать импорт блоком прямо в конфиге, без команды?", chronoWords},
		{"на какую лицензию хашикорп перевела терраформ в 2023м", chronoWords},
		{"which version first let you load your own C extensions into the server", chronoWords},
		{"кто купил docker enterprise и в каком году это было", chronoWords},
		// What happened, or where, before the past verb.
		{"когда в постгресе появился wal?", chronoWords},
		{"когда исходники кликхауса выложили в открытый доступ?", chronoWords},
		// An origin question leans to the origin alone.
		{"в каком году начали писать prometheus и в какой конторе", originWords},
		{"when did work on go first start, what month and year", originWords},
		// Neither a date nor a release.
		{"как ограничить контейнеру оперативку", ""},
		{"когда контейнер падает по памяти, что делать?", ""},
		{"какой acks у продюсера по умолчанию", ""},
		{"what is redis?", ""},
	}
	for _, tt := range tests {
		if got := rankLean(tt.q).Words; got != tt.want {
			t.Errorf("rankLean(%q).Words = %.30q, want %.30q", tt.q, got, tt.want)
		}
	}
}

// chronoRabbit is a chapter whose dated list shares one word with a
// question on when a feature came, while the sections that name the
// subject share more.
var chronoRabbit = fstest.MapFS{
	"rabbit.md": {Data: []byte(`# RabbitMQ

## Потоки (streams)

Потоки RabbitMQ хранят сообщения в журнале, который можно читать повторно с любого места. Стримы в RabbitMQ добавили в 2021 году.

## Очереди RabbitMQ

Очереди RabbitMQ бывают классические и кворумные; RabbitMQ добавили кворумные очереди ради надёжности в 2019 году.

## Плагины RabbitMQ

RabbitMQ добавили плагин управления в 2010 году; плагины RabbitMQ включают командой rabbitmq-plugins.

## Кластер RabbitMQ

Узлы RabbitMQ объединяют в кластер; RabbitMQ добавили новые настройки кластера в 2020 году.

## Хронология

- 2007 — RabbitMQ 1.0.
- 2021 — RabbitMQ 3.9: потоки.
`)},
}

// chronoMongo is chronoRabbit's case with the dated list headed "Вехи"
// (milestones) and a question whose past verb comes after its subject.
var chronoMongo = fstest.MapFS{
	"mongo.md": {Data: []byte(`# MongoDB

## Транзакции MongoDB

Транзакции MongoDB охватывают несколько документов; MongoDB появились транзакции на наборах реплик в 2018 году.

## Документы MongoDB

Документы MongoDB хранятся в BSON; в MongoDB появились коллекции временных рядов в 2021 году.

## Индексы MongoDB

Индексы MongoDB бывают составными; в MongoDB появились wildcard-индексы в 2019 году.

## Реплики MongoDB

Наборы реплик MongoDB выбирают primary; в MongoDB появились новые настройки выборов в 2016 году.

## Вехи MongoDB

- 2009 — MongoDB 1.0.
- 2018 — MongoDB 4.0: ACID для нескольких документов.
`)},
}

// TestChronoLean: a question on when a feature came ranks the chapter's
// dated list higher than its own search does.
func TestChronoLean(t *testing.T) {
	tests := []struct {
		book    fstest.MapFS
		q, want string
	}{
		{chronoRabbit, "когда в rabbitmq добавили стримы, в каком релизе?", "rabbit#хронология"},
		{chronoMongo, "когда в mongodb появились транзакции?", "mongo#вехи-mongodb"},
	}
	for _, tt := range tests {
		ix := bookIndex(t, tt.book)
		rank := func(r Retriever) int {
			got, err := New(r, Options{}).Retrieve(context.Background(), Question{Text: tt.q})
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(got.Hits, func(h search.Hit) bool { return h.ID == tt.want })
			if i < 0 {
				return len(got.Hits)
			}
			return i
		}
		if leaning, plain := rank(ix), rank(noLean{ix}); leaning >= plain {
			t.Errorf("Retrieve(%q) ranks %s at %d with the lean, %d without", tt.q, tt.want, leaning, plain)
		}
	}
}
