package answer

import (
	"testing"
	"testing/fstest"
)

func TestPurposeWordsRussian(t *testing.T) {
	tests := []struct {
		s    string
		want float64
	}{
		{"Маяки нужны только для первого знакомства узлов.", 1},
		{"Номер эпохи играет роль логических часов.", 1},
		{"Значения по умолчанию предназначены для переопределения.", 1},
		{"Новый движок позволил хранить сырые события.", 1},
		{"Журнал служит для восстановления после сбоя.", 1},
		{"Новый узел при запуске обращается к маякам из конфигурации.", 0},
		{"Ему нужны два диска.", 0},
	}
	for _, tt := range tests {
		if got := givesReason(tt.s); got != tt.want {
			t.Errorf("givesReason(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// russianPurposeBook tells what a beacon node does after a sentence that
// names it, then what it is for.
var russianPurposeBook = fstest.MapFS{
	"mesh.md": {Data: []byte(`---
title: "Сеть узлов"
lang: ru
---

# Сеть узлов

## Узлы-маяки

Ведущего узла в сети нет, поэтому узлам нужен способ узнать друг о друге. Новый узел при запуске обращается к узлам-маякам (beacons), перечисленным в файле настроек. Маяки нужны только для первого знакомства узлов; обычные запросы они обслуживают наравне с остальными.
`)},
}

// A Russian "зачем" question leads with the sentence that says what the
// thing is for, not with the one that only names it.
func TestAskRussianPurpose(t *testing.T) {
	e := New(bookIndex(t, russianPurposeBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"зачем нужны узлы-маяки?", "Маяки нужны только для первого знакомства"},
	})
}
