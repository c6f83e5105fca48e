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
		// An origin question leans to the origin alone.
		{"в каком году начали писать prometheus и в какой конторе", originWords},
		{"when did work on go first start, what month and year", originWords},
		// Neither a date nor a release.
		{"как ограничить контейнеру оперативку", ""},
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

// TestChronoLean: a question on when a feature came ranks the chapter's
// dated list higher than its own search does.
func TestChronoLean(t *testing.T) {
	ix := bookIndex(t, chronoRabbit)
	const q = "когда в rabbitmq добавили стримы, в каком релизе?"
	const want = "rabbit#хронология"
	rank := func(r Retriever) int {
		got, err := New(r, Options{}).Retrieve(context.Background(), Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(got.Hits, func(h search.Hit) bool { return h.ID == want })
		if i < 0 {
			return len(got.Hits)
		}
		return i
	}
	if leaning, plain := rank(ix), rank(noLean{ix}); leaning >= plain {
		t.Errorf("Retrieve(%q) ranks %s at %d with the lean, %d without", q, want, leaning, plain)
	}
}
