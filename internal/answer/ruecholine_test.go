package answer

import (
	"testing"
	"testing/fstest"
)

func TestRestatesLine(t *testing.T) {
	jenkins := typedRuns("RejectedAccessException: Scripts not permitted to use method groovy.json.JsonSlurperClassic parseText java.lang.String — как починить джобу?")
	unit := typedRuns("Warning: The unit file, source configuration file or drop-ins of foo.service changed on disk. чё это значит?")
	tests := []struct {
		text  string
		lines []string
		want  bool
	}{
		// The book's copy names the class in full.
		{"org.jenkinsci.plugins.scriptsecurity.sandbox.RejectedAccessException: Scripts not permitted to use method groovy.json.JsonSlurperClassic parseText java.lang.String", jenkins, true},
		// Another unit's name.
		{"Warning: The unit file, source configuration file or drop-ins of myapp.service changed on disk.", unit, true},
		// A sentence that quotes a little of the message and explains it.
		{"Сообщение «changed on disk» значит, что unit file изменился после последней загрузки, и systemd держит в памяти старую версию.", unit, false},
		// Three words are a command, not a message.
		{"Начиная с etcd 3.5 etcdctl snapshot restore объявлен устаревшим.", typedRuns("etcdctl snapshot restore пишет что deprecated"), false},
		{"Warning: The unit file changed on disk.", nil, false},
	}
	for _, tt := range tests {
		if got := restatesLine(tt.text, tt.lines); got != tt.want {
			t.Errorf("restatesLine(%q, %q) = %v, want %v", tt.text, tt.lines, got, tt.want)
		}
	}
}

func TestSharedInOrder(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"permissions 0644 for home/anna/.ssh/id_rsa are too open", "load key bad permissions permissions 0644 for home/dima/.ssh/id_rsa are too open", 6},
		{"a b c", "c b a", 1},
		{"", "a b", 0},
	}
	for _, tt := range tests {
		if got := sharedInOrder(lowerCores(tt.a), lowerCores(tt.b)); got != tt.want {
			t.Errorf("sharedInOrder(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestShowsWay(t *testing.T) {
	q := "RejectedAccessException: Scripts not permitted to use method groovy.json.JsonSlurperClassic parseText java.lang.String — как починить джобу?"
	tests := []struct {
		text string
		want bool
	}{
		// The message's own advice.
		{"Run 'systemctl daemon-reload' to reload units.", true},
		{"Лечится chmod 600 для файла ключа.", true},
		// The class it names is the reader's code, not the way out.
		{"org.jenkinsci.plugins.scriptsecurity.sandbox.RejectedAccessException: Scripts not permitted to use method groovy.json.JsonSlurperClassic parseText java.lang.String", false},
	}
	for _, tt := range tests {
		if got := showsWay(&sentence{text: tt.text}, q); got != tt.want {
			t.Errorf("showsWay(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// unitBook prints the message systemd gives, then says what it means.
var unitBook = fstest.MapFS{
	"ch.md": {Data: []byte(`---
title: "systemd"
lang: ru
---

# systemd

## Забыли daemon-reload

Вы поправили юнит-файл и перезапустили службу, а она работает по-старому. systemd предупреждает об этом так:

` + "```" + `
Warning: The unit file, source configuration file or drop-ins of myapp.service changed on disk. Run 'systemctl daemon-reload' to reload units.
` + "```" + `

Значит, systemd держит в памяти старую версию файла, пока не перечитает конфигурацию.

## Таймеры

Таймер запускает службу по расписанию, как cron.
`)},
}

// A question that pastes a message leads with what the book says of it,
// not with the book's copy of the message, which names another unit; the
// message's own "Run ..." tells what to do, and may lead.
func TestAskRuEchoLine(t *testing.T) {
	e := New(bookIndex(t, unitBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"Warning: The unit file, source configuration file or drop-ins of foo.service changed on disk. Run 'systemctl daemon-reload' to reload units. чё это значит?", "Run 'systemctl daemon-reload'"},
	})
}
