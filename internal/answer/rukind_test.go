package answer

import (
	"testing"
	"testing/fstest"
)

// A Russian question asks with a word inside its clause, after its topic,
// or asks how to do something with words between "как" and the verb.
func TestQuestionKindRussianOrder(t *testing.T) {
	tests := []struct {
		q    string
		want kind
	}{
		{"автокомит оффсетов как часто срабатывает?", kindNumber},
		{"луа скрипты в редисе с какой версии можно гонять?", kindNumber},
		{"за сколько f5 купила nginx inc?", kindNumber},
		{"сентинел на каком порту висит по дефолту?", kindWhich},
		{"valkey это чей форк?", kindWho},
		{"из-за чего появился форк valkey?", kindWhy},
		{"у меня 10 консьюмеров и 6 партиций. почему так?", kindWhy},
		{"aof распух на полдиска, как его почистить?", kindHow},
		{"как в HashMap вставить значение только если ключа ещё нет", kindHow},
		{"редис тормозит когда дёргаю keys на проде, чё делать?", kindHow},
		{"ноды не хотят объединяться в кластер, что проверить первым делом", kindHow},
		// Not questions of a kind: an indefinite pronoun, "когда" and
		// "кто" that open a relative clause, a finite verb between "как"
		// and the infinitive, a judgement after "чем".
		{"есть какой-то установщик?", kindOther},
		{"чем apache pulsar отличается, там какой то bookkeeper еще", kindOther},
		{"редис тормозит когда дёргаю keys на проде", kindOther},
		{"как устроен индекс по ключу сортировки, если он уникальность не гарантирует?", kindOther},
		{"как redis хранит путь к файлу?", kindOther},
		{"чем плохо объявлять все колонки как nullable", kindOther},
		{"что будет если воркер упадет и не успеет отправить ack", kindOther},
	}
	for _, tt := range tests {
		if got, _ := questionKind(tt.q); got != tt.want {
			t.Errorf("questionKind(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// russianTopicFirstBook gives the way to shrink the AOF after sentences
// that share more of a topic-first question's words.
var russianTopicFirstBook = fstest.MapFS{
	"redis.md": {Data: []byte(`---
title: "Redis"
lang: ru
---

# Redis

## Журнал AOF

AOF (append-only file) — журнал, в который дописывается каждая команда изменения. Начиная с версии 7.0 AOF хранится в нескольких файлах: базовом и дополнительных. Чтобы журнал не рос бесконечно, команда BGREWRITEAOF переписывает его в минимальный вид.
`)},
}

// A topic-first "how" question ("aof распух, как его почистить?") leads
// with the sentence that tells the way.
func TestAskRussianTopicFirstHow(t *testing.T) {
	e := New(bookIndex(t, russianTopicFirstBook), Options{})
	tests := []struct{ q, want string }{
		{"журнал aof распух на полдиска, как его почистить?", "Чтобы журнал не рос бесконечно, команда BGREWRITEAOF"},
	}
	askLeads(t, e, tests)
}
