package answer

import (
	"testing"

	"github.com/chapterbot/chapterbot/internal/search"
)

// A sentence of another chapter than the one the question names leads only
// when clearly better: the Kafka chapter's version leaves "Kafka" to its
// title, PostgreSQL's shares the question's verb.
func TestAskOffSubjectChapter(t *testing.T) {
	hits := []search.Hit{
		{ID: "postgresql#windows", ChapterTitle: "PostgreSQL: The Documentary", Heading: "Windows and point-in-time recovery", Score: 1,
			Text: "Version 8.0 in 2005 brought a native Windows server and savepoints for long transactions."},
		{ID: "kafka#exactly-once", ChapterTitle: "Kafka: The Documentary", Heading: "Exactly-once semantics", Score: 0.8,
			Text: "Version 0.11 in 2017 added idempotent producers and transactions."},
		{ID: "postgresql#long", ChapterTitle: "PostgreSQL: The Documentary", Heading: "Long transactions are expensive", Score: 0.7,
			Text: "An idle transaction holds back vacuum for the whole database."},
	}
	wantLead(t, hits, "which kafka version brought transactions?", "Version 0.11 in 2017")
}

// A subject term in the chapter's title counts for every sentence of the
// chapter: the person its section names answers who leads Redis, though
// that sentence never says "Redis".
func TestAskSubjectInChapterTitle(t *testing.T) {
	hits := []search.Hit{
		{ID: "redis#people", ChapterTitle: "Redis", Heading: "People behind the project", Score: 1,
			Text: "In June 2020 antirez said he was stepping down as maintainer of the project for good. Code leadership then passed to Yossi Gottlieb and Oran Agra."},
	}
	wantLead(t, hits, "who leads redis after antirez left?", "Code leadership then passed to Yossi Gottlieb")
}

func TestOffSubject(t *testing.T) {
	c := &sentence{terms: set([]string{"version", "brought"}), heading: set([]string{"windows"}), chapter: set([]string{"postgresql"})}
	if !offSubject(c, []string{"kafka"}) {
		t.Error("a PostgreSQL sentence is not off a question on Kafka")
	}
	if offSubject(c, nil) {
		t.Error("a sentence is off subject when the question names no chapter")
	}
	for _, named := range [][]string{{"postgresql"}, {"windows"}, {"brought", "kafka"}} {
		if offSubject(c, named) {
			t.Errorf("a sentence that holds one of %v is off subject", named)
		}
	}
}
