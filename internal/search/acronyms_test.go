package search

import (
	"slices"
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
		{"cup", "code upgrades", false},                    // no inner letter in three
		{"mvcc", "multiversion concurrentcontrol", false},  // one inner letter at most
	} {
		if got := acronymOf(c.a, strings.Fields(c.words)); got != c.want {
			t.Errorf("acronymOf(%q, %q) = %v, want %v", c.a, c.words, got, c.want)
		}
	}
}

// TestAcronymFindsSpelledOutHeading: a question's short form, which the
// book writes once in passing, finds the section whose heading spells it
// out; a word the book uses often, or never, is no acronym, unless the
// reader writes it in capitals.
func TestAcronymFindsSpelledOutHeading(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, fstest.MapFS{
		"pg.md": {Data: []byte(`# PostgreSQL

PostgreSQL is a database with a long history of releases.

## Replication

Replicas copy every change of the primary, and a crash of the primary is
no loss when a replica takes over. Postgres added replication in 9.0, and
replicas are fed from the primary's WAL over the network as it is written,
so that they lag little behind it.

## Write-ahead logging

Every change is first recorded in the log before the data files, so that
the server recovers after a crash by replaying it.

## Base backup restore

A copy of the data directory taken while the server runs comes back with
pg_basebackup and a restore command.

## Vacuum

Vacuum reclaims the space of dead rows; it runs in the background.
`)},
	})
	for q, want := range map[string]string{
		"what is the WAL for":             "pg#write-ahead-logging",
		"how big does the wal get":        "pg#write-ahead-logging",
		"is VACUUM run in the background": "pg#vacuum",              // the book's own word
		"how does bbr work":               "",                       // never written: not read as "Base backup restore"
		"what are BBRs":                   "pg#base-backup-restore", // never written, but in capitals
	} {
		hits := search(t, ix, q, 3)
		if want == "" {
			if slices.Contains(ids(hits), "pg#base-backup-restore") {
				t.Errorf("Search(%q) = %v, want no base-backup-restore", q, ids(hits))
			}
			continue
		}
		if len(hits) == 0 || hits[0].ID != want {
			t.Errorf("Search(%q) = %v, want %s first", q, ids(hits), want)
		}
	}
}

func TestHeadingWords(t *testing.T) {
	for h, want := range map[string]string{
		"Write-ahead logging":            "write ahead logging",
		"Point-in-time recovery":         "point in time recovery",
		"keyObject.asymmetricKeyDetails": "", // code
		"fs.watch(filename[, options])":  "",
		"Class: stream.Readable":         "",
		"--max-old-space-size=SIZE":      "",
		"Rust's conventions":             "", // a word of one letter
		"Многоверсионное управление конкурентным": "",
	} {
		if got := strings.Join(headingWords(h), " "); got != want {
			t.Errorf("headingWords(%q) = %q, want %q", h, got, want)
		}
	}
}

func TestCapitalAcronyms(t *testing.T) {
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"which version added CRDs and what did they replace?", []string{"crd"}},
		{"is the WAL fsynced, and what about PITR", []string{"pitr", "wal"}},
		{"what is a crd", nil},               // lower case: the book's use decides
		{"Kubernetes uses etcd", nil},        // a capital first letter only
		{"how big is a KUBERNETES pod", nil}, // too long for an acronym
	} {
		var got []string
		for w := range capitalAcronyms(c.q) {
			got = append(got, w)
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("capitalAcronyms(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
