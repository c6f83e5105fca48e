package answer

import (
	"testing"
	"testing/fstest"
)

// A Russian question for a version reads a number as its answer only when
// it numbers a version.
func TestUnversionedFit(t *testing.T) {
	q := "с какой версии монга умеет транзакции на несколько документов?"
	tests := []struct {
		s    string
		want float64
	}{
		{"Многодокументные транзакции появились в версии 4.0 (2018) для наборов реплик.", 1},
		{"Год: 2018; Событие: Версия 4.0: многодокументные транзакции", 1},
		{"Поддержку добавили в версии 4, вместе с новым движком.", 1},
		{"Начиная с MongoDB 4 транзакции работают и на шардах.", 1},
		{"Транзакции по умолчанию ограничены 60 секундами.", uncountedWeight},
		{"Организациям, где работает больше 250 сотрудников, нужна платная подписка.", uncountedWeight},
		{"В 2018 году транзакции стали многодокументными.", uncountedWeight},
	}
	for _, tt := range tests {
		if got := unversionedFit(q, tt.s, 1); got != tt.want {
			t.Errorf("unversionedFit(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
	for _, q := range []string{"сколько секунд длится транзакция?", "какой лимит у транзакции по времени?"} {
		if got := unversionedFit(q, "Транзакции по умолчанию ограничены 60 секундами.", 1); got != 1 {
			t.Errorf("unversionedFit for %q, which asks for no version = %v, want the fit, 1", q, got)
		}
	}
	if got := unversionedFit(q, "Транзакции дорогие.", 0); got != 0 {
		t.Errorf("unversionedFit of a sentence with no number = %v, want 0", got)
	}
}

// russianVersionAskBook times its transactions out in seconds, in the
// sentence that holds most of the question's words, and dates them by a
// version in another.
var russianVersionAskBook = fstest.MapFS{
	"mongodb.md": {Data: []byte(`---
title: "MongoDB"
lang: ru
---

# MongoDB

## Многодокументные транзакции

Многодокументные транзакции появились в версии 4.0 для наборов реплик. Транзакции на несколько документов по умолчанию ограничены 60 секундами; долгие транзакции давят на кэш.
`)},
}

// A Russian question for a version leads with the version, not with a
// number of seconds.
func TestAskRussianVersion(t *testing.T) {
	e := New(bookIndex(t, russianVersionAskBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"с какой версии mongodb умеет транзакции на несколько документов?", "Многодокументные транзакции появились в версии 4.0"}})
}
