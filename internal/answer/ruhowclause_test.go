package answer

import (
	"testing"
	"testing/fstest"
)

func TestRuHowClause(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"диск забился снапшотами, как включить автоочистку", "как включить автоочистку"},
		{"создал индекс и все вставки повисли, как строить индекс без этого", "как строить индекс без этого"},
		{"как включить автоочистку, если диск забился?", ""},
		{"диск забился снапшотами, это баг?", ""},
	} {
		if got := ruHowClause(tt.q); got != tt.want {
			t.Errorf("ruHowClause(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

// howClauseBook tells the trouble in the question's words first and the
// way out after, in words of the question's "how" clause only.
var howClauseBook = fstest.MapFS{
	"indexes.md": {Data: []byte(`---
title: "Индексы"
lang: ru
---

# Индексы

## Построение на живой таблице

Обычное создание индекса на большой таблице блокирует вставки в неё до конца построения, и на проде запись встаёт.

## Без блокировки

Команда CREATE INDEX CONCURRENTLY строит индекс без блокировки: дольше, но запись идёт.
`)},
}

// A Russian "how" asked after the trouble leads with the sentence that
// tells the way asked, though it does not restate the trouble.
func TestAskRussianHowClause(t *testing.T) {
	e := New(bookIndex(t, howClauseBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"все вставки на проде повисли, как строить индекс без этого", "Команда CREATE INDEX CONCURRENTLY"}})
}
