package answer

import (
	"testing"
	"testing/fstest"
)

func TestProvides(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Для больших файлов есть спецификация GridFS: драйвер режет файл на куски.", true},
		{"Для этого в Ansible есть утилита ansible-vault.", true},
		{"Удалять большие ключи лучше в фоне: для этого есть UNLINK.", true},
		{"Для таких случаев существует отдельный шлюз.", true},
		// "для" and "есть" in different clauses say nothing of a means.
		{"Для кэша это быстро, но у каждой записи есть срок жизни.", false},
		{"У каждого элемента есть числовой вес.", false},
		{"Лимит защищает память сервера от гигантских документов.", false},
	}
	for _, tt := range tests {
		if got := provides(tt.s); got != tt.want {
			t.Errorf("provides(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// providedBook tells the way after the limit it gets round, as "для ...
// есть ...".
var providedBook = fstest.MapFS{
	"mongo.md": {Data: []byte(`---
title: "MongoDB"
lang: ru
---

# MongoDB

## Большие файлы

Один документ не может быть больше 16 МБ, и хранить в нём большие файлы нельзя. Лимит защищает память сервера и сеть от гигантских документов. Для больших файлов есть спецификация GridFS: драйвер режет файл на куски и хранит их в отдельной коллекции.
`)},
}

// A Russian "how" question leads with the sentence that names what there
// is for its purpose, not with the limit it restates.
func TestAskRussianProvided(t *testing.T) {
	e := New(bookIndex(t, providedBook), Options{})
	askLeads(t, e, []struct{ q, want string }{{"как хранить большие файлы, если у документа лимит?", "Для больших файлов есть спецификация GridFS"}})
}
