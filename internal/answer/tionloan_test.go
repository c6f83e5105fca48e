package answer

import (
	"context"
	"testing"
	"testing/fstest"
)

// tionBook is an English book whose sections a Russian question names by
// nouns in -ция.
var tionBook = fstest.MapFS{
	"db.md": {Data: []byte(`# Databases

## Storage

Every table is stored in pages of eight kilobytes, and a background writer flushes dirty pages to disk.

## Replication

Version 9.0 shipped streaming replication, so that a standby server follows the primary.

## Transactions

Version 0.11 added transactions, so that a producer writes to several partitions at once or not at all.

## Collections

A collection groups documents that share an index.
`)},
}

// tionRuBook is a Russian book that writes its nouns in -ция.
var tionRuBook = fstest.MapFS{
	"ru.md": {Data: []byte(`# Базы данных

## Репликация

Репликация копирует данные на резервный сервер.

## Transactions

The transaction log is written first, and the replication log after it.
`)},
}

func TestTionLoans(t *testing.T) {
	ix := bookIndex(t, tionBook)
	ctx := context.Background()
	got, err := tionLoans(ctx, ix, "когда появились транзакции, репликация и коллекции? а улица?")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"транзакц": "transaction", "репликац": "replication", "коллекц": "collection"}
	if len(got) != len(want) {
		t.Errorf("tionLoans = %v, want %v", got, want)
	}
	for term, word := range want {
		if got[term].word != word {
			t.Errorf("tionLoans[%s] = %q, want %q", term, got[term].word, word)
		}
	}
	// A Russian book writes the Russian word: it stands for itself.
	ru := bookIndex(t, tionRuBook)
	if got, err := tionLoans(ctx, ru, "что такое репликация и транзакция?"); err != nil || len(got) != 1 || got["транзакц"].word != "transaction" {
		t.Errorf("Russian book: tionLoans = %v, %v; want транзакц alone", got, err)
	}
}

func TestTionLoansFindSection(t *testing.T) {
	ix := bookIndex(t, tionBook)
	e := New(ix, Options{})
	for q, want := range map[string]string{
		"в какой версии появились транзакции?":           "Transactions",
		"в какой версии появилась потоковая репликация?": "Replication",
	} {
		r, err := e.Retrieve(context.Background(), Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Hits) == 0 || r.Hits[0].Heading != want {
			t.Errorf("%q: first hit %v, want section %q", q, r.Hits, want)
		}
	}
}
