package answer

import (
	"testing"
	"testing/fstest"
)

func TestRuPronounRe(t *testing.T) {
	for s, want := range map[string]bool{
		"Её авторы — Анна Петрова и Иван Сидоров.":        true,
		"Он читает журналы изменений баз данных.":         true,
		"Они появились в версии 3.8.":                     true,
		"У него нет транзакций над несколькими записями.": true,
		"Онлайн-режим включают флагом --online.":          false,
		"Итоговый отчёт собирают ночью.":                  false,
		"В нём хранится журнал.":                          true,
		"В новом релизе появились транзакции.":            false,
	} {
		if got := ruPronounRe.MatchString(s); got != want {
			t.Errorf("ruPronounRe.MatchString(%q) = %v, want %v", s, got, want)
		}
	}
}

// paperBook tells of a paper in one sentence and of its authors in the
// next, which names the paper only by "Её"; a later sentence names the
// paper's words and other people, of another paper.
var paperBook = fstest.MapFS{
	"store.md": {Data: []byte(`---
title: "Хранилище Кольцо"
lang: ru
---

# Хранилище Кольцо

## Статья о Кольце

Главный текст об устройстве Кольца — статья «Кольцо: согласованное хранилище», представленная на конференции VLDB в 2012 году. Её авторы — Анна Петрова (Anna Petrova) и Иван Сидоров (Ivan Sidorov). В статье описаны кворумы и журнал. Статью о протоколе репликации Кольца написали Анна Петрова и Марк Орлов для конференции SOSP в 2014 году.
`)},
}

// A Russian "who" question about a paper leads with the sentence that
// names its authors by "Её", not with a later one that names the paper's
// words and other people.
func TestAskRussianPronounLead(t *testing.T) {
	e := New(bookIndex(t, paperBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"кто авторы статьи о кольце и в каком году она вышла", "Её авторы"}})
}
