package answer

import (
	"context"
	"strings"
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// TestLeads: with Options.Leads an answer describes its best candidates
// for the first sentence, best first, the first one the answer's own lead,
// each composed as the answer would be had it led; without the option,
// none.
func TestLeads(t *testing.T) {
	hits := []search.Hit{{ID: "node#history", ChapterTitle: "Node.js", Heading: "History", Score: 4,
		Text: "Node.js runs JavaScript on the server. Ryan Dahl created Node.js in 2009. The project later moved to the OpenJS Foundation."}}
	q := Question{Text: "who created node.js?"}
	r := Retrieval{Query: q.Text, Hits: hits, Covered: true}
	plain := New(fakeRetriever{hits: hits}, Options{}).extractive(context.Background(), q, r)
	if plain.Leads != nil {
		t.Errorf("without Options.Leads: %d leads, want none", len(plain.Leads))
	}
	got := New(fakeRetriever{hits: hits}, Options{Leads: true}).extractive(context.Background(), q, r)
	if got.Text != plain.Text {
		t.Errorf("with Options.Leads the answer is %q, want it unchanged: %q", got.Text, plain.Text)
	}
	if len(got.Leads) < 2 {
		t.Fatalf("leads %+v, want at least two", got.Leads)
	}
	if l := got.Leads[0]; l.Text != got.Text || l.Rank != 0 || l.Rel != 1 || l.Kind != "who" || l.Russian {
		t.Errorf("first lead %+v, want the answer's own (%q), of a who question", l, got.Text)
	}
	if !strings.HasPrefix(got.Text, "Ryan Dahl created Node.js in 2009.") || !got.Leads[0].NamePair || !got.Leads[0].Year {
		t.Errorf("lead %+v, want Ryan Dahl's sentence, holding a name and a year", got.Leads[0])
	}
	for i, l := range got.Leads[1:] {
		if l.Rank != i+1 || l.Score > got.Leads[i].Score || l.Text == got.Text || strings.HasPrefix(l.Text, "Ryan Dahl") {
			t.Errorf("lead %d: %+v, want a lower candidate leading its own answer", i+1, l)
		}
	}
}

// TestLeadsSameEachRun: the shares a lead describes are the same on every
// run (summed in one order, not the question terms' map order, whose float
// sums differ in their last digits).
func TestLeadsSameEachRun(t *testing.T) {
	hits := []search.Hit{{ID: "node#history", ChapterTitle: "Node.js", Heading: "History of the runtime", Score: 4,
		Text: "Node.js runs JavaScript on the server with an event loop and callbacks. Ryan Dahl created the runtime at Joyent in 2009 after watching upload progress bars. The project later moved to the OpenJS Foundation with its package manager."}}
	q := Question{Text: "who created the node.js runtime with its event loop, package manager and callbacks at joyent after upload progress bars?"}
	r := Retrieval{Query: q.Text, Hits: hits, Covered: true}
	e := New(fakeRetriever{hits: hits}, Options{Leads: true})
	first := e.extractive(context.Background(), q, r).Leads
	if len(first) == 0 {
		t.Fatal("no leads")
	}
	for run := range 50 {
		got := e.extractive(context.Background(), q, r).Leads
		for i := range first {
			if got[i].Terms != first[i].Terms || got[i].Heading != first[i].Heading || got[i].Match != first[i].Match || got[i].Rare != first[i].Rare {
				t.Fatalf("run %d, lead %d: terms %v heading %v match %v rare %v, first run %v %v %v %v", run, i,
					got[i].Terms, got[i].Heading, got[i].Match, got[i].Rare, first[i].Terms, first[i].Heading, first[i].Match, first[i].Rare)
			}
		}
	}
}
