package search

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestAcronymOf(t *testing.T) {
	for _, c := range []struct {
		a, words string
		want     bool
	}{
		{"wal", "write ahead log", true},
		{"pitr", "point in time recovery", true},
		{"mvcc", "multiversion concurrency control", true}, // v from inside a compound
		{"wal", "write ahead", false},                      // every letter spelled
		{"wa", "write ahead log", false},                   // every word gives its initial
		{"quick", "queuemicrotask callback", false},        // one inner letter per word at most
		{"dai", "deprecated api", false},                   // not from a short word
		{"lw", "write log", false},                         // in order
	} {
		if got := acronymOf(c.a, strings.Fields(c.words)); got != c.want {
			t.Errorf("acronymOf(%q, %q) = %v, want %v", c.a, c.words, got, c.want)
		}
	}
}

// TestAcronymFindsSpelledOutHeading: a question's short form finds the
// section whose heading spells it out, which the book never abbreviates;
// a word the book uses is no acronym.
func TestAcronymFindsSpelledOutHeading(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, fstest.MapFS{
		"pg.md": {Data: []byte(`# PostgreSQL

PostgreSQL is a database with a long history of releases.

## Replication

Replicas copy every change of the primary, and a crash of the primary is
no loss when a replica takes over. Postgres added replication in 9.0.

## Write-ahead logging

Every change is first recorded in the log before the data files, so that
the server recovers after a crash by replaying it.

## Vacuum

Vacuum reclaims the space of dead rows; it runs in the background.
`)},
	})
	for q, want := range map[string]string{
		"what is the WAL for":             "pg#write-ahead-logging",
		"how big does the wal get":        "pg#write-ahead-logging",
		"is VACUUM run in the background": "pg#vacuum", // the book's own word
	} {
		if hits := search(t, ix, q, 3); len(hits) == 0 || hits[0].ID != want {
			t.Errorf("Search(%q) = %v, want %s first", q, ids(hits), want)
		}
	}
}
