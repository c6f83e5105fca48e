package answer

import (
	"math"
	"testing"
	"testing/fstest"
)

func TestAboutWeighted(t *testing.T) {
	c := &sentence{terms: set([]string{"стрим"}), heading: set([]string{"верс"})}
	w := map[string]float64{"стрим": 2, "редис": 1, "верс": 1}
	// стрим 2 of 4, верс half of 1: 2.5 / 4.
	if got := aboutWeighted(c, []string{"стрим", "редис", "верс"}, w, nil); math.Abs(got-0.625) > 1e-9 {
		t.Errorf("aboutWeighted = %v, want 0.625", got)
	}
	if got, want := aboutWeighted(c, []string{"стрим", "редис"}, map[string]float64{}, nil), about(c, []string{"стрим", "редис"}); got != want {
		t.Errorf("aboutWeighted without weights = %v, want about's %v", got, want)
	}
}

// russianStreamsBook dates a release that names the book's subject and,
// lower, the one of the rarer thing a question asks about.
var russianStreamsBook = fstest.MapFS{
	"redis.md": {Data: []byte(`---
title: "Redis"
lang: ru
---

# Redis

## Кластер Redis

Redis Cluster вышел в версии 3.0 в апреле 2015 года и распределяет данные Redis между узлами. Redis хранит данные в памяти, и Redis умеет сохранять их на диск. Redis Sentinel следит за узлами Redis. Клиенты Redis знают карту слотов.

## Потоки

Тип Stream появился в версии 5.0 в 2018 году. Это журнал записей только для добавления.
`)},
}

// A Russian "when" question leads with the date of the sentence that
// holds its rare word ("стримы"), not of the one that holds the book's
// name.
func TestAskRussianRareSubject(t *testing.T) {
	e := New(bookIndex(t, russianStreamsBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"когда в редис завезли стримы?", "Тип Stream появился"}})
}
