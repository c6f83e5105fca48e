package answer

import (
	"testing"
	"testing/fstest"
)

// TestCoverageGeneralOnly: a Russian question that shares only general
// words with a Russian chapter ("процесс", "память", "сервер") is about
// something else; one that shares a specific word, a heading's word or a
// word in Latin letters with it is not.
func TestCoverageGeneralOnly(t *testing.T) {
	book := fstest.MapFS{"cache.md": {Data: []byte(`# Кэш в памяти

## Сохранение

Сервер держит все данные в оперативной памяти. Дочерний процесс пишет снимок на диск, пока сервер обслуживает клиентов.

## Вытеснение

Когда память заполнена, сервер вытесняет ключи: команда EXPIRE задаёт срок их жизни.
`)}}
	e := New(bookIndex(t, book), Options{})
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"какой процесс съедает всю оперативную память на сервере?", false},
		{"какой процесс пишет снимок на диск?", true},        // "снимок" is specific
		{"как устроено сохранение на сервере?", true},        // a heading's word
		{"как задать срок жизни ключей через expire?", true}, // a command in Latin letters
	} {
		wantCovered(t, e, tt.q, tt.want)
	}
}
