package answer

import (
	"slices"
	"testing"
	"testing/fstest"
)

func TestListHeads(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string
		ok    bool
	}{
		{"dash heads", []string{"- always — после каждой записи;", "- everysec — раз в секунду;", "- no — момент выбирает ОС."}, []string{"always", "everysec", "no"}, true},
		{"hyphen and colon heads", []string{"- Buffer.alloc(size[, fill[, encoding]]): Create a Buffer with initialized memory.", "- Buffer.from(arrayBuffer[, byteOffset[, length]]) - Create a Buffer that wraps the given arrayBuffer."}, []string{"Buffer.alloc(size[, fill[, encoding]])", "Buffer.from(arrayBuffer[, byteOffset[, length]])"}, true},
		// A hyphen inside a word sets off no head.
		{"hyphenated word", []string{"- keep-alive connections stay open", "- everysec: раз в секунду"}, nil, false},
		{"colon heads", []string{"1. warn: Always trigger a warning.", "2. strict: Raise the rejection."}, []string{"warn", "strict"}, true},
		// An item without a head, or with a long one, is no such list.
		{"item without head", []string{"- always — после каждой записи;", "- иногда сбрасывают и реже"}, nil, false},
		{"long head", []string{"- самый надёжный и медленный режим — always"}, nil, false},
		{"not a list", []string{"always — после каждой записи"}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := listHeads(tt.lines)
			if ok != tt.ok || !slices.Equal(got, tt.want) {
				t.Errorf("listHeads(%q) = %q, %v, want %q, %v", tt.lines, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// The sentence that introduces a list of heads and meanings names the
// heads; the items stay units of their own.
func TestUnitsIntroNamesListHeads(t *testing.T) {
	text := "AOF — журнал команд. Частоту сброса на диск задаёт параметр appendfsync:\n\n" +
		"- always — после каждой записи, надёжно, но медленно;\n" +
		"- everysec — раз в секунду, значение по умолчанию;\n" +
		"- no — момент сброса выбирает операционная система."
	us := units(text)
	var got []string
	for _, u := range us {
		got = append(got, u.text)
	}
	want := []string{
		"AOF — журнал команд.",
		"Частоту сброса на диск задаёт параметр appendfsync: always, everysec, no.",
		"always — после каждой записи, надёжно, но медленно;",
		"everysec — раз в секунду, значение по умолчанию;",
		"no — момент сброса выбирает операционная система.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("units(%q) = %q, want %q", text, got, want)
	}
}

// "какие бывают режимы appendfsync?" is answered by the sentence that
// introduces the modes, with their names.
func TestAskRussianListHeads(t *testing.T) {
	e := New(bookIndex(t, listHeadsBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"какие бывают режимы сброса журнала appendfsync?", "Частоту сброса на диск задаёт параметр appendfsync: always, everysec, no."}})
}

// listHeadsBook introduces a list of modes, each a head and its meaning.
var listHeadsBook = fstest.MapFS{
	"store.md": {Data: []byte(`---
title: "Квазар"
lang: ru
---

# Квазар

## Журнал

Журнал дописывает каждую команду изменения. Частоту сброса на диск задаёт параметр appendfsync:

- always — после каждой записи, надёжно, но медленно;
- everysec — раз в секунду, значение по умолчанию;
- no — момент сброса выбирает операционная система.

Чтобы журнал не рос бесконечно, его время от времени переписывают.
`)},
}
