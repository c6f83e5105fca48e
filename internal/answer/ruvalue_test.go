package answer

import (
	"testing"
	"testing/fstest"
)

// A sentence of the best passage that gives the value a Russian question
// asks for (a default, a rate) has a fit though it shares no word with
// the question; one of a lower passage, or of another kind, has none.
func TestBareValueFit(t *testing.T) {
	def := &sentence{text: "По умолчанию стоит noeviction: сервер возвращает ошибку на запись."}
	rate := &sentence{text: "Клиент фиксирует смещения автоматически, раз в пять секунд."}
	tests := []struct {
		q          string
		c          *sentence
		askDefault bool
		want       float64
	}{
		{"какая eviction policy стоит из коробки?", def, true, 0.5},
		{"какая eviction policy стоит?", def, false, 0},
		{"автокомит оффсетов как часто срабатывает?", rate, false, 0.5},
		{"автокомит оффсетов что делает?", rate, false, 0},
		{"which eviction policy is the default?", def, true, 0},
		{"какая eviction policy стоит из коробки?", &sentence{text: def.text, hit: 1}, true, 0},
	}
	for _, tt := range tests {
		if got := bareValueFit(tt.q, tt.c, tt.askDefault); got != tt.want {
			t.Errorf("bareValueFit(%q, %q) = %v, want %v", tt.q, tt.c.text, got, tt.want)
		}
	}
}

// russianBareValuesBook states a default and a rate in words no question
// below uses.
var russianBareValuesBook = fstest.MapFS{
	"kafka.md": {Data: []byte(`---
title: "Kafka"
lang: ru
---

# Kafka

## Фиксация смещений

Группа хранит свою позицию в каждой партиции в виде зафиксированного смещения (committed offset) во внутреннем топике. Клиент делает это сам: enable.auto.commit=true, раз в пять секунд. Это удобно, но при сбое сообщения могут потеряться.
`)},
}

// A Russian question how often leads with the rate of its best passage
// though the sentence shares none of its words.
func TestAskRussianBareValue(t *testing.T) {
	e := New(bookIndex(t, russianBareValuesBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"как часто группа сохраняет позицию в партиции?", "Клиент делает это сам"}})
}
