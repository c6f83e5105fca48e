package feedback

import (
	"os"
	"path/filepath"
	"strings"
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
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	good := `{"kind":"vote","interaction_id":"1","user_id":"10","question":"q","vote":"up","time":"2026-03-01T12:00:00Z"}` + "\n"
	unc := `{"kind":"uncovered","question":"bread?","time":"2026-03-01T12:00:00Z"}` + "\n"
	old := []Vote{{InteractionID: "1", UserID: "10", Question: "q", Vote: Up, Time: at}}
	tests := []struct {
		name, data string
	}{
		{"torn after records", good + unc + `{"kind":"vote","interac`},
		{"torn record that parses", good + unc + `{"kind":"vote","vote":"down"}`},
		{"torn only line", `{"kind":"unc`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "feedback.jsonl")
			if err := os.WriteFile(path, []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			wantVotes, wantUnc := []Vote(nil), []Uncovered(nil)
			if strings.HasPrefix(tc.data, good) {
				wantVotes, wantUnc = old, []Uncovered{{Question: "bread?", Time: at}}
			}
			// Read before reopening: the torn line is skipped and counted.
			got, err := (&Store{path: path}).Votes()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(wantVotes, got); diff != "" {
				t.Errorf("votes before reopening (-want +got):\n%s", diff)
			}

			// Reopening drops the torn line; new records follow the old ones
			// and all are read, again and after one more reopening.
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			added := Vote{InteractionID: "2", UserID: "11", Question: "r", Vote: Down, Time: at}
			if err := s.Record(added); err != nil {
				t.Fatal(err)
			}
			if err := s.RecordUncovered("cake?", at); err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			if s, err = Open(path); err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			votes, err := s.Votes()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(append(wantVotes, added), votes); diff != "" {
				t.Errorf("votes (-want +got):\n%s", diff)
			}
			if n := s.Damaged(); n != 0 {
				t.Errorf("Damaged() = %d after reopening, want 0", n)
			}
			uncs, err := s.Uncovered()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(append(wantUnc, Uncovered{Question: "cake?", Time: at}), uncs); diff != "" {
				t.Errorf("uncovered (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDamagedMiddleLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feedback.jsonl")
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	good := func(id string) string {
		return `{"kind":"vote","interaction_id":"` + id + `","user_id":"10","question":"q","vote":"up","time":"2026-03-01T12:00:00Z"}` + "\n"
	}
	data := good("1") + `{"kind":"vote","interac` + "\n" + "not json\n" + good("2") + `{"kind":"uncovered","question":"x","time":"2026-03-01T12:00:00Z"}` + "\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Votes()
	if err != nil {
		t.Fatal(err)
	}
	want := []Vote{
		{InteractionID: "1", UserID: "10", Question: "q", Vote: Up, Time: at},
		{InteractionID: "2", UserID: "10", Question: "q", Vote: Up, Time: at},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("votes (-want +got):\n%s", diff)
	}
	if n := s.Damaged(); n != 2 {
		t.Errorf("Damaged() = %d, want 2", n)
	}
	unc, err := s.Uncovered()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Uncovered{{Question: "x", Time: at}}, unc); diff != "" {
		t.Errorf("uncovered (-want +got):\n%s", diff)
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
