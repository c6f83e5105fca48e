package answer

import (
	"testing"
	"testing/fstest"
)

func TestInstructsRussian(t *testing.T) {
	tests := []struct {
		s    string
		want float64
	}{
		{"Чтобы удалить ключ совсем, продюсер отправляет запись с пустым значением.", 0.4},
		{"Для PHP используется не прокси, а отдельный процесс.", 0.4},
		{"Для шардирования служит отдельный движок.", 0.4},
		{"Ключи удаляются, когда истекает их срок.", 0},
	}
	for _, tt := range tests {
		if got := instructs(tt.s); got != tt.want {
			t.Errorf("instructs(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// russianWaysBook tells a way to do something the Russian way: "Чтобы
// удалить ключ, ..."
var russianWaysBook = fstest.MapFS{
	"kafka.md": {Data: []byte(`---
title: "Kafka"
lang: ru
---

# Kafka

## Уплотнение журнала

При уплотнении Kafka хранит для каждого ключа только последнее значение, и удалённые записи топика исчезают не сразу. Чтобы удалить ключ совсем, продюсер отправляет запись с этим ключом и пустым значением. Политики можно совмещать: compact и delete оставят последние значения ключей, но не дольше срока.
`)},
}

// A Russian "how" question leads with the sentence that tells the way in
// Russian wording.
func TestAskRussianWay(t *testing.T) {
	e := New(bookIndex(t, russianWaysBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"как удалить ключ из уплотнённого топика насовсем?", "Чтобы удалить ключ совсем"}})
}

// "используют как кэш" says what a thing serves as, not how to do one.
func TestInstructsRussianRole(t *testing.T) {
	for _, s := range []string{
		"Redis — хранилище в памяти, которое чаще всего используют как кэш.",
		"Kafka используется в качестве шины событий.",
	} {
		if got := instructs(s); got != 0 {
			t.Errorf("instructs(%q) = %v, want 0", s, got)
		}
	}
}
