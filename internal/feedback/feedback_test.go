package feedback

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestSurvivesReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "feedback.jsonl")
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	votes := []Vote{
		{InteractionID: "1", UserID: "10", Question: "what is a slice?", Vote: Up, Time: at},
		{InteractionID: "2", UserID: "11", Question: "what is a \"map\"?\nsecond line", Vote: Down, Time: at.Add(time.Minute)},
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range votes {
		if err := s.Record(v); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.RecordUncovered("how do I bake bread?", at); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Record(Vote{InteractionID: "3", UserID: "12", Question: "q", Vote: Up, Time: at}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Votes()
	if err != nil {
		t.Fatal(err)
	}
	want := append(votes, Vote{InteractionID: "3", UserID: "12", Question: "q", Vote: Up, Time: at})
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("votes (-want +got):\n%s", diff)
	}
	unc, err := s.Uncovered()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Uncovered{{Question: "how do I bake bread?", Time: at}}, unc); diff != "" {
		t.Errorf("uncovered (-want +got):\n%s", diff)
	}
}

func TestTornLastLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feedback.jsonl")
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	good := `{"kind":"vote","interaction_id":"1","user_id":"10","question":"q","vote":"up","time":"2026-03-01T12:00:00Z"}` + "\n"
	if err := os.WriteFile(path, []byte(good+`{"kind":"vote","interac`), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// The torn line is now ended; a new record starts on its own line, and
	// the torn one is damage in the middle of the file.
	if err := s.Record(Vote{InteractionID: "2", UserID: "11", Question: "r", Vote: Down, Time: at}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Votes(); err == nil {
		t.Fatal("Votes with a damaged middle line: no error")
	}

	// A torn last line alone is skipped.
	path2 := filepath.Join(t.TempDir(), "feedback.jsonl")
	if err := os.WriteFile(path2, []byte(good+`{"kind":"vote","interac`), 0o644); err != nil {
		t.Fatal(err)
	}
	s2 := &Store{path: path2}
	got, err := s2.Votes()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Vote{{InteractionID: "1", UserID: "10", Question: "q", Vote: Up, Time: at}}, got); diff != "" {
		t.Errorf("votes (-want +got):\n%s", diff)
	}
}

func TestRejects(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "f.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Record(Vote{Vote: "meh"}); err == nil {
		t.Error("Record of vote \"meh\": no error")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Record(Vote{Vote: Up}); err == nil {
		t.Error("Record after Close: no error")
	}
}

func TestConcurrentRecords(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "f.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.Record(Vote{UserID: "u", Question: "q", Vote: Up, Time: time.Now()}); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	got, err := s.Votes()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 50 {
		t.Errorf("got %d votes, want 50", len(got))
	}
}
