package answer

import (
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

func TestTypedRuns(t *testing.T) {
	tests := []struct {
		q    string
		want []string
	}{
		// A pipe and a port go on with the command; Cyrillic ends it.
		{"echo ruok | nc localhost 2181 отвечает ruok is not executed. как разрешить?", []string{"echo ruok nc localhost 2181", "ruok is not executed"}},
		{"сделал docker run -p 8080:80 nginx, а снаружи порт закрыт", []string{"docker run p 8080:80 nginx"}},
		// Numbers alone are no message.
		{"почему после 2.6.39 сразу 3.0 и 4.0", nil},
		{"redis 8 снова open source?", nil},
	}
	for _, tt := range tests {
		if got := typedRuns(tt.q); !cmp.Equal(got, tt.want) {
			t.Errorf("typedRuns(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
}

func TestEchoRuns(t *testing.T) {
	for q, want := range map[string]bool{
		"сделал docker run -p 8080:80 nginx, а снаружи порт закрыт. чё не так":             true,
		"объясните по-человечески что значит R + W > RF и почему так":                      false,
		"docker run -p 8080:80 nginx fails with port is already allocated, что это значит": false,
	} {
		if got := echoRuns(q) != nil; got != want {
			t.Errorf("echoRuns(%q) = %v, want runs: %v", q, echoRuns(q), want)
		}
	}
}

// portsBook shows a command, then says what stops it from working.
var portsBook = fstest.MapFS{
	"ch.md": {Data: []byte(`---
title: "Docker"
lang: ru
---

# Docker

## Публикация портов

docker run -p 8080:80 nginx публикует порт контейнера: порт 8080 хоста ведёт к порту 80 внутри контейнера. Так удобно показывать сервис при локальной разработке. Если порт открыт только для самого хоста, проверьте адрес привязки: с -p 127.0.0.1:8080:80 снаружи он закрыт.

## Образы

Образ собирается из слоёв, и каждый слой кешируется.
`)},
}

// A Russian question that pastes the command it ran leads with what the
// book says went wrong, not with the sentence that shows the command back.
func TestAskRuEcho(t *testing.T) {
	e := New(bookIndex(t, portsBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"запустил docker run -p 8080:80 nginx, с хоста curl работает, а снаружи порт закрыт. чё не так", "Если порт открыт"},
	})
}

// A sentence that quotes the command and also gives a way answers; a
// question for a fact may be answered by the one that quotes.
func TestRuEchoes(t *testing.T) {
	runs := []string{"docker run p 8080:80 nginx"}
	text := "docker run -p 8080:80 nginx публикует порт контейнера."
	tests := []struct {
		k    kind
		fit  float64
		want bool
	}{
		{kindOther, 0, true},
		{kindHow, 0, true},
		{kindHow, 0.2, false},
		{kindNumber, 0, false},
		{kindWho, 0, false},
	}
	for _, tt := range tests {
		c := sentence{text: text, fit: tt.fit}
		if got := ruEchoes(tt.k, &c, runs, nil, ""); got != tt.want {
			t.Errorf("ruEchoes(%v, fit %v) = %v, want %v", tt.k, tt.fit, got, tt.want)
		}
	}
}
