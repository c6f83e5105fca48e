package answer

import (
	"testing"
	"testing/fstest"
)

func TestFollowsOn(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Поэтому членство в группе docker выдают осторожно.", true},
		{"Именно поэтому сокет не пробрасывают в контейнеры.", true},
		{"Therefore to read a file's whole contents, collect chunks.", true},
		{"That's why the default is one shard.", true},
		{"Поэтомучто-то странное.", false},
		{"Порт поэтому выбран такой.", false},
		{"Thusly we go on.", false},
	}
	for _, tt := range tests {
		if got := followsOn(tt.s); got != tt.want {
			t.Errorf("followsOn(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// consequenceBook gives a reason, then what follows from it ("Поэтому
// ..."), in two sections.
var consequenceBook = fstest.MapFS{
	"docker.md": {Data: []byte(`---
title: "Docker"
lang: ru
---

# Docker

## Как устроен демон

Демон слушает Unix-сокет на хосте. Доступ к сокету равносилен правам root на хосте. Поэтому членство в группе docker выдают осторожно и считают небезопасным.

## Первичные шарды

Документ попадает в шард по хешу идентификатора. Поэтому число первичных шардов задаётся при создании индекса и потом не меняется.
`)},
}

// A "why" question whose best sentence states the consequence ("Поэтому
// ...") leads with the sentence before it, which gives the reason; a
// question of another kind keeps the consequence first, which states the
// fact itself.
func TestAskConsequenceLeadsWithReason(t *testing.T) {
	e := New(bookIndex(t, consequenceBook), Options{})
	askLeads(t, e, []struct{ q, want string }{
		{"почему членство в группе docker считается небезопасным?", "Доступ к сокету равносилен правам root"},
		{"когда задаётся число первичных шардов?", "Поэтому число первичных шардов задаётся"},
	})
}
