package answer

import (
	"testing"
	"testing/fstest"
)

func TestHappensFit(t *testing.T) {
	tests := []struct {
		q, s string
		want float64
	}{
		{"что будет если воркер упадет?", "Если соединение оборвалось, брокер вернёт сообщение в очередь.", happensWeight},
		{"что происходит, когда сервер падает?", "Иначе сервер исключается из ротации.", happensWeight},
		{"what happens if a u8 goes past 255?", "Instead, if overflow occurs, Rust performs two's complement wrapping.", happensWeight},
		// A sentence without a condition says what a thing is.
		{"что будет если натравить rate на gauge?", "Gauge — значение, которое может как расти, так и падать.", 0},
		// Another question asks for no consequence.
		{"как перезапустить воркер?", "Если воркер упал, его перезапускают.", 0},
		// "что было" asks for the past.
		{"что было до версии 7.0?", "Если ошибиться, кластер мог разделиться.", 0},
	}
	for _, tt := range tests {
		if got := happensFit(happensQRe.MatchString(tt.q), tt.s, 1); got != tt.want {
			t.Errorf("happensFit(%q, %q) = %v, want %v", tt.q, tt.s, got, tt.want)
		}
	}
}

// splitBook tells what came of a mistake in a conditional sentence among
// others that share the question's words.
var splitBook = fstest.MapFS{
	"es.md": {Data: []byte(`---
title: "Elasticsearch"
lang: ru
---

# Elasticsearch

## Выбор мастера

До версии 7.0 администратор сам выставлял параметр minimum_master_nodes. Если ошибиться, кластер при сетевом разрыве мог разделиться на две половины, и в каждой выбирался свой мастер. В 7.0 механизм выбора мастера переписали, и кворум теперь считается автоматически.
`)},
}

// "что будет если ...?" leads with the sentence that tells what comes of
// the condition.
func TestAskWhatHappens(t *testing.T) {
	e := New(bookIndex(t, splitBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"что будет если выбор мастера сломается?", "Если ошибиться"}})
}
