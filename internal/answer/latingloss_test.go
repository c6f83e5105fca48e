package answer

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// glossBook glosses надгробие with tombstone once, and writes the Russian
// word alone in another section; replicas and Apache are written in
// Latin in four passages. Apache and the origin share more of a pasted
// message's words than the section on the modelling mistakes.
var glossBook = fstest.MapFS{
	"db.md": {Data: []byte(`---
title: "Cassandra"
lang: ru
---

# Cassandra

Cassandra — распределённая база данных Apache, где replicas хранят копии.

## Откуда взялась Cassandra

Код открыли в 2008 году, и проект ушёл в Apache, где replicas стали настраиваемыми.

## Надгробия

Удаление записывает надгробие (tombstone) — маркер с временной меткой. При 100000 надгробий в одном запросе он прерывается с ошибкой TombstoneOverwhelmingException.

## Ошибки моделирования

Таблица-очередь, из которой постоянно удаляют записи, быстро заполняется надгробиями.

## Реплики

Apache держит replicas на нескольких узлах.

## Кольцо

Узлы образуют кольцо, и replicas лежат на соседних узлах.
`)},
}

func TestLatinGlosses(t *testing.T) {
	ix := bookIndex(t, glossBook)
	for _, tt := range []struct {
		q    string
		want []string
	}{
		{"ловим TombstoneOverwhelmingException: Scanned over 100001 tombstones during query. что это и откуда", []string{"надгробие"}},
		{"что такое tombstone?", []string{"надгробие"}},
		// An English question has its words searched as they are.
		{"what is a tombstone?", nil},
		// A term written in many passages is the book's own word.
		{"сколько replicas у apache?", nil},
		{"что такое надгробие?", nil},
	} {
		got, err := latinGlosses(context.Background(), ix, tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("latinGlosses(%q) (-want +got):\n%s", tt.q, diff)
		}
	}
}

// TestRetrieveGlossed: the output a Russian reader pastes finds the
// section that writes its term in Russian only.
func TestRetrieveGlossed(t *testing.T) {
	e := New(bookIndex(t, glossBook), Options{K: 4})
	q := "ловим org.apache.cassandra.db.filter.TombstoneOverwhelmingException: Scanned over 100001 tombstones during query; query aborted. что это и откуда"
	r, err := e.Retrieve(context.Background(), Question{Text: q})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range r.Hits {
		ids = append(ids, h.ID)
	}
	if !slices.Contains(ids, "db#ошибки-моделирования") {
		t.Errorf("Retrieve(%q) = %v, want db#ошибки-моделирования among them", q, ids)
	}
}
