package search

import (
	"testing"
	"testing/fstest"
)

// zeroBook numbers SQLite's third release "3.0" in a heading, while a
// section on its release cadence writes "version" and "3" more often, and
// another names the file sqlite3.c.
var zeroBook = fstest.MapFS{
	"sqlite.md": {Data: []byte("# SQLite\n\n## SQLite 3.0 with AOL support\n\nVersion 3.0 arrives in 2004.\n\n" +
		"## Releases\n\nA new version ships every 3 months, and each version is tested on 3 platforms.\n\n" +
		"## A single source file\n\nThe library ships as one sqlite3.c file.\n")},
	"redis.md": {Data: []byte("# Redis\n\n## Modules\n\nRedis 4 adds modules.\n")},
}

// TestZeroVersions: a whole version asked after "version" or glued to the
// chapter's subject finds the release a heading numbers with ".0".
func TestZeroVersions(t *testing.T) {
	ix := openIndex(t, t.TempDir(), Options{})
	refresh(t, ix, zeroBook)
	for q, want := range map[string]string{
		"when did sqlite version 3 come out": "sqlite#sqlite-30-with-aol-support",
		"what year was sqlite3 released":     "sqlite#sqlite-30-with-aol-support",
	} {
		if hits := search(t, ix, q, 3); len(hits) == 0 || hits[0].ID != want {
			t.Errorf("Search(%q) = %v, want %s first", q, ids(hits), want)
		}
	}
}
