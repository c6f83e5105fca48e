package answer

import (
	"testing"
	"testing/fstest"
)

func TestDeedFit(t *testing.T) {
	tests := []struct {
		q, s string
		want float64
	}{
		{"в какой версии окончательно выпилили зукипер", "В Kafka 4.0 режим ZooKeeper удалён полностью.", 1},
		{"в какой версии окончательно выпилили зукипер", "KRaft появился в версии 2.8.", -1},
		{"в какой версии удалили dockershim?", "Version 1.24 removes dockershim.", 1},
		{"кому принадлежит rabbitmq после всех покупок", "Broadcom завершила покупку VMware.", 1},
		{"кому принадлежит rabbitmq после всех покупок", "Kafka создали в LinkedIn.", -1},
		{"кто основал компанию?", "Компанию основали в 2014 году.", 1},
		// An English sentence tells the founding in eventCreated's words.
		{"кто придумал node.js?", "Ryan Dahl created Node.js in 2009.", 1},
		{"кто придумал node.js?", "Ryan Dahl started work on Node.js in 2009.", 1},
		{"кто придумал node.js?", "Node.js 0.10 was released in 2013.", 0},
		{"когда dotcloud переименовалась в docker inc?", "dotCloud сменила название на Docker Inc.", 1},
		// "удалённый" is remote, not removed; "на основе" is based on.
		{"когда удалили бэкенд?", "Состояние держат в удалённом бэкенде.", 0},
		{"кто основал nginx inc?", "Форк Valkey на основе Redis 7.2.4.", 0},
		// A question that names no deed leaves every sentence as it is.
		{"какой порт у редиса?", "Порт появился в версии 1.0.", 0},
	}
	for _, tt := range tests {
		if got := deedFit(deeds(tt.q), tt.s); got != tt.want {
			t.Errorf("deedFit(%q, %q) = %v, want %v", tt.q, tt.s, got, tt.want)
		}
	}
}

// deedsBook tells, in sentences that match the question alike, when a
// mode was deprecated and when it was removed.
var deedsBook = fstest.MapFS{
	"tool.md": {Data: []byte(`---
title: "Квазар"
lang: ru
---

# Квазар

## Координатор

Внешний координатор объявлен устаревшим в версии 3.3.

Внешний координатор удалён в версии 4.0.
`)},
}

// A Russian question for the version that removed something leads with the
// sentence that tells the removal.
func TestAskRussianDeed(t *testing.T) {
	e := New(bookIndex(t, deedsBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"в какой версии квазара выпилили внешний координатор", "Внешний координатор удалён"}})
}
