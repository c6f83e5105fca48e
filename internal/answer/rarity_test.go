package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// Of two sentences that each hold one more question term, the one whose
// term is rare in general English leads: "mvcc", not "brought".
func TestAskRareTerm(t *testing.T) {
	hits := []search.Hit{{ID: "pg#history", ChapterTitle: "PostgreSQL", Heading: "History", Score: 1,
		Text: "The project grew release by release over three decades. Version 8.0 brought a native Windows server and savepoints. Version 6.5 replaced table locking with mvcc and snapshots."}}
	wantLead(t, hits, "which version brought mvcc", "Version 6.5 replaced")
}

// A Russian question's terms keep their weight.
func TestRarityRussian(t *testing.T) {
	e := New(fakeRetriever{}, Options{})
	if got := e.rarity("какая версия принесла mvcc", "mvcc"); got != 1 {
		t.Errorf("rarity in a Russian question = %v, want 1", got)
	}
	if got := e.rarity("which version brought mvcc", "mvcc"); got <= e.rarity("which version brought mvcc", "brought") {
		t.Errorf("rarity of mvcc = %v, want more than brought's %v", got, e.rarity("which version brought mvcc", "brought"))
	}
}
