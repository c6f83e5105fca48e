package answer

import (
	"testing"
	"testing/fstest"
)

func TestOverviewed(t *testing.T) {
	tests := []struct {
		k    kind
		id   string
		want bool
	}{
		{kindWhy, "ru-nginx", true},
		{kindHow, "ru-nginx", true},
		{kindOther, "ru-nginx", true},
		{kindWhy, "ru-nginx#обратный-прокси", false},
		{kindWho, "ru-nginx", false},
		{kindWhat, "ru-nginx", false},
	}
	for _, tt := range tests {
		if got := overviewed(tt.k, tt.id); got != tt.want {
			t.Errorf("overviewed(%v, %q) = %v, want %v", tt.k, tt.id, got, tt.want)
		}
	}
}

// overviewBook opens with an overview that shares the words of a question
// its section answers.
var overviewBook = fstest.MapFS{
	"nginx.md": {Data: []byte(`---
title: "Nginx"
lang: ru
---

# Nginx

Nginx — веб-сервер, обратный прокси и балансировщик нагрузки: его ставят перед приложениями на сервер в продакшене.

## Когда Nginx не подходит

Маленькому внутреннему сервису хватает встроенного HTTP-сервера фреймворка. Сервер под Windows в продакшене: версия для Windows официально считается бета-версией и обслуживает соединения одним процессом.
`)},
}

// A question of what to do ("норм ли ...") leads with its section's
// sentence, not the chapter's overview.
func TestAskPastOverview(t *testing.T) {
	e := New(bookIndex(t, overviewBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"норм ли ставить nginx на windows сервер в прод?", "Сервер под Windows"}})
}
