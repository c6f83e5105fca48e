package answer

import (
	"testing"
	"testing/fstest"
)

func TestVersionTerms(t *testing.T) {
	got := versionTerms([]string{"6.0", "6379", "redis", "2.8.1", "es6"})
	if len(got) != 2 || got[0] != "6.0" || got[1] != "2.8.1" {
		t.Errorf("versionTerms = %v, want [6.0 2.8.1]", got)
	}
}

// russianVersionBook says more of the question's words in a sentence
// that names no version than in the one of the version it asks about.
var russianVersionBook = fstest.MapFS{
	"redis.md": {Data: []byte(`---
title: "Redis"
lang: ru
---

# Redis

## Версии

Redis стал популярным, и компания перевела новый код на двойную лицензию. В версии 6.0 появились потоки ввода-вывода (параметр io-threads), которые читают и пишут сокеты параллельно.
`)},
}

// A question that names a version leads with the sentence of that
// version, not with one that shares more of its other words.
func TestAskVersionNamed(t *testing.T) {
	e := New(bookIndex(t, russianVersionBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"redis стал многопоточным с версии 6.0?", "В версии 6.0"}})
}
