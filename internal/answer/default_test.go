package answer

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/internal/search"
)

var balancingBook = fstest.MapFS{
	"nginx.md": {Data: []byte(`---
title: "Nginx"
lang: ru
---

# Nginx

## Методы балансировки

По умолчанию запросы распределяются по кругу (round-robin) с учётом веса weight. Метод least_conn отправляет запрос серверу с наименьшим числом активных соединений. Директива keepalive в upstream держит открытыми соединения к бэкендам, чтобы не тратить время на новые рукопожатия.
`)},
}

// A sentence that opens with "По умолчанию" or "By default" states a
// default, and a question that asks what holds when nothing is set asks
// for one: the method used by default leads, not a directive of the same
// section that shares more of the question's words.
func TestAskDefaultWording(t *testing.T) {
	e := New(bookIndex(t, balancingBook), Options{})
	q := "какой метод балансировки в upstream используется если ничего не указывать?"
	a, err := e.Ask(context.Background(), Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	// The short section's heading may come first, as context.
	lead, _, _ := strings.Cut(a.Text, " [1]")
	if want := "По умолчанию запросы распределяются по кругу"; !strings.Contains(lead, want) {
		t.Errorf("%q: answer %q, want it to lead with %q", q, a.Text, want)
	}
	hits := []search.Hit{{ID: "pool#size", ChapterTitle: "Pools", Heading: "Pool size", Score: 1,
		Text: "By default, the pool keeps ten connections open. The pool size can be raised for busy services with many connections open at once."}}
	wantLead(t, hits, "how many connections does the pool keep open if nothing is configured?", "By default, the pool keeps ten")
}

func TestDefaultWording(t *testing.T) {
	for _, s := range []string{"По умолчанию запросы распределяются по кругу.", "By default, the pool keeps ten connections.", "Default: 8192"} {
		if !defaultRe.MatchString(s) {
			t.Errorf("%q states no default", s)
		}
	}
	for _, s := range []string{"The default configuration is long.", "Пул держит соединения открытыми по умолчанию."} {
		if defaultRe.MatchString(s) {
			t.Errorf("%q states a default", s)
		}
	}
	for _, q := range []string{"what happens out of the box?", "which method if nothing is specified?", "какой метод, если ничего не указывать?", "что стоит из коробки?"} {
		if !defaultQRe.MatchString(q) {
			t.Errorf("%q asks for no default", q)
		}
	}
}
