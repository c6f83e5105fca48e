package answer

import (
	"testing"
	"testing/fstest"
)

// A Russian question about a message pasted in Latin letters asks with
// its Russian words, however many Latin ones the message has; "че", "чо"
// and "шо" are "что".
func TestQuestionKindPasted(t *testing.T) {
	tests := []struct {
		q    string
		want kind
	}{
		{"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running? че делать", kindHow},
		{"error executing query: many-to-many matching not allowed: matching labels must be unique on one side как это лечить", kindHow},
		{"Permission denied (publickey). Could not read from remote repository. почему так?", kindWhy},
		{"редис тормозит на проде, чо делать?", kindHow},
		{"редис тормозит на проде, шо делать?", kindHow},
		// Latin questions without Russian words, or Russian words that
		// ask nothing, keep their own reading.
		{"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?", kindOther},
		{"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running? спасибо", kindOther},
		{"how do I restart the docker daemon", kindHow},
	}
	for _, tt := range tests {
		if got, _ := questionKind(tt.q); got != tt.want {
			t.Errorf("questionKind(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// A message pasted in Latin letters is asked of in Russian unless the
// Russian words ask first what it means.
func TestPastes(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running? че делать", true},
		{"Error: listen EADDRINUSE: address already in use :::3000 at Server.setupListenHandle [as _listen2] (node:net:1817:16) что это значит и как починить", false},
		{"Error: listen EADDRINUSE: address already in use :::3000 at Server.setupListenHandle [as _listen2] (node:net:1817:16) как починить", true},
		{"редис тормозит на проде, чо делать?", false}, // Cyrillic: not pasted
		{"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?", false},
	}
	for _, tt := range tests {
		if got := pastes(tt.q); got != tt.want {
			t.Errorf("pastes(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestCyrillicPart(t *testing.T) {
	tests := []struct{ in, want string }{
		{"matching labels must be unique on one side как это лечить", "как это лечить"},
		{"Is the docker daemon running? че делать", "че делать"},
		{"получаю ошибку EACCES: permission denied, как починить?", "получаю ошибку: как починить?"},
		{"no russian words here", ""},
	}
	for _, tt := range tests {
		if got := cyrillicPart(tt.in); got != tt.want {
			t.Errorf("cyrillicPart(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Code a sentence quotes from the question is no code to type.
func TestUnasked(t *testing.T) {
	q := "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running? че делать"
	quoting := "Any command then ends with «Cannot connect to the Docker daemon at unix:///var/run/docker.sock»."
	if f := instructs(unasked(quoting, q)); f != 0 {
		t.Errorf("instructs(unasked(%q)) = %v, want 0", quoting, f)
	}
	if f := instructs(quoting); f == 0 {
		t.Errorf("instructs(%q) = 0: the test no longer tells code apart", quoting)
	}
	other := "Start it with the --host flag or check /etc/docker/daemon.json first."
	if f := instructs(unasked(other, q)); f == 0 {
		t.Errorf("instructs(unasked(%q)) = 0, want the code the question lacks to count", other)
	}
}

// The splitter's full stop or question mark inside a «...» quotation
// does not end the sentence; a quotation left open does not join the
// rest of the passage.
func TestSentencesQuoted(t *testing.T) {
	got := splitSentences("Без прав команда завершится сообщением «Cannot connect to the daemon. Is the daemon running?». Демон нужно запустить.")
	want := []string{"Без прав команда завершится сообщением «Cannot connect to the daemon. Is the daemon running?».", "Демон нужно запустить."}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("splitSentences = %q, want %q", got, want)
	}
	got = splitSentences("Открыли кавычку « и забыли. Дальше идёт текст. И ещё одна фраза.")
	if len(got) != 3 {
		t.Errorf("splitSentences with an unclosed «: %q, want 3 sentences", got)
	}
}

// pastedErrorBook quotes an error message, then says how to fix it.
var pastedErrorBook = fstest.MapFS{
	"ch.md": {Data: []byte(`---
title: "Prometheus"
lang: ru
---

# Prometheus

## Сопоставление векторов

Бинарные операции между векторами сопоставляют ряды по меткам. Если с одной стороны на комбинацию меток приходится несколько рядов, запрос завершится ошибкой many-to-many matching not allowed: matching labels must be unique on one side. Лечится это уточнением списка меток или агрегацией одной из сторон.

## Хранение

Данные лежат на локальном диске и хранятся две недели.

`)},
}

// A Russian question about a pasted message leads with the sentence
// after the one that quotes the message when it adds the question's own
// words ("лечить"): the quoting one restates the question.
func TestAskPastedMessage(t *testing.T) {
	e := New(bookIndex(t, pastedErrorBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"error executing query: many-to-many matching not allowed: matching labels must be unique on one side как это лечить", "Лечится это"},
	})
}
