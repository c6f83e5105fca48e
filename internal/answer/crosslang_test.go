package answer

import (
	"testing"
	"testing/fstest"

	"github.com/chapterbot/chapterbot/internal/search"
)

// crossBook is an English book that Russian questions ask about.
var crossBook = fstest.MapFS{
	"kafka.md": {Data: []byte(`# Kafka

## Logs and partitions

Kafka stores every topic as an append-only log split into partitions, and consumers read it at their own pace.

## Life without ZooKeeper

KRaft mode replaces ZooKeeper with a Raft quorum of controllers. It was marked production ready in Kafka 3.3, in October 2022.
`)},
	"garden.md": {Data: []byte(`# Gardens

## Watering

Tomatoes want deep watering twice a week, early in the morning. The dry summer of 2018 taught us to water more.
`)},
}

func TestCrossScriptCoverage(t *testing.T) {
	ix := bookIndex(t, crossBook)
	e := New(ix, Options{})
	tests := []struct {
		q    string
		want bool
	}{
		// Its Russian words are not the book's, whatever it says: KRaft,
		// which the book writes, decides.
		{"когда режим kraft объявили готовым для продакшена?", true},
		{"кто придумал kafka?", true},
		// The words it asks by are not counted among the unchecked ones.
		{"в какой версии kafka появилось голосование?", true},
		// Past maxUnchecked, the share is of its subject's words only.
		{"в какой версии kafka отказалась от координатора?", true},
		// No word the book could hold in Latin letters: decided as before.
		{"как испечь хлеб на закваске?", false},
		// A year alone names no subject.
		{"кто победил на чемпионате мира по футболу в 2018 году?", false},
		{"что засохло в 2018?", false},
		// The chapter's name alone, with more the book cannot be checked
		// on: decided as before.
		{"почему kafka тормозит на старых жёстких дисках без рейда?", false},
	}
	for _, tt := range tests {
		wantCovered(t, e, tt.q, tt.want)
	}
}

func TestCrossScript(t *testing.T) {
	hits := []search.Hit{
		{Chapter: "kafka", Text: "KRaft mode replaces ZooKeeper with a Raft quorum."},
		{Chapter: "redis", Text: "Redis хранит данные в памяти и пишет их на диск."},
	}
	tests := []struct {
		q, ch string
		want  bool
	}{
		{"что такое kraft?", "kafka", true},
		{"what is kraft?", "kafka", false},
		// Only the best chapter is read across scripts.
		{"что такое redis?", "redis", false},
		{"что такое kraft?", "redis", false},
	}
	for _, tt := range tests {
		if got := crossScript(tt.q, hits, tt.ch); got != tt.want {
			t.Errorf("crossScript(%q, %q) = %v, want %v", tt.q, tt.ch, got, tt.want)
		}
	}
}

func TestCrossWeights(t *testing.T) {
	c := coverage{names: map[string][]string{"постгрес": {"postgres"}}}
	w := map[string]float64{"kraft": 12, "продакшен": 13, "режим": 9}
	head := map[string]bool{"kafka": true}
	if got := c.crossWeights(w, head, nil); len(got) != 1 || got["kraft"] != 12 {
		t.Errorf("specific name: %v, want kraft alone", got)
	}
	// A name is checked across scripts.
	w = map[string]float64{"постгрес": 13, "режим": 9}
	if got := c.crossWeights(w, head, nil); len(got) != 1 || got["постгрес"] != 13 {
		t.Errorf("name: %v, want постгрес alone", got)
	}
	// A number alone: all of w.
	w = map[string]float64{"2018": 8, "футбол": 11}
	if got := c.crossWeights(w, head, nil); len(got) != 2 {
		t.Errorf("number alone: %v, want all of w", got)
	}
	// The chapter's subject alone with one unchecked word: it alone...
	w = map[string]float64{"kafka": 12, "придума": 10}
	if got := c.crossWeights(w, head, nil); len(got) != 1 {
		t.Errorf("subject and one word: %v, want kafka alone", got)
	}
	// ... with more than maxUnchecked: all of w.
	w = map[string]float64{"kafka": 12, "тормоз": 10, "диск": 9}
	if got := c.crossWeights(w, head, nil); len(got) != 3 {
		t.Errorf("subject and two words: %v, want all of w", got)
	}
	// ... less the words it asks by, when they are not all of it.
	w = map[string]float64{"kafka": 12, "тормоз": 10, "диск": 9, "верс": 8}
	if got := c.crossWeights(w, head, map[string]bool{"верс": true}); len(got) != 3 || got["верс"] != 0 {
		t.Errorf("subject, two words and an asking word: %v, want all of w but верс", got)
	}
	// ... unless all but one of them ask for the kind of fact.
	w = map[string]float64{"kafka": 12, "верс": 8, "появ": 8, "транзакц": 13}
	asking := map[string]bool{"верс": true, "появ": true}
	if got := c.crossWeights(w, head, asking); len(got) != 1 || got["kafka"] != 12 {
		t.Errorf("subject, asking words and one word: %v, want kafka alone", got)
	}
}
