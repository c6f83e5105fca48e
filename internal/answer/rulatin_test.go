package answer

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestNamesLatin(t *testing.T) {
	// As the engine's: a word is plain when any of its terms is the
	// question's ("keys", "target").
	plain := func(w string) bool {
		for _, p := range strings.FieldsFunc(strings.ToLower(w), func(r rune) bool { return r == '.' || r == '-' }) {
			if p == "keys" || p == "target" {
				return true
			}
		}
		return false
	}
	title := map[string]bool{"redis": true}
	terms := func(s string) []string { return strings.Fields(strings.ToLower(s)) }
	tests := []struct {
		s    string
		want float64
	}{
		{"Вместо KEYS в рабочей системе используют SCAN.", 1},
		{"Сначала это был небольшой прототип на Tcl.", 1},
		{"Команда KEYS задерживает всех остальных клиентов.", 0}, // the question's own
		{"Команды Redis выполняются в одном потоке.", 0},         // the chapter's subject
		{"Реляционная база не успевала обрабатывать поток записей.", 0},
		{"The prototype was written in Tcl.", 0}, // not a Russian text
		// A joined name that holds the question's word names another
		// thing of its kind; one joined of the question's words only
		// does not.
		{"Первому уровню соответствует цель rescue.target.", 1},
		{"Значение задают в файле keys.target.", 0},
	}
	for _, tt := range tests {
		if got := namesLatin(tt.s, terms, plain, title); got != tt.want {
			t.Errorf("namesLatin(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// russianOriginBook tells what the first prototype was written in, among
// sentences that share as many words with the question.
var russianOriginBook = fstest.MapFS{
	"redis.md": {Data: []byte(`---
title: "Redis"
lang: ru
---

# Redis

## Как появился Redis

Реляционная база не успевала обрабатывать поток записей, и он написал собственное хранилище в памяти. Сначала это был небольшой прототип на Tcl. Уже в первый год проектом заинтересовались крупные компании.
`)},
}

// A Russian "which" question leads with the sentence that names a thing
// in Latin letters.
func TestAskRussianWhichName(t *testing.T) {
	e := New(bookIndex(t, russianOriginBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"на чём был написан первый прототип редиса?", "Сначала это был небольшой прототип на Tcl."}})
}
